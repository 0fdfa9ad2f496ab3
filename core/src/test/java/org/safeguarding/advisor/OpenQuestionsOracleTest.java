package org.safeguarding.advisor;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.SplittableRandom;
import java.util.function.UnaryOperator;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The engine's open-question planning (incremental, re-running only the rules that read a fact)
 * against brute force through the public API: for every unknown fact, assess the situation with
 * every answer and see what changes. Over generated situations on the fixture bundle, the
 * questions asked and their order must be exactly what brute force finds. A fact that changes
 * only the words of the plan (a text chosen by a condition) ranks after every change to it.
 */
class OpenQuestionsOracleTest {
  /** The fixture's questions in declared order. */
  private static final List<String> DECLARED = List.of("concerns", "indicators.IMMEDIATE_DANGER",
      "childAge", "reporter", "otherParty", "spread", "indicators.BLACKMAIL", "jurisdiction");

  /** The plan as compared: urgency, triggers, steps; and the words of what is in it. */
  record Outcome(Urgency urgency, List<ReferralTrigger> triggers, List<String> steps,
      java.util.Map<String, String> texts) {
    static Outcome of(Assessment a) {
      List<String> steps = new ArrayList<>();
      java.util.Map<String, String> texts = new java.util.HashMap<>();
      a.steps().forEach(s -> steps.add(s.id() + "@" + s.urgency()));
      a.steps().forEach(s -> texts.put("step " + s.id(), s.title() + "|" + s.detail()));
      a.warnings().forEach(w -> texts.put("warning " + w.id(), w.text()));
      a.riskFactors().forEach(r -> texts.put("risk " + r.id(), r.explanation()));
      return new Outcome(a.urgency(), a.referral().triggers(), steps, texts);
    }

    /** 4: the same plan, but a step, warning or risk factor in both reads differently. */
    boolean reworded(Outcome other) {
      for (var e : texts.entrySet()) {
        String theirs = other.texts.get(e.getKey());
        if (theirs != null && !theirs.equals(e.getValue())) {
          return true;
        }
      }
      return false;
    }

    int change(Outcome other) {
      if (other.urgency == Urgency.EMERGENCY && urgency != Urgency.EMERGENCY) {
        return 0;
      }
      if (!Objects.equals(triggers, other.triggers)) {
        return 1;
      }
      if (urgency != other.urgency) {
        return 2;
      }
      if (!steps.equals(other.steps)) {
        return 3;
      }
      return reworded(other) ? 4 : -1;
    }
  }

  @Test
  void plannedQuestionsAreExactlyWhatBruteForceFinds() {
    int askedForWords = assertOracle(Fixture.advisorWithoutMemo(), 3_000);
    assertTrue(askedForWords > 30, "questions asked for a text alone: " + askedForWords);
  }

  static IntStream seeds() {
    return IntStream.range(0, 12);
  }

  /**
   * The same over random rules (each reading three facts) on a fixture whose steps, warnings and
   * risk factors also have texts chosen by other facts: answers that change only a wording, that
   * drop a warning while the steps stay, or both, in shapes the fixture's own rules lack.
   */
  @ParameterizedTest(name = "generated rules {0}")
  @MethodSource("seeds")
  void plannedQuestionsAreWhatBruteForceFindsForGeneratedRules(int seed) {
    Map<String, String> files = withMoreTextVariants(Fixture.files());
    files.put("rules.json", GeneratedRules.of(new SplittableRandom(seed * 31L + 7)));
    Advisor generated = Advisor.builder()
        .bundle(ContentBundle.load(Fixture.source(Fixture.resign(files)))).memoSize(0).build();
    assertOracle(generated, 300);
  }

