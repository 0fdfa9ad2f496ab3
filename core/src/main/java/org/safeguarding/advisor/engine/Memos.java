package org.safeguarding.advisor.engine;

import java.util.List;
import java.util.concurrent.atomic.LongAdder;
import org.safeguarding.advisor.Assessment;
import org.safeguarding.advisor.Referral;
import org.safeguarding.advisor.RiskFactor;
import org.safeguarding.advisor.Step;
import org.safeguarding.advisor.Warning;

/**
 * What one advisor remembers between assessments: assessments by situation key, and built steps by
 * variant, with counts of lookups that found an assessment and lookups that did not. Each advisor
 * has its own, so two advisors on one bundle never share (or flip) each other's memo.
 *
 * <p>Public only so that the API package can hold one; not exported from the module.
 */
public final class Memos {
  /** The system property that gives the default memo size: a power of two, or 0 for none. */
  public static final String PROPERTY = "org.safeguarding.advisor.memoSlots";
  /**
   * Slots in the memo of assessments unless said otherwise. An assessment there shares its steps,
   * warnings and contacts with every other, so a full memo is about a megabyte.
   */
  public static final int DEFAULT_SLOTS = 4096;
  /** The most slots a memo may have. */
  public static final int MAX_SLOTS = 1 << 20;
  /** Built steps: one per (step, urgency, audience, rules that gave it) actually seen. */
  private static final int STEP_VARIANT_SLOTS = 2048;

  final Memo<Assessment> assessments;
  final Memo<Step> stepVariants;
  /** Built warnings, risk factors and referrals by variant, as for steps. */
  final Memo<Warning> warningVariants;
  final Memo<RiskFactor> riskVariants;
  final Memo<Referral> referralVariants;
  /** Lists of what to read first, by the candidates in the plan and the audience. */
  final Memo<List<String>> doFirstVariants;
  private final int slots;
  private final LongAdder hits = new LongAdder();
  private final LongAdder misses = new LongAdder();

  private Memos(int slots) {
    this.slots = slots;
    this.assessments = slots == 0 ? null : new Memo<>(slots);
    this.stepVariants = slots == 0 ? null : new Memo<>(STEP_VARIANT_SLOTS);
    this.warningVariants = slots == 0 ? null : new Memo<>(STEP_VARIANT_SLOTS);
    this.riskVariants = slots == 0 ? null : new Memo<>(STEP_VARIANT_SLOTS / 4);
    this.referralVariants = slots == 0 ? null : new Memo<>(STEP_VARIANT_SLOTS / 4);
    this.doFirstVariants = slots == 0 ? null : new Memo<>(STEP_VARIANT_SLOTS / 4);
  }

  /**
   * {@return an empty memo of this many slots; 0 remembers nothing at all (no assessments, and no
   * built steps, warnings, risk factors or referrals)}
   *
   * @throws IllegalArgumentException if {@code slots} is not 0 or a power of two from 2 to
   *     {@value #MAX_SLOTS}
   */
  public static Memos of(int slots) {
    if (!allowed(slots)) {
      throw new IllegalArgumentException("memo size must be 0 (remember nothing) or a power of two"
          + " from 2 to " + MAX_SLOTS + ", was " + slots);
    }
    return new Memos(slots);
  }

  /** {@return whether a memo may have this many slots} */
  public static boolean allowed(int slots) {
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
  public static int slots(String property) {
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

  /** {@return the slots in the memo of assessments; 0 if nothing is remembered} */
  public int slots() {
    return slots;
  }

  /** {@return how many assessments were found in the memo} */
  public long hits() {
    return hits.sum();
  }

  /** {@return how many assessments were looked for and worked out in full (0 with no memo)} */
  public long misses() {
    return misses.sum();
  }

  void hit() {
    hits.increment();
  }

  void miss() {
    misses.increment();
  }
}
