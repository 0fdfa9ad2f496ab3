package org.safeguarding.advisor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.safeguarding.advisor.json.AdvisorJson;

/**
 * The lint declarations through the API: the loader refuses a declaration that names nothing (with
 * the file and JSON path), {@link ContentBundle#lint()} proves the ones every plan keeps and gives
 * a witness, which the advisor confirms, for each one some plan breaks. Hazard H19 (one plan
 * holding contradictory advice) in docs/safety/hazard-log.md. The search's exhaustiveness is
 * checked against brute force in engine.BundleLintBruteForceTest.
 */
class BundleLintTest {

  /** The fixture with one step or warning given extra fields after its id. */
  private static ContentBundle declaring(String file, String id, String fields) {
    return ContentBundle.load(Fixture.edited(file,
        s -> replaceOnce(s, "\"id\": \"" + id + "\",", "\"id\": \"" + id + "\", " + fields + ",")));
  }

  private static String replaceOnce(String text, String from, String to) {
    assertEquals(1, text.split(java.util.regex.Pattern.quote(from), -1).length - 1, from);
    return text.replace(from, to);
  }

  @Test
  void theFixtureDeclaresNothingAndLintsClean() {
    assertEquals(List.of(), Fixture.bundle().lint());
  }

  @Test
  void aDeclaredConflictThatSomePlanHoldsIsFoundWithAWitness() {
    // remove-image comes with an image of a child; prevention-tip when PREVENTION is a concern.
    ContentBundle bundle = declaring("steps.json", "remove-image",
        "\"conflictsWith\": [\"prevention-tip\"]");
    List<LintFinding> findings = bundle.lint();
    assertEquals(1, findings.size(), findings.toString());
    LintFinding finding = findings.get(0);
    assertEquals(LintFinding.Kind.CONFLICTS_WITH, finding.kind());
    assertEquals("remove-image", finding.id());
    assertEquals("prevention-tip", finding.otherId());
    Assessment plan = Advisor.forBundle(bundle).evaluate(finding.witness());
    List<String> steps = plan.steps().stream().map(Step::id).toList();
    assertTrue(steps.contains("remove-image") && steps.contains("prevention-tip"),
        "the witness's plan holds both: " + steps);
    assertEquals(List.of("r-image", "r-prevention"), finding.rulesFired());
    assertTrue(finding.message().contains(AdvisorJson.write(finding.witness()).strip()),
        "the message shows the witness as contract JSON: " + finding.message());
    assertTrue(finding.message().startsWith("step 'remove-image' conflicts with step"
        + " 'prevention-tip', but the plan for PARENT_OR_CARER holds both"), finding.message());
  }

  @Test
  void theWitnessIsMinimal() {
    ContentBundle bundle = declaring("steps.json", "remove-image",
        "\"conflictsWith\": [\"prevention-tip\"]");
    Situation witness = bundle.lint().get(0).witness();
    // Both need an image concern and PREVENTION (or no concern at all, which gives no image).
    assertEquals(2, witness.concerns().size(), witness.toString());
    assertTrue(witness.concerns().contains(Concern.PREVENTION), witness.toString());
    assertEquals(Situation.builder().concerns(witness.concerns()).build(), witness,
        "nothing but the concerns is given");
  }

  @Test
  void stepsForDifferentAudiencesAreProvedNeverToMeet() {
    // tell-lead is for professionals only, talk-to-someone for young people only.
    ContentBundle bundle = declaring("steps.json", "tell-lead",
        "\"conflictsWith\": [\"talk-to-someone\"]");
    assertEquals(List.of(), bundle.lint());
  }

  @Test
  void aNeedThatEveryPlanKeepsIsProved() {
    // never-copy comes only from r-image, which also gives both steps, to every audience.
    ContentBundle bundle = declaring("warnings.json", "never-copy",
        "\"needs\": [\"remove-image\", \"contain-spread\"]");
    assertEquals(List.of(), bundle.lint());
  }

  @Test
  void aNeedBrokenForOneAudienceIsFoundForThatAudience() {
    // do-not-pay comes only from r-blackmail, which also gives report-online; but report-online
    // has no text for professionals.
    ContentBundle bundle = declaring("warnings.json", "do-not-pay",
        "\"needs\": [\"report-online\"]");
    List<LintFinding> findings = bundle.lint();
    assertEquals(1, findings.size(), findings.toString());
    LintFinding finding = findings.get(0);
    assertEquals(LintFinding.Kind.NEEDS, finding.kind());
    assertEquals(Reporter.PROFESSIONAL, finding.witness().audience(), finding.message());
    assertTrue(finding.message().contains("has no text for PROFESSIONAL"), finding.message());
    Assessment plan = Advisor.forBundle(bundle).evaluate(finding.witness());
    assertTrue(plan.warnings().stream().anyMatch(w -> w.id().equals("do-not-pay")));
    assertTrue(plan.steps().stream().noneMatch(s -> s.id().equals("report-online")));
  }

