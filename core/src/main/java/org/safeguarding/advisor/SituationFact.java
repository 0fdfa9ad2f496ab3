package org.safeguarding.advisor;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Function;

/**
 * One fact of a {@link Situation} that a question can ask about: one of its seven fields, or one
 * {@link Indicator}. It knows its contract JSON path, its allowed values, whether a situation
 * leaves it unknown, and how to put an answer into a {@link Situation.Builder}, so a triage loop
 * needs no table of its own:
 *
 * {@snippet class=org.safeguarding.advisor.snippets.Snippets region=triage}
 *
 * <p>There is one instance per fact, so facts compare by identity; {@link #all()} lists them in the
 * contract's order.
 *
 * @param <V> the type of one answer: an enum of the contract, {@link Answer} for an indicator, or
 *     {@link Integer} for {@code childAge}. For {@code concerns} and {@code platforms} one answer
 *     is one member of the set.
 */
public final class SituationFact<V> {
  /** The kind of answer a fact takes. */
  public enum Kind {
    /** One value, which replaces what was said before: an enum field or an indicator. */
    ONE,
    /** A set: each answer adds one value ({@code concerns}, {@code platforms}). */
    SEVERAL,
    /** A whole number of years, {@value Situation#MIN_AGE} to {@value Situation#MAX_AGE}. */
    AGE
  }

  /** {@code concerns}: what has happened; unknown while empty. */
  public static final SituationFact<Concern> CONCERNS = new SituationFact<>("concerns",
      Kind.SEVERAL, Concern.class, List.of(Concern.values()), null, s -> List.copyOf(s.concerns()),
      Situation.Builder::addConcern);
  /** {@code childAge}: the age in whole years; unknown while not said. */
  public static final SituationFact<Integer> CHILD_AGE = new SituationFact<>("childAge", Kind.AGE,
      Integer.class, ages(), null, s -> s.childAge().isEmpty() ? List.of() : List.of(s.childAge().getAsInt()), Situation.Builder::childAge);
  /** {@code reporter}: who is asking; unknown while not said. */
  public static final SituationFact<Reporter> REPORTER = new SituationFact<>("reporter", Kind.ONE,
      Reporter.class, List.of(Reporter.values()), null, s -> s.reporter().map(List::of).orElse(List.of()),
      Situation.Builder::reporter);
  /** {@code jurisdiction}: where the young person lives; unknown while not said. */
  public static final SituationFact<Jurisdiction> JURISDICTION = new SituationFact<>(
      "jurisdiction", Kind.ONE, Jurisdiction.class, List.of(Jurisdiction.values()), null,
      s -> s.jurisdiction().map(List::of).orElse(List.of()), Situation.Builder::jurisdiction);
  /** {@code spread}: how far the image has spread; unknown while {@link Spread#UNKNOWN}. */
  public static final SituationFact<Spread> SPREAD = new SituationFact<>("spread", Kind.ONE,
      Spread.class, List.of(Spread.values()), null, s -> s.spread() == Spread.UNKNOWN ? List.of() : List.of(s.spread()),
      Situation.Builder::spread);
  /** {@code otherParty}: who else is involved; unknown while {@link OtherParty#UNKNOWN}. */
  public static final SituationFact<OtherParty> OTHER_PARTY = new SituationFact<>("otherParty",
      Kind.ONE, OtherParty.class, List.of(OtherParty.values()), null,
      s -> s.otherParty() == OtherParty.UNKNOWN ? List.of()
          : List.of(s.otherParty()), Situation.Builder::otherParty);
  /** {@code platforms}: the kinds of service involved; unknown while empty. */
  public static final SituationFact<Platform> PLATFORMS = new SituationFact<>("platforms",
      Kind.SEVERAL, Platform.class, List.of(Platform.values()), null,
      s -> List.copyOf(s.platforms()), Situation.Builder::addPlatform);

  private static final List<SituationFact<Answer>> INDICATORS;
  private static final List<SituationFact<?>> ALL;

  static {
    List<SituationFact<Answer>> indicators = new ArrayList<>();
    for (Indicator indicator : Indicator.values()) {
      indicators.add(new SituationFact<>("indicators." + indicator.name(), Kind.ONE, Answer.class,
          List.of(Answer.values()), indicator, s -> s.indicator(indicator) == Answer.UNKNOWN ? List.of()
              : List.of(s.indicator(indicator)),
          (b, answer) -> b.putIndicator(indicator, answer)));
    }
    INDICATORS = Collections.unmodifiableList(indicators);
    List<SituationFact<?>> all = new ArrayList<>(List.of(
        CONCERNS, CHILD_AGE, REPORTER, JURISDICTION, SPREAD, OTHER_PARTY, PLATFORMS));
    all.addAll(INDICATORS);
    ALL = Collections.unmodifiableList(all);
  }

  private final String path;
  private final Kind kind;
  private final Class<V> valueType;
  private final List<V> values;
  private final Indicator indicator;
  private final Function<Situation, List<V>> reader;
  private final BiConsumer<Situation.Builder, V> setter;

  private SituationFact(String path, Kind kind, Class<V> valueType, List<V> values,
      Indicator indicator, Function<Situation, List<V>> reader,
      BiConsumer<Situation.Builder, V> setter) {
    this.path = path;
    this.kind = kind;
    this.valueType = valueType;
    this.values = List.copyOf(values);
    this.indicator = indicator;
    this.reader = reader;
    this.setter = setter;
  }

