package org.safeguarding.advisor.content.uk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.safeguarding.advisor.Advisor;
import org.safeguarding.advisor.Answer;
import org.safeguarding.advisor.Assessment;
import org.safeguarding.advisor.Concern;
import org.safeguarding.advisor.Condition;
import org.safeguarding.advisor.Contact;
import org.safeguarding.advisor.ContentBundle;
import org.safeguarding.advisor.Declaration;
import org.safeguarding.advisor.Indicator;
import org.safeguarding.advisor.Jurisdiction;
import org.safeguarding.advisor.OpenQuestion;
import org.safeguarding.advisor.OtherParty;
import org.safeguarding.advisor.Platform;
import org.safeguarding.advisor.ReferralTrigger;
import org.safeguarding.advisor.Reporter;
import org.safeguarding.advisor.RiskFactor;
import org.safeguarding.advisor.Rule;
import org.safeguarding.advisor.Situation;
import org.safeguarding.advisor.Spread;
import org.safeguarding.advisor.Step;
import org.safeguarding.advisor.StepDefinition;
import org.safeguarding.advisor.Urgency;
import org.safeguarding.advisor.Warning;

/**
 * The UK bundle's views, through the public API: each lists what its file holds, in order, and a
 * plan re-derived from the views alone (rules' conditions by {@link Condition#holds}, texts by
 * {@code textFor}) is the engine's plan, over generated situations and every nation, reader and
 * age for the texts that vary by them.
 */
class UkBundleViewsTest {
  private static final Path UK = Path.of("src/main/resources" + UkBundleProvider.FOLDER);
  private static final ContentBundle BUNDLE = ContentBundle.load(UK);

  private static JsonNode file(String name) throws IOException {
    return new ObjectMapper().readTree(UK.resolve(name).toFile());
  }

  private static List<String> ids(JsonNode array, String key) {
    List<String> out = new ArrayList<>();
    array.forEach(n -> out.add(n.get(key).textValue()));
    return out;
  }

  private static <T> List<String> ids(List<T> views, Function<T, String> id) {
    return views.stream().map(id).toList();
  }

  /**
   * Reader text carries no reviewer's note (second reading, MEDIUM 15): what is not verified about
   * a service stays in its source's note for reviewers, and a contact says only what rests on a
   * checked fact, so no reader meets "not verified" in a contact.
   */
  @Test
  void noContactTellsAReaderWhatIsNotVerified() {
    for (Contact c : BUNDLE.contacts()) {
      String shown = c.name() + " | " + c.hours().orElse("") + " | " + c.forWhom();
      assertFalse(shown.toLowerCase(java.util.Locale.ROOT).contains("verified"),
          c.id() + " shows a reviewer's note to readers: " + shown);
    }
  }

  /**
   * A reader can reach every service the bundle names: a phone number or a web address, taken from
   * the service's own page or a government page (ParentZone and Internet Matters had neither until
   * 2026.12.4). Only the two local contacts, the reader's own school and the app's own reporting
   * tools, have no number of their own.
   */
  @Test
  void everyServiceCanBeReachedByPhoneOrWebAddress() {
    Set<String> local = Set.of("school", "platform");
    List<String> unreachable = new ArrayList<>();
    for (Contact c : BUNDLE.contacts()) {
      if (!local.contains(c.id()) && c.phone().isEmpty() && c.url().isEmpty()) {
        unreachable.add(c.id());
      }
    }
    assertEquals(List.of(), unreachable, "contacts with neither a phone number nor a web address");
  }

  @Test
  void everyViewListsWhatItsFileHoldsInItsOrder() throws IOException {
    assertEquals(ids(file("steps.json"), "id"), ids(BUNDLE.steps(), StepDefinition::id));
    assertEquals(ids(file("warnings.json"), "id"), ids(BUNDLE.warnings(), w -> w.id()));
    assertEquals(ids(file("risk-factors.json"), "id"), ids(BUNDLE.riskFactors(), r -> r.id()));
    assertEquals(ids(file("rules.json"), "id"), ids(BUNDLE.rules(), Rule::id));
    assertEquals(ids(file("questions.json"), "field"),
        ids(BUNDLE.questions(), q -> q.fact().path()));
    assertEquals(ids(file("conditions.json"), "id"), ids(BUNDLE.conditions(), c -> c.id()));
    assertEquals(ids(file("sources.json"), "id"), ids(BUNDLE.sources(), s -> s.id()));
    assertEquals(ids(file("contacts.json"), "id"), ids(BUNDLE.contacts(), c -> c.id()));
    List<String> jurisdictions = new ArrayList<>();
    file("manifest.json").get("jurisdictions").forEach(j -> jurisdictions.add(j.textValue()));
    assertEquals(jurisdictions, ids(BUNDLE.jurisdictions(), Jurisdiction::code));
    assertEquals(file("manifest.json").get("releaseDate").textValue(),
        BUNDLE.releaseDate().toString());
    assertEquals(file("manifest.json").get("reviewBy").textValue(), BUNDLE.reviewBy().toString());
  }

