package org.safeguarding.advisor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Text variants by condition (docs/bundle-format.md, "Text variants") on the fixture bundle: a
 * reader sees the first of their audience's entries whose {@code when} holds, else the default; an
 * unknown fact reads as the condition's {@code ifUnknown} says; a fact that only a text reads is
 * asked, after the safety questions, while its answer would reword the plan.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TextVariantsTest {
  private final Advisor advisor = Fixture.advisor();

  private Assessment assess(Situation.Builder b) {
    return advisor.evaluate(b.build());
  }

  private Situation.Builder blackmailed(Reporter reporter) {
    return Situation.builder().reporter(reporter).childAge(12).addConcern(Concern.SEXTORTION)
        .putIndicator(Indicator.IMMEDIATE_DANGER, Answer.NO);
  }

  private String detail(Assessment a, String step) {
    return a.step(step).orElseThrow().detail();
  }

  private String warning(Assessment a, String id) {
    return a.warnings().stream().filter(w -> w.id().equals(id)).findFirst().orElseThrow().text();
  }

  private String risk(Assessment a, String id) {
    return a.riskFactors().stream().filter(r -> r.id().equals(id)).findFirst().orElseThrow()
        .explanation();
  }

  private List<String> questions(Assessment a) {
    return a.openQuestions().stream().map(OpenQuestion::field).collect(Collectors.toList());
  }

  @Test
  void theFirstEntryWhoseConditionHoldsIsReadElseTheDefault() {
    Situation.Builder parent = blackmailed(Reporter.PARENT_OR_CARER);
    assertEquals("Report for your child in Scotland.", detail(assess(Situation.builder()
        .from(parent.build()).jurisdiction(Jurisdiction.GB_SCT)), "report-online"));
    assertEquals("Report for your child.", detail(assess(Situation.builder()
        .from(parent.build()).jurisdiction(Jurisdiction.GB_WLS)), "report-online"));
    // A nation not known reads as the condition's ifUnknown (false here): the default.
    assertEquals("Report for your child.", detail(assess(parent), "report-online"));
    // Another audience's entries are not this one's: the young person has no Scottish variant.
    assertEquals("You can report it.", detail(assess(Situation.builder()
        .from(blackmailed(Reporter.YOUNG_PERSON).build()).jurisdiction(Jurisdiction.GB_SCT)),
        "report-online"));
  }

  @Test
  void warningsAndRiskFactorsVaryTheSameWay() {
    Assessment twelve = assess(blackmailed(Reporter.YOUNG_PERSON));
    assertEquals("Do not copy it, and tell a grown-up.", warning(twelve, "never-copy"));
    assertEquals("Do not copy it.", warning(assess(Situation.builder()
        .from(blackmailed(Reporter.YOUNG_PERSON).build()).childAge(15)), "never-copy"));
    // Age not known: ifUnknown false, the default.
    assertEquals("Do not copy it.", warning(assess(Situation.builder()
        .from(blackmailed(Reporter.YOUNG_PERSON).build()).childAge(java.util.OptionalInt.empty())),
        "never-copy"));
    assertEquals("There is blackmail.", risk(twelve, "blackmail"));
    assertEquals("Another young person is making threats.", risk(assess(Situation.builder()
        .from(blackmailed(Reporter.YOUNG_PERSON).build()).otherParty(OtherParty.PEER)),
        "blackmail"));
  }

  @Test
  void aFactOnlyATextReadsIsAskedAfterTheSafetyQuestionsWhileItWouldRewordThePlan() {
    Situation.Builder parent = Situation.builder().addConcern(Concern.SEXTORTION);
    List<String> asked = questions(assess(parent));
    // The parent's report-online text varies by nation: the nation is asked, last, after every
    // question that could change the urgency, the referral or the steps.
    assertTrue(asked.contains("jurisdiction"), asked::toString);
    assertEquals("jurisdiction", asked.get(asked.size() - 1), asked::toString);
    assertTrue(asked.size() > 1, asked::toString);
    // For the young person no text in the plan varies by nation: not asked.
    assertFalse(questions(assess(Situation.builder().from(parent.build())
        .reporter(Reporter.YOUNG_PERSON))).contains("jurisdiction"));
    // Without report-online in the plan, the nation changes nothing the reader sees.
    assertFalse(questions(assess(Situation.builder().addConcern(Concern.PREVENTION)))
        .contains("jurisdiction"));
    // Once said, not asked again.
    assertFalse(questions(assess(Situation.builder().from(parent.build())
        .jurisdiction(Jurisdiction.GB_NIR))).contains("jurisdiction"));
  }

  @Test
  void theMemosKeepEveryVariantApart() {
    Advisor forgetful = Fixture.advisorWithoutMemo();
    SplittableRandom random = new SplittableRandom(11);
    for (int i = 0; i < 3_000; i++) {
      Situation.Builder b = Situation.builder().from(DoFirstAndExplanationsTest.generate(random));
      if (random.nextBoolean()) {
        b.jurisdiction(Fixture.NATIONS.get(random.nextInt(Fixture.NATIONS.size())));
      }
      Situation s = b.build();
      assertEquals(forgetful.evaluate(s), advisor.evaluate(s), s::toString);
    }
  }
}
