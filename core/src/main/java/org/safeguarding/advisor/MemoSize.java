package org.safeguarding.advisor;

/**
 * How many assessments an advisor may remember, and the system property that gives the default:
 * the API's policy, checked by {@link Advisor.Builder#memoSize} and when an advisor is built.
 */
final class MemoSize {
  /** The system property that gives the default memo size: a power of two, or 0 for none. */
  static final String PROPERTY = "org.safeguarding.advisor.memoSlots";
  /**
   * Slots in the memo of assessments unless said otherwise. An assessment there shares its steps,
   * warnings and contacts with every other, so a full memo is about a megabyte.
   */
  static final int DEFAULT_SLOTS = 4096;
  /** The most slots a memo may have. */
  static final int MAX_SLOTS = 1 << 20;

  private MemoSize() {}

  /** {@return whether a memo may have this many slots} */
  static boolean allowed(int slots) {
    return slots == 0 || (slots >= 2 && slots <= MAX_SLOTS && Integer.bitCount(slots) == 1);
  }

  /**
   * The memo size a {@link #PROPERTY} value asks for; the default when it is not set.
   *
   * @param property the property's value, or null
   * @return the slots
   * @throws IllegalStateException naming the property and what it allows, if the value is not 0
   *     or a power of two up to {@value #MAX_SLOTS} (the value itself is not repeated)
   */
  static int slots(String property) {
    if (property == null) {
      return DEFAULT_SLOTS;
    }
    try {
      int slots = Integer.parseInt(property.trim());
      if (allowed(slots)) {
        return slots;
      }
    } catch (NumberFormatException e) {
      // reported below, with what is allowed
    }
    throw new IllegalStateException("system property " + PROPERTY + " must be 0 (remember"
        + " nothing) or a power of two from 2 to " + MAX_SLOTS + " (default " + DEFAULT_SLOTS
        + ")");
  }
}
