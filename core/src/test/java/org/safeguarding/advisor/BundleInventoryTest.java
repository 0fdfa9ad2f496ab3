package org.safeguarding.advisor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The bundle can be listed: its contacts, its rules in words, what it covers and when. */
class BundleInventoryTest {
  private static final ContentBundle FIXTURE = Fixture.bundle();

  @Test
  void contactsAreListedInTheBundlesOrder() {
    assertEquals(List.of("help-line", "web-service"),
        FIXTURE.contacts().stream().map(Contact::id).collect(Collectors.toList()));
    assertThrows(UnsupportedOperationException.class, () -> FIXTURE.contacts().clear());
  }

  @Test
  void everyRuleHasItsDescriptionTheFactsItReadsAndItsSources() {
    assertEquals(List.of("r-danger", "r-professional", "r-adult", "r-blackmail", "r-image",
        "r-spread", "r-adult-image", "r-support", "r-prevention"),
        FIXTURE.rules().stream().map(Rule::id).collect(Collectors.toList()));
    Rule blackmail = FIXTURE.rule("r-blackmail").orElseThrow();
    assertEquals("Blackmail", blackmail.description());
    assertEquals(List.of(SituationFact.CONCERNS,
        SituationFact.indicator(Indicator.BLACKMAIL)), blackmail.reads());
    assertEquals(List.of("src-a"), blackmail.sources());
    assertEquals(List.of(SituationFact.REPORTER), FIXTURE.rule("r-professional").orElseThrow()
        .reads());
    assertEquals(Optional.empty(), FIXTURE.rule("r-nope"));
  }

  @Test
  void everyRuleThatFiresCanBePutIntoWords() {
    Assessment a = Fixture.advisor().evaluate(Situation.builder().childAge(14)
        .addConcern(Concern.SEXTORTION).otherParty(OtherParty.ADULT).build());
    assertTrue(!a.steps().isEmpty());
    for (Step step : a.steps()) {
      for (String id : step.firedBy()) {
        assertTrue(FIXTURE.rule(id).isPresent(), id);
        assertTrue(!FIXTURE.rule(id).orElseThrow().description().isBlank(), id);
      }
    }
  }

  @Test
  void theManifestSaysWhatItCoversAndWhenItWasReleased() {
    assertEquals(List.of(Jurisdiction.GB_ENG, Jurisdiction.GB_WLS, Jurisdiction.GB_SCT,
        Jurisdiction.GB_NIR), FIXTURE.jurisdictions());
    assertEquals(LocalDate.of(2026, 1, 1), FIXTURE.releaseDate());
  }
}
