package org.safeguarding.advisor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * Two bundle-format features on an edited fixture: {@code doFirst} as a list of entries chosen by
 * situation (the first whose {@code for} and {@code when} match gives the rank; none: not put
 * forward), and {@code sources} on a text variant (cited, after the item's own, where the reader
 * is shown that text).
 */
class SituationalDoFirstAndTextSourcesTest {
  private static final String BLACKMAIL_NO =
      "{ \"fact\": \"indicators.BLACKMAIL\", \"in\": [\"NO\"] }";
  private static final String SCOTLAND =
      "{ \"fact\": \"jurisdiction\", \"in\": [\"GB-SCT\"], \"ifUnknown\": false }";

  private final ContentBundle bundle = ContentBundle.load(edited());
  private final Advisor advisor = Advisor.builder().bundle(bundle).build();
  private final Advisor withoutMemo =
      Advisor.builder().bundle(bundle).memoSize(0).build();

  /**
   * The fixture with: do-not-pay ranked 50 while BLACKMAIL is NO, else 20; tell-lead ranked only
   * in Scotland; a third source cited only by text variants (report-online's Scottish text,
   * never-copy's under-13 text, the blackmail risk factor's peer text).
   */
  static BundleSource edited() {
    Map<String, String> files = Fixture.files();
    files.computeIfPresent("sources.json", (k, s) -> s.replace("\"note\": \"test only\" }",
        "\"note\": \"test only\" },\n  { \"id\": \"src-c\", \"title\": \"Scottish law\","
            + " \"publisher\": null, \"url\": null, \"kind\": \"LAW\", \"verification\": \"VERIFIED\" }"));
    files.computeIfPresent("warnings.json", (k, s) -> Fixture.replace(Fixture.replace(s,
        "\"doFirst\": { \"rank\": 20 }",
        "\"doFirst\": [ { \"rank\": 50, \"when\": " + BLACKMAIL_NO + " }, { \"rank\": 20 } ]"),
        "\"text\": \"Do not copy it, and tell a grown-up.\" }",
        "\"text\": \"Do not copy it, and tell a grown-up.\", \"sources\": [\"src-c\", \"src-a\"] }"));
    files.computeIfPresent("steps.json", (k, s) -> Fixture.replace(Fixture.replace(s,
        "\"doFirst\": { \"rank\": 30, \"for\": [\"PROFESSIONAL\"] }",
        "\"doFirst\": [ { \"rank\": 30, \"for\": [\"PROFESSIONAL\"], \"when\": " + SCOTLAND + " } ]"),
        "\"detail\": \"Report for your child in Scotland.\" }",
        "\"detail\": \"Report for your child in Scotland.\", \"sources\": [\"src-c\"] }"));
    files.computeIfPresent("risk-factors.json", (k, s) -> Fixture.replace(s,
        "\"explanation\": \"Another young person is making threats.\" }",
        "\"explanation\": \"Another young person is making threats.\", \"sources\": [\"src-c\"] }"));
    return Fixture.source(Fixture.resign(files));
  }

  private static Situation.Builder sextortion(Reporter reporter) {
    return Situation.builder().reporter(reporter).childAge(14).addConcern(Concern.SEXTORTION);
  }

  @Test
  void theFirstEntryThatMatchesTheSituationGivesTheRank() {
    Situation.Builder danger = sextortion(Reporter.YOUNG_PERSON)
        .putIndicator(Indicator.IMMEDIATE_DANGER, Answer.YES);
    // BLACKMAIL = NO: do-not-pay ranks 50, after never-copy (40), so it drops out of the three.
    Assessment no = advisor.evaluate(danger.putIndicator(Indicator.BLACKMAIL, Answer.NO).build());
    assertTrue(no.hasWarning("do-not-pay"));
    assertEquals(List.of("call-emergency", "talk-to-someone", "never-copy"), no.doFirst());
    // Otherwise the second entry, without "when", ranks it 20 as the single object did.
    for (Answer answer : List.of(Answer.YES, Answer.UNKNOWN)) {
      Assessment a = advisor.evaluate(
          danger.putIndicator(Indicator.BLACKMAIL, answer).build());
      assertEquals(List.of("call-emergency", "do-not-pay", "talk-to-someone"), a.doFirst(),
          "BLACKMAIL " + answer);
    }
  }

