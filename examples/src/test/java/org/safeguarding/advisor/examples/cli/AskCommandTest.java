package org.safeguarding.advisor.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.safeguarding.advisor.Advisor;
import org.safeguarding.advisor.Answer;
import org.safeguarding.advisor.Assessment;
import org.safeguarding.advisor.Concern;
import org.safeguarding.advisor.ContentBundle;
import org.safeguarding.advisor.Indicator;
import org.safeguarding.advisor.Jurisdiction;
import org.safeguarding.advisor.OtherParty;
import org.safeguarding.advisor.Platform;
import org.safeguarding.advisor.Reporter;
import org.safeguarding.advisor.Situation;
import org.safeguarding.advisor.Spread;
import org.safeguarding.advisor.Urgency;
import org.safeguarding.advisor.json.AdvisorJson;

/**
 * {@code ask} in process, on core's small fixture bundle (whose questions never change with the
 * real content): the flow, the transcript, and the result against the library.
 */
class AskCommandTest {
  static final Path FIXTURE = Path.of("..", "core", "src", "test", "resources", "fixture-bundle");
  static final Advisor ADVISOR = Advisor.forBundle(ContentBundle.load(FIXTURE));
  private static final String PLAN_HEADING = "\nYOUR PLAN\n";

  record Run(int status, String out, String err) {
    /** What was printed before the final plan. */
    String prompts() {
      int at = out.indexOf(PLAN_HEADING);
      return at < 0 ? out : out.substring(0, at);
    }
  }

