package org.safeguarding.advisor.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.safeguarding.advisor.Advisor;
import org.safeguarding.advisor.Answer;
import org.safeguarding.advisor.Concern;
import org.safeguarding.advisor.ContentBundle;
import org.safeguarding.advisor.Fixture;
import org.safeguarding.advisor.Indicator;
import org.safeguarding.advisor.Jurisdiction;
import org.safeguarding.advisor.OtherParty;
import org.safeguarding.advisor.Platform;
import org.safeguarding.advisor.Reporter;
import org.safeguarding.advisor.Situation;
import org.safeguarding.advisor.Spread;
import org.safeguarding.advisor.json.AdvisorJson;

/**
 * Every example JSON of the project is valid against the schemas, checked by a real validator: the
 * contract's two examples, the situations and assessments of a matrix on the fixture bundle, the
 * example situations of the examples module and the worked examples of the UK bundle, each with
 * the assessment the UK bundle gives for it.
 */
class SchemaExamplesTest {
  /**
   * Per test instance, never static: PIT swaps each mutant into a running JVM, and an advisor
   * kept from an earlier mutant would be judged against a later one.
   */
  private Advisor ukAdvisor;

  /** The UK bundle, read from the content module's sources (core cannot depend on that module). */
  private Advisor uk() {
    if (ukAdvisor == null) {
      ukAdvisor = Advisor.forBundle(ContentBundle.load(ProjectFiles.ukBundle()));
    }
    return ukAdvisor;
  }