  /** Checks generated situations against brute force; returns how many asked for a text alone. */
  private static int assertOracle(Advisor advisor, int situations) {
    long seed = Long.getLong("oracle.seed", System.nanoTime());
    SplittableRandom random = new SplittableRandom(seed);
    List<String> failures = new ArrayList<>();
    int askedForWords = 0;
    for (int i = 0; i < situations && failures.size() < 10; i++) {
      Situation s = generate(random);
      List<String> expected = bruteForce(advisor, s);
      List<String> actual = new ArrayList<>();
      advisor.evaluate(s).openQuestions().forEach(q -> actual.add(q.field()));
      // The fixture's rules never read the nation: only a text does.
      askedForWords += actual.contains("jurisdiction") ? 1 : 0;
      if (!expected.equals(actual)) {
        failures.add("expected " + expected + " but the engine asks " + actual + " for "
            + org.safeguarding.advisor.json.AdvisorJson.write(s).replaceAll("\\s+", " "));
      }
    }
    if (!failures.isEmpty()) {
      fail("seed " + seed + " (replay with -Doracle.seed=" + seed + "):\n  "
          + String.join("\n  ", failures));
    }
    return askedForWords;
  }

  /**
   * Texts chosen by facts the generated rules may read: do-not-pay by the spread, adult-involved
   * by blackmail, reassure (parents) by the age, talk-to-someone by the concerns, contain-spread
   * by the other party.
   */
  private static Map<String, String> withMoreTextVariants(Map<String, String> files) {
    String all = "[\"PARENT_OR_CARER\", \"OTHER_ADULT\", \"PROFESSIONAL\", \"YOUNG_PERSON\"]";
    files.put("warnings.json", Fixture.replace(files.get("warnings.json"),
        "\"text\": [ { \"for\": " + all + ", \"text\": \"Do not pay.\" } ]",
        "\"text\": [ { \"for\": " + all + ", \"when\": { \"fact\": \"spread\", \"in\":"
            + " [\"SOCIAL_MEDIA\"] }, \"text\": \"Do not pay; report the post.\" },"
            + " { \"for\": " + all + ", \"text\": \"Do not pay.\" } ]"));
    files.put("risk-factors.json", Fixture.replace(files.get("risk-factors.json"),
        "{ \"id\": \"adult-involved\", \"explanation\": \"An adult is involved.\",",
        "{ \"id\": \"adult-involved\", \"text\": [ { \"for\": " + all + ", \"when\":"
            + " { \"fact\": \"indicators.BLACKMAIL\", \"in\": [\"YES\"] }, \"explanation\":"
            + " \"An adult is threatening.\" }, { \"for\": " + all + ", \"explanation\":"
            + " \"An adult is involved.\" } ],"));
    files.put("steps.json", Fixture.replace(Fixture.replace(Fixture.replace(files.get("steps.json"),
        "\"text\": [ { \"for\": [\"PARENT_OR_CARER\", \"OTHER_ADULT\", \"PROFESSIONAL\"],"
            + " \"title\": \"Reassure\", \"detail\": \"Stay calm.\" } ],",
        "\"text\": [ { \"for\": [\"PARENT_OR_CARER\"], \"when\": { \"fact\": \"childAge\","
            + " \"lt\": 13, \"ifUnknown\": false }, \"title\": \"Reassure\", \"detail\":"
            + " \"Stay calm: they are young.\" }, { \"for\": [\"PARENT_OR_CARER\", \"OTHER_ADULT\","
            + " \"PROFESSIONAL\"], \"title\": \"Reassure\", \"detail\": \"Stay calm.\" } ],"),
        "\"text\": [ { \"for\": [\"YOUNG_PERSON\"], \"title\": \"Talk to someone\","
            + " \"detail\": \"You are not alone.\" } ],",
        "\"text\": [ { \"for\": [\"YOUNG_PERSON\"], \"when\": { \"fact\": \"concerns\","
            + " \"containsAny\": [\"SEXTORTION\"] }, \"title\": \"Talk to someone\", \"detail\":"
            + " \"You are not alone, and it is not your fault.\" }, { \"for\": [\"YOUNG_PERSON\"],"
            + " \"title\": \"Talk to someone\", \"detail\": \"You are not alone.\" } ],"),
        "\"title\": \"Contain it\", \"detail\": \"Find out where it went.\" } ],",
        "\"when\": { \"fact\": \"otherParty\", \"in\": [\"PEER\"] }, \"title\": \"Contain it\","
            + " \"detail\": \"Ask the school where it went.\" }, { \"for\": " + all + ","
            + " \"title\": \"Contain it\", \"detail\": \"Find out where it went.\" } ],"));
    return files;
  }

