package org.safeguarding.advisor;

/** How soon a step must be done. Declared from most to least urgent. */
public enum Urgency {
  /** Act now: call 999. */
  EMERGENCY,
  /** Today. */
  URGENT,
  /** Within days. */
  PROMPT,
  /** When convenient; ongoing good practice. */
  ROUTINE;

  /**
   * {@return whether this urgency is strictly more pressing than {@code other}}
   *
   * @param other the urgency to compare with
   */
  public boolean isHigherThan(Urgency other) {
    return ordinal() < other.ordinal();
  }

  /**
   * {@return the more pressing of the two}
   *
   * @param a one urgency
   * @param b the other
   */
  public static Urgency highest(Urgency a, Urgency b) {
    return a.ordinal() <= b.ordinal() ? a : b;
  }
}
