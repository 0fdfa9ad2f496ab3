package org.safeguarding.advisor.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.safeguarding.advisor.Advisor;
import org.safeguarding.advisor.Assessment;
import org.safeguarding.advisor.ReferralTrigger;
import org.safeguarding.advisor.Reporter;
import org.safeguarding.advisor.json.AdvisorJson;

/** The packaged CLI jar, run as a user runs it: exit codes, stdout and stderr. */
class AdvisorCliIT {
  private static final Path JAR = Path.of(System.getProperty("cli.jar", "target/advisor-cli.jar"));
  private static final Path SITUATIONS =
      Path.of(System.getProperty("situations.dir", "situations"));

  record Run(int status, String out, String err) {}

  static Run run(String stdin, String... args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", JAR.toString()));
    command.addAll(List.of(args));
    Process p = new ProcessBuilder(command).start();
    if (stdin != null) {
      p.getOutputStream().write(stdin.getBytes(StandardCharsets.UTF_8));
    }
    p.getOutputStream().close();
    byte[] out = p.getInputStream().readAllBytes();
    byte[] err = p.getErrorStream().readAllBytes();
    assertTrue(p.waitFor(60, TimeUnit.SECONDS), "the CLI finished");
    return new Run(p.exitValue(), new String(out, StandardCharsets.UTF_8),
        new String(err, StandardCharsets.UTF_8));
  }

  static Stream<Path> situations() throws IOException {
    try (Stream<Path> files = Files.list(SITUATIONS)) {
      return files.filter(f -> f.toString().endsWith(".json")).sorted()
          .collect(Collectors.toList()).stream();
    }
  }