  @Test
  void textsRulesAndDeclarationsAreEveryOneTheFilesHold() throws IOException {
    int texts = 0;
    for (JsonNode step : file("steps.json")) {
      texts += step.get("text").size();
    }
    assertEquals(texts, BUNDLE.steps().stream().mapToInt(s -> s.texts().size()).sum());
    int given = 0;
    int declared = 0;
    for (JsonNode rule : file("rules.json")) {
      given += rule.has("steps") ? rule.get("steps").size() : 0;
    }
    for (String f : List.of("steps.json", "warnings.json")) {
      for (JsonNode item : file(f)) {
        declared += (item.has("conflictsWith") ? item.get("conflictsWith").size() : 0)
            + (item.has("needs") ? item.get("needs").size() : 0);
      }
    }
    assertEquals(given, BUNDLE.rules().stream().mapToInt(r -> r.steps().size()).sum());
    assertEquals(declared, BUNDLE.declarations().size());
    assertTrue(declared > 0, "the UK bundle declares conflicts and needs");
    for (Declaration d : BUNDLE.declarations()) {
      assertTrue(BUNDLE.step(d.otherId()).isPresent() || BUNDLE.warning(d.otherId()).isPresent(),
          d.toString());
    }
  }

  @Test
  void aProfessionalsTextInEnglandNamesItsCondition() {
    StepDefinition dsl = BUNDLE.step("tell-designated-safeguarding-lead").orElseThrow();
    StepDefinition.Text england = dsl.texts().stream()
        .filter(t -> t.when().map(c -> c.toString().contains("'nation-england'")).orElse(false))
        .findFirst().orElseThrow();
    assertTrue(england.audiences().contains(Reporter.PROFESSIONAL));
    Condition.Named nation = BUNDLE.conditions().stream()
        .filter(c -> c.id().equals("nation-england")).findFirst().orElseThrow();
    assertEquals(new Condition.In<>(org.safeguarding.advisor.SituationFact.JURISDICTION,
        List.of(Jurisdiction.GB_ENG), Optional.of(false)), nation.definition());
    Situation englishTeacher = Situation.builder().reporter(Reporter.PROFESSIONAL)
        .jurisdiction(Jurisdiction.GB_ENG).childAge(14).build();
    assertEquals(england, dsl.textFor(englishTeacher).orElseThrow());
    Situation nationUnknown = Situation.builder().reporter(Reporter.PROFESSIONAL).childAge(14)
        .build();
    assertTrue(dsl.textFor(nationUnknown).orElseThrow().when().isEmpty(),
        "a reader whose nation is not known reads the default text");
  }

