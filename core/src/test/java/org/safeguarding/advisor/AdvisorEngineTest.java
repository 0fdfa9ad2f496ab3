package org.safeguarding.advisor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** The engine's planning behaviour, on the fixture bundle. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AdvisorEngineTest {
  private final Advisor advisor = Fixture.advisor();

  private List<String> stepIds(Assessment a) {
    return a.steps().stream().map(Step::id).collect(Collectors.toList());
  }

  private Assessment assess(Situation.Builder b) {
    return advisor.evaluate(b.build());
  }

  @Test
  void aSituationSeenAgainGetsTheRememberedAssessmentWhichIsWhatAFreshAdvisorGives() {
    Situation s = Situation.builder().childAge(14).addConcern(Concern.SEXTORTION)
        .otherParty(OtherParty.UNKNOWN_ONLINE_CONTACT).build();
    Assessment first = advisor.evaluate(s);
    // An equal situation built separately is the same key: the memo answers.
    Assessment again = advisor.evaluate(Situation.builder().from(s).build());
    assertSame(first, again);
    Advisor fresh = Advisor.forBundle(ContentBundle.load(Fixture.directory()));
    assertEquals(fresh.evaluate(s), again);
    // A situation that differs only in "not said" versus its default is not the same one.
    Situation saidParent = Situation.builder().from(s).reporter(Reporter.PARENT_OR_CARER).build();
    assertEquals(fresh.evaluate(saidParent), advisor.evaluate(saidParent));
    assertFalse(advisor.evaluate(saidParent).openQuestions().stream()
        .anyMatch(q -> q.field().equals("reporter")));
  }

  @Test
  void withTheMemoSetToNoneEverySituationIsWorkedOutAgainToTheSameAssessment() {
    Advisor forgetful = Fixture.advisorWithoutMemo();
    Situation s = Situation.builder().childAge(15).addConcern(Concern.SHARED_OWN_IMAGE).build();
    Assessment first = forgetful.evaluate(s);
    Assessment again = forgetful.evaluate(s);
    assertFalse(first == again, "nothing remembered: a new assessment each time");
    assertEquals(first, again);
    assertEquals(advisor.evaluate(s), first);
    assertEquals(MemoStats.of(0, 0, 0), forgetful.memoStats());
  }

  @Test
  void immediateDangerIsAnEmergencyWithTheEmergencyStepFirst() {
    Assessment a = assess(Situation.builder().childAge(14).addConcern(Concern.SHARED_OWN_IMAGE)
        .putIndicator(Indicator.IMMEDIATE_DANGER, Answer.YES).reporter(Reporter.PROFESSIONAL));
    assertEquals(Urgency.EMERGENCY, a.urgency());
    assertEquals("call-emergency", a.steps().get(0).id());
    assertEquals(Urgency.EMERGENCY, a.steps().get(0).urgency());
    assertEquals(List.of(ReferralTrigger.IMMEDIATE_RISK_OF_HARM), a.referral().triggers());
    assertTrue(a.referral().required());
  }

  @Test
  void stepsAreSortedByUrgencyThenDeclaredOrderWithAfterRelations() {
    // remove-image is declared before contain-spread but must come after it at equal urgency.
    Assessment a = assess(Situation.builder().childAge(14).addConcern(Concern.SHARED_OWN_IMAGE)
        .spread(Spread.ONE_RECIPIENT));
    assertEquals(List.of("contain-spread", "remove-image", "reassure"), stepIds(a));
    assertEquals(Urgency.PROMPT, a.urgency());
  }

  @Test
  void urgencyOutranksAfterRelations() {
    // Spread to social media raises remove-image to URGENT: urgency comes first.
    Assessment a = assess(Situation.builder().childAge(14).addConcern(Concern.SHARED_OWN_IMAGE)
        .spread(Spread.SOCIAL_MEDIA));
    assertEquals(List.of("remove-image", "contain-spread", "reassure"), stepIds(a));
    assertEquals(Urgency.URGENT, a.step("remove-image").orElseThrow().urgency());
  }

  @Test
  void aStepFiredByTwoRulesAppearsOnceWithBothReasonsAndAllSources() {
    Assessment a = assess(Situation.builder().childAge(14).addConcern(Concern.SEXTORTION)
        .otherParty(OtherParty.ADULT).spread(Spread.SOCIAL_MEDIA));
    assertEquals(1, a.steps().stream().filter(s -> s.id().equals("report-online")).count());
    Step report = a.step("report-online").orElseThrow();
    assertEquals(List.of("r-adult", "r-blackmail"), report.firedBy());
    // The step's own source first, then the firing rules' sources, each once.
    assertEquals(List.of("src-b", "src-a"), report.sources());
    Step remove = a.step("remove-image").orElseThrow();
    assertEquals(List.of("r-image", "r-spread"), remove.firedBy());
    assertEquals(Urgency.URGENT, remove.urgency(), "highest urgency of the firing rules");
    assertEquals(List.of(ReferralTrigger.ADULT_INVOLVED, ReferralTrigger.COERCION_OR_BLACKMAIL),
        a.referral().triggers());
    assertEquals(List.of("adult-involved", "blackmail"),
        a.riskFactors().stream().map(RiskFactor::id).collect(Collectors.toList()));
    assertEquals(List.of("never-copy", "do-not-pay"),
        a.warnings().stream().map(Warning::id).collect(Collectors.toList()),
        "warnings in declared order");
  }

  @Test
  void aStepExplainedByOnlySomeOfItsRulesCitesOnlyTheirSources() {
    // An adult's image on social media: r-spread gives remove-image, r-image (children) does not.
    Assessment a = assess(Situation.builder().childAge(20).addConcern(Concern.SHARED_OWN_IMAGE)
        .spread(Spread.SOCIAL_MEDIA));
    Step remove = a.step("remove-image").orElseThrow();
    assertEquals(List.of("r-spread"), remove.firedBy());
    assertEquals(List.of("src-a", "src-b"), remove.sources());
    Step contain = a.step("contain-spread").orElseThrow();
    assertEquals(List.of("r-spread", "r-adult-image"), contain.firedBy());
    assertEquals(List.of("src-a", "src-b"), contain.sources());
    assertEquals(Urgency.URGENT, remove.urgency());
    assertEquals(Urgency.PROMPT, contain.urgency());
    // A child's image not spread online: r-image alone, its own source only.
    Assessment child = assess(Situation.builder().childAge(9).addConcern(Concern.SHARED_OWN_IMAGE)
        .spread(Spread.NOT_SHARED));
    assertEquals(List.of("r-image"), child.step("remove-image").orElseThrow().firedBy());
    assertEquals(List.of("src-a"), child.step("remove-image").orElseThrow().sources());
  }

  @Test
  void contactsAreListedOnceInFirstUseOrder() {
    Assessment a = assess(Situation.builder().childAge(14).addConcern(Concern.SEXTORTION)
        .spread(Spread.SOCIAL_MEDIA).reporter(Reporter.YOUNG_PERSON));
    // report-online (web-service), remove-image (web-service, help-line), talk-to-someone (help-line)
    assertEquals(List.of("web-service", "help-line"),
        a.contacts().stream().map(Contact::id).collect(Collectors.toList()));
    Contact web = a.contacts().get(0);
    assertFalse(web.phone().isPresent());
    assertEquals("https://example.org/report", web.url().orElseThrow());
  }

  @Test
  void stepsAreGivenOnlyToTheirAudienceInTheirWords() {
    Assessment parent = assess(Situation.builder().childAge(14).addConcern(Concern.SEXTORTION)
        .reporter(Reporter.PARENT_OR_CARER));
    Assessment young = assess(Situation.builder().childAge(14).addConcern(Concern.SEXTORTION)
        .reporter(Reporter.YOUNG_PERSON));
    Assessment professional = assess(Situation.builder().childAge(14)
        .addConcern(Concern.SEXTORTION).reporter(Reporter.PROFESSIONAL));
    assertEquals("Report for your child.", parent.step("report-online").orElseThrow().detail());
    assertEquals("You can report it.", young.step("report-online").orElseThrow().detail());
    assertFalse(professional.hasStep("report-online"), "report-online has no professional text");
    assertTrue(professional.hasStep("tell-lead"));
    assertFalse(parent.hasStep("tell-lead"));
    assertTrue(young.hasStep("talk-to-someone"));
    assertFalse(young.hasStep("reassure"));
    assertEquals("Do not copy it.", young.warnings().get(0).text());
  }

  @Test
  void noReporterMeansParentOrCarer() {
    Assessment none = assess(Situation.builder().childAge(14).addConcern(Concern.SEXTORTION));
    Assessment parent = assess(Situation.builder().childAge(14).addConcern(Concern.SEXTORTION)
        .reporter(Reporter.PARENT_OR_CARER));
    assertEquals(parent.steps(), none.steps());
  }

  @Test
  void unknownAgeFollowsTheConditionsWrittenDownDefault() {
    Assessment unknown = assess(Situation.builder().addConcern(Concern.SHARED_OWN_IMAGE)
        .otherParty(OtherParty.ADULT));
    Assessment adult = assess(Situation.builder().childAge(18).addConcern(Concern.SHARED_OWN_IMAGE)
        .otherParty(OtherParty.ADULT));
    assertTrue(unknown.referral().triggers().contains(ReferralTrigger.ADULT_INVOLVED),
        "unknown age treated as a child (ifUnknown: true)");
    assertTrue(unknown.hasWarning("never-copy"));
    assertFalse(adult.referral().required());
    assertFalse(adult.hasWarning("never-copy"));
    assertEquals(List.of("contain-spread", "reassure"), stepIds(adult));
  }

  @Test
  void anEmptySituationGetsPreventionAndNoReferral() {
    Assessment a = advisor.evaluate(Situation.empty());
    assertEquals(List.of("prevention-tip"), stepIds(a));
    assertEquals(Urgency.ROUTINE, a.urgency());
    assertFalse(a.referral().required());
    assertTrue(a.referral().triggers().isEmpty());
    assertEquals("fixture", a.bundle().id());
    assertEquals(advisor.bundle().identity(), a.bundle());
  }

  @Test
  void theSameSituationGivesAnEqualAssessment() {
    Situation s = Situation.builder().childAge(15).addConcern(Concern.SEXTORTION)
        .addConcern(Concern.SHARED_OWN_IMAGE).spread(Spread.PEER_GROUP).build();
    // With no memo, each call works the assessment out again: equal values, not one remembered.
    Advisor forgetful = Advisor.builder().bundle(advisor.bundle()).memoSize(0).build();
    Assessment first = forgetful.evaluate(s);
    Assessment second = forgetful.evaluate(s);
    assertFalse(first == second, "worked out twice");
    assertEquals(first, second);
    assertEquals(first, Fixture.advisor().evaluate(s), "across bundle instances");
  }

  @Test
  void builderRejectsAnAgeOutOfRangeNamingTheField() {
    InvalidSituationException e = assertThrows(InvalidSituationException.class,
        () -> Situation.builder().childAge(26).build());
    assertEquals("childAge", e.path());
    InvalidSituationException negative = assertThrows(InvalidSituationException.class,
        () -> Situation.builder().childAge(-1).build());
    assertEquals("childAge", negative.path());
  }

  @Test
  void situationHelpersApplyTheContractsDefaults() {
    Situation s = Situation.empty();
    assertSame(Reporter.PARENT_OR_CARER, s.audience());
    // Contract 1.1: a missing jurisdiction is a nation not known, not England.
    assertTrue(s.jurisdiction().isEmpty());
    assertSame(Answer.UNKNOWN, s.indicator(Indicator.BLACKMAIL));
    assertSame(Spread.UNKNOWN, s.spread());
    assertSame(OtherParty.UNKNOWN, s.otherParty());
  }

  @Test
  void situationSetsIterateInDeclarationOrderWhateverTheInputOrder() {
    Situation s = Situation.builder().addConcern(Concern.PREVENTION).addConcern(Concern.DEEPFAKE)
        .addConcern(Concern.SHARED_OWN_IMAGE).addPlatform(Platform.OTHER)
        .addPlatform(Platform.SOCIAL_NETWORK).putIndicator(Indicator.REPEATED, Answer.NO)
        .putIndicator(Indicator.IMMEDIATE_DANGER, Answer.YES).build();
    assertEquals(List.of(Concern.SHARED_OWN_IMAGE, Concern.DEEPFAKE, Concern.PREVENTION),
        List.copyOf(s.concerns()));
    assertEquals(List.of(Platform.SOCIAL_NETWORK, Platform.OTHER), List.copyOf(s.platforms()));
    assertEquals(List.of(Indicator.IMMEDIATE_DANGER, Indicator.REPEATED),
        List.copyOf(s.indicators().keySet()));
  }
}
