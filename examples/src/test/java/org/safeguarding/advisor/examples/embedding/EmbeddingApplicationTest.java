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
import org.safeguarding.advisor.Assessment;
import org.safeguarding.advisor.Choice;
import org.safeguarding.advisor.Contact;
import org.safeguarding.advisor.ContentBundle;
import org.safeguarding.advisor.InvalidBundleException;
import org.safeguarding.advisor.OpenQuestion;
import org.safeguarding.advisor.Reporter;
import org.safeguarding.advisor.Situation;
import org.safeguarding.advisor.SituationFact;
import org.safeguarding.advisor.Source;
import org.safeguarding.advisor.Step;
import org.safeguarding.advisor.Warning;
import org.safeguarding.advisor.jackson2.AdvisorJacksonModule;
import org.safeguarding.advisor.json.AdvisorJson;

/**
 * An application that embeds the library as a user's would, through the public API only (the
 * packages {@code org.safeguarding.advisor}, {@code .json} and {@code .jackson2}): it pins the
 * digest its reviewer signed off, runs a triage through the typed facts, explains every line of
 * the plan by its sources, and sends the plan through its own {@code ObjectMapper}.
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
    explainEveryLine(advisor, plan);
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

  /** Every step, warning and contact of the plan, with where it comes from. */
  private static void explainEveryLine(Advisor advisor, Assessment plan) {
    List<String> lines = new ArrayList<>();
    for (Step step : plan.steps()) {
      assertFalse(step.sources().isEmpty(), step.id());
      assertFalse(step.firedBy().isEmpty(), step.id());
      List<String> because = new ArrayList<>();
      for (String ruleId : step.firedBy()) {
        because.add(advisor.bundle().rule(ruleId).orElseThrow(() -> new AssertionError(ruleId))
            .description());
      }
      lines.add(step.title() + " (" + citations(advisor, step.sources()) + "; because: "
          + String.join("; ", because) + ")");
    }
    for (Warning warning : plan.warnings()) {
      assertFalse(warning.sources().isEmpty(), warning.id());
      lines.add("Never: " + warning.text() + " (" + citations(advisor, warning.sources()) + ")");
    }
    for (Contact contact : plan.contacts()) {
      lines.add(contact.name() + contact.phone().map(p -> " " + p).orElse("")
          + contact.url().map(u -> " " + u).orElse(""));
    }
    assertEquals(plan.steps().size() + plan.warnings().size() + plan.contacts().size(),
        lines.size());
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