  /**
   * {@return every fact, in the contract's order: concerns, childAge, reporter, jurisdiction,
   * spread, otherParty, platforms, then each indicator in declaration order}
   */
  public static List<SituationFact<?>> all() {
    return ALL;
  }

  /**
   * {@return the fact for one indicator}
   *
   * @param indicator the indicator
   */
  public static SituationFact<Answer> indicator(Indicator indicator) {
    return INDICATORS.get(indicator.ordinal());
  }

  /**
   * {@return the fact at a contract JSON path, such as {@code spread} or {@code
   * indicators.BLACKMAIL}; empty if the contract has no such fact}
   *
   * @param path the JSON path, as {@link OpenQuestion#field()} gives it
   */
  public static Optional<SituationFact<?>> ofPath(String path) {
    Objects.requireNonNull(path, "path");
    for (SituationFact<?> fact : ALL) {
      if (fact.path.equals(path)) {
        return Optional.of(fact);
      }
    }
    return Optional.empty();
  }

  /** {@return the contract JSON path, such as {@code childAge} or {@code indicators.BLACKMAIL}} */
  public String path() {
    return path;
  }

  /** {@return the kind of answer it takes} */
  public Kind kind() {
    return kind;
  }

  /** {@return the type of one answer} */
  public Class<V> valueType() {
    return valueType;
  }

  /** {@return the indicator, if this fact is one} */
  public Optional<Indicator> indicator() {
    return Optional.ofNullable(indicator);
  }

  /**
   * {@return the values the contract allows, in its declared order (ages from {@value
   * Situation#MIN_AGE} to {@value Situation#MAX_AGE}); an {@code UNKNOWN} constant, where the type
   * has one, is among them}
   */
  public List<V> values() {
    return values;
  }

  /**
   * {@return how a value is written in the contract's JSON: the enum constant's name, the ISO code
   * of a {@link Jurisdiction}, or the age's digits}
   *
   * @param value one of {@link #values()}
   * @throws IllegalArgumentException if it is not one of {@link #values()}
   */
  public String valueName(V value) {
    requireAllowed(value);
    if (value instanceof Jurisdiction) {
      return ((Jurisdiction) value).code();
    }
    return value instanceof Enum ? ((Enum<?>) value).name() : value.toString();
  }

  /**
   * {@return the value written so in the contract's JSON, if it is one of {@link #values()}}
   *
   * @param name a JSON value, such as {@code YES}, {@code GB-SCT} or {@code 14}
   */
  public Optional<V> valueNamed(String name) {
    Objects.requireNonNull(name, "name");
    for (V value : values) {
      if (valueName(value).equals(name)) {
        return Optional.of(value);
      }
    }
    return Optional.empty();
  }

  /**
   * {@return whether the situation leaves this fact unknown: not said, an empty set, or an {@code
   * UNKNOWN} answer}
   *
   * @param situation the situation
   */
  public boolean isUnknownIn(Situation situation) {
    return valuesIn(situation).isEmpty();
  }

  /**
   * {@return what the situation says about this fact: empty where it leaves it unknown, the members
   * of the set (in declared order) for {@link Kind#SEVERAL}, else the one value given}
   *
   * @param situation the situation
   */
  public List<V> valuesIn(Situation situation) {
    return reader.apply(Objects.requireNonNull(situation, "situation"));
  }

  /**
   * Puts one answer into a builder: sets the field (for {@link Kind#ONE} and {@link Kind#AGE}) or
   * adds to the set (for {@link Kind#SEVERAL}).
   *
   * @param builder the builder, such as {@code Situation.builder().from(situation)}
   * @param value one of {@link #values()}
   * @return the same builder
   * @throws IllegalArgumentException if the value is not one of {@link #values()} (the message
   *     names the fact and its allowed values, not the value)
   */
  public Situation.Builder apply(Situation.Builder builder, V value) {
    Objects.requireNonNull(builder, "builder");
    requireAllowed(value);
    setter.accept(builder, value);
    return builder;
  }

  /**
   * {@return a copy of the situation with this answer applied, as {@link #apply} does}
   *
   * @param situation the situation so far
   * @param value one of {@link #values()}
   */
  public Situation answer(Situation situation, V value) {
    Situation.Builder builder = Situation.builder();
    builder.from(Objects.requireNonNull(situation, "situation"));
    return apply(builder, value).build();
  }

  private void requireAllowed(V value) {
    Objects.requireNonNull(value, "value");
    if (!valueType.isInstance(value) || !values.contains(value)) {
      throw new IllegalArgumentException("not an allowed value of " + path + "; allowed: "
          + (kind == Kind.AGE ? "a whole number of years from " + Situation.MIN_AGE + " to "
              + Situation.MAX_AGE : allowedNames()));
    }
  }

  private String allowedNames() {
    List<String> names = new ArrayList<>();
    for (V value : values) {
      names.add(valueName(value));
    }
    return String.join(", ", names);
  }

  /** {@return the JSON path} */
  @Override
  public String toString() {
    return path;
  }

  private static List<Integer> ages() {
    List<Integer> ages = new ArrayList<>();
    for (int age = Situation.MIN_AGE; age <= Situation.MAX_AGE; age++) {
      ages.add(age);
    }
    return ages;
  }
}
