package org.safeguarding.advisor.engine;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.SplittableRandom;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.safeguarding.advisor.Answer;
import org.safeguarding.advisor.Concern;
import org.safeguarding.advisor.Indicator;
import org.safeguarding.advisor.Fixture;
import org.safeguarding.advisor.Jurisdiction;
import org.safeguarding.advisor.OtherParty;
import org.safeguarding.advisor.Platform;
import org.safeguarding.advisor.Reporter;
import org.safeguarding.advisor.Situation;
import org.safeguarding.advisor.Spread;

/**
 * {@link Condition#testEach} (every answer to one fact in one walk, with named conditions
 * remembered per round) against {@link Condition#test} on a situation rebuilt with each answer.
 * Over the fixture bundle's conditions and nested forms of every kind, generated situations, every
 * fact, and arrays of answers that include unknown and repeat; one {@link Facts} is asked about
 * fact after fact, so a memo kept too long would show.
 */
class WhatIfEvaluationTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  /** Nested forms the fixture's rules do not have: not over any, all within any, refs deep. */
  private static final List<String> EXTRA = List.of(
      "{\"not\":{\"any\":[{\"fact\":\"spread\",\"in\":[\"PUBLIC_WEBSITE\",\"SOCIAL_MEDIA\"]},"
          + "{\"fact\":\"childAge\",\"lt\":13,\"ifUnknown\":true}]}}",
      "{\"any\":[{\"all\":[{\"fact\":\"concerns\",\"containsAll\":[\"SEXTORTION\",\"GROOMING\"]},"
          + "{\"fact\":\"indicators.BLACKMAIL\",\"in\":[\"YES\",\"UNKNOWN\"]}]},"
          + "{\"fact\":\"platforms\",\"isEmpty\":false}]}",
      "{\"all\":[{\"fact\":\"reporter\",\"in\":[\"PROFESSIONAL\"]},"
          + "{\"not\":{\"fact\":\"jurisdiction\",\"in\":[\"GB-SCT\"],\"ifUnknown\":true}},"
          + "{\"fact\":\"childAge\",\"isUnknown\":false},{\"fact\":\"childAge\",\"lte\":17,"
          + "\"ifUnknown\":false}]}",
      "{\"any\":[{\"fact\":\"otherParty\",\"in\":[\"ADULT\"]},{\"fact\":\"childAge\",\"eq\":15,"
          + "\"ifUnknown\":false},{\"fact\":\"concerns\",\"isEmpty\":true}]}");

  private final Problems problems = new Problems();
  /** The fixture bundle's jurisdictions, as the engine holds them. */
  static final Jurisdictions NATIONS = new Jurisdictions(Fixture.NATIONS);
  private final ConditionCompiler compiler = new ConditionCompiler(NATIONS);

  @Test
  void everyAnswerInOneWalkIsWhatTestingEachAnswerGives() throws IOException {
    List<Condition> conditions = fixtureConditions();
    long seed = Long.getLong("whatif.seed", System.nanoTime());
    SplittableRandom random = new SplittableRandom(seed);
    int namedConditions = compiler.namedConditions();
    int checked = 0;
    // 400 situations; the mutation-testing profile asks for fewer (every surviving mutant runs them).
    int situations = Integer.getInteger("whatif.situations", 400);
    for (int n = 0; n < situations; n++) {
      Situation situation = generate(random);
      Facts facts = Facts.of(situation, NATIONS, namedConditions);
      for (Fact fact : Fact.ALL) {
        int[] values = someValues(fact, random);
        for (int c = 0; c < conditions.size(); c++) {
          Condition condition = conditions.get(c);
          int each = condition.testEach(facts, fact, values);
          for (int i = 0; i < values.length; i++) {
            Facts answered = Facts.of(with(situation, fact, values[i]), NATIONS, namedConditions);
            boolean expected = condition.test(answered);
            boolean actual = (each >>> i & 1) != 0;
            int index = i;
            int which = c;
            assertTrue(expected == actual, () -> "seed " + seed + " (-Dwhatif.seed=" + seed
                + "): condition " + which + " with " + fact.path + " = " + values[index]
                + " gives " + expected + " but testEach says " + actual + " in " + situation);
            checked++;
          }
          assertTrue(each >>> values.length == 0, "no bits beyond the values");
          // And plain tests on the same facts are untouched by the what-ifs.
          assertTrue(condition.test(facts) == condition.test(Facts.of(situation, NATIONS, namedConditions)));
        }
      }
    }
    assertTrue(checked > 500 * situations, "checked " + checked);
  }

  private List<Condition> fixtureConditions() throws IOException {
    List<Condition> out = new ArrayList<>();
    JsonNode named = read("conditions.json");
    for (JsonNode c : named) {
      compiler.declare(c.get("id").asText(), node(c.get("when")));
    }
    compiler.compileNamed();
    for (JsonNode c : named) {
      out.add(compiler.compile(node(JSON.readTree("{\"ref\":\"" + c.get("id").asText() + "\"}"))));
    }
    for (JsonNode rule : read("rules.json")) {
      out.add(compiler.compile(node(rule.get("when"))));
    }
    for (String extra : EXTRA) {
      out.add(compiler.compile(node(JSON.readTree(extra))));
    }
    assertTrue(problems.list().isEmpty(), () -> "compile problems: " + problems.list());
    assertTrue(out.stream().allMatch(c -> c != null));
    return out;
  }

  private Node node(JsonNode json) {
    return new Node(json, "test.json", "when", problems);
  }

  private static JsonNode read(String file) throws IOException {
    try (InputStream in = WhatIfEvaluationTest.class.getResourceAsStream("/fixture-bundle/" + file)) {
      return JSON.readTree(in);
    }
  }

  /** Up to 31 answers for the fact, any of its values, with repeats and unknown among them. */
  private static int[] someValues(Fact fact, SplittableRandom random) {
    int[] values = new int[1 + random.nextInt(31)];
    for (int i = 0; i < values.length; i++) {
      values[i] = switch (fact.kind) {
        case AGE -> random.nextInt(Situation.MIN_AGE - 1, Situation.MAX_AGE + 1);
        case SET -> random.nextInt(1 << fact.valueCount(NATIONS));
        // The jurisdiction has no UNKNOWN constant: not said is its own value.
        case ENUM -> fact == Fact.JURISDICTION
            ? random.nextInt(-1, fact.valueCount(NATIONS))
            : random.nextInt(fact.valueCount(NATIONS));
      };
    }
    return values;
  }

  /** The situation with one fact set to a value as {@link Facts} holds it. */
  static Situation with(Situation s, Fact fact, int value) {
    Situation.Builder b = Situation.builder().from(s);
    if (fact == Fact.CONCERNS) {
      b.concerns(members(Concern.class, value));
    } else if (fact == Fact.PLATFORMS) {
      b.platforms(members(Platform.class, value));
    } else if (fact == Fact.CHILD_AGE) {
      b.childAge(value == Fact.UNKNOWN_AGE ? OptionalInt.empty() : OptionalInt.of(value));
    } else if (fact == Fact.REPORTER) {
      b.reporter(Optional.of(Reporter.values()[value]));
    } else if (fact == Fact.JURISDICTION) {
      b.jurisdiction(value == Fact.UNKNOWN_VALUE ? Optional.empty()
          : Optional.of(NATIONS.get(value)));
    } else if (fact == Fact.SPREAD) {
      b.spread(Spread.values()[value]);
    } else if (fact == Fact.OTHER_PARTY) {
      b.otherParty(OtherParty.values()[value]);
    } else {
      TreeMap<Indicator, Answer> answers = new TreeMap<>(s.indicators());
      answers.put(Indicator.values()[fact.slot - Fact.FIRST_INDICATOR], Answer.values()[value]);
      b.indicators(answers);
    }
    return b.build();
  }

  private static <E extends Enum<E>> EnumSet<E> members(Class<E> type, int mask) {
    EnumSet<E> set = EnumSet.noneOf(type);
    for (E e : type.getEnumConstants()) {
      if ((mask & 1 << e.ordinal()) != 0) {
        set.add(e);
      }
    }
    return set;
  }

  static Situation generate(SplittableRandom random) {
    Situation.Builder b = Situation.builder();
    b.concerns(members(Concern.class, random.nextInt(4) == 0 ? 0 : random.nextInt(1 << 11)));
    b.platforms(members(Platform.class, random.nextInt(2) == 0 ? 0 : random.nextInt(1 << 7)));
    if (random.nextInt(5) > 0) {
      b.childAge(random.nextInt(Situation.MIN_AGE, Situation.MAX_AGE + 1));
    }
    if (random.nextBoolean()) {
      b.reporter(Reporter.values()[random.nextInt(Reporter.values().length)]);
    }
    if (random.nextBoolean()) {
      b.jurisdiction(Fixture.NATIONS.get(random.nextInt(Fixture.NATIONS.size())));
    }
    b.spread(Spread.values()[random.nextInt(Spread.values().length)]);
    b.otherParty(OtherParty.values()[random.nextInt(OtherParty.values().length)]);
    // Any number of indicators, from none to all, each YES, NO or an explicit UNKNOWN (which is
    // the same as not given): the key must hold every mix.
    int given = random.nextInt(4) == 0 ? 0 : random.nextInt(Indicator.values().length + 1);
    for (Indicator indicator : Indicator.values()) {
      if (random.nextInt(Indicator.values().length) < given) {
        b.putIndicator(indicator, Answer.values()[random.nextInt(Answer.values().length)]);
      }
    }
    return b.build();
  }
}