  @Test
  void shipsAtLeastEightExampleSituations() throws IOException {
    assertTrue(situations().count() >= 8, "examples/situations holds at least 8 situations");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("situations")
  void jsonOutputIsTheLibrarysAssessment(Path situation) throws Exception {
    Run run = run(null, "assess", "--json", situation.toString());
    assertEquals(0, run.status(), run.err());
    assertEquals("", run.err());
    Assessment expected = Advisor.assess(AdvisorJson.readSituation(Files.readAllBytes(situation)));
    assertEquals(AdvisorJson.write(expected), run.out(), "byte for byte the library's JSON");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("situations")
  void readablePlanShowsUrgencyNumberedStepsWarningsAndSources(Path situation) throws Exception {
    Run run = run(null, "assess", situation.toString());
    assertEquals(0, run.status(), run.err());
    Assessment a = Advisor.assess(AdvisorJson.readSituation(Files.readAllBytes(situation)));
    String out = run.out();
    // What to read first comes before everything else, in the assessment's order.
    assertTrue(out.startsWith("DO THIS FIRST\n"), out);
    int at = 0;
    for (int i = 0; i < a.doFirst().size(); i++) {
      String id = a.doFirst().get(i);
      String text = a.step(id).map(s -> s.title()).orElseGet(() -> a.warnings().stream()
          .filter(w -> w.id().equals(id)).findFirst().orElseThrow().text());
      String numbered = String.format("%3d. %s", i + 1, text.split(" ")[0]);
      int found = out.indexOf(numbered, at);
      assertTrue(found >= 0, "doFirst " + id + " numbered in order:\n" + out);
      at = found;
    }
    assertTrue(out.indexOf("URGENCY: " + a.urgency()) > at, "the plan after doFirst:\n" + out);
    boolean youngPerson = AdvisorJson.readSituation(Files.readAllBytes(situation)).audience()
        == Reporter.YOUNG_PERSON;
    // The referral screen's header and codes are for adults, not for a child reading their plan.
    assertEquals(!youngPerson && a.referral().required(),
        out.contains("IMMEDIATE REFERRAL REQUIRED"), out);
    for (ReferralTrigger trigger : ReferralTrigger.values()) {
      assertEquals(!youngPerson && a.referral().triggers().contains(trigger),
          out.contains(trigger.name()), trigger + " in:\n" + out);
    }
    for (int i = 0; i < a.steps().size(); i++) {
      String numbered = String.format("%3d. [%s] ", i + 1, a.steps().get(i).urgency());
      assertTrue(out.contains(numbered), "step " + (i + 1) + " numbered in order:\n" + out);
    }
    if (!a.warnings().isEmpty()) {
      assertTrue(out.contains("\nDO NOT\n"), "warnings under a clear heading");
    }
    assertTrue(out.contains("\nSOURCES\n"));
    a.contacts().forEach(c -> c.phone().ifPresent(phone -> assertTrue(out.contains(phone),
        "contact phone " + phone + " shown")));
    a.steps().forEach(s -> s.sources().forEach(src -> assertTrue(out.contains("[" + src + "]"),
        "source " + src + " listed")));
  }

  @Test
  void aYoungPersonAtRiskSeesWhatToDoFirstWithoutTheReferralScreen() throws Exception {
    String situation = "{\"reporter\":\"YOUNG_PERSON\",\"childAge\":15,\"concerns\":[\"SEXTORTION\"],"
        + "\"otherParty\":\"UNKNOWN_ONLINE_CONTACT\",\"indicators\":{\"SELF_HARM_RISK\":\"YES\"}}";
    Assessment a = Advisor.assess(AdvisorJson.readSituation(situation));
    assertTrue(a.referral().required(), "the library still screens: it is the output that differs");
    Run child = run(situation, "assess", "-");
    assertEquals(0, child.status(), child.err());
    assertTrue(child.out().startsWith("DO THIS FIRST\n"), child.out());
    assertFalse(child.out().contains("REFERRAL"), child.out());
    assertFalse(child.out().contains("COERCION_OR_BLACKMAIL"), child.out());
    assertFalse(child.out().contains("IMMEDIATE_RISK_OF_HARM"), child.out());
    // The same facts from a parent keep the adult framing.
    Run parent = run(situation.replace("YOUNG_PERSON", "PARENT_OR_CARER"), "assess", "-");
    assertTrue(parent.out().contains("IMMEDIATE REFERRAL REQUIRED"), parent.out());
    assertTrue(parent.out().contains("COERCION_OR_BLACKMAIL"), parent.out());
    // --json stays the contract's JSON, doFirst included, whoever reads it.
    Run json = run(situation, "assess", "--json", "-");
    assertEquals(AdvisorJson.write(a), json.out());
    assertTrue(json.out().contains("\"doFirst\": ["), json.out());
  }

  @Test
  void readsStandardInput() throws Exception {
    Run run = run("{\"childAge\":15,\"concerns\":[\"SEXTORTION\"]}", "assess", "--json", "-");
    assertEquals(0, run.status(), run.err());
    assertTrue(run.out().contains("\"urgency\""));
  }

  @Test
  void rejectedInputExitsTwoWithOneLineNamingThePath() throws Exception {
    Run run = run("{\"concerns\":[\"SEXTORTON\"]}", "assess", "-");
    assertEquals(2, run.status());
    assertEquals("", run.out(), "nothing on stdout");
    assertEquals(1, run.err().strip().lines().count(), run.err());
    assertTrue(run.err().contains("concerns[0]"), run.err());
    assertTrue(run.err().contains("SEXTORTION"), "names the allowed values: " + run.err());
  }

  @Test
  void malformedJsonExitsTwo() throws Exception {
    Run run = run("{\"childAge\": ", "assess", "--json", "-");
    assertEquals(2, run.status());
    assertEquals("", run.out());
    assertFalse(run.err().contains("Exception"), "no stack trace: " + run.err());
  }

  @Test
  void aMissingFileExitsOneWithoutAStackTrace() throws Exception {
    Run run = run(null, "assess", "no/such/file.json");
    assertEquals(1, run.status());
    assertEquals("", run.out());
    assertTrue(run.err().contains("no such file"), run.err());
    assertFalse(run.err().contains("\tat "), run.err());
  }

  @Test
  void usageErrorsExitOne() throws Exception {
    assertEquals(1, run(null).status());
    assertEquals(1, run(null, "assess").status());
    assertEquals(1, run(null, "assess", "--yaml", "x.json").status());
    assertEquals(1, run(null, "frobnicate").status());
  }

  @Test
  void bundleCheckAcceptsTheShippedBundleAndDigestMatches(@TempDir Path tmp) throws Exception {
    Path uk = Path.of("..", "content-bundle", "src", "main", "resources", "org", "safeguarding",
        "advisor", "bundles", "uk");
    Run check = run(null, "bundle", "check", uk.toString());
    assertEquals(0, check.status(), check.err());
    assertTrue(check.out().startsWith("ok: uk "), check.out());
    assertTrue(check.out().contains("lint: every conflictsWith and needs declaration holds"),
        check.out());
    Run digest = run(null, "bundle", "digest", uk.toString());
    assertEquals(0, digest.status(), digest.err());
    assertTrue(check.out().contains(digest.out().strip()), "the manifest digest is current");
  }

  @Test
  void bundleCheckListsEveryProblemOfABrokenBundle(@TempDir Path tmp) throws Exception {
    Path uk = Path.of("..", "content-bundle", "src", "main", "resources", "org", "safeguarding",
        "advisor", "bundles", "uk");
    try (Stream<Path> files = Files.list(uk)) {
      for (Path f : files.collect(Collectors.toList())) {
        Files.copy(f, tmp.resolve(f.getFileName()));
      }
    }
    Path contacts = tmp.resolve("contacts.json");
    Files.writeString(contacts, Files.readString(contacts).replace("https://", "http://"));
    Run check = run(null, "bundle", "check", tmp.toString());
    assertEquals(2, check.status());
    assertTrue(check.err().contains("is not an https:// URL"), check.err());
    assertTrue(check.err().contains("does not match the manifest digest"), check.err());
    Run write = run(null, "bundle", "digest", "--write", tmp.toString());
    assertEquals(0, write.status(), write.err());
    Run again = run(null, "bundle", "check", tmp.toString());
    assertFalse(again.err().contains("does not match the manifest digest"), again.err());
    assertTrue(again.err().contains("is not an https:// URL"), again.err());
  }

  @Test
  void bundleCheckFailsADeclaredConflictWithAWitnessSituation(@TempDir Path tmp) throws Exception {
    Path uk = Path.of("..", "content-bundle", "src", "main", "resources", "org", "safeguarding",
        "advisor", "bundles", "uk");
    try (Stream<Path> files = Files.list(uk)) {
      for (Path f : files.collect(Collectors.toList())) {
        Files.copy(f, tmp.resolve(f.getFileName()));
      }
    }
    // Blackmail gives both: declare them in conflict.
    Path warnings = tmp.resolve("warnings.json");
    String text = Files.readString(warnings);
    String id = "\"id\": \"do-not-pay\",";
    assertTrue(text.contains(id), "the UK bundle has a do-not-pay warning");
    Files.writeString(warnings,
        text.replace(id, id + " \"conflictsWith\": [\"stop-contact-and-block\"],"));
    assertEquals(0, run(null, "bundle", "digest", "--write", tmp.toString()).status());
    Run check = run(null, "bundle", "check", tmp.toString());
    assertEquals(2, check.status(), check.out() + check.err());
    assertTrue(check.err().contains("warning 'do-not-pay' conflicts with step"
        + " 'stop-contact-and-block', but the plan for"), check.err());
    int json = check.err().indexOf("Witness situation:\n");
    assertTrue(json > 0, check.err());
    String witness = check.err().substring(json + "Witness situation:\n".length());
    Assessment plan = Advisor.forBundle(org.safeguarding.advisor.ContentBundle.load(tmp))
        .evaluate(AdvisorJson.readSituation(witness));
    assertTrue(plan.warnings().stream().anyMatch(w -> w.id().equals("do-not-pay"))
        && plan.steps().stream().anyMatch(s -> s.id().equals("stop-contact-and-block")),
        "the printed witness's plan holds both");
  }
}
