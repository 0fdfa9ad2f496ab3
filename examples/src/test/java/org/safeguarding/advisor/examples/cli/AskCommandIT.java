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
import org.safeguarding.advisor.Answer;
import org.safeguarding.advisor.Assessment;
import org.safeguarding.advisor.Concern;
import org.safeguarding.advisor.Indicator;
import org.safeguarding.advisor.OtherParty;
import org.safeguarding.advisor.Platform;
import org.safeguarding.advisor.Reporter;
import org.safeguarding.advisor.Situation;
import org.safeguarding.advisor.Spread;
import org.safeguarding.advisor.Urgency;
import org.safeguarding.advisor.json.AdvisorJson;

/**
 * {@code ask} end to end: the packaged jar with the UK bundle, answers piped in as a user's
 * keystrokes. The lines to type come from {@link Triage}, which walks the library's own open
 * questions; the result must be the library's assessment of the situation those answers build.
 */
class AskCommandIT {
  private static final Path JAR = Path.of(System.getProperty("cli.jar", "target/advisor-cli.jar"));
  private static final Path SITUATIONS =
      Path.of(System.getProperty("situations.dir", "situations"));
  private static final Advisor UK = Advisor.defaultAdvisor();
  private static final String PLAN_HEADING = "\nYOUR PLAN\n";

  record Run(int status, String out, String err) {
    String prompts() {
      int at = out.indexOf(PLAN_HEADING);
      return at < 0 ? out : out.substring(0, at);
    }
  }

