package org.safeguarding.advisor.engine;

import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.safeguarding.advisor.Answer;
import org.safeguarding.advisor.Concern;
import org.safeguarding.advisor.Indicator;
import org.safeguarding.advisor.Jurisdiction;
import org.safeguarding.advisor.OtherParty;
import org.safeguarding.advisor.Platform;
import org.safeguarding.advisor.Reporter;
import org.safeguarding.advisor.Situation;
import org.safeguarding.advisor.Spread;

/**
 * A situation encoded as one int per {@link Fact}, so compiled conditions test bits and compare
 * ints. Also records which facts are unknown, for open-question planning. The facts never change
 * once built; only the memos of named conditions fill in as they are asked.
 *
 * <p>Every situation also packs into one {@code long}, its {@link #key}: each fact in a fixed field
 * of bits, with "not said" kept apart from the default it stands for. Two situations have the same
 * key exactly when they are equal, so the key can stand for the situation in a memo.
 */
final class Facts {
  private static final byte NOT_YET = 0;
  private static final byte FALSE = 1;
  private static final byte TRUE = 2;
  /** No testEach answer yet: answers have at most 31 bits, so they are never negative. */
  private static final int NOT_ASKED = -1;

  // The key's layout: the width of each fact's field, in slot order from the lowest bit.
  private static final int[] WIDTH = new int[Fact.COUNT];
  private static final int[] SHIFT = new int[Fact.COUNT];
  /** The field value that means "unknown": not said, an empty set, or the UNKNOWN constant. */
  private static final int[] UNKNOWN_FIELD = new int[Fact.COUNT];
  /** How many bits of the key are used: at most 64, checked when the class loads. */
  static final int KEY_BITS;
  /** The key's bits for "every indicator unknown", where a situation's answers are written over. */
  private static final long EVERY_INDICATOR_UNKNOWN;
  private static final int DEFAULT_AUDIENCE = Situation.empty().audience().ordinal();

  static {
    WIDTH[Fact.CONCERNS.slot] = Concern.values().length;
    WIDTH[Fact.CHILD_AGE.slot] = bitsFor(Situation.MAX_AGE + 2); // not said, then 0 to MAX_AGE
    WIDTH[Fact.REPORTER.slot] = bitsFor(Reporter.values().length + 1); // not said, then each
    // An index into the bundle's jurisdictions, one up: the widest a bundle may use.
    WIDTH[Fact.JURISDICTION.slot] = bitsFor(Jurisdictions.MAX + 1);
    WIDTH[Fact.SPREAD.slot] = bitsFor(Spread.values().length);
    WIDTH[Fact.OTHER_PARTY.slot] = bitsFor(OtherParty.values().length);
    WIDTH[Fact.PLATFORMS.slot] = Platform.values().length;
    for (Indicator indicator : Indicator.values()) {
      WIDTH[Fact.FIRST_INDICATOR + indicator.ordinal()] = bitsFor(Answer.values().length);
    }
    // Age, reporter and jurisdiction are stored one up, with 0 for "not said"; sets are unknown
    // when empty (0); the rest have an UNKNOWN constant.
    UNKNOWN_FIELD[Fact.SPREAD.slot] = Spread.UNKNOWN.ordinal();
    UNKNOWN_FIELD[Fact.OTHER_PARTY.slot] = OtherParty.UNKNOWN.ordinal();
    for (Indicator indicator : Indicator.values()) {
      UNKNOWN_FIELD[Fact.FIRST_INDICATOR + indicator.ordinal()] = Answer.UNKNOWN.ordinal();
    }
    int shift = 0;
    for (int slot = 0; slot < Fact.COUNT; slot++) {
      SHIFT[slot] = shift;
      shift += WIDTH[slot];
    }
    KEY_BITS = shift;
    long unknown = 0;
    for (Indicator indicator : Indicator.values()) {
      unknown |= (long) Answer.UNKNOWN.ordinal() << SHIFT[Fact.FIRST_INDICATOR + indicator.ordinal()];
    }
    EVERY_INDICATOR_UNKNOWN = unknown;
    // The enums are this library's own and a bundle's jurisdictions are capped, so outgrowing a
    // long is a build-time mistake, caught by every test that loads this class.
    if (KEY_BITS > Long.SIZE) {
      throw new IllegalStateException("a situation needs " + KEY_BITS + " bits, more than a long");
    }
  }

  private final int[] values;
  private final int unknown; // bit per fact slot
  /** For each named condition: not yet evaluated, false or true, for the facts as they are. */
  private final byte[] memo;
  /**
   * For each named condition, its {@link Condition#testEach} answer for the current round, or
   * {@link #NOT_ASKED}; made when first needed. A round is one fact and one array of values.
   */
  private int[] memoEach;
  private Fact roundFact;
  private int[] roundValues;

