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
 */
final class Memos {
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
   * @throws IllegalArgumentException if {@code slots} is not 0 or a power of two from 2 (how many
   *     an advisor may ask for is the API's {@code MemoSize})
   */
  static Memos of(int slots) {
    if (slots != 0 && (slots < 2 || Integer.bitCount(slots) != 1)) {
      throw new IllegalArgumentException("memo size must be 0 (remember nothing) or a power of two,"
          + " was " + slots);
    }
    return new Memos(slots);
  }

  /** {@return the slots in the memo of assessments; 0 if nothing is remembered} */
  int slots() {
    return slots;
  }

  /** {@return how many assessments were found in the memo} */
  long hits() {
    return hits.sum();
  }

  /** {@return how many assessments were looked for and worked out in full (0 with no memo)} */
  long misses() {
    return misses.sum();
  }

  void hit() {
    hits.increment();
  }

  void miss() {
    misses.increment();
  }
}