  static Run ask(String stdin, String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int status = new AskCommand(ADVISOR,
        new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
        new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8), false).run(List.of(args));
    return new Run(status, out.toString(StandardCharsets.UTF_8),
        err.toString(StandardCharsets.UTF_8));
  }

  private static String plan(Situation s) {
    return new PlanPrinter(ADVISOR.bundle()).print(ADVISOR.evaluate(s), s.audience());
  }

  private static int count(String text, String part) {
    int n = 0;
    for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1)) {
      n++;
    }
    return n;
  }

  @Test
  void aFullTriageFromNothingEndsWithThePlanOfWhatWasAnswered() {
    // Fixture order here: what happened, danger, who else, age, who are you, spread (sextortion
    // already means blackmail, so that is not asked).
    Run run = ask("5\n2\n1\n14\n1\n4\n");
    assertEquals(0, run.status(), run.err());
    assertEquals("", run.err());
    Situation expected = Situation.builder().addConcern(Concern.SEXTORTION)
        .putIndicator(Indicator.IMMEDIATE_DANGER, Answer.NO).otherParty(OtherParty.PEER)
        .reporter(Reporter.PARENT_OR_CARER)
        .childAge(14).spread(Spread.SOCIAL_MEDIA).build();
    assertTrue(run.out().endsWith(PLAN_HEADING + "=".repeat(72) + "\n" + plan(expected)),
        "the same plan as assess:\n" + run.out());
    String prompts = run.prompts();
    assertTrue(prompts.contains("No more questions"), prompts);
    assertTrue(prompts.contains("Question 1: What happened?\nWhy it matters: It decides the steps."
        + "\n   1. shared own image\n"), prompts);
    assertTrue(prompts.contains("  11. prevention\n  12. Don't know\n"
        + "Type one or more numbers, separated by commas or spaces.\n> \n  -> sextortion\n"),
        prompts);
    assertTrue(prompts.contains("Question 4: How old is the child?\nWhy it matters: Children and"
        + " adults have different routes.\nType the age in whole years (0 to 25), or ? if you"
        + " don't know.\n> \n  -> 14\n"), prompts);
    assertTrue(prompts.contains("Question 6: How far has it spread?"), prompts);
    assertFalse(prompts.contains("Question 7"), prompts);
    Triage.checkTranscript(prompts, Triage.answering(ADVISOR, expected), false);
  }

  @Test
  void jsonModeWritesOnlyTheAssessmentOnStdoutAndEverythingElseOnStderr() {
    // What happened (three things), danger: don't know, who else: an adult, age 16, blackmail:
    // don't know, who are you: a professional, spread: one person.
    Run run = ask("1 4,9\n3\n2\n16\n3\n3\n2\n", "--json");
    assertEquals(0, run.status(), run.err());
    Situation expected = Situation.builder()
        .concerns(List.of(Concern.SHARED_OWN_IMAGE, Concern.RECEIVED_SEXUAL_IMAGE,
            Concern.SEXUAL_CHAT_OR_LIVESTREAM))
        .otherParty(OtherParty.ADULT).reporter(Reporter.PROFESSIONAL).childAge(16).spread(Spread.ONE_RECIPIENT).build();
    assertEquals(AdvisorJson.write(ADVISOR.evaluate(expected)), run.out());
    assertTrue(run.err().contains("Question 1: What happened?"), run.err());
    assertFalse(run.err().contains("YOUR PLAN"), run.err());
    Triage.checkTranscript(run.err(), Triage.answering(ADVISOR, expected), false);
  }

  @Test
  void dontKnowLeavesTheFactUnknownAndIsNotAskedAgain() {
    Run run = ask("12\n3\n5\n?\n5\n", "--json");
    assertEquals(0, run.status(), run.err());
    // Nothing known: the answers changed nothing, and every question was put exactly once.
    assertEquals(AdvisorJson.write(ADVISOR.evaluate(Situation.empty())), run.out());
    for (String q : List.of("What happened?", "Is the child in danger now?",
        "Who else is involved?", "Is there blackmail?", "Who are you?")) {
      assertEquals(1, count(run.err(), ": " + q + "\n"), q + " asked once:\n" + run.err());
    }
    assertEquals(5, count(run.err(), "  -> Don't know\n"), run.err());
    assertFalse(run.err().contains("Question 6"), run.err());
    assertTrue(run.err().contains("No more questions"), run.err());
  }

  @Test
  void invalidAnswersAreAskedAgainWithTheAllowedChoices() {
    // What happened: sextortion; danger: six bad answers, then no; who else: an online contact;
    // age: three bad answers, then don't know; who are you: don't know; spread: a website.
    String stdin = String.join("\n", "5", "yes", "", "0", "4", "1 2", "two", "2",
        "3", "26", "-1", "14.5", "?", "5", "5") + "\n";
    Run run = ask(stdin, "--json");
    assertEquals(0, run.status(), run.err());
    String err = run.err();
    // Six bad answers to the danger question, three to the age: each refused and re-prompted.
    assertEquals(9, count(err, "  Not an answer: "), err);
    assertEquals(6, count(err, "  Allowed: one of 1 (Yes), 2 (No), 3 (Don't know).\n"), err);
    assertEquals(3, count(err,
        "  Allowed: a whole number from 0 to 25, or ? for don't know.\n"), err);
    assertEquals(1, count(err, "Question 2: Is the child in danger now?"), "asked once: " + err);
    assertTrue(err.contains("no answer was given"), err);
    assertTrue(err.contains("the numbers go from 1 to 3"), err);
    assertTrue(err.contains("choose only one number"), err);
    assertTrue(err.contains("the age must be from 0 to 25"), err);
    assertTrue(err.contains("that is not a whole number of years"), err);
    assertFalse(err.contains("two") || err.contains("yes") || err.contains("14.5"),
        "what was typed is never repeated: " + err);
    Situation expected = Situation.builder().addConcern(Concern.SEXTORTION)
        .putIndicator(Indicator.IMMEDIATE_DANGER, Answer.NO)
        .otherParty(OtherParty.UNKNOWN_ONLINE_CONTACT).spread(Spread.PUBLIC_WEBSITE).build();
    assertEquals(AdvisorJson.write(ADVISOR.evaluate(expected)), run.out());
  }

  @Test
  void theEndOfInputStopsAndPrintsThePlanForWhatIsKnown() {
    Run none = ask("");
    assertEquals(0, none.status(), none.err());
    assertTrue(none.prompts().contains("End of input"), none.out());
    assertTrue(none.out().endsWith(plan(Situation.empty())), none.out());

    Run some = ask("5\n2\n", "--json");
    assertEquals(0, some.status(), some.err());
    assertTrue(some.err().contains("Question 3: "), "the third question was put: " + some.err());
    assertTrue(some.err().contains("End of input"), some.err());
    assertEquals(AdvisorJson.write(ADVISOR.evaluate(Situation.builder()
        .addConcern(Concern.SEXTORTION).putIndicator(Indicator.IMMEDIATE_DANGER, Answer.NO)
        .build())), some.out());

    Run afterBadAnswer = ask("5\nnope", "--json");
    assertEquals(0, afterBadAnswer.status());
    assertTrue(afterBadAnswer.err().contains("Not an answer"), afterBadAnswer.err());
    assertEquals(AdvisorJson.write(ADVISOR.evaluate(Situation.builder()
        .addConcern(Concern.SEXTORTION).build())), afterBadAnswer.out());
  }

  @Test
  void anEmergencyIsShownAtOnceBeforeAnyOtherQuestion() {
    Run run = ask("5\n1\n");
    assertEquals(0, run.status(), run.err());
    String prompts = run.prompts();
    int danger = prompts.indexOf("Question 2: Is the child in danger now?");
    int banner = prompts.indexOf("EMERGENCY: call 999 now");
    int third = prompts.indexOf("Question 3: ");
    assertTrue(danger >= 0 && banner > danger && third > banner, prompts);
    assertTrue(prompts.contains(
        "!".repeat(72) + "\nEMERGENCY: call 999 now\nFirst: Call now\n       Call the emergency"
            + " line.\n" + "!".repeat(72) + "\nPlan so far: EMERGENCY - act now: call 999\n"
            + "   1. Call now\n   2. Report it\n"), prompts);
    assertEquals(1, count(prompts, "EMERGENCY: call 999 now"), "shown once, when it became one");
    assertTrue(run.out().contains("URGENCY: EMERGENCY"), run.out());
  }

  @Test
  void theShortPlanIsShownWheneverTheUrgencyChanges() {
    // Nothing known is ROUTINE; an own image is PROMPT; a professional reporter URGENT.
    Run run = ask("1\n2\n5\n3\n3\n");
    String prompts = run.prompts();
    assertTrue(prompts.contains("  -> shared own image\n\nPlan so far: PROMPT - act within days\n"
        + "   1. Contain it\n"), prompts);
    assertTrue(prompts.contains("  -> Professional\n\nPlan so far: URGENT - act today\n"
        + "   1. Tell the lead\n"), prompts);
    assertEquals(2, count(prompts, "Plan so far:"), prompts);
  }

  @Test
  void questionsFollowTheReporterOnceItIsAnswered() {
    // Fixture: reporter is asked fifth; a young person's questions start "(you)".
    Run run = ask("1\n2\n5\n3\n2\n");
    String prompts = run.prompts();
    assertTrue(prompts.contains("Question 1: What happened?"), "a parent's words until then");
    assertTrue(prompts.contains("Question 5: Who are you?"), prompts);
    assertTrue(prompts.contains("Question 6: (you) How far has it spread?"), prompts);
  }

  @Test
  void startsFromASituationFileAndShowsItsPlanFirst(@TempDir Path tmp) throws IOException {
    Path file = tmp.resolve("s.json");
    Situation start = Situation.builder().addConcern(Concern.SEXTORTION)
        .putIndicator(Indicator.IMMEDIATE_DANGER, Answer.YES).build();
    Files.writeString(file, AdvisorJson.write(start));
    Run run = ask("2\n?\n", "--from", file.toString(), "--json");
    assertEquals(0, run.status(), run.err());
    String err = run.err();
    assertFalse(err.contains("What happened?"), "what is known is not asked: " + err);
    assertTrue(err.indexOf("EMERGENCY: call 999 now") < err.indexOf("Question 1: "),
        "the emergency in the file is shown before any question: " + err);
    Situation expected = Situation.builder().from(start).otherParty(OtherParty.ADULT).build();
    assertEquals(AdvisorJson.write(ADVISOR.evaluate(expected)), run.out());
    // The first two turns, up to the third question, which the input ended.
    assertTrue(err.contains("\nQuestion 3: "), err);
    Triage.checkTranscript(err.substring(0, err.indexOf("\nQuestion 3: ")),
        truncated(Triage.answering(ADVISOR, start, expected), 2), true);
  }

  private static Triage.Script truncated(Triage.Script s, int turns) {
    return new Triage.Script(s.start(), s.first(), s.turns().subList(0, turns), s.situation());
  }

  @Test
  void aRejectedSituationFileExitsTwoAndAMissingOneExitsOne(@TempDir Path tmp)
      throws IOException {
    Path bad = tmp.resolve("bad.json");
    Files.writeString(bad, "{\"concerns\":[\"SEXTORTON\"]}");
    Run rejected = ask("", "--from", bad.toString());
    assertEquals(2, rejected.status());
    assertEquals("", rejected.out());
    assertTrue(rejected.err().startsWith("rejected: ") && rejected.err().contains("concerns[0]"),
        rejected.err());
    Run missing = ask("", "--from", tmp.resolve("none.json").toString());
    assertEquals(1, missing.status());
    assertEquals("", missing.out());
    assertTrue(missing.err().contains("no such file"), missing.err());
  }

  @Test
  void unexpectedArgumentsExitOne() {
    for (String[] args : List.of(new String[] {"--yaml"}, new String[] {"--from"},
        new String[] {"--json", "--json"}, new String[] {"file.json"},
        new String[] {"--from", "--json"})) {
      Run run = ask("", args);
      assertEquals(1, run.status(), Arrays.toString(args));
      assertEquals("", run.out(), Arrays.toString(args));
      assertTrue(run.err().contains("usage:"), run.err());
    }
  }

  /**
   * Many truths, every fact sometimes unknown: answering as each says gives the library's
   * assessment of the situation built from those answers, and the transcript follows the
   * library's ranking, showing the plan exactly when the urgency changes.
   */
  @Test
  void anyTruthAnsweredGivesTheLibrarysAssessment() {
    long seed = 20261121L;
    Random random = new Random(seed);
    for (int i = 0; i < 300; i++) {
      Situation truth = randomSituation(random);
      Triage.Script script = Triage.answering(ADVISOR, truth);
      Run run = ask(script.input(), "--json");
      String context = "seed " + seed + ", case " + i + ", truth " + AdvisorJson.write(truth);
      assertEquals(0, run.status(), context + run.err());
      assertEquals(AdvisorJson.write(ADVISOR.evaluate(script.situation())), run.out(), context);
      Triage.checkTranscript(run.err(), script, false);
      if (script.last().urgency() == Urgency.EMERGENCY) {
        assertTrue(run.err().contains("EMERGENCY: call 999 now"), context);
      }
    }
  }

  static Situation randomSituation(Random random) {
    Situation.Builder b = Situation.builder();
    if (random.nextBoolean()) {
      b.reporter(pick(random, Reporter.values()));
    }
    if (random.nextInt(4) == 0) {
      b.jurisdiction(pick(random, Jurisdiction.values()));
    }
    if (random.nextInt(4) > 0) {
      b.childAge(random.nextInt(26));
    }
    for (Concern c : Concern.values()) {
      if (random.nextInt(6) == 0) {
        b.addConcern(c);
      }
    }
    b.spread(pick(random, Spread.values()));
    b.otherParty(pick(random, OtherParty.values()));
    for (Platform p : Platform.values()) {
      if (random.nextInt(5) == 0) {
        b.addPlatform(p);
      }
    }
    for (Indicator indicator : Indicator.values()) {
      b.putIndicator(indicator, pick(random, Answer.values()));
    }
    return b.build();
  }

  private static <T> T pick(Random random, T[] values) {
    return values[random.nextInt(values.length)];
  }
}