  private Facts(int[] values, int unknown, int namedConditions) {
    this.values = values;
    this.unknown = unknown;
    this.memo = new byte[namedConditions];
  }

  private static int bitsFor(int distinctValues) {
    return Integer.SIZE - Integer.numberOfLeadingZeros(distinctValues - 1);
  }

  /**
   * The situation packed into a long: equal keys exactly for equal situations (for one bundle: the
   * jurisdiction is held as its index in the bundle's list).
   *
   * @throws org.safeguarding.advisor.InvalidSituationException if the bundle does not cover the
   *     situation's jurisdiction
   */
  static long key(Situation situation, Jurisdictions jurisdictions) {
    long concerns = 0;
    for (Concern c : situation.concerns()) {
      concerns |= 1L << c.ordinal();
    }
    long platforms = 0;
    if (!situation.platforms().isEmpty()) { // usually empty: then no iterator
      for (Platform p : situation.platforms()) {
        platforms |= 1L << p.ordinal();
      }
    }
    long key = concerns << SHIFT[Fact.CONCERNS.slot]
        | platforms << SHIFT[Fact.PLATFORMS.slot]
        | (long) situation.spread().ordinal() << SHIFT[Fact.SPREAD.slot]
        | (long) situation.otherParty().ordinal() << SHIFT[Fact.OTHER_PARTY.slot]
        | EVERY_INDICATOR_UNKNOWN;
    // Each optional is read once: the value classes make a new Optional on every call.
    OptionalInt age = situation.childAge();
    if (age.isPresent()) {
      key |= (long) (age.getAsInt() + 1) << SHIFT[Fact.CHILD_AGE.slot];
    }
    Optional<Reporter> reporter = situation.reporter();
    if (reporter.isPresent()) {
      key |= (long) (reporter.get().ordinal() + 1) << SHIFT[Fact.REPORTER.slot];
    }
    Optional<Jurisdiction> jurisdiction = situation.jurisdiction();
    if (jurisdiction.isPresent()) {
      key |= (long) (jurisdictions.require(jurisdiction.get()) + 1) << SHIFT[Fact.JURISDICTION.slot];
    }
    // Only the answered indicators: iterating the map avoids a lookup per indicator.
    for (Map.Entry<Indicator, Answer> answered : situation.indicators().entrySet()) {
      int shift = SHIFT[Fact.FIRST_INDICATOR + answered.getKey().ordinal()];
      long field = (1L << WIDTH[Fact.FIRST_INDICATOR]) - 1;
      key = key & ~(field << shift) | (long) answered.getValue().ordinal() << shift;
    }
    return key;
  }

  /** The situation's facts, with a memo slot for each of the bundle's named conditions. */
  static Facts of(Situation situation, Jurisdictions jurisdictions, int namedConditions) {
    return of(key(situation, jurisdictions), namedConditions);
  }

  /** The facts of the situation with this {@link #key}. */
  static Facts of(long key, int namedConditions) {
    int[] v = new int[Fact.COUNT];
    int unknown = 0;
    for (int slot = 0; slot < Fact.COUNT; slot++) {
      v[slot] = (int) (key >>> SHIFT[slot]) & ((1 << WIDTH[slot]) - 1);
      if (v[slot] == UNKNOWN_FIELD[slot]) {
        unknown |= 1 << slot;
      }
    }
    v[Fact.CHILD_AGE.slot] = saidOr(v[Fact.CHILD_AGE.slot], Fact.UNKNOWN_AGE);
    v[Fact.REPORTER.slot] = saidOr(v[Fact.REPORTER.slot], DEFAULT_AUDIENCE);
    // Not said is not known (contract 1.1): no nation stands in for it.
    v[Fact.JURISDICTION.slot] = saidOr(v[Fact.JURISDICTION.slot], Fact.UNKNOWN_VALUE);
    return new Facts(v, unknown, namedConditions);
  }

  /** A field stored one up with 0 for "not said": its value, or what "not said" stands for. */
  private static int saidOr(int field, int notSaid) {
    return field == 0 ? notSaid : field - 1;
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

  /**
   * The {@link Condition#testEach} answer of a named condition that reads {@code fact}, worked out
   * at most once for the same fact and values.
   */
  int memoEach(int slot, Condition body, Fact fact, int[] values) {
    if (fact != roundFact || values != roundValues) {
      roundFact = fact;
      roundValues = values;
      if (memoEach == null) {
        memoEach = new int[memo.length];
      }
      Arrays.fill(memoEach, NOT_ASKED);
    }
    int known = memoEach[slot];
    if (known != NOT_ASKED) {
      return known;
    }
    int answers = body.testEach(this, fact, values);
    memoEach[slot] = answers;
    return answers;
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
}
