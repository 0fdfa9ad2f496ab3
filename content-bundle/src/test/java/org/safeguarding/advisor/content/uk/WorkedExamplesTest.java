package org.safeguarding.advisor.content.uk;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.safeguarding.advisor.Advisor;
import org.safeguarding.advisor.Assessment;
import org.safeguarding.advisor.ReferralTrigger;
import org.safeguarding.advisor.Reporter;
import org.safeguarding.advisor.Situation;
import org.safeguarding.advisor.Step;
import org.safeguarding.advisor.Urgency;
import org.safeguarding.advisor.Warning;
import org.safeguarding.advisor.json.AdvisorJson;

/**
 * The bundle's worked examples (src/test/resources/worked-examples.json), run through the public
 * API against the real UK bundle. Every failure of every example is collected and reported at
 * once, as libphonenumber's ExampleNumbersTest does, so a content change shows its whole effect.
 */
class WorkedExamplesTest {
  private static final Set<String> EXPECT_FIELDS = Set.of("urgency", "referralRequired",
      "triggers", "firstStep", "steps", "notSteps", "warnings", "notWarnings", "stepsInOrder",
      "firedBy", "doFirst", "doFirstIncludes", "textsExclude", "textContains", "textOmits",
      "contacts", "notContacts", "openQuestions", "notOpenQuestions");

  @Test
  void everyWorkedExampleGivesItsExpectedPlan() throws IOException {
    JsonNode examples = load();
    Advisor advisor = Advisor.defaultAdvisor();
    List<String> failures = new ArrayList<>();
    Set<String> names = new HashSet<>();
    for (JsonNode example : examples) {
      String name = example.path("name").asText();
      if (!names.add(name)) {
        failures.add(name + ": the name is used twice");
      }
      Situation situation;
      try {
        situation = AdvisorJson.readSituation(example.get("situation").toString());
      } catch (RuntimeException e) {
        failures.add(name + ": the situation is not valid: " + e.getMessage());
        continue;
      }
      failures.addAll(check(name, example.get("expect"), advisor.evaluate(situation)));
    }
    if (!failures.isEmpty()) {
      fail(failures.size() + " failures in " + examples.size() + " worked examples:\n  "
          + String.join("\n  ", failures));
    }
  }

  @Test
  void theExamplesCoverEveryPathwayAudienceAgeBoundaryAndSpread() throws IOException {
    JsonNode examples = load();
    assertTrue(examples.size() >= 40, "at least 40 worked examples, found " + examples.size());
    Set<Integer> pathways = new TreeSet<>();
    Set<String> reporters = new TreeSet<>();
    Set<String> ages = new TreeSet<>();
    Set<String> spreads = new TreeSet<>();
    for (JsonNode example : examples) {
      example.path("pathways").forEach(p -> pathways.add(p.asInt()));
      JsonNode s = example.get("situation");
      reporters.add(s.path("reporter").asText("PARENT_OR_CARER"));
      ages.add(s.has("childAge") ? s.get("childAge").asText() : "unknown");
      spreads.add(s.path("spread").asText("UNKNOWN"));
    }
    List<String> missing = new ArrayList<>();
    for (int p = 0; p <= 13; p++) {
      if (!pathways.contains(p)) {
        missing.add("pathway " + p);
      }
    }
    for (Reporter r : Reporter.values()) {
      if (!reporters.contains(r.name())) {
        missing.add("reporter " + r);
      }
    }
    for (String age : List.of("12", "13", "17", "18", "unknown")) {
      if (!ages.contains(age)) {
        missing.add("age " + age);
      }
    }
    for (org.safeguarding.advisor.Spread spread : org.safeguarding.advisor.Spread.values()) {
      if (!spreads.contains(spread.name())) {
        missing.add("spread " + spread);
      }
    }
    assertTrue(missing.isEmpty(), "the worked examples do not cover: " + missing);
  }

  /**
   * Issue 12: each nation has at least three worked examples, among them a professional with a
   * peer incident and an adult victim, and a reader whose nation is not known has some.
   */
  @Test
  void everyNationHasItsOwnWorkedExamples() throws IOException {
    Map<String, List<JsonNode>> byNation = new java.util.TreeMap<>();
    for (JsonNode example : load()) {
      byNation.computeIfAbsent(example.get("situation").path("jurisdiction").asText("unknown"),
          k -> new ArrayList<>()).add(example.get("situation"));
    }
    List<String> missing = new ArrayList<>();
    for (org.safeguarding.advisor.Jurisdiction j
        : org.safeguarding.advisor.Advisor.defaultAdvisor().bundle().jurisdictions()) {
      List<JsonNode> own = byNation.getOrDefault(j.code(), List.of());
      if (own.size() < 3) {
        missing.add(j.code() + ": " + own.size() + " examples");
      }
      if (own.stream().noneMatch(s -> s.path("reporter").asText().equals("PROFESSIONAL")
          && s.path("otherParty").asText().equals("PEER"))) {
        missing.add(j.code() + ": no professional with a peer incident");
      }
      if (own.stream().noneMatch(s -> s.path("childAge").asInt(0) >= 18)) {
        missing.add(j.code() + ": no adult victim");
      }
    }
    if (!byNation.containsKey("unknown")) {
      missing.add("no example with the nation not known");
    }
    assertTrue(missing.isEmpty(), "nation coverage: " + missing);
  }

