package org.safeguarding.advisor;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;

/**
 * A condition of a bundle, in the condition language of docs/bundle-format.md, as a typed tree: a
 * rule's {@code when}, a text variant's {@code when}, a question's {@code askFirstWhen} or a named
 * condition. One record per form of the language, so a reader can walk it with a {@code switch}
 * or {@code instanceof}, read what it tests ({@link #reads()}), print it ({@code toString()}:
 * {@code jurisdiction in [GB-SCT] (if unknown: false) and 'under-18-or-unknown-age'}), or test it
 * against a situation ({@link #holds}). Every value is immutable.
 *
 * <p>What an unknown fact means is the engine's: a missing {@code reporter} is {@code
 * PARENT_OR_CARER}, a missing {@code spread}, {@code otherParty} or indicator is {@code UNKNOWN},
 * and a missing nation or age gives the test's own {@code ifUnknown}.
 */
public sealed interface Condition {

  /**
   * {@return whether the condition holds for the situation, as the engine decides it} The build
   * checks this against the engine: on the fixture and UK bundles, a plan re-derived from the
   * rules' conditions and the texts' conditions alone is the engine's plan.
   *
   * @param situation the situation
   */
  boolean holds(Situation situation);

  /** {@return the facts the condition reads, named conditions included, in the contract's order} */
  default List<SituationFact<?>> reads() {
    TreeSet<Integer> slots = new TreeSet<>();
    collectReads(this, slots);
    List<SituationFact<?>> all = SituationFact.all();
    List<SituationFact<?>> out = new ArrayList<>();
    slots.forEach(i -> out.add(all.get(i)));
    return List.copyOf(out);
  }

  /**
   * Every part holds (the language's {@code all}).
   *
   * @param conditions the parts, at least one
   */
  record All(List<Condition> conditions) implements Condition {
    /** Checks and copies the parts. */
    public All {
      conditions = nonEmpty(conditions, "all");
    }

    @Override
    public boolean holds(Situation situation) {
      return conditions.stream().allMatch(c -> c.holds(situation));
    }

    @Override
    public String toString() {
      return render(this, false);
    }
  }

  /**
   * Some part holds (the language's {@code any}).
   *
   * @param conditions the parts, at least one
   */
  record Any(List<Condition> conditions) implements Condition {
    /** Checks and copies the parts. */
    public Any {
      conditions = nonEmpty(conditions, "any");
    }

    @Override
    public boolean holds(Situation situation) {
      return conditions.stream().anyMatch(c -> c.holds(situation));
    }

    @Override
    public String toString() {
      return render(this, false);
    }
  }

  /**
   * The inner condition does not hold (the language's {@code not}).
   *
   * @param condition the condition negated
   */
  record Not(Condition condition) implements Condition {
    /** Checks the part. */
    public Not {
      Objects.requireNonNull(condition, "condition");
    }

    @Override
    public boolean holds(Situation situation) {
      return !condition.holds(situation);
    }

    @Override
    public String toString() {
      return render(this, false);
    }
  }

  /**
   * A named condition of the bundle's conditions.json, used by reference ({@code {"ref": id}}) or
   * listed by {@link ContentBundle#conditions()}: it holds when its definition holds.
   *
   * @param id the condition's id
   * @param description what it means, in the bundle's words
   * @param definition the condition it names
   */
  record Named(String id, String description, Condition definition) implements Condition {
    /** Checks the parts. */
    public Named {
      Objects.requireNonNull(id, "id");
      Objects.requireNonNull(description, "description");
      Objects.requireNonNull(definition, "definition");
    }

    @Override
    public boolean holds(Situation situation) {
      return definition.holds(situation);
    }

    /** {@return the id in quotes: a reference, as it reads inside another condition} */
    @Override
    public String toString() {
      return "'" + id + "'";
    }
  }

  /**
   * A set fact ({@code concerns}, {@code platforms}) has at least one of the values.
   *
   * @param <V> the type of the set's members
   * @param fact a fact of {@link SituationFact.Kind#SEVERAL}
   * @param values the values, at least one
   */
  record ContainsAny<V>(SituationFact<V> fact, List<V> values) implements Condition {
    /** Checks and copies the parts. */
    public ContainsAny {
      requireKind(fact, SituationFact.Kind.SEVERAL);
      values = nonEmpty(values, "containsAny");
    }