  @Test
  void aPlanDerivedFromTheViewsIsTheEnginesPlan() {
    Advisor advisor = Advisor.builder().bundle(BUNDLE).memoSize(0).build();
    long seed = Long.getLong("views.seed", System.nanoTime());
    SplittableRandom random = new SplittableRandom(seed);
    List<Situation> situations = new ArrayList<>();
    for (int i = 0; i < 4000; i++) {
      situations.add(random(random));
    }
    List<Jurisdiction> nations = new ArrayList<>(List.of(Jurisdiction.GB_ENG,
        Jurisdiction.GB_WLS, Jurisdiction.GB_SCT, Jurisdiction.GB_NIR));
    nations.add(null);
    for (Reporter reporter : Reporter.values()) {
      for (Jurisdiction nation : nations) {
        for (int age = -1; age <= Situation.MAX_AGE; age += 2) {
          Situation.Builder b = Situation.builder().reporter(reporter)
              .otherParty(OtherParty.UNKNOWN_ONLINE_CONTACT).addConcern(Concern.SEXTORTION)
              .addConcern(Concern.IMAGE_SHARED_BY_OTHERS).addConcern(Concern.GROOMING)
              .putIndicator(Indicator.SELF_HARM_RISK, Answer.YES);
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
    for (Situation s : situations) {
      assertEquals(List.of(), differences(advisor.evaluate(s), s), () -> "seed " + seed + ": "
          + s);
    }
  }

  /** Every way the plan differs from what the views alone say it must be. */
  private static List<String> differences(Assessment a, Situation s) {
    List<String> out = new ArrayList<>();
    Map<String, List<String>> steps = new LinkedHashMap<>();
    Map<String, Urgency> urgency = new LinkedHashMap<>();
    Map<String, List<String>> warnings = new LinkedHashMap<>();
    Map<String, List<String>> risks = new LinkedHashMap<>();
    Set<ReferralTrigger> triggers = new HashSet<>();
    List<String> referralBy = new ArrayList<>();
    for (Rule rule : BUNDLE.rules()) {
      if (!rule.when().holds(s)) {
        continue;
      }
      for (Rule.GivenStep given : rule.steps()) {
        if (BUNDLE.step(given.id()).orElseThrow().audiences().contains(s.audience())) {
          steps.computeIfAbsent(given.id(), k -> new ArrayList<>()).add(rule.id());
          urgency.merge(given.id(), given.urgency(), (x, y) -> x.compareTo(y) <= 0 ? x : y);
        }
      }
      rule.warnings().forEach(w -> warnings.computeIfAbsent(w, k -> new ArrayList<>())
          .add(rule.id()));
      rule.riskFactors().forEach(r -> risks.computeIfAbsent(r, k -> new ArrayList<>())
          .add(rule.id()));
      triggers.addAll(rule.triggers());
      if (!rule.triggers().isEmpty()) {
        referralBy.add(rule.id());
      }
    }
    Map<String, List<String>> planSteps = new LinkedHashMap<>();
    for (Step step : a.steps()) {
      planSteps.put(step.id(), step.firedBy());
      StepDefinition.Text text = BUNDLE.step(step.id()).orElseThrow().textFor(s).orElseThrow();
      if (urgency.get(step.id()) != step.urgency() || !text.title().equals(step.title())
          || !text.detail().equals(step.detail())) {
        out.add("step " + step.id() + ": its urgency or text is not the views'");
      }
    }
    if (!steps.equals(planSteps)) {
      out.add("steps: plan " + planSteps + ", views " + steps);
    }
    // Contacts: the shown text's where it names its own, else the step's; the plan lists them
    // each once, in the order the steps first name them.
    List<String> contactOrder = new ArrayList<>();
    for (Step step : a.steps()) {
      List<String> shown = BUNDLE.step(step.id()).orElseThrow().contactsFor(s);
      if (!shown.equals(step.contacts())) {
        out.add("step " + step.id() + ": contacts " + step.contacts() + ", views " + shown);
      }
      shown.stream().filter(c -> !contactOrder.contains(c)).forEach(contactOrder::add);
    }
    if (!contactOrder.equals(a.contacts().stream().map(Contact::id).toList())) {
      out.add("contacts: plan " + a.contacts().stream().map(Contact::id).toList() + ", views "
          + contactOrder);
    }
    Map<String, List<String>> planWarnings = new LinkedHashMap<>();
    for (Warning w : a.warnings()) {
      planWarnings.put(w.id(), w.firedBy());
      if (!BUNDLE.warning(w.id()).orElseThrow().textFor(s).orElseThrow().text()
          .equals(w.text())) {
        out.add("warning " + w.id() + ": its text is not the views'");
      }
    }
    if (!warnings.equals(planWarnings)) {
      out.add("warnings: plan " + planWarnings + ", views " + warnings);
    }
    Map<String, List<String>> planRisks = new LinkedHashMap<>();
    for (RiskFactor r : a.riskFactors()) {
      planRisks.put(r.id(), r.firedBy());
      if (!BUNDLE.riskFactor(r.id()).orElseThrow().textFor(s).orElseThrow().explanation()
          .equals(r.explanation())) {
        out.add("risk factor " + r.id() + ": its text is not the views'");
      }
    }
    if (!risks.equals(planRisks)) {
      out.add("risk factors: plan " + planRisks + ", views " + risks);
    }
    if (!triggers.equals(new HashSet<>(a.referral().triggers()))
        || !referralBy.equals(a.referral().firedBy())) {
      out.add("referral: plan " + a.referral() + ", views " + triggers + " by " + referralBy);
    }
    for (OpenQuestion q : a.openQuestions()) {
      if (!BUNDLE.question(q.fact()).orElseThrow().textFor(s).orElseThrow().question()
          .equals(q.question())) {
        out.add("question " + q.field() + ": its text is not the views'");
      }
    }
    return out;
  }

  private static Situation random(SplittableRandom r) {
    Situation.Builder b = Situation.builder();
    if (r.nextBoolean()) {
      b.reporter(pick(r, Reporter.values()));
    }
    if (r.nextBoolean()) {
      b.jurisdiction(pick(r, new Jurisdiction[] {Jurisdiction.GB_ENG, Jurisdiction.GB_WLS,
          Jurisdiction.GB_SCT, Jurisdiction.GB_NIR}));
    }
    if (r.nextInt(3) > 0) {
      b.childAge(r.nextInt(Situation.MAX_AGE + 1));
    }
    for (Concern c : Concern.values()) {
      if (r.nextInt(5) == 0) {
        b.addConcern(c);
      }
    }
    b.spread(pick(r, Spread.values()));
    b.otherParty(pick(r, OtherParty.values()));
    for (Platform p : Platform.values()) {
      if (r.nextInt(6) == 0) {
        b.addPlatform(p);
      }
    }
    for (Indicator i : Indicator.values()) {
      if (r.nextInt(3) == 0) {
        b.putIndicator(i, pick(r, Answer.values()));
      }
    }
    return b.build();
  }

  private static <T> T pick(SplittableRandom r, T[] values) {
    return values[r.nextInt(values.length)];
  }
}
