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
 * built, except while open-question planning tries answers in place ({@link #set}).
 */
final class Facts {
  private static final byte NOT_YET = 0;
  private static final byte FALSE = 1;
  private static final byte TRUE = 2;

  private final int[] values;
  private final int unknown; // bit per fact slot
  /** For each named condition: not yet evaluated, false or true, for the facts as they are. */
  private final byte[] memo;
  /** For each named condition, the facts it reads: shared with the bundle, never written. */
  private final int[] memoReads;

  private Facts(int[] values, int unknown, int[] memoReads) {
    this.values = values;
    this.unknown = unknown;
    this.memo = new byte[memoReads.length];
    this.memoReads = memoReads;
  }

  /** The situation's facts, remembering the named conditions whose reads are given. */
  static Facts of(Situation situation, int[] memoReads) {
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
    return new Facts(v, unknown, memoReads);
  }

  /** The value of a named condition, evaluated at most once while the facts stay the same. */
  boolean memo(int slot, Condition body) {
    byte known = memo[slot];
    if (known != NOT_YET) {
      return known == TRUE;
    }
    boolean value = body.test(this);
    memo[slot] = value ? TRUE : FALSE;
    return value;
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

  /**
   * Sets one fact in place, for "what if" planning within one evaluation, and forgets the named
   * conditions that read it. The unknown mask stays as it was: planning tries answers one at a
   * time and puts the original value back.
   */
  void set(Fact fact, int value) {
    if (values[fact.slot] == value) {
      return;
    }
    values[fact.slot] = value;
    int bit = 1 << fact.slot;
    for (int i = 0; i < memo.length; i++) {
      if ((memoReads[i] & bit) != 0) {
        memo[i] = NOT_YET;
      }
    }
  }
}
