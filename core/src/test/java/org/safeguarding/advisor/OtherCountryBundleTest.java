package org.safeguarding.advisor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.safeguarding.advisor.json.AdvisorJson;

/**
 * Core knows no country: a small bundle for Ireland ({@code IE}, src/test/resources/
 * other-country-bundle), with its own phone format, loads and assesses through the same core as the
 * UK bundle, and a situation from a jurisdiction a bundle does not cover is refused, never given
 * another country's advice.
 */
class OtherCountryBundleTest {
  private static final Jurisdiction IRELAND = Jurisdiction.of("IE");

  private static Map<String, String> files() {
    try {
      Path dir = Path.of(OtherCountryBundleTest.class
          .getResource("/other-country-bundle/manifest.json").toURI()).getParent();
      Map<String, String> files = new LinkedHashMap<>();
      for (String name : List.of("manifest.json", "sources.json", "contacts.json", "steps.json",
          "warnings.json", "risk-factors.json", "conditions.json", "rules.json",
          "questions.json")) {
        files.put(name, Files.readString(dir.resolve(name), StandardCharsets.UTF_8));
      }
      return files;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  private static ContentBundle load(Map<String, String> files) {
    return ContentBundle.load(Fixture.source(Fixture.resign(files)));
  }

  private final ContentBundle irish = load(files());
  private final Advisor advisor = Advisor.builder().bundle(irish).memoSize(64).build();

  @Test
  void itLoadsWithTheJurisdictionsAndPhoneFormatOfItsManifest() {
    assertEquals("ie-test", irish.identity().id());
    assertEquals(List.of(IRELAND), irish.jurisdictions());
    assertEquals(Optional.of("112"), irish.contacts().get(0).phone());
    List<Choice<Jurisdiction>> where = irish.choices(SituationFact.JURISDICTION);
    assertEquals(List.of(IRELAND), where.stream().map(Choice::value).toList());
    assertEquals("Ireland", where.get(0).label(Reporter.PARENT_OR_CARER));
    assertEquals(List.of(), irish.lint());
  }

  @Test
  void itAssessesASituationInIreland() {
    Situation danger = Situation.builder().jurisdiction(IRELAND)
        .putIndicator(Indicator.IMMEDIATE_DANGER, Answer.YES).build();
    Assessment a = advisor.evaluate(danger);
    assertEquals(Urgency.EMERGENCY, a.urgency());
    assertEquals(List.of("call-112", "talk-to-someone"),
        a.steps().stream().map(Step::id).toList());
    assertEquals(List.of("emergency-112"), a.contacts().stream().map(Contact::id).toList());
    assertEquals(List.of(ReferralTrigger.IMMEDIATE_RISK_OF_HARM), List.copyOf(a.referral().triggers()));
    assertEquals("ie-test", a.bundle().id());
    // Seen again: the memo's key holds the jurisdiction as its index in the bundle's list.
    assertEquals(a, advisor.evaluate(danger));
    assertTrue(advisor.memoStats().hits() >= 1);
  }

  @Test
  void notSayingWhereIsAnsweredAndAsked() {
    Assessment a = advisor.evaluate(Situation.empty());
    assertEquals(List.of("talk-to-someone"), a.steps().stream().map(Step::id).toList());
    assertEquals(List.of("indicators.IMMEDIATE_DANGER"),
        a.openQuestions().stream().map(OpenQuestion::field).toList());
    Assessment json = advisor.evaluate(AdvisorJson.readSituation("{\"jurisdiction\":\"IE\"}"));
    assertEquals(a.steps(), json.steps());
  }

  @ParameterizedTest
  @ValueSource(strings = {"GB-ENG", "GB-SCT", "GB", "IE-D", "FR"})
  void aSituationFromAnywhereElseIsRefusedNotAnsweredWithIrishAdvice(String code) {
    Situation elsewhere = AdvisorJson.readSituation("{\"jurisdiction\":\"" + code + "\","
        + "\"indicators\":{\"IMMEDIATE_DANGER\":\"YES\"}}");
    InvalidSituationException e = assertThrows(InvalidSituationException.class,
        () -> advisor.evaluate(elsewhere));
    assertEquals("jurisdiction", e.path());
    assertEquals("IE", e.allowed());
    // The whole message: the path, the problem and the codes covered, never the code given.
    assertEquals("jurisdiction: is not a jurisdiction this content bundle covers; allowed: IE",
        e.getMessage());
  }

  @Test
  void andTheUkBundlesCoreRefusesAnIrishSituation() {
    InvalidSituationException e = assertThrows(InvalidSituationException.class,
        () -> Fixture.advisor().evaluate(Situation.builder().jurisdiction(IRELAND).build()));
    assertEquals("jurisdiction", e.path());
    assertEquals("GB-ENG, GB-WLS, GB-SCT, GB-NIR", e.allowed());
  }

  @Test
  void itsPhoneNumbersAreCheckedAgainstItsOwnFormatNotTheUks() {
    Map<String, String> files = files();
    // A UK freephone number is not of the Irish form.
    files.put("contacts.json", files.get("contacts.json").replace("\"112\"", "\"0800 1111\""));
    InvalidBundleException e = assertThrows(InvalidBundleException.class, () -> load(files));
    assertEquals(List.of("contacts.json: [0].phone: is not a phone number of the form the manifest"
        + " declares (an Irish number: 112, 999, a 1800 freephone number such as 1800 123 456, or a"
        + " 0-prefixed number such as 01 234 5678)"), e.problems());
    // And 112, which this bundle takes, is not of the UK fixture's form.
    Map<String, String> uk = Fixture.files();
    uk.put("contacts.json", uk.get("contacts.json").replace("\"0800 1111\"", "\"112\""));
    assertThrows(InvalidBundleException.class, () -> ContentBundle.load(Fixture.source(
        Fixture.resign(uk))));
  }

  @Test
  void aConditionMayNameOnlyTheBundlesJurisdictions() {
    Map<String, String> files = files();
    files.put("rules.json", files.get("rules.json").replace("\"in\": [\"IE\"]",
        "\"in\": [\"GB-ENG\"]"));
    InvalidBundleException e = assertThrows(InvalidBundleException.class, () -> load(files));
    assertTrue(e.problems().contains("rules.json: [1].when.in[0]: unknown value 'GB-ENG' for"
        + " jurisdiction (allowed: IE)"), e.getMessage());
  }
}