    @Override
    public boolean holds(Situation situation) {
      return fact.valuesIn(situation).stream().anyMatch(values::contains);
    }

    @Override
    public String toString() {
      return fact.path() + " has any of " + names(fact, values);
    }
  }

  /**
   * A set fact has every one of the values.
   *
   * @param <V> the type of the set's members
   * @param fact a fact of {@link SituationFact.Kind#SEVERAL}
   * @param values the values, at least one
   */
  record ContainsAll<V>(SituationFact<V> fact, List<V> values) implements Condition {
    /** Checks and copies the parts. */
    public ContainsAll {
      requireKind(fact, SituationFact.Kind.SEVERAL);
      values = nonEmpty(values, "containsAll");
    }

    @Override
    public boolean holds(Situation situation) {
      return fact.valuesIn(situation).containsAll(values);
    }

    @Override
    public String toString() {
      return fact.path() + " has all of " + names(fact, values);
    }
  }

  /**
   * A set fact is empty ({@code empty} true) or not empty ({@code empty} false).
   *
   * @param fact a fact of {@link SituationFact.Kind#SEVERAL}
   * @param empty true: holds when the set is empty; false: when it is not
   */
  record IsEmpty(SituationFact<?> fact, boolean empty) implements Condition {
    /** Checks the fact's kind. */
    public IsEmpty {
      requireKind(fact, SituationFact.Kind.SEVERAL);
    }

    @Override
    public boolean holds(Situation situation) {
      return fact.valuesIn(situation).isEmpty() == empty;
    }

    @Override
    public String toString() {
      return fact.path() + (empty ? " is empty" : " is not empty");
    }
  }

  /**
   * A one-value fact (an enum field or an indicator) is one of the values. A missing {@code
   * reporter} is {@code PARENT_OR_CARER}, a missing {@code spread}, {@code otherParty} or
   * indicator {@code UNKNOWN}; a missing {@code jurisdiction} gives {@code ifUnknown}, which the
   * language requires for it and only for it.
   *
   * @param <V> the type of the fact's values
   * @param fact a fact of {@link SituationFact.Kind#ONE}
   * @param values the values, at least one
   * @param ifUnknown the result when the fact is not known: present for {@code jurisdiction}
   */
  record In<V>(SituationFact<V> fact, List<V> values, Optional<Boolean> ifUnknown)
      implements Condition {
    /** Checks and copies the parts. */
    public In {
      requireKind(fact, SituationFact.Kind.ONE);
      values = nonEmpty(values, "in");
      Objects.requireNonNull(ifUnknown, "ifUnknown");
      if (ifUnknown.isPresent() != fact.equals(SituationFact.JURISDICTION)) {
        throw new IllegalArgumentException("ifUnknown is given for jurisdiction, and only for it");
      }
    }

    @Override
    public boolean holds(Situation situation) {
      List<V> given = fact.valuesIn(situation);
      if (!given.isEmpty()) {
        return values.contains(given.get(0));
      }
      if (fact.equals(SituationFact.JURISDICTION)) {
        return ifUnknown.orElseThrow();
      }
      if (fact.equals(SituationFact.REPORTER)) {
        return values.contains(situation.audience());
      }
      // spread, otherParty and every indicator: not known is their UNKNOWN value.
      return fact.valueNamed("UNKNOWN").map(values::contains).orElse(false);
    }

    @Override
    public String toString() {
      return fact.path() + " in " + names(fact, values)
          + ifUnknown.map(b -> " (if unknown: " + b + ")").orElse("");
    }
  }

  /**
   * The age compared with a bound; {@code ifUnknown} is the result when the age is not known.
   *
   * @param operator the comparison
   * @param age the bound, 0 to 25
   * @param ifUnknown the result when the age is not known
   */
  record AgeComparison(Operator operator, int age, boolean ifUnknown) implements Condition {
    /** A comparison, by its name in the condition language. */
    public enum Operator {
      /** {@code lt}: younger than the bound. */
      LT("<"),
      /** {@code lte}: the bound or younger. */
      LTE("<="),
      /** {@code gt}: older than the bound. */
      GT(">"),
      /** {@code gte}: the bound or older. */
      GTE(">="),
      /** {@code eq}: exactly the bound. */
      EQ("=");

      private final String symbol;