  @Test
  void anItemNoEntryMatchesIsNotPutForward() {
    Situation.Builder professional = sextortion(Reporter.PROFESSIONAL).childAge(15)
        .putIndicator(Indicator.IMMEDIATE_DANGER, Answer.NO);
    Assessment scotland =
        advisor.evaluate(professional.jurisdiction(Jurisdiction.GB_SCT).build());
    assertEquals(List.of("do-not-pay", "tell-lead"), scotland.doFirst());
    Assessment england =
        advisor.evaluate(professional.jurisdiction(Jurisdiction.GB_ENG).build());
    assertTrue(england.hasStep("tell-lead"));
    assertEquals(List.of("do-not-pay"), england.doFirst());
    // Nothing ranked in the plan: the first step, as before.
    Assessment adult = advisor.evaluate(Situation.builder().reporter(Reporter.PROFESSIONAL)
        .jurisdiction(Jurisdiction.GB_ENG).childAge(15).otherParty(OtherParty.ADULT).build());
    assertTrue(adult.hasStep("tell-lead"));
    assertEquals(List.of(adult.steps().get(0).id()), adult.doFirst());
  }

  @Test
  void theViewsCarryEveryDoFirstEntryAndTheRankTheyGive() {
    WarningDefinition pay = bundle.warning("do-not-pay").orElseThrow();
    assertEquals(2, pay.doFirst().size());
    assertEquals(50, pay.doFirst().get(0).rank());
    assertEquals(Set.of(Reporter.values()), pay.doFirst().get(0).audiences());
    assertTrue(pay.doFirst().get(0).when().isPresent());
    assertEquals(Optional.empty(), pay.doFirst().get(1).when());
    Situation no = sextortion(Reporter.PARENT_OR_CARER)
        .putIndicator(Indicator.BLACKMAIL, Answer.NO).build();
    assertEquals(OptionalInt.of(50), pay.doFirstRank(no));
    assertEquals(OptionalInt.of(20), pay.doFirstRank(sextortion(Reporter.PARENT_OR_CARER).build()));
    StepDefinition lead = bundle.step("tell-lead").orElseThrow();
    assertEquals(Set.of(Reporter.PROFESSIONAL), lead.doFirst().get(0).audiences());
    Situation.Builder professional = Situation.builder().reporter(Reporter.PROFESSIONAL);
    assertEquals(OptionalInt.empty(), lead.doFirstRank(professional.build()));
    assertEquals(OptionalInt.of(30),
        lead.doFirstRank(professional.jurisdiction(Jurisdiction.GB_SCT).build()));
    // The single object is a list of one; an item without doFirst has none.
    assertEquals(List.of(new DoFirstRank(1, Set.of(Reporter.values()), Optional.empty())),
        bundle.step("call-emergency").orElseThrow().doFirst());
    assertEquals(List.of(), bundle.step("reassure").orElseThrow().doFirst());
  }

  @Test
  void aStepCitesItsOwnSourcesThenItsTextsThenItsRules() {
    Situation.Builder adult = Situation.builder().reporter(Reporter.PARENT_OR_CARER).childAge(14)
        .otherParty(OtherParty.ADULT).addConcern(Concern.SEXTORTION);
    // report-online: its own src-b; the Scottish text's src-c; r-adult's src-b (already there)
    // and r-blackmail's src-a.
    Step scotland = step(advisor.evaluate(adult.jurisdiction(Jurisdiction.GB_SCT).build()),
        "report-online");
    assertEquals(List.of("src-b", "src-c", "src-a"), scotland.sources());
    assertEquals(List.of("r-adult", "r-blackmail"), scotland.firedBy());
    Step england = step(advisor.evaluate(adult.jurisdiction(Jurisdiction.GB_ENG).build()),
        "report-online");
    assertEquals(List.of("src-b", "src-a"), england.sources());
    // Only r-adult fired: its sources, none of r-blackmail's.
    Step adultOnly = step(advisor.evaluate(Situation.builder().reporter(Reporter.PARENT_OR_CARER)
        .childAge(14).otherParty(OtherParty.ADULT).jurisdiction(Jurisdiction.GB_SCT).build()),
        "report-online");
    assertEquals(List.of("r-adult"), adultOnly.firedBy());
    assertEquals(List.of("src-b", "src-c"), adultOnly.sources());
    assertEquals(List.of("src-c"), bundle.step("report-online").orElseThrow().texts().get(0)
        .sources());
    assertEquals(List.of(), bundle.step("report-online").orElseThrow().texts().get(1).sources());
  }

