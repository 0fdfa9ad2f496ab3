package org.safeguarding.advisor.engine;

import org.safeguarding.advisor.Answer;
import org.safeguarding.advisor.Concern;
import org.safeguarding.advisor.Indicator;
import org.safeguarding.advisor.OtherParty;
import org.safeguarding.advisor.Platform;
import org.safeguarding.advisor.Situation;
import org.safeguarding.advisor.Spread;

/**
 * A situation encoded as one int per {@link Fact}, so compiled conditions test bits and compare
 * ints. Also records which facts are unknown, for open-question planning. Treated as immutable once
 * built, except a {@link #copy()} that open-question planning answers in place.
 */
final class Facts {
  private final int[] values;
  private final int unknown; // bit per fact slot

  private Facts(int[] values, int unknown) {
    this.values = values;
    this.unknown = unknown;
  }

  static Facts of(Situation situation) {
    int[] v = new int[Fact.COUNT];
    int unknown = 0;
    int concerns = 0;
    for (Concern c : situation.concerns()) {
      concerns |= 1 << c.ordinal();
    }
    v[Fact.CONCERNS.slot] = concerns;
    if (concerns == 0) {
      unknown |= 1 << Fact.CONCERNS.slot;
    }
    if (situation.childAge().isPresent()) {
      v[Fact.CHILD_AGE.slot] = situation.childAge().getAsInt();
    } else {
      v[Fact.CHILD_AGE.slot] = Fact.UNKNOWN_AGE;
      unknown |= 1 << Fact.CHILD_AGE.slot;
    }
    v[Fact.REPORTER.slot] = situation.audience().ordinal();
    if (situation.reporter().isEmpty()) {
      unknown |= 1 << Fact.REPORTER.slot;
    }
    v[Fact.JURISDICTION.slot] = situation.effectiveJurisdiction().ordinal();
    if (situation.jurisdiction().isEmpty()) {
      unknown |= 1 << Fact.JURISDICTION.slot;
    }
    v[Fact.SPREAD.slot] = situation.spread().ordinal();
    if (situation.spread() == Spread.UNKNOWN) {
      unknown |= 1 << Fact.SPREAD.slot;
    }
    v[Fact.OTHER_PARTY.slot] = situation.otherParty().ordinal();
    if (situation.otherParty() == OtherParty.UNKNOWN) {
      unknown |= 1 << Fact.OTHER_PARTY.slot;
    }
    int platforms = 0;
    for (Platform p : situation.platforms()) {
      platforms |= 1 << p.ordinal();
    }
    v[Fact.PLATFORMS.slot] = platforms;
    if (platforms == 0) {
      unknown |= 1 << Fact.PLATFORMS.slot;
    }
    for (Indicator indicator : Indicator.values()) {
      Answer answer = situation.indicator(indicator);
      int slot = Fact.FIRST_INDICATOR + indicator.ordinal();
      v[slot] = answer.ordinal();
      if (answer == Answer.UNKNOWN) {
        unknown |= 1 << slot;
      }
    }
    return new Facts(v, unknown);
  }

  int get(Fact fact) {
    return values[fact.slot];
  }

  int get(int slot) {
    return values[slot];
  }

  boolean isUnknown(Fact fact) {
    return (unknown & (1 << fact.slot)) != 0;
  }

  int unknownMask() {
    return unknown;
  }

  /** A copy to answer facts in, one at a time, for "what if" evaluation. */
  Facts copy() {
    return new Facts(values.clone(), unknown);
  }

  /**
   * Sets one fact in place. Only for a {@link #copy()} owned by one evaluation: it leaves the
   * unknown mask as it was, which is what planning wants while it tries answers one by one.
   */
  void set(Fact fact, int value) {
    values[fact.slot] = value;
  }
}
