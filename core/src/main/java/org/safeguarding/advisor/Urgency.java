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

  /** Whether this urgency is strictly more pressing than {@code other}. */
  public boolean isHigherThan(Urgency other) {
    return ordinal() < other.ordinal();
  }

  /** The more pressing of the two. */
  public static Urgency highest(Urgency a, Urgency b) {
    return a.ordinal() <= b.ordinal() ? a : b;
  }
}
