package org.safeguarding.advisor.engine;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.safeguarding.advisor.Answer;
import org.safeguarding.advisor.Concern;
import org.safeguarding.advisor.Indicator;
import org.safeguarding.advisor.OtherParty;
import org.safeguarding.advisor.Platform;
import org.safeguarding.advisor.Reporter;
import org.safeguarding.advisor.Spread;

/**
 * The facts a condition can read, each with a fixed slot in {@link Facts}. A fact's value is an int:
 * an enum ordinal, a bit set of ordinals, an index into the bundle's jurisdictions, or an age;
 * {@link #UNKNOWN_AGE} for an unknown age.
 */
final class Fact {
  static final int UNKNOWN_AGE = -1;
  /** The value of an enum fact without an UNKNOWN constant, such as jurisdiction, when not said. */
  static final int UNKNOWN_VALUE = -1;

  enum Kind {
    /** A set of enum values, held as a bit mask. */
    SET,
    /** One enum value, held as its ordinal. */
    ENUM,
    /** A whole number of years, or {@link #UNKNOWN_AGE}. */
    AGE
  }

  static final Fact CONCERNS = new Fact(0, "concerns", Kind.SET, Concern.class);
  static final Fact CHILD_AGE = new Fact(1, "childAge", Kind.AGE, null);
  static final Fact REPORTER = new Fact(2, "reporter", Kind.ENUM, Reporter.class);
  /** Its values are the bundle's ({@link Jurisdictions}): an index into the manifest's list. */
  static final Fact JURISDICTION = new Fact(3, "jurisdiction", Kind.ENUM, null);
  static final Fact SPREAD = new Fact(4, "spread", Kind.ENUM, Spread.class);
  static final Fact OTHER_PARTY = new Fact(5, "otherParty", Kind.ENUM, OtherParty.class);
  static final Fact PLATFORMS = new Fact(6, "platforms", Kind.SET, Platform.class);
  static final int FIRST_INDICATOR = 7;

  static final List<Fact> ALL;

  static {
    List<Fact> all = new ArrayList<>(List.of(
        CONCERNS, CHILD_AGE, REPORTER, JURISDICTION, SPREAD, OTHER_PARTY, PLATFORMS));
    for (Indicator indicator : Indicator.values()) {
      all.add(new Fact(FIRST_INDICATOR + indicator.ordinal(), "indicators." + indicator.name(),
          Kind.ENUM, Answer.class));
    }
    ALL = Collections.unmodifiableList(all);
  }

  static final int COUNT = FIRST_INDICATOR + Indicator.values().length;

  final int slot;
  final String path;
  final Kind kind;
  final Class<? extends Enum<?>> values;

  private Fact(int slot, String path, Kind kind, Class<? extends Enum<?>> values) {
    this.slot = slot;
    this.path = path;
    this.kind = kind;
    this.values = values;
  }

  /** The fact with this JSON path, or null. */
  static Fact byPath(String path) {
    for (Fact fact : ALL) {
      if (fact.path.equals(path)) {
        return fact;
      }
    }
    return null;
  }

  /**
   * The names of this fact's allowed values (for sets and enums), in ordinal order; for the
   * jurisdiction, the codes the bundle covers.
   */
  List<String> valueNames(Jurisdictions jurisdictions) {
    if (this == JURISDICTION) {
      return jurisdictions.codes();
    }
    List<String> names = new ArrayList<>();
    for (Enum<?> e : values.getEnumConstants()) {
      names.add(e.name());
    }
    return names;
  }

  /** How many values a set or enum fact has (members, for a set). */
  int valueCount(Jurisdictions jurisdictions) {
    return this == JURISDICTION ? jurisdictions.size() : values.getEnumConstants().length;
  }

  /** The ordinal of a value name, or -1. */
  int ordinalOf(String name, Jurisdictions jurisdictions) {
    return valueNames(jurisdictions).indexOf(name);
  }

}
