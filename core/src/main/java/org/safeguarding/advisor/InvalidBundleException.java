package org.safeguarding.advisor;

import java.util.List;

/**
 * A content bundle was refused. Every problem found is listed, not just the first, so a broken or
 * changed bundle can be mended in one pass.
 */
public final class InvalidBundleException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** Every problem found. */
  private final List<String> problems;

  /**
   * A bundle refused for these problems.
   *
   * @param problems every problem found, each naming the file and the place in it
   */
  public InvalidBundleException(List<String> problems) {
    super(message(problems));
    this.problems = List.copyOf(problems);
  }

  private static String message(List<String> problems) {
    StringBuilder text = new StringBuilder("content bundle refused, ")
        .append(problems.size()).append(problems.size() == 1 ? " problem:" : " problems:");
    for (String problem : problems) {
      text.append("\n  - ").append(problem);
    }
    return text.toString();
  }

  /** {@return every problem found, each naming the file and the place in it} */
  public List<String> problems() {
    return problems;
  }
}