  @Test
  void theBundleListsItsDeclarationsAsWrittenInFileOrder() {
    ContentBundle bundle = ContentBundle.load(Fixture.source(Fixture.resign(edit(edit(edit(
        Fixture.files(), "steps.json", "remove-image",
            "\"conflictsWith\": [\"prevention-tip\"], \"needs\": [\"never-copy\"]"),
        "steps.json", "prevention-tip", "\"conflictsWith\": [\"remove-image\"]"),
        "warnings.json", "do-not-pay", "\"needs\": [\"reassure\", \"tell-lead\"]"))));
    assertEquals(List.of(
            Declaration.of(LintFinding.Kind.CONFLICTS_WITH, "remove-image", "prevention-tip"),
            Declaration.of(LintFinding.Kind.NEEDS, "remove-image", "never-copy"),
            Declaration.of(LintFinding.Kind.CONFLICTS_WITH, "prevention-tip", "remove-image"),
            Declaration.of(LintFinding.Kind.NEEDS, "do-not-pay", "reassure"),
            Declaration.of(LintFinding.Kind.NEEDS, "do-not-pay", "tell-lead")),
        bundle.declarations(), "each as its item declares it, steps before warnings");
  }

  @Test
  void aConflictDeclaredOnBothIdsIsReportedOnce() {
    ContentBundle bundle = ContentBundle.load(Fixture.source(Fixture.resign(edit(
        edit(Fixture.files(), "steps.json", "remove-image",
            "\"conflictsWith\": [\"prevention-tip\"]"),
        "steps.json", "prevention-tip", "\"conflictsWith\": [\"remove-image\"]"))));
    assertEquals(1, bundle.lint().size());
  }

  private static java.util.Map<String, String> edit(java.util.Map<String, String> files,
      String file, String id, String fields) {
    files.put(file, replaceOnce(files.get(file), "\"id\": \"" + id + "\",",
        "\"id\": \"" + id + "\", " + fields + ","));
    return files;
  }

  static Stream<Arguments> brokenDeclarations() {
    return Stream.of(
        broken("steps.json", "remove-image", "\"conflictsWith\": [\"prevention\"]",
            "steps.json: [3].conflictsWith[0]: step 'remove-image' conflicts with 'prevention',"
                + " which is neither a step nor a warning id"),
        broken("warnings.json", "do-not-pay", "\"needs\": [\"do-not-pay\"]",
            "warnings.json: [1].needs[0]: names the warning itself"),
        broken("steps.json", "reassure", "\"needs\": [\"talk-to-someone\", \"talk-to-someone\"]",
            "steps.json: [5].needs[1]: 'talk-to-someone' is listed twice"),
        broken("steps.json", "reassure",
            "\"needs\": [\"never-copy\"], \"conflictsWith\": [\"never-copy\"]",
            "step 'reassure' both conflicts with and needs 'never-copy'"),
        broken("steps.json", "reassure", "\"needs\": []",
            "steps.json: [5].needs: must list at least one step or warning id"),
        broken("warnings.json", "never-copy", "\"conflictsWith\": \"reassure\"",
            "warnings.json: [0].conflictsWith: must be an array"),
        broken("steps.json", "reassure", "\"needs\": [7]",
            "steps.json: [5].needs[0]: must be a string"));
  }

  private static Arguments broken(String file, String id, String fields, String problem) {
    return Arguments.of(file + " " + id + " " + fields, file, id, fields, problem);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("brokenDeclarations")
  void theLoaderRefusesADeclarationThatNamesNothingUsable(String name, String file, String id,
      String fields, String problem) {
    UnaryOperator<String> edit = s -> replaceOnce(s, "\"id\": \"" + id + "\",",
        "\"id\": \"" + id + "\", " + fields + ",");
    InvalidBundleException e = assertThrows(InvalidBundleException.class,
        () -> ContentBundle.load(Fixture.edited(file, edit)));
    assertTrue(e.problems().stream().anyMatch(p -> p.contains(problem)),
        "expected a problem containing: " + problem + "\nbut got: " + e.problems());
  }
}
