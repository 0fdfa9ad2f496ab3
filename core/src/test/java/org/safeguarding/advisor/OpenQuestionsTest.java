package org.safeguarding.advisor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** Which unknown facts are asked, and in what order, on the fixture bundle. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OpenQuestionsTest {
  private final Advisor advisor = Fixture.advisor();

  private List<String> fields(Situation s) {
    return advisor.evaluate(s).openQuestions().stream().map(OpenQuestion::field)
        .collect(Collectors.toList());
  }

  @Test
  void anEmptySituationAsksWhatHappenedFirst() {
    List<String> fields = fields(Situation.empty());
    assertEquals("concerns", fields.get(0));
    // Immediate danger would make it an emergency: the most consequential of the rest.
    assertEquals("indicators.IMMEDIATE_DANGER", fields.get(1));
  }

  @Test
  void questionsAreRankedByConsequence() {
    Situation s = Situation.builder().addConcern(Concern.SHARED_OWN_IMAGE).build();
    List<String> fields = fields(s);
    // EMERGENCY first (danger); then what changes the referral (other party, blackmail: both add
    // a trigger); then what changes the urgency (a professional's URGENT step, spread to social
    // media), in declared order; last what changes only the steps (an adult's age swaps the
    // child's removal steps for the adult's, with no referral either way while the other party
    // is unknown).
    assertEquals(List.of("indicators.IMMEDIATE_DANGER", "otherParty", "indicators.BLACKMAIL",
        "reporter", "spread", "childAge"), fields);
  }

  @Test
  void knownFactsAreNeverAsked() {
    Situation s = Situation.builder().reporter(Reporter.PARENT_OR_CARER).childAge(15)
        .addConcern(Concern.SHARED_OWN_IMAGE).spread(Spread.SOCIAL_MEDIA)
        .otherParty(OtherParty.PEER).putIndicator(Indicator.IMMEDIATE_DANGER, Answer.NO)
        .putIndicator(Indicator.BLACKMAIL, Answer.NO).build();
    assertTrue(fields(s).isEmpty(), fields(s).toString());
  }

  @Test
  void aFactThatCannotChangeThePlanIsNotAsked() {
    // For an adult, the fixture has no rule that other party or blackmail alone changes... except
    // blackmail; other party only matters for a child.
    Situation adult = Situation.builder().childAge(20).addConcern(Concern.SHARED_OWN_IMAGE)
        .reporter(Reporter.PARENT_OR_CARER).build();
    List<String> fields = fields(adult);
    assertFalse(fields.contains("otherParty"), fields.toString());
    assertFalse(fields.contains("childAge"), "a known age is not asked");
    assertTrue(fields.contains("indicators.BLACKMAIL"));
  }

  @Test
  void questionsAreInTheReportersWords() {
    Assessment young = advisor.evaluate(Situation.builder().reporter(Reporter.YOUNG_PERSON).build());
    assertEquals("(you) What happened?", young.openQuestions().get(0).question());
    assertEquals("It decides the steps.", young.openQuestions().get(0).whyItMatters());
  }

  @Test
  void answeringAQuestionClosesIt() {
    Situation s = Situation.builder().addConcern(Concern.SHARED_OWN_IMAGE).build();
    for (Answer answer : List.of(Answer.YES, Answer.NO)) {
      Situation answered = Situation.builder().from(s)
          .putIndicator(Indicator.IMMEDIATE_DANGER, answer).build();
      assertFalse(fields(answered).contains("indicators.IMMEDIATE_DANGER"));
    }
  }

  @Test
  void theReporterIsAskedWhenOnlyTheAudienceFilterDependsOnIt() {
    // A fixture variant in which no rule reads the reporter: only the audience filter does
    // (reassure is for adults, talk-to-someone for the young person).
    java.util.Map<String, String> files = Fixture.files();
    files.put("rules.json", Fixture.withoutElement(files.get("rules.json"), "r-professional"));
    files.put("steps.json", Fixture.withoutElement(files.get("steps.json"), "tell-lead"));
    Advisor advisor = Advisor.forBundle(ContentBundle.load(Fixture.source(Fixture.resign(files))));
    Situation s = Situation.builder().childAge(20).addConcern(Concern.SHARED_OWN_IMAGE)
        .spread(Spread.ONE_RECIPIENT).otherParty(OtherParty.PEER)
        .putIndicator(Indicator.IMMEDIATE_DANGER, Answer.NO)
        .putIndicator(Indicator.BLACKMAIL, Answer.NO).build();
    assertEquals(List.of("reporter"), advisor.evaluate(s).openQuestions().stream()
        .map(OpenQuestion::field).collect(Collectors.toList()));
  }
}
