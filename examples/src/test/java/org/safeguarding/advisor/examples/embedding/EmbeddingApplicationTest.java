package org.safeguarding.advisor.examples.embedding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.safeguarding.advisor.Advisor;
import org.safeguarding.advisor.Answer;
import org.safeguarding.advisor.Assessment;
import org.safeguarding.advisor.Choice;
import org.safeguarding.advisor.Concern;
import org.safeguarding.advisor.Contact;
import org.safeguarding.advisor.ContentBundle;
import org.safeguarding.advisor.Indicator;
import org.safeguarding.advisor.InvalidBundleException;
import org.safeguarding.advisor.OpenQuestion;
import org.safeguarding.advisor.OtherParty;
import org.safeguarding.advisor.Reporter;
import org.safeguarding.advisor.RiskFactor;
import org.safeguarding.advisor.Rule;
import org.safeguarding.advisor.Situation;
import org.safeguarding.advisor.SituationFact;
import org.safeguarding.advisor.Source;
import org.safeguarding.advisor.Spread;
import org.safeguarding.advisor.Step;
import org.safeguarding.advisor.StepDefinition;
import org.safeguarding.advisor.Warning;
import org.safeguarding.advisor.jackson2.AdvisorJacksonModule;
import org.safeguarding.advisor.json.AdvisorJson;

/**
 * An application that embeds the library as a user's would, through the public API only (the
 * packages {@code org.safeguarding.advisor}, {@code .json} and {@code .jackson2}): it pins the
 * digest its reviewer signed off, runs a triage through the typed facts, explains every line of
 * the plan in words through the bundle's views (the rules that gave it, their descriptions, its
 * sources), and sends the plan through its own {@code ObjectMapper}.
 */
class EmbeddingApplicationTest {
  private static final ObjectMapper MAPPER =
      JsonMapper.builder().addModule(new AdvisorJacksonModule()).build();

  /** The application's advisor: the UK bundle, pinned to the digest the reviewer signed off. */
  private static Advisor pinnedAdvisor() {
    String reviewed = ContentBundle.defaultBundle().identity().digest(); // from the sign-off record
    return Advisor.builder().expectedDigest(reviewed).memoSize(256).build();
  }

  @Test
  void aHelplinePageListsEveryContactOfTheBundle() {
    List<Contact> contacts = pinnedAdvisor().bundle().contacts();
    assertFalse(contacts.isEmpty());
    for (Contact contact : contacts) {
      // A contact named by the guidance without a checked number or address is listed by name.
      assertFalse(contact.name().isBlank(), contact.id());
      assertFalse(contact.forWhom().isBlank(), contact.id());
      contact.url().ifPresent(url -> assertTrue(url.startsWith("https://"), contact.id()));
    }
    // Every contact an assessment names is one of the bundle's.
    Assessment plan = Advisor.assess(Situation.builder().childAge(15)
        .addConcern(org.safeguarding.advisor.Concern.SEXTORTION).build());
    assertTrue(contacts.containsAll(plan.contacts()));
  }

  @Test
  void aPinnedDigestIsHonouredAndAnyOtherRefused() {
    assertEquals("uk", pinnedAdvisor().bundle().identity().id());
    assertThrows(InvalidBundleException.class,
        () -> Advisor.builder().expectedDigest("sha256:" + "0".repeat(64)).build());
  }

  /** Answers every open question as a parent of a 15-year-old being blackmailed would. */
  @Test
  void aTriageAnswersEachOpenQuestionThroughItsTypedFact() throws Exception {
    Advisor advisor = pinnedAdvisor();
    Situation situation = Situation.empty();
    Set<SituationFact<?>> asked = new java.util.HashSet<>();
    for (int turn = 0; turn < 40; turn++) {
      OpenQuestion next = advisor.evaluate(situation).openQuestions().stream()
          .filter(q -> !asked.contains(q.fact())).findFirst().orElse(null);
      if (next == null) {
        break;
      }
      SituationFact<?> fact = next.fact();
      asked.add(fact);
      assertTrue(fact.isUnknownIn(situation), fact + " is asked while unknown");
      situation = answer(advisor, situation, fact);
      assertFalse(fact.isUnknownIn(situation), fact + " is known once answered");
    }
    assertTrue(advisor.evaluate(situation).openQuestions().stream()
        .allMatch(q -> asked.contains(q.fact())), "every question was asked once");
    Assessment plan = advisor.evaluate(situation);
    explainEveryLine(advisor, plan, situation);
    roundTripThroughTheApplicationsMapper(situation, plan);
  }

  private static <V> Situation answer(Advisor advisor, Situation situation, SituationFact<V> fact) {
    if (fact == SituationFact.CHILD_AGE) {
      return SituationFact.CHILD_AGE.answer(situation, 15);
    }
    List<Choice<V>> choices = advisor.bundle().choices(fact);
    assertFalse(choices.isEmpty(), fact + " has choices");
    // Read the labels as the person asked would see them.
    for (Choice<V> choice : choices) {
      assertFalse(choice.label(situation.audience()).isBlank());
    }
    Choice<V> picked = choices.get(0);
    return picked.applyTo(Situation.builder().from(situation)).build();
  }