      Operator(String symbol) {
        this.symbol = symbol;
      }

      /** {@return the operator as a mathematical symbol, such as {@code <}} */
      public String symbol() {
        return symbol;
      }

      /**
       * {@return whether {@code age} compares so with {@code bound}}
       *
       * @param age the age
       * @param bound the bound
       */
      public boolean test(int age, int bound) {
        switch (this) {
          case LT:
            return age < bound;
          case LTE:
            return age <= bound;
          case GT:
            return age > bound;
          case GTE:
            return age >= bound;
          default:
            return age == bound;
        }
      }
    }

    /** Checks the bound. */
    public AgeComparison {
      Objects.requireNonNull(operator, "operator");
      if (age < Situation.MIN_AGE || age > Situation.MAX_AGE) {
        throw new IllegalArgumentException("an age bound is from " + Situation.MIN_AGE + " to "
            + Situation.MAX_AGE);
      }
    }

    @Override
    public boolean holds(Situation situation) {
      return situation.childAge().isEmpty() ? ifUnknown
          : operator.test(situation.childAge().getAsInt(), age);
    }

    @Override
    public String toString() {
      return "childAge " + operator.symbol() + " " + age + " (if unknown: " + ifUnknown + ")";
    }
  }

  /**
   * The age is not known ({@code unknown} true) or is known ({@code unknown} false).
   *
   * @param unknown true: holds when the age is not known; false: when it is known
   */
  record AgeUnknown(boolean unknown) implements Condition {
    @Override
    public boolean holds(Situation situation) {
      return situation.childAge().isEmpty() == unknown;
    }

    @Override
    public String toString() {
      return unknown ? "childAge is unknown" : "childAge is known";
    }
  }

  // --- shared by the records ------------------------------------------------------------------

  private static <T> List<T> nonEmpty(List<T> list, String form) {
    List<T> copy = List.copyOf(Objects.requireNonNull(list, form));
    if (copy.isEmpty()) {
      throw new IllegalArgumentException(form + " needs at least one entry");
    }
    return copy;
  }

  private static void requireKind(SituationFact<?> fact, SituationFact.Kind kind) {
    Objects.requireNonNull(fact, "fact");
    if (fact.kind() != kind) {
      throw new IllegalArgumentException(fact.path() + " is not a fact of kind " + kind);
    }
  }

  private static <V> String names(SituationFact<V> fact, List<V> values) {
    List<String> names = new ArrayList<>();
    values.forEach(v -> names.add(fact.valueName(v)));
    return "[" + String.join(", ", names) + "]";
  }

  /** A junction or negation; {@code nested}: inside another, so in brackets. */
  private static String render(Condition c, boolean nested) {
    if (c instanceof Not not) {
      boolean simple = !(not.condition() instanceof All || not.condition() instanceof Any);
      return "not " + (simple ? not.condition().toString() : render(not.condition(), true));
    }
    List<Condition> parts = c instanceof All all ? all.conditions() : ((Any) c).conditions();
    String word = c instanceof All ? " and " : " or ";
    List<String> out = new ArrayList<>();
    for (Condition part : parts) {
      out.add(part instanceof All || part instanceof Any ? render(part, true) : part.toString());
    }
    String joined = String.join(word, out);
    return nested && parts.size() > 1 ? "(" + joined + ")" : joined;
  }

  private static void collectReads(Condition c, TreeSet<Integer> slots) {
    List<SituationFact<?>> all = SituationFact.all();
    if (c instanceof All every) {
      every.conditions().forEach(p -> collectReads(p, slots));
    } else if (c instanceof Any any) {
      any.conditions().forEach(p -> collectReads(p, slots));
    } else if (c instanceof Not not) {
      collectReads(not.condition(), slots);
    } else if (c instanceof Named named) {
      collectReads(named.definition(), slots);
    } else if (c instanceof ContainsAny<?> t) {
      slots.add(all.indexOf(t.fact()));
    } else if (c instanceof ContainsAll<?> t) {
      slots.add(all.indexOf(t.fact()));
    } else if (c instanceof IsEmpty t) {
      slots.add(all.indexOf(t.fact()));
    } else if (c instanceof In<?> t) {
      slots.add(all.indexOf(t.fact()));
    } else {
      slots.add(all.indexOf(SituationFact.CHILD_AGE));
    }
  }
}