  @Test
  void warningsAndRiskFactorsCiteTheirOwnSourcesThenTheirTexts() {
    Situation.Builder image = Situation.builder().reporter(Reporter.YOUNG_PERSON)
        .addConcern(Concern.SHARED_OWN_IMAGE);
    // never-copy's under-13 text cites src-c and src-a: src-a, its own, is cited once.
    assertEquals(List.of("src-a", "src-c"),
        warning(advisor.evaluate(image.childAge(12).build()), "never-copy").sources());
    assertEquals(List.of("src-a"),
        warning(advisor.evaluate(image.childAge(15).build()), "never-copy").sources());
    Situation.Builder blackmail = Situation.builder().childAge(15)
        .putIndicator(Indicator.BLACKMAIL, Answer.YES);
    assertEquals(List.of("src-b", "src-c"), risk(advisor.evaluate(
        blackmail.otherParty(OtherParty.PEER).build()), "blackmail").sources());
    assertEquals(List.of("src-b"), risk(advisor.evaluate(
        blackmail.otherParty(OtherParty.ADULT).build()), "blackmail").sources());
  }

  /**
   * Over generated situations, the plan (doFirst and every item's sources included) is what the
   * views give, and the memo (assessments and built variants) never changes it: the memo's keys
   * still hold everything the output depends on.
   */
  @Test
  void overGeneratedSituationsTheEngineAgreesWithTheViewsWithAndWithoutTheMemo() {
    long seed = Long.getLong("situational.seed", System.nanoTime());
    SplittableRandom random = new SplittableRandom(seed);
    List<String> failures = new ArrayList<>();
    int varied = 0;
    for (int i = 0; i < 4000 && failures.size() < 5; i++) {
      Situation s = ViewsAgreement.random(random);
      Assessment remembered = advisor.evaluate(s);
      Assessment fresh = withoutMemo.evaluate(s);
      if (!remembered.equals(fresh)) {
        failures.add("the memo changed the plan for " + s);
      }
      List<String> differences = ViewsAgreement.differences(bundle, fresh, s);
      if (!differences.isEmpty()) {
        failures.add(differences + " for " + s);
      }
      boolean situational = fresh.hasWarning("do-not-pay")
          && s.indicators().get(Indicator.BLACKMAIL) == Answer.NO;
      varied += situational ? 1 : 0;
    }
    assertEquals(List.of(), failures, "seed " + seed);
    assertTrue(varied > 20, "too few situations where do-not-pay's first entry applies: " + varied);
  }

  /**
   * {@code "for": null} is refused with its path, not read as left out (the bundle's views would
   * read it as no audience, and loading would fail with an exception instead of the problem).
   */
  @Test
  void aDoFirstForThatIsNullIsRefusedWithItsPath() {
    InvalidBundleException e = assertThrows(InvalidBundleException.class, () ->
        ContentBundle.load(Fixture.edited("warnings.json", s -> Fixture.replace(s,
            "\"doFirst\": { \"rank\": 40, \"for\": [\"YOUNG_PERSON\"] }",
            "\"doFirst\": { \"rank\": 40, \"for\": null }"))));
    assertEquals(List.of("warnings.json: [0].doFirst.for: must be a list of audiences (leave it"
        + " out for every audience the item has a text for)"), e.problems());
  }

  private static Step step(Assessment a, String id) {
    return a.steps().stream().filter(s -> s.id().equals(id)).findFirst().orElseThrow();
  }

  private static Warning warning(Assessment a, String id) {
    return a.warnings().stream().filter(w -> w.id().equals(id)).findFirst().orElseThrow();
  }

  private static RiskFactor risk(Assessment a, String id) {
    return a.riskFactors().stream().filter(r -> r.id().equals(id)).findFirst().orElseThrow();
  }
}
