package org.safeguarding.advisor.content.uk.safety;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.safeguarding.advisor.Advisor;
import org.safeguarding.advisor.Answer;
import org.safeguarding.advisor.Assessment;
import org.safeguarding.advisor.ContentBundle;
import org.safeguarding.advisor.Indicator;
import org.safeguarding.advisor.Situation;
import org.safeguarding.advisor.json.AdvisorJson;

/**
 * The safety properties of decision-model.md sections 2 and 3 ({@link SafetyProperties} and
 * {@link ReaderProperties}), over exhaustive enumerations of the dimensions that decide the outcome
 * and over 100,000 generated situations per run: each situation is assessed once and every property
 * is checked on that one assessment. A failure
 * prints the property, the situation as JSON and, for generated situations, the seed to replay
 * ({@code -Dsafety.seed=N}).
 */
class SafetyPropertiesTest {
  static final int GENERATED = 100_000;
  /** Every so many generated situations also get the (dearer) open-question properties. */
  static final int OPEN_QUESTION_SAMPLE = 10;
  private static final Advisor ADVISOR = Advisor.defaultAdvisor();
  private static final ContentBundle BUNDLE = ADVISOR.bundle();

  /** Collects violations by property, with a witness for each, and fails once. */
  static final class Report {
    private final String context;
    private final Map<String, List<String>> examples = new TreeMap<>();
    private final Map<String, Integer> counts = new TreeMap<>();
    private int checked;

    Report(String context) {
      this.context = context;
    }

    void check(Situation s) {
      checked++;
      Assessment a = ADVISOR.evaluate(s);
      for (String violation : SafetyProperties.violations(s, a, BUNDLE)) {
        add(violation, s);
      }
      for (String violation : ReaderProperties.violations(s, a)) {
        add(violation, s);
      }
    }

    /** Keeps one witness situation for each distinct violation, up to 30 per property. */
    void add(String violation, Situation s) {
      String property = violation.substring(0, violation.indexOf(':'));
      if (counts.merge(violation, 1, Integer::sum) > 1) {
        return;
      }
      List<String> list = examples.computeIfAbsent(property, k -> new ArrayList<>());
      if (list.size() < 30) {
        list.add(violation + "\n      situation: " + AdvisorJson.write(s).replaceAll("\\s+", " "));
      }
    }

    int checked() {
      return checked;
    }

    /** For a run that checks its situations itself: how many it checked, for the report. */
    void checked(long situations) {
      checked = Math.toIntExact(situations);
    }

    void assertClean() {
      if (!examples.isEmpty()) {
        StringBuilder text = new StringBuilder(context).append(": ")
            .append(counts.values().stream().mapToInt(Integer::intValue).sum())
            .append(" violations in ").append(checked).append(" situations\n");
        counts.forEach((k, n) -> text.append("  ").append(n).append("x ").append(k).append('\n'));
        examples.forEach((p, list) -> list.forEach(e -> text.append("  e.g. ").append(e)
            .append('\n')));
        fail(text.toString());
      }
    }
  }

  @Test
  void everyPersonAgeOtherPartySpreadAndConcernPairWithIndicatorsUnknown() {
    Report report = new Report("enumerated people and spread, indicators unknown");
    SituationGenerator.enumeratePeopleAndSpread(b -> { }, report::check);
    assertTrue(report.checked() > 100_000, "enumerated " + report.checked());
    report.assertClean();
  }

  @Test
  void everyPersonAgeOtherPartySpreadAndConcernPairInDanger() {
    Report report = new Report("enumerated people and spread, in immediate danger and self-harm");
    Consumer<Situation.Builder> danger = b -> b.putIndicator(Indicator.IMMEDIATE_DANGER, Answer.YES)
        .putIndicator(Indicator.SELF_HARM_RISK, Answer.YES);
    SituationGenerator.enumeratePeopleAndSpread(danger, report::check);
    report.assertClean();
  }

  /**
   * The contract 1.1 facts (asked to meet, blackmail, an image taken under 18) all YES and all NO,
   * for every person, age, other party, spread and concern pair: properties 14, 15, 18 and 20 turn
   * on them.
   */
  @Test
  void everyPersonAgeOtherPartySpreadAndConcernPairWithTheContract11Facts() {
    for (Answer answer : List.of(Answer.YES, Answer.NO)) {
      Report report = new Report("enumerated people and spread, ASKED_TO_MEET, BLACKMAIL and"
          + " IMAGE_TAKEN_UNDER_18 all " + answer);
      Consumer<Situation.Builder> facts = b -> {
        b.putIndicator(Indicator.ASKED_TO_MEET, answer).putIndicator(Indicator.BLACKMAIL, answer);
        ReaderProperties.IMAGE_TAKEN_UNDER_18.ifPresent(i -> b.putIndicator(i, answer));
      };
      SituationGenerator.enumeratePeopleAndSpread(facts, report::check);
      report.assertClean();
    }
  }

  @Test
  void everyCombinationOfTheReferralIndicators() {
    Report report = new Report("enumerated referral indicators");
    SituationGenerator.enumerateIndicators(report::check);
    assertTrue(report.checked() > 1_000_000, "enumerated " + report.checked());
    report.assertClean();
  }

  @Test
  void generatedSituations() {
    long seed = Long.getLong("safety.seed", System.nanoTime());
    SituationGenerator generator = new SituationGenerator(seed);
    Report report = new Report("generated, seed " + seed + " (replay with -Dsafety.seed="
        + seed + ")");
    for (int i = 0; i < GENERATED; i++) {
      Situation s = generator.next();
      report.check(s);
      RelationalProperties.check(ADVISOR, s, report::add);
      if (i % OPEN_QUESTION_SAMPLE == 0) {
        RelationalProperties.checkOpenQuestions(ADVISOR, s, report::add);
      }
    }
    assertEquals(GENERATED, report.checked());
    report.assertClean();
  }

  @Test
  void theSameSituationGivesTheSameJsonBytes() {
    SituationGenerator generator = new SituationGenerator(7);
    for (int i = 0; i < 2_000; i++) {
      Situation s = generator.next();
      String first = AdvisorJson.write(ADVISOR.evaluate(s));
      String again = AdvisorJson.write(ADVISOR.evaluate(AdvisorJson.readSituation(
          AdvisorJson.write(s))));
      String fresh = AdvisorJson.write(Advisor.forBundle(ContentBundle.defaultBundle()).evaluate(s));
      assertEquals(first, again, "P9 after a JSON round trip");
      assertEquals(first, fresh, "P9 with a freshly loaded bundle");
    }
  }
}
