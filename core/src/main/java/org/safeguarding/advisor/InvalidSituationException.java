package org.safeguarding.advisor;

/**
 * A situation was rejected: the message names the JSON path of the bad value and what is allowed.
 * The library never guesses at a misspelt or out-of-range fact, because a typo must not change
 * safeguarding advice silently.
 */
public final class InvalidSituationException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  /** The JSON path of the rejected value. */
  private final String path;
  /** What is wrong with it. */
  private final String problem;
  /** What would have been accepted. */
  private final String allowed;

  /**
   * A situation rejected for one bad value.
   *
   * @param path the JSON path of the bad value, such as {@code concerns[1]} or {@code
   *     indicators.BLACKMAIL}; {@code $} for the whole document
   * @param problem what is wrong with it
   * @param allowed what would have been accepted
   */
  public InvalidSituationException(String path, String problem, String allowed) {
    super(path + ": " + problem + "; allowed: " + allowed);
    this.path = path;
    this.problem = problem;
    this.allowed = allowed;
  }

  /** {@return the JSON path of the rejected value ({@code $} for the whole document)} */
  public String path() {
    return path;
  }

  /** {@return what is wrong} */
  public String problem() {
    return problem;
  }

  /** {@return what is allowed there} */
  public String allowed() {
    return allowed;
  }
}