  static Run run(String stdin, String... args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", JAR.toString()));
    command.addAll(List.of(args));
    Process p = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.PIPE).start();
    // Read stderr on its own thread, so that neither stream can fill and stall the CLI.
    java.util.concurrent.CompletableFuture<byte[]> err = java.util.concurrent.CompletableFuture
        .supplyAsync(() -> {
          try {
            return p.getErrorStream().readAllBytes();
          } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
          }
        });
    if (stdin != null) {
      p.getOutputStream().write(stdin.getBytes(StandardCharsets.UTF_8));
    }
    p.getOutputStream().close();
    byte[] out = p.getInputStream().readAllBytes();
    assertTrue(p.waitFor(60, TimeUnit.SECONDS), "the CLI finished");
    return new Run(p.exitValue(), new String(out, StandardCharsets.UTF_8),
        new String(err.join(), StandardCharsets.UTF_8));
  }

  private static String plan(Situation s) {
    return new PlanPrinter(UK.bundle()).print(UK.evaluate(s), s.audience());
  }

  private static int count(String text, String part) {
    int n = 0;
    for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1)) {
      n++;
    }
    return n;
  }

  /** A parent whose 14-year-old's image has gone round school, nothing worse known. */
  static Situation schoolCase() {
    return Situation.builder().reporter(Reporter.PARENT_OR_CARER).childAge(14)
        .addConcern(Concern.SHARED_OWN_IMAGE).addConcern(Concern.IMAGE_SHARED_BY_OTHERS)
        .spread(Spread.PEER_GROUP).otherParty(OtherParty.PEER)
        .addPlatform(Platform.SOCIAL_NETWORK).addPlatform(Platform.ENCRYPTED_MESSAGING)
        .putIndicator(Indicator.IMMEDIATE_DANGER, Answer.NO)
        .putIndicator(Indicator.SELF_HARM_RISK, Answer.NO)
        .putIndicator(Indicator.COERCION, Answer.NO).putIndicator(Indicator.BLACKMAIL, Answer.NO)
        .putIndicator(Indicator.MALICIOUS_SHARING, Answer.YES)
        .build();
  }

  /** A young person being blackmailed by someone met online, who is about to meet them. */
  static Situation emergencyCase() {
    return Situation.builder().reporter(Reporter.YOUNG_PERSON).childAge(15)
        .addConcern(Concern.SEXTORTION).otherParty(OtherParty.UNKNOWN_ONLINE_CONTACT)
        .putIndicator(Indicator.IMMEDIATE_DANGER, Answer.YES)
        .putIndicator(Indicator.BLACKMAIL, Answer.YES)
        .putIndicator(Indicator.ASKED_TO_MEET, Answer.YES)
        .build();
  }

  @Test
  void aFullTriageFromNothingEndsWithTheSamePlanAsAssess() throws Exception {
    Triage.Script script = Triage.answering(UK, schoolCase());
    assertTrue(script.turns().size() >= 3, "several questions are asked: " + script.turns());
    assertEquals("concerns", script.turns().get(0).field(), "what happened is asked first");
    Run run = run(script.input(), "ask");
    assertEquals(0, run.status(), run.err());
    assertEquals("", run.err());
    assertTrue(run.out().endsWith(PLAN_HEADING + "=".repeat(72) + "\n"
        + plan(script.situation())), run.out());
    assertTrue(run.prompts().contains("No more questions"), run.prompts());
    Triage.checkTranscript(run.prompts(), script, false);
  }

  @Test
  void jsonIsTheLibrarysAssessmentOfTheAnswersAndPromptsGoToStderr() throws Exception {
    Triage.Script script = Triage.answering(UK, schoolCase());
    Run run = run(script.input(), "ask", "--json");
    assertEquals(0, run.status(), run.err());
    assertEquals(AdvisorJson.write(Advisor.assess(script.situation())), run.out());
    assertTrue(run.err().contains("Question 1: "), run.err());
    Triage.checkTranscript(run.err(), script, false);
  }

  static Stream<Path> situations() throws IOException {
    try (Stream<Path> files = Files.list(SITUATIONS)) {
      return files.filter(f -> f.toString().endsWith(".json")).sorted()
          .collect(Collectors.toList()).stream();
    }
  }

  /** Each shipped example situation, told to the triage one answer at a time. */
  @ParameterizedTest(name = "{0}")
  @MethodSource("situations")
  void answeringAsAnExampleSituationSaysGivesTheLibrarysAssessment(Path file) throws Exception {
    Situation truth = AdvisorJson.readSituation(Files.readAllBytes(file));
    Triage.Script script = Triage.answering(UK, truth);
    Run run = run(script.input(), "ask", "--json");
    assertEquals(0, run.status(), run.err());
    assertEquals(AdvisorJson.write(Advisor.assess(script.situation())), run.out());
    Triage.checkTranscript(run.err(), script, false);
  }

  @Test
  void dontKnowToEverythingAsksEachQuestionOnceAndKeepsTheSafeDefaults() throws Exception {
    Triage.Script script = Triage.answering(UK, Situation.empty());
    Run run = run(script.input(), "ask", "--json");
    assertEquals(0, run.status(), run.err());
    assertEquals(Situation.empty(), script.situation());
    assertEquals(AdvisorJson.write(Advisor.assess(Situation.empty())), run.out());
    assertEquals(script.turns().size(), count(run.err(), "  -> Don't know\n"), run.err());
    for (Triage.Turn turn : script.turns()) {
      assertEquals(1, count(Triage.flat(run.err()), ": " + Triage.flat(turn.question()) + " "),
          "asked once: " + turn.question());
    }
    Triage.checkTranscript(run.err(), script, false);
  }

  @Test
  void invalidAnswersAreAskedAgainAndChangeNothing() throws Exception {
    Triage.Script script = Triage.answering(UK, schoolCase());
    StringBuilder stdin = new StringBuilder();
    for (Triage.Turn turn : script.turns()) {
      // Before every real answer: an empty line, a word, and a number past "Don't know".
      stdin.append("\n").append("maybe\n").append("99\n").append(turn.typed()).append('\n');
    }
    Run run = run(stdin.toString(), "ask");
    assertEquals(0, run.status(), run.err());
    assertEquals(3 * script.turns().size(), count(run.prompts(), "  Not an answer: "),
        run.prompts());
    assertEquals(3 * script.turns().size(), count(run.prompts(), "  Allowed: "), run.prompts());
    assertFalse(run.out().contains("maybe"), "what was typed is never repeated");
    assertTrue(run.out().endsWith(plan(script.situation())), run.out());
    Triage.checkTranscript(run.prompts(), script, false);
  }

  @Test
  void endOfInputStopsAndPrintsThePlanForWhatIsKnown() throws Exception {
    Run nothing = run("", "ask");
    assertEquals(0, nothing.status(), nothing.err());
    assertTrue(nothing.prompts().contains("Question 1: "), nothing.out());
    assertTrue(nothing.prompts().contains("End of input"), nothing.out());
    assertTrue(nothing.out().endsWith(plan(Situation.empty())), nothing.out());

    Triage.Script script = Triage.answering(UK, schoolCase());
    Run two = run(script.input(2), "ask", "--json");
    assertEquals(0, two.status(), two.err());
    assertTrue(two.err().contains("End of input"), two.err());
    assertEquals(AdvisorJson.write(script.turns().get(1).after()), two.out());

    // In the middle of a line, after a refused answer.
    Run cut = run(script.input(1) + "x", "ask", "--json");
    assertEquals(0, cut.status(), cut.err());
    assertTrue(cut.err().contains("Not an answer"), cut.err());
    assertEquals(AdvisorJson.write(script.turns().get(0).after()), cut.out());
  }

  @Test
  void immediateDangerAnsweredYesShowsTheEmergencyPlanAtOnce() throws Exception {
    Triage.Script script = Triage.answering(UK, emergencyCase());
    int danger = script.turnOf("indicators.IMMEDIATE_DANGER");
    assertTrue(danger >= 0, "immediate danger is asked: " + script.turns());
    Assessment then = script.turns().get(danger).after();
    assertEquals(Urgency.EMERGENCY, then.urgency());
    assertEquals("call-999", then.steps().get(0).id());

    Run run = run(script.input(), "ask");
    assertEquals(0, run.status(), run.err());
    String prompts = run.prompts();
    Triage.checkTranscript(prompts, script, false);
    int asked = prompts.indexOf("\nQuestion " + (danger + 1) + ": ");
    int banner = prompts.indexOf("EMERGENCY: call 999 now");
    int next = prompts.indexOf("\nQuestion " + (danger + 2) + ": ");
    assertTrue(asked >= 0 && banner > asked && (next < 0 || banner < next),
        "the EMERGENCY notice comes straight after the answer:\n" + prompts);
    assertTrue(Triage.flat(prompts.substring(banner)).startsWith(Triage.flat(
        "EMERGENCY: call 999 now\nFirst: " + then.steps().get(0).title())), prompts);
    assertEquals(1, count(prompts, "EMERGENCY: call 999 now"), prompts);
    assertTrue(run.out().contains("URGENCY: EMERGENCY"), run.out());
  }

  @Test
  void startingFromAFileInDangerShowsTheEmergencyBeforeAnyQuestion(@TempDir Path tmp)
      throws Exception {
    Situation start = Situation.builder().addConcern(Concern.SEXTORTION)
        .putIndicator(Indicator.IMMEDIATE_DANGER, Answer.YES).build();
    Path file = tmp.resolve("start.json");
    Files.writeString(file, AdvisorJson.write(start));
    Triage.Script script = Triage.answering(UK, start, emergencyCase());
    Run run = run(script.input(), "ask", "--json", "--from", file.toString());
    assertEquals(0, run.status(), run.err());
    assertTrue(run.err().indexOf("EMERGENCY: call 999 now") < run.err().indexOf("Question 1: "),
        run.err());
    assertEquals(AdvisorJson.write(Advisor.assess(script.situation())), run.out());
    Triage.checkTranscript(run.err(), script, true);
  }

  @Test
  void badArgumentsAndFiles(@TempDir Path tmp) throws Exception {
    assertEquals(1, run("", "ask", "--yaml").status());
    assertEquals(1, run("", "ask", "--from").status());
    Run missing = run("", "ask", "--from", tmp.resolve("none.json").toString());
    assertEquals(1, missing.status());
    assertEquals("", missing.out());
    Path bad = tmp.resolve("bad.json");
    Files.writeString(bad, "{\"childAge\": 30}");
    Run rejected = run("", "ask", "--from", bad.toString());
    assertEquals(2, rejected.status());
    assertEquals("", rejected.out());
    assertTrue(rejected.err().contains("childAge"), rejected.err());
  }
}