  /**
   * Every line of the plan in words, through the bundle's views: each step, warning, risk factor
   * and the referral with the rules that gave it (their descriptions) and its sources (their
   * titles), each contact with its sources, each open question with the bundle's wording. The
   * views must agree with the plan: a rule named in {@code firedBy} gives that line, and the
   * bundle's text for this reader is the plan's.
   */
  private static void explainEveryLine(Advisor advisor, Assessment plan, Situation situation) {
    ContentBundle bundle = advisor.bundle();
    List<String> lines = new ArrayList<>();
    for (Step step : plan.steps()) {
      assertFalse(step.sources().isEmpty(), step.id());
      for (String ruleId : step.firedBy()) {
        assertTrue(rule(bundle, ruleId).steps().stream().anyMatch(s -> s.id().equals(step.id())),
            ruleId + " gives " + step.id());
      }
      StepDefinition.Text text = bundle.step(step.id()).orElseThrow().textFor(situation)
          .orElseThrow();
      assertEquals(text.title(), step.title());
      lines.add(step.urgency() + ": " + step.title() + " (" + citations(advisor, step.sources())
          + "; because: " + because(bundle, step.firedBy()) + ")");
    }
    for (Warning warning : plan.warnings()) {
      assertFalse(warning.sources().isEmpty(), warning.id());
      for (String ruleId : warning.firedBy()) {
        assertTrue(rule(bundle, ruleId).warnings().contains(warning.id()), ruleId);
      }
      assertEquals(bundle.warning(warning.id()).orElseThrow().textFor(situation).orElseThrow()
          .text(), warning.text());
      lines.add("Never: " + warning.text() + " (" + citations(advisor, warning.sources())
          + "; because: " + because(bundle, warning.firedBy()) + ")");
    }
    for (RiskFactor risk : plan.riskFactors()) {
      assertFalse(risk.sources().isEmpty(), risk.id());
      for (String ruleId : risk.firedBy()) {
        assertTrue(rule(bundle, ruleId).riskFactors().contains(risk.id()), ruleId);
      }
      lines.add("Risk: " + risk.explanation() + " (" + citations(advisor, risk.sources())
          + "; because: " + because(bundle, risk.firedBy()) + ")");
    }
    if (plan.referral().required()) {
      for (String ruleId : plan.referral().firedBy()) {
        assertFalse(rule(bundle, ruleId).triggers().isEmpty(), ruleId + " raises a trigger");
      }
      lines.add("Refer now: " + plan.referral().triggers() + " (because: "
          + because(bundle, plan.referral().firedBy()) + ")");
    }
    for (Contact contact : plan.contacts()) {
      assertTrue(bundle.contacts().contains(contact), contact.id());
      lines.add(contact.name() + contact.phone().map(p -> " " + p).orElse("")
          + contact.url().map(u -> " " + u).orElse("") + " (" + citations(advisor,
              contact.sources()) + ")");
    }
    for (OpenQuestion question : plan.openQuestions()) {
      assertEquals(bundle.question(question.fact()).orElseThrow().textFor(situation)
          .orElseThrow().question(), question.question());
    }
    assertEquals(plan.steps().size() + plan.warnings().size() + plan.riskFactors().size()
        + (plan.referral().required() ? 1 : 0) + plan.contacts().size(), lines.size());
    lines.forEach(line -> assertFalse(line.contains("because: )"), line));
  }

  private static Rule rule(ContentBundle bundle, String id) {
    return bundle.rule(id).orElseThrow(() -> new AssertionError("no rule " + id));
  }

  /** The rules' descriptions: why a line is in the plan. */
  private static String because(ContentBundle bundle, List<String> ruleIds) {
    assertFalse(ruleIds.isEmpty(), "every line names the rules that gave it");
    List<String> because = new ArrayList<>();
    ruleIds.forEach(id -> because.add(rule(bundle, id).description()));
    return String.join("; ", because);
  }

  /** A plan for a young person, and one for a parent, each explained line by line. */
  @Test
  void everyLineOfAPlanIsExplainedInWords() {
    Advisor advisor = pinnedAdvisor();
    for (Situation situation : List.of(
        Situation.builder().reporter(Reporter.PARENT_OR_CARER).childAge(15)
            .addConcern(Concern.SEXTORTION).otherParty(OtherParty.UNKNOWN_ONLINE_CONTACT)
            .putIndicator(Indicator.BLACKMAIL, Answer.YES).build(),
        Situation.builder().reporter(Reporter.YOUNG_PERSON).childAge(12)
            .addConcern(Concern.SHARED_OWN_IMAGE).spread(Spread.SOCIAL_MEDIA).build())) {
      Assessment plan = advisor.evaluate(situation);
      assertFalse(plan.riskFactors().isEmpty() && !plan.referral().required(), situation
          .toString());
      explainEveryLine(advisor, plan, situation);
    }
  }

  private static String citations(Advisor advisor, List<String> sourceIds) {
    List<String> titles = new ArrayList<>();
    for (String id : sourceIds) {
      Source source = advisor.bundle().source(id).orElseThrow(() -> new AssertionError(id));
      titles.add(source.title());
    }
    return String.join("; ", titles);
  }

  private static void roundTripThroughTheApplicationsMapper(Situation situation, Assessment plan)
      throws Exception {
    assertEquals(AdvisorJson.write(plan), MAPPER.writeValueAsString(plan));
    String situationJson = MAPPER.writeValueAsString(situation);
    assertEquals(AdvisorJson.write(situation), situationJson);
    assertEquals(situation, MAPPER.readValue(situationJson, Situation.class));
    assertEquals(Reporter.PARENT_OR_CARER, situation.reporter().orElseThrow());
  }
}
