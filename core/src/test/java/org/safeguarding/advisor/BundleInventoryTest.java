package org.safeguarding.advisor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** The bundle can be listed: its contacts, its rules in words, what it covers and when. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BundleInventoryTest {
  private final ContentBundle fixture = Fixture.bundle();

  @Test
  void contactsAreListedInTheBundlesOrder() {
    assertEquals(List.of("help-line", "web-service"),
        fixture.contacts().stream().map(Contact::id).collect(Collectors.toList()));
    assertThrows(UnsupportedOperationException.class, () -> fixture.contacts().clear());
  }

  @Test
  void everyRuleHasItsDescriptionTheFactsItReadsAndItsSources() {
    assertEquals(List.of("r-danger", "r-professional", "r-adult", "r-blackmail", "r-image",
        "r-spread", "r-adult-image", "r-support", "r-prevention"),
        fixture.rules().stream().map(Rule::id).collect(Collectors.toList()));
    Rule blackmail = fixture.rule("r-blackmail").orElseThrow();
    assertEquals("Blackmail", blackmail.description());
    assertEquals(List.of(SituationFact.CONCERNS,
        SituationFact.indicator(Indicator.BLACKMAIL)), blackmail.reads());
    assertEquals(List.of("src-a"), blackmail.sources());
    assertEquals(List.of(SituationFact.REPORTER), fixture.rule("r-professional").orElseThrow()
        .reads());
    assertEquals(Optional.empty(), fixture.rule("r-nope"));
  }

  @Test
  void everyRuleThatFiresCanBePutIntoWords() {
    Assessment a = Fixture.advisor().evaluate(Situation.builder().childAge(14)
        .addConcern(Concern.SEXTORTION).otherParty(OtherParty.ADULT).build());
    assertTrue(!a.steps().isEmpty());
    for (Step step : a.steps()) {
      for (String id : step.firedBy()) {
        assertTrue(fixture.rule(id).isPresent(), id);
        assertTrue(!fixture.rule(id).orElseThrow().description().isBlank(), id);
      }
    }
  }

  @Test
  void theManifestSaysWhatItCoversAndWhenItWasReleased() {
    assertEquals(Fixture.NATIONS, fixture.jurisdictions());
    assertEquals(LocalDate.of(2026, 1, 1), fixture.releaseDate());
  }
}