  private static String resource(String name) throws Exception {
    return new String(SchemaExamplesTest.class.getResourceAsStream("/schema-examples/" + name)
        .readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
  }

  @Test
  void theContractsExamplesAreValid() throws Exception {
    String situation = resource("contract-situation.json");
    assertEquals(List.of(), Schemas.situationErrors(situation));
    assertEquals(List.of(), Schemas.assessmentErrors(resource("contract-assessment.json")));
    // Contract 1.1 is additive: a 1.0 assessment, without doFirst or the explanations, is valid.
    assertEquals(List.of(), Schemas.assessmentErrors(resource("contract-1.0-assessment.json")));
    // The reader agrees, and what the library makes of the example is valid too.
    String assessment = AdvisorJson.write(Fixture.advisor().evaluate(
        AdvisorJson.readSituation(situation)));
    assertEquals(List.of(), Schemas.assessmentErrors(assessment));
  }

  /** Situations across every dimension the fixture's rules read, with their assessments. */
  static List<Situation> fixtureMatrix() {
    List<Set<Concern>> concernSets = new ArrayList<>();
    concernSets.add(Set.of());
    for (Concern c : Concern.values()) {
      concernSets.add(Set.of(c));
    }
    concernSets.add(Set.of(Concern.SEXTORTION, Concern.SHARED_OWN_IMAGE, Concern.PREVENTION));
    List<Reporter> reporters = new ArrayList<>(List.of(Reporter.values()));
    reporters.add(null);
    Integer[] ages = {null, 0, 12, 17, 18, 25};
    Answer[][] indicators = {{}, {Answer.YES, Answer.YES}, {Answer.NO, Answer.UNKNOWN}};
    List<Situation> out = new ArrayList<>();
    int n = 0;
    for (Reporter reporter : reporters) {
      for (Set<Concern> concerns : concernSets) {
        for (OtherParty other : OtherParty.values()) {
          for (Integer age : ages) {
            for (Answer[] answers : indicators) {
              n++;
              Situation.Builder b = Situation.builder().addAllConcerns(concerns).otherParty(other)
                  .spread(Spread.values()[n % Spread.values().length]);
              if (reporter != null) {
                b.reporter(reporter);
              }
              if (age != null) {
                b.childAge(age);
              }
              if (answers.length > 0) {
                b.putIndicator(Indicator.IMMEDIATE_DANGER, answers[0])
                    .putIndicator(Indicator.BLACKMAIL, answers[1]);
              }
              if (n % 7 == 0) {
                b.jurisdiction(Fixture.NATIONS.get(n % Fixture.NATIONS.size()))
                    .addPlatform(Platform.values()[n % Platform.values().length]);
              }
              out.add(b.build());
            }
          }
        }
      }
    }
    return out;
  }

  @Test
  void fixtureSituationsAndTheirAssessmentsAreValid() {
    Advisor fixture = Fixture.advisor();
    Set<String> situations = new LinkedHashSet<>();
    Set<String> assessments = new LinkedHashSet<>();
    for (Situation s : fixtureMatrix()) {
      situations.add(AdvisorJson.write(s));
      assessments.add(AdvisorJson.write(fixture.evaluate(s)));
    }
    List<String> failures = new ArrayList<>();
    situations.forEach(json -> check(json, Schemas.situationErrors(json), failures));
    assessments.forEach(json -> check(json, Schemas.assessmentErrors(json), failures));
    assertEquals(List.of(), failures);
    // The matrix really exercises the schema: nulls, referrals, every urgency, open questions.
    String all = String.join("\n", assessments);
    assertTrue(assessments.size() > 50, "distinct assessments: " + assessments.size());
    for (String expected : List.of("\"phone\": null", "\"url\": null", "\"hours\": null",
        "\"required\": true", "\"required\": false", "\"EMERGENCY\"", "\"URGENT\"", "\"PROMPT\"",
        "\"ROUTINE\"", "\"field\": \"")) {
      assertTrue(all.contains(expected), expected);
    }
  }

  private static void check(String json, List<String> errors, List<String> failures) {
    if (!errors.isEmpty()) {
      failures.add(errors + " in\n" + json);
    }
  }

  @TestFactory
  Stream<DynamicTest> exampleSituationsAndTheirAssessmentsAreValid() {
    Path folder = ProjectFiles.situationsFolder();
    List<Path> files = ProjectFiles.jsonFiles(folder);
    if (files.isEmpty()) {
      return Stream.of(DynamicTest.dynamicTest("no example situations yet", () ->
          assertFalse(Files.isDirectory(folder) && !ProjectFiles.jsonFiles(folder).isEmpty())));
    }
    return files.stream().map(file -> DynamicTest.dynamicTest(
        file.getFileName().toString(), () -> checkSituation(Schemas.read(file), file.toString())));
  }

  @TestFactory
  Stream<DynamicTest> workedExamplesAndTheirAssessmentsAreValid() {
    Path file = ProjectFiles.workedExamples();
    if (!Files.isRegularFile(file)) {
      return Stream.of(DynamicTest.dynamicTest("no worked examples yet", () ->
          assertFalse(Files.exists(file))));
    }
    JsonNode examples = Schemas.read(file);
    assertTrue(examples.isArray() && !examples.isEmpty(), file + " is a non-empty array");
    List<DynamicTest> tests = new ArrayList<>();
    for (JsonNode example : examples) {
      String name = example.path("name").asText("(unnamed)");
      tests.add(DynamicTest.dynamicTest(name,
          () -> checkSituation(example.get("situation"), "worked example " + name)));
    }
    return tests.stream();
  }

  /** The situation is valid, the reader takes it, and the UK bundle's assessment of it is valid. */
  private void checkSituation(JsonNode situation, String what) {
    assertTrue(situation != null && situation.isObject(), what + " has a situation object");
    assertEquals(List.of(), Schemas.situationErrors(situation), what);
    Situation read = AdvisorJson.readSituation(situation.toString());
    assertEquals(List.of(), Schemas.situationErrors(AdvisorJson.write(read)), what);
    String assessment = AdvisorJson.write(uk().evaluate(read));
    assertEquals(List.of(), Schemas.assessmentErrors(assessment), what + "\n" + assessment);
  }
}
