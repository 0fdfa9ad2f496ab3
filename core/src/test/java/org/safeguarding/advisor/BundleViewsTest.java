package org.safeguarding.advisor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The bundle's views (steps, warnings, risk factors, rules, questions, named conditions, sources,
 * contacts) against the fixture bundle's files, and against the engine: a plan re-derived from
 * the views alone is the engine's plan.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BundleViewsTest {
  private final ContentBundle fixture = Fixture.bundle();

  private static JsonNode file(String name) throws IOException {
    return new ObjectMapper().readTree(Fixture.directory().resolve(name).toFile());
  }

  private static List<String> ids(JsonNode array, String key) {
    List<String> out = new ArrayList<>();
    array.forEach(n -> out.add(n.get(key).textValue()));
    return out;
  }

  private <T> List<String> ids(List<T> views, Function<T, String> id) {
    return views.stream().map(id).toList();
  }

  @Test
  void everyViewListsWhatItsFileHoldsInItsOrder() throws IOException {
    assertEquals(ids(file("steps.json"), "id"), ids(fixture.steps(), StepDefinition::id));
    assertEquals(ids(file("warnings.json"), "id"), ids(fixture.warnings(), WarningDefinition::id));
    assertEquals(ids(file("risk-factors.json"), "id"),
        ids(fixture.riskFactors(), RiskFactorDefinition::id));
    assertEquals(ids(file("rules.json"), "id"), ids(fixture.rules(), Rule::id));
    assertEquals(ids(file("questions.json"), "field"),
        ids(fixture.questions(), q -> q.fact().path()));
    assertEquals(ids(file("conditions.json"), "id"),
        ids(fixture.conditions(), Condition.Named::id));
    assertEquals(ids(file("sources.json"), "id"), ids(fixture.sources(), Source::id));
    assertEquals(ids(file("contacts.json"), "id"), ids(fixture.contacts(), Contact::id));
    assertEquals(List.of(), fixture.declarations(), "the fixture declares none");
  }

  @Test
  void aStepHasItsTextsWithTheirConditionsContactsOrderAndSources() {
    StepDefinition step = fixture.step("report-online").orElseThrow();
    assertEquals(3, step.texts().size());
    StepDefinition.Text scotland = step.texts().get(0);
    assertEquals(EnumSet.of(Reporter.PARENT_OR_CARER, Reporter.OTHER_ADULT), scotland.audiences());
    assertEquals(Optional.of(new Condition.In<>(SituationFact.JURISDICTION,
        List.of(Jurisdiction.GB_SCT), Optional.of(false))), scotland.when());
    assertEquals("jurisdiction in [GB-SCT] (if unknown: false)",
        scotland.when().orElseThrow().toString());
    assertEquals("Report for your child in Scotland.", scotland.detail());
    assertEquals(Optional.empty(), step.texts().get(1).when());
    assertEquals(EnumSet.of(Reporter.PARENT_OR_CARER, Reporter.YOUNG_PERSON,
        Reporter.OTHER_ADULT), step.audiences());
    assertEquals(List.of("web-service"), step.contacts());
    assertEquals(List.of("src-b"), step.sources());
    assertEquals(List.of("contain-spread"), fixture.step("remove-image").orElseThrow().after());

    Situation scottishParent = Situation.builder().jurisdiction(Jurisdiction.GB_SCT).build();
    assertEquals(scotland, step.textFor(scottishParent).orElseThrow());
    assertEquals(step.texts().get(1), step.textFor(Situation.empty()).orElseThrow());
    assertEquals(Optional.empty(), step.textFor(Situation.builder()
        .reporter(Reporter.PROFESSIONAL).build()), "the step is not for professionals");
    assertEquals(Optional.empty(), fixture.step("no-such-step"));
  }

  @Test
  void warningsRiskFactorsAndQuestionsHaveTheirTextsByAudienceAndCondition() {
    WarningDefinition neverCopy = fixture.warning("never-copy").orElseThrow();
    assertEquals(new Condition.AgeComparison(Condition.AgeComparison.Operator.LT, 13, false),
        neverCopy.texts().get(1).when().orElseThrow());
    assertEquals("Do not copy it, and tell a grown-up.", neverCopy.textFor(Situation.builder()
        .reporter(Reporter.YOUNG_PERSON).childAge(12).build()).orElseThrow().text());
    assertEquals("Do not copy it.", neverCopy.textFor(Situation.builder()
        .reporter(Reporter.YOUNG_PERSON).build()).orElseThrow().text(), "age not known");

    RiskFactorDefinition single = fixture.riskFactor("adult-involved").orElseThrow();
    assertEquals(1, single.texts().size(), "one explanation is one text for every audience");
    assertEquals(EnumSet.allOf(Reporter.class), single.texts().get(0).audiences());
    RiskFactorDefinition blackmail = fixture.riskFactor("blackmail").orElseThrow();
    assertEquals("otherParty in [PEER]", blackmail.texts().get(0).when().orElseThrow().toString());

    Question concerns = fixture.question(SituationFact.CONCERNS).orElseThrow();
    assertEquals(Optional.of(new Condition.IsEmpty(SituationFact.CONCERNS, true)),
        concerns.askFirstWhen());
    assertEquals(Concern.values().length, concerns.choices().size());
    assertEquals(Concern.SHARED_OWN_IMAGE, concerns.choices().get(0).value());
    assertEquals("shared own image", concerns.choices().get(0).label(Reporter.YOUNG_PERSON));
    assertEquals("(you) What happened?", concerns.textFor(Situation.builder()
        .reporter(Reporter.YOUNG_PERSON).build()).orElseThrow().question());
    assertEquals(List.of("src-a"), concerns.sources());
    assertTrue(fixture.question(SituationFact.CHILD_AGE).orElseThrow().choices().isEmpty());
    // choicesFor: the view gives each audience its own label, as ContentBundle.choices does.
    Question others = fixture.question(SituationFact.OTHER_PARTY).orElseThrow();
    assertEquals("Someone under 18 I know", others.choices().get(0).label(Reporter.YOUNG_PERSON));
    assertEquals("Peer", others.choices().get(0).label(Reporter.PROFESSIONAL));
    assertEquals(fixture.choices(SituationFact.OTHER_PARTY), others.choices());
  }

  @Test
  void rulesSayWhenTheyFireAndWhatTheyGive() {
    Rule adultImage = fixture.rule("r-adult-image").orElseThrow();
    assertTrue(adultImage.when().reads().contains(SituationFact.CHILD_AGE), adultImage.when()
        .toString());
    for (Rule rule : fixture.rules()) {
      assertFalse(rule.steps().isEmpty() && rule.warnings().isEmpty()
          && rule.triggers().isEmpty() && rule.riskFactors().isEmpty(), rule.id());
      assertEquals(rule.when().reads(), rule.reads());
    }
    Condition.Named childImage = fixture.conditions().get(3);
    assertEquals("child-image", childImage.id());
    assertEquals("An image of a child", childImage.description());
    assertEquals("'image-concern' and 'child-or-unknown-age'",
        childImage.definition().toString());
    assertEquals(List.of(SituationFact.CONCERNS, SituationFact.CHILD_AGE), childImage.reads());
    Condition.Named image = (Condition.Named) ((Condition.All) childImage.definition())
        .conditions().get(0);
    assertTrue(image == fixture.conditions().get(2), "a named condition is built once, shared");
  }

  @Test
  void sourcesAndContactsCarryEveryField() throws IOException {
    JsonNode sources = file("sources.json");
    for (int i = 0; i < sources.size(); i++) {
      Source source = fixture.sources().get(i);
      assertEquals(sources.get(i).get("kind").textValue(), source.kind().name());
      assertEquals(sources.get(i).get("verification").textValue(), source.verification().name());
      assertEquals(Optional.ofNullable(sources.get(i).get("note")).map(JsonNode::textValue),
          source.note());
    }
    assertEquals(Set.of(), fixture.contacts().get(0).unverified());
    assertEquals(Set.of(Contact.Detail.URL), fixture.contacts().get(1).unverified(),
        "web-service's address rests on an unverified fact");
  }

  @Test
  void theViewsCannotBeChanged() {
    List<List<?>> lists = List.of(fixture.steps(), fixture.warnings(), fixture.riskFactors(),
        fixture.rules(), fixture.questions(), fixture.conditions(), fixture.declarations(),
        fixture.steps().get(0).texts(), fixture.rules().get(0).steps(),
        fixture.rules().get(0).sources(), fixture.questions().get(0).choices(),
        fixture.rules().get(0).reads());
    for (List<?> list : lists) {
      assertThrows(UnsupportedOperationException.class, () -> list.add(null));
      if (!list.isEmpty()) {
        assertThrows(UnsupportedOperationException.class, () -> list.remove(0));
      }
    }
    Set<Reporter> audiences = fixture.steps().get(0).texts().get(0).audiences();
    assertThrows(UnsupportedOperationException.class, () -> audiences.remove(Reporter.YOUNG_PERSON));
    assertThrows(UnsupportedOperationException.class, () -> fixture.steps().get(0).audiences()
        .clear());
    // A view built from a list keeps its own copy.
    List<Condition> parts = new ArrayList<>(List.of(new Condition.AgeUnknown(true)));
    Condition.All all = new Condition.All(parts);
    parts.clear();
    assertEquals(1, all.conditions().size());
    Set<Reporter> mine = EnumSet.of(Reporter.PROFESSIONAL);
    WarningDefinition.Text text = new WarningDefinition.Text(mine, Optional.empty(), "x");
    mine.add(Reporter.YOUNG_PERSON);
    assertEquals(Set.of(Reporter.PROFESSIONAL), text.audiences());
  }

  @Test
  void aConditionIsCheckedWhenMade() {
    assertThrows(IllegalArgumentException.class, () -> new Condition.All(List.of()));
    assertThrows(IllegalArgumentException.class,
        () -> new Condition.ContainsAny<>(SituationFact.SPREAD, List.of(Spread.SOCIAL_MEDIA)));
    assertThrows(IllegalArgumentException.class, () -> new Condition.In<>(SituationFact.SPREAD,
        List.of(Spread.SOCIAL_MEDIA), Optional.of(true)), "ifUnknown is for jurisdiction only");
    assertThrows(IllegalArgumentException.class, () -> new Condition.In<>(
        SituationFact.JURISDICTION, List.of(Jurisdiction.GB_ENG), Optional.empty()));
    assertThrows(IllegalArgumentException.class, () -> new Condition.AgeComparison(
        Condition.AgeComparison.Operator.LT, 26, true));
  }

  @Test
  void unknownFactsReadAsTheEngineReadsThem() {
    Situation empty = Situation.empty();
    assertTrue(new Condition.In<>(SituationFact.REPORTER, List.of(Reporter.PARENT_OR_CARER),
        Optional.empty()).holds(empty), "a missing reporter is a parent or carer");
    assertTrue(new Condition.In<>(SituationFact.SPREAD, List.of(Spread.UNKNOWN),
        Optional.empty()).holds(empty));
    assertTrue(new Condition.In<>(SituationFact.indicator(Indicator.BLACKMAIL),
        List.of(Answer.UNKNOWN), Optional.empty()).holds(empty));
    assertTrue(new Condition.In<>(SituationFact.JURISDICTION, List.of(Jurisdiction.GB_ENG),
        Optional.of(true)).holds(empty));
    assertFalse(new Condition.AgeComparison(Condition.AgeComparison.Operator.GTE, 18, false)
        .holds(empty));
    assertTrue(new Condition.Not(new Condition.AgeUnknown(false)).holds(empty));
    assertEquals("not (childAge is known or concerns is empty)", new Condition.Not(
        new Condition.Any(List.of(new Condition.AgeUnknown(false),
            new Condition.IsEmpty(SituationFact.CONCERNS, true)))).toString());
  }

  /**
   * The plan re-derived from the views (conditions evaluated by {@link Condition#holds}, texts
   * chosen by {@code textFor}) is the engine's plan, over generated situations and every
   * combination of the facts the fixture's texts read.
   */
  @Test
  void aPlanDerivedFromTheViewsIsTheEnginesPlan() {
    Advisor advisor = Fixture.advisorWithoutMemo();
    long seed = Long.getLong("views.seed", System.nanoTime());
    SplittableRandom random = new SplittableRandom(seed);
    List<Situation> situations = new ArrayList<>();
    for (int i = 0; i < 3000; i++) {
      situations.add(ViewsAgreement.random(random));
    }
    List<Jurisdiction> nations = new ArrayList<>(List.of(Jurisdiction.GB_ENG,
        Jurisdiction.GB_WLS, Jurisdiction.GB_SCT, Jurisdiction.GB_NIR));
    nations.add(null);
    for (Reporter reporter : Reporter.values()) {
      for (Jurisdiction nation : nations) {
        for (OtherParty party : OtherParty.values()) {
          for (int age = -1; age <= Situation.MAX_AGE; age++) {
            Situation.Builder b = Situation.builder().reporter(reporter).otherParty(party)
                .addConcern(Concern.SEXTORTION).addConcern(Concern.SHARED_OWN_IMAGE)
                .putIndicator(Indicator.BLACKMAIL, Answer.YES);
            if (nation != null) {
              b.jurisdiction(nation);
            }
            if (age >= 0) {
              b.childAge(age);
            }
            situations.add(b.build());
          }
        }
      }
    }
    for (Situation s : situations) {
      List<String> differences = ViewsAgreement.differences(fixture, advisor.evaluate(s), s);
      assertEquals(List.of(), differences, () -> "seed " + seed + ": " + s);
    }
  }
}