  private static List<String> bruteForce(Advisor advisor, Situation s) {
    Outcome current = Outcome.of(advisor.evaluate(s));
    List<long[]> ranked = new ArrayList<>();
    for (int q = 0; q < DECLARED.size(); q++) {
      String field = DECLARED.get(q);
      SituationFact<?> fact = SituationFact.ofPath(field).orElseThrow();
      if (!fact.isUnknownIn(s)) {
        continue;
      }
      int worst = -1;
      for (UnaryOperator<Situation.Builder> answer : answers(fact)) {
        int change = current.change(Outcome.of(advisor.evaluate(
            answer.apply(Situation.builder().from(s)).build())));
        // Who reads the plan is not a wording: the reporter is asked for what it changes in it.
        if (change == 4 && field.equals("reporter")) {
          change = -1;
        }
        if (change >= 0 && (worst < 0 || change < worst)) {
          worst = change;
        }
      }
      if (worst >= 0) {
        boolean first = field.equals("concerns") && s.concerns().isEmpty();
        ranked.add(new long[] {first ? 0 : 1, worst, q});
      }
    }
    ranked.sort((x, y) -> x[0] != y[0] ? Long.compare(x[0], y[0])
        : x[1] != y[1] ? Long.compare(x[1], y[1]) : Long.compare(x[2], y[2]));
    List<String> out = new ArrayList<>();
    ranked.forEach(r -> out.add(DECLARED.get((int) r[2])));
    return out;
  }

  /**
   * Every answer that makes the fact known: each value but UNKNOWN, and for a set every pair too.
   */
  private static <V> List<UnaryOperator<Situation.Builder>> answers(SituationFact<V> fact) {
    List<UnaryOperator<Situation.Builder>> out = new ArrayList<>();
    List<V> known = new ArrayList<>();
    // The jurisdictions are the bundle's, not the fact's.
    List<V> values = fact == SituationFact.JURISDICTION
        ? Fixture.NATIONS.stream().map(fact.valueType()::cast).toList() : fact.values();
    for (V value : values) {
      if (!fact.isUnknownIn(fact.answer(Situation.empty(), value))) {
        known.add(value);
      }
    }
    for (V value : known) {
      out.add(b -> fact.apply(b, value));
      if (fact.kind() == SituationFact.Kind.SEVERAL) {
        for (V other : known) {
          out.add(b -> fact.apply(fact.apply(b, value), other));
        }
      }
    }
    return out;
  }

  private static Situation generate(SplittableRandom random) {
    Situation.Builder b = Situation.builder();
    if (random.nextBoolean()) {
      b.reporter(Reporter.values()[random.nextInt(Reporter.values().length)]);
    }
    if (random.nextBoolean()) {
      b.childAge(random.nextInt(26));
    }
    int concerns = random.nextInt(3);
    for (int i = 0; i < concerns; i++) {
      b.addConcern(Concern.values()[random.nextInt(Concern.values().length)]);
    }
    if (random.nextBoolean()) {
      b.spread(Spread.values()[random.nextInt(Spread.values().length)]);
    }
    if (random.nextBoolean()) {
      b.otherParty(OtherParty.values()[random.nextInt(OtherParty.values().length)]);
    }
    if (random.nextBoolean()) {
      b.jurisdiction(Fixture.NATIONS.get(random.nextInt(Fixture.NATIONS.size())));
    }
    for (Indicator indicator : List.of(Indicator.IMMEDIATE_DANGER, Indicator.BLACKMAIL)) {
      if (random.nextBoolean()) {
        b.putIndicator(indicator, Answer.values()[random.nextInt(3)]);
      }
    }
    return b.build();
  }
}