  private static JsonNode load() throws IOException {
    try (InputStream in = WorkedExamplesTest.class.getResourceAsStream("/worked-examples.json")) {
      assertTrue(in != null, "worked-examples.json is on the test class path");
      JsonNode examples = new ObjectMapper().readTree(in);
      assertTrue(examples.isArray(), "worked-examples.json is an array");
      return examples;
    }
  }

  private static List<String> check(String name, JsonNode expect, Assessment a) {
    List<String> f = new ArrayList<>();
    for (Iterator<String> it = expect.fieldNames(); it.hasNext(); ) {
      String field = it.next();
      if (!EXPECT_FIELDS.contains(field)) {
        f.add(name + ": unknown expectation '" + field + "'");
      }
    }
    List<String> steps = a.steps().stream().map(Step::id).collect(Collectors.toList());
    Set<String> warnings = a.warnings().stream().map(Warning::id).collect(Collectors.toSet());
    if (expect.has("urgency") && a.urgency() != Urgency.valueOf(expect.get("urgency").asText())) {
      f.add(name + ": urgency " + a.urgency() + ", expected " + expect.get("urgency").asText());
    }
    if (expect.has("referralRequired")
        && a.referral().required() != expect.get("referralRequired").asBoolean()) {
      f.add(name + ": referral required " + a.referral().required() + ", expected "
          + expect.get("referralRequired").asBoolean() + " (triggers " + a.referral().triggers()
          + ")");
    }
    if (expect.has("triggers")) {
      Set<ReferralTrigger> expected = EnumSet.noneOf(ReferralTrigger.class);
      expect.get("triggers").forEach(t -> expected.add(ReferralTrigger.valueOf(t.asText())));
      Set<ReferralTrigger> actual = EnumSet.noneOf(ReferralTrigger.class);
      actual.addAll(a.referral().triggers());
      if (!expected.equals(actual)) {
        f.add(name + ": triggers " + a.referral().triggers() + ", expected " + expected);
      }
    }
    if (expect.has("firstStep") && (steps.isEmpty()
        || !steps.get(0).equals(expect.get("firstStep").asText()))) {
      f.add(name + ": first step " + (steps.isEmpty() ? "none" : steps.get(0)) + ", expected "
          + expect.get("firstStep").asText());
    }
    expect.path("steps").forEach(s -> {
      if (!steps.contains(s.asText())) {
        f.add(name + ": missing step " + s.asText() + " (has " + steps + ")");
      }
    });
    expect.path("notSteps").forEach(s -> {
      if (steps.contains(s.asText())) {
        f.add(name + ": must not have step " + s.asText());
      }
    });
    // contacts / notContacts: contact ids the plan lists, or must not list (contacts come from
    // steps, so a contact the reader should not be sent to is pinned here, not by a step id).
    Set<String> contacts = a.contacts().stream().map(org.safeguarding.advisor.Contact::id)
        .collect(Collectors.toSet());
    expect.path("contacts").forEach(c -> {
      if (!contacts.contains(c.asText())) {
        f.add(name + ": missing contact " + c.asText() + " (has " + contacts + ")");
      }
    });
    expect.path("notContacts").forEach(c -> {
      if (contacts.contains(c.asText())) {
        f.add(name + ": must not list contact " + c.asText());
      }
    });
    expect.path("warnings").forEach(w -> {
      if (!warnings.contains(w.asText())) {
        f.add(name + ": missing warning " + w.asText());
      }
    });
    expect.path("notWarnings").forEach(w -> {
      if (warnings.contains(w.asText())) {
        f.add(name + ": must not have warning " + w.asText());
      }
    });
    // firedBy: {"step": ["rule", ...]}: the step is in the plan and each rule is among its reasons.
    for (Iterator<Map.Entry<String, JsonNode>> it = expect.path("firedBy").fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> explained = it.next();
      List<String> firedBy = a.step(explained.getKey()).map(Step::firedBy).orElse(null);
      if (firedBy == null) {
        f.add(name + ": firedBy names " + explained.getKey() + ", which is not in the plan");
        continue;
      }
      explained.getValue().forEach(rule -> {
        if (!firedBy.contains(rule.asText())) {
          f.add(name + ": " + explained.getKey() + " is not explained by " + rule.asText()
              + " (firedBy " + firedBy + ")");
        }
      });
    }
    // doFirst: the exact ids to read first, in order (contract 1.1); doFirstIncludes: ids among them.
    if (expect.has("doFirst")) {
      List<String> expected = new ArrayList<>();
      expect.get("doFirst").forEach(id -> expected.add(id.asText()));
      if (!expected.equals(a.doFirst())) {
        f.add(name + ": doFirst " + a.doFirst() + ", expected " + expected);
      }
    }
    expect.path("doFirstIncludes").forEach(id -> {
      if (!a.doFirst().contains(id.asText())) {
        f.add(name + ": doFirst " + a.doFirst() + " lacks " + id.asText());
      }
    });
    // textsExclude: case-insensitive patterns that no text the reader sees may contain (steps'
    // titles and details, warnings, risk factors, open questions): pins wording, not only ids.
    for (JsonNode pattern : expect.path("textsExclude")) {
      java.util.regex.Pattern p = java.util.regex.Pattern.compile(pattern.asText(),
          java.util.regex.Pattern.CASE_INSENSITIVE);
      List<String> texts = new ArrayList<>();
      a.steps().forEach(st -> texts.add(st.id() + ": " + st.title() + " " + st.detail()));
      a.warnings().forEach(w -> texts.add(w.id() + ": " + w.text()));
      a.riskFactors().forEach(r -> texts.add(r.id() + ": " + r.explanation()));
      a.openQuestions().forEach(q -> texts.add(q.field() + ": " + q.question() + " "
          + q.whyItMatters()));
      for (String t : texts) {
        if (p.matcher(t.substring(t.indexOf(": ") + 2)).find()) {
          f.add(name + ": text matches '" + pattern.asText() + "': " + t);
        }
      }
    }
    // textContains / textOmits: {"step, warning or risk factor id": ["phrase", ...]}: what the
    // reader reads.
    for (String field : List.of("textContains", "textOmits")) {
      boolean contains = field.equals("textContains");
      for (Iterator<Map.Entry<String, JsonNode>> it = expect.path(field).fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> e = it.next();
        String text = readerText(a, e.getKey());
        if (text == null) {
          f.add(name + ": " + field + " names " + e.getKey() + ", which is not in the plan");
          continue;
        }
        e.getValue().forEach(phrase -> {
          if (text.contains(phrase.asText()) != contains) {
            f.add(name + ": " + e.getKey() + (contains ? " does not say '" : " says '")
                + phrase.asText() + "': " + text);
          }
        });
      }
    }
    // openQuestions: {"field": ["phrase", ...]}: the question is open, and its question and
    // whyItMatters say each phrase. notOpenQuestions: fields that must not be asked.
    for (Iterator<Map.Entry<String, JsonNode>> it = expect.path("openQuestions").fields();
        it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      String text = a.openQuestions().stream().filter(q -> q.field().equals(e.getKey()))
          .map(q -> q.question() + " " + q.whyItMatters()).findFirst().orElse(null);
      if (text == null) {
        f.add(name + ": question " + e.getKey() + " is not open");
        continue;
      }
      e.getValue().forEach(phrase -> {
        if (!text.contains(phrase.asText())) {
          f.add(name + ": question " + e.getKey() + " does not say '" + phrase.asText() + "': "
              + text);
        }
      });
    }
    expect.path("notOpenQuestions").forEach(field -> {
      if (a.openQuestions().stream().anyMatch(q -> q.field().equals(field.asText()))) {
        f.add(name + ": question " + field.asText() + " is open, expected not asked");
      }
    });
    int previous = -1;
    for (JsonNode s : expect.path("stepsInOrder")) {
      int at = steps.indexOf(s.asText());
      if (at < 0) {
        f.add(name + ": stepsInOrder names " + s.asText() + ", which is not in the plan");
      } else if (at < previous) {
        f.add(name + ": " + s.asText() + " comes too early in " + steps);
      }
      previous = Math.max(previous, at);
    }
    return f;
  }

  /** The title and detail of a step, or the text of a warning, as the reader reads it. */
  private static String readerText(Assessment a, String id) {
    java.util.Optional<Step> step = a.step(id);
    if (step.isPresent()) {
      return step.get().title() + " " + step.get().detail();
    }
    // A risk factor's explanation ("Why this is serious") is read by id as well: a wording there
    // can be the fix (reader pass 8, finding 9).
    return a.warnings().stream().filter(w -> w.id().equals(id)).map(Warning::text).findFirst()
        .orElseGet(() -> a.riskFactors().stream().filter(r -> r.id().equals(id))
            .map(r -> r.explanation()).findFirst().orElse(null));
  }
}
