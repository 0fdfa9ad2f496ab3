package org.safeguarding.advisor.engine;

import java.util.ArrayList;
import java.util.List;
import org.safeguarding.advisor.Referral;
import org.safeguarding.advisor.ReferralTrigger;

/**
 * Builds a plan's referral: the triggers the fired rules raise, in the contract's order, and the
 * rules that raised them; remembered per set of raising rules fired.
 */
final class ReferralBuilder {
  private static final ReferralTrigger[] TRIGGERS = ReferralTrigger.values();

  private final RuleSet rules;
  /** The rules that raise a referral trigger, in rule order. */
  private final int[] raising;

  ReferralBuilder(RuleSet rules) {
    this.rules = rules;
    List<Integer> out = new ArrayList<>();
    for (int r = 0; r < rules.count(); r++) {
      if (rules.triggers(r) != 0) {
        out.add(r);
      }
    }
    this.raising = out.stream().mapToInt(Integer::intValue).toArray();
  }

  Referral build(boolean[] fired, Memo<Referral> variants) {
    long key = variants == null ? -1 : RuleSet.firedAmong(raising, fired, Long.SIZE - 2);
    Referral known = key < 0 ? null : variants.get(key);
    if (known == null) {
      int mask = 0;
      for (int r : raising) {
        if (fired[r]) {
          mask |= rules.triggers(r);
        }
      }
      List<ReferralTrigger> present = new ArrayList<>();
      for (ReferralTrigger t : TRIGGERS) {
        if ((mask & (1 << t.ordinal())) != 0) {
          present.add(t);
        }
      }
      known = Referral.of(List.copyOf(present), rules.firedIds(raising, fired));
      if (key >= 0) {
        variants.put(key, known);
      }
    }
    return known;
  }
}
