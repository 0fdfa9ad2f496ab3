package org.safeguarding.advisor.examples.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.safeguarding.advisor.Advisor;
import org.safeguarding.advisor.Assessment;
import org.safeguarding.advisor.Choice;
import org.safeguarding.advisor.InvalidSituationException;
import org.safeguarding.advisor.OpenQuestion;
import org.safeguarding.advisor.Reporter;
import org.safeguarding.advisor.Situation;
import org.safeguarding.advisor.SituationFact;
import org.safeguarding.advisor.Step;
import org.safeguarding.advisor.Urgency;
import org.safeguarding.advisor.json.AdvisorJson;

/**
 * {@code ask [--json] [--from FILE]}: a guided triage in the terminal. Starting from an empty
 * situation (or a situation file), it asks the assessment's open questions one at a time, most
 * consequential first, re-assessing after every answer. Each question shows why it matters and
 * numbered choices, with "Don't know" always allowed; a question answered "Don't know" is not asked
 * again. The current plan is shown whenever its urgency changes, and an EMERGENCY at once, before
 * any other question. When no question is left, or the input ends, the full plan is printed (the
 * assessment JSON with {@code --json}).
 *
 * <p>Where the output goes: the final plan (or JSON) on standard output. The questions, the
 * interim plans and the EMERGENCY notice go to standard output too, or to standard error with
 * {@code --json}, so that standard output is exactly the assessment JSON.
 *
 * <p>Only numbers (and {@code ?}) are taken as answers; nothing typed is stored or repeated.
 */
final class AskCommand {
  private static final String RULE = "=".repeat(72);
  private static final String ALARM = "!".repeat(72);

  private final Advisor advisor;
  private final BufferedReader in;
  private final PrintStream out;
  private final PrintStream err;
  private final boolean interactive;

  private PrintStream prompts;
  /** The situation the triage ended with: its reporter decides how the plan is shown. */
  private Situation triaged;

  /**
   * @param advisor the advisor whose bundle gives the questions, choices and plan
   * @param in the answers, one a line
   * @param out the final plan or JSON (and, without {@code --json}, the questions)
   * @param err problems (and, with {@code --json}, the questions)
   * @param interactive whether a person types at a terminal (their Enter ends the prompt line);
   *     otherwise a line break is written after each prompt, so a piped transcript reads well
   */
  AskCommand(Advisor advisor, InputStream in, PrintStream out, PrintStream err,
      boolean interactive) {
    this.advisor = advisor;
    this.in = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    this.out = out;
    this.err = err;
    this.interactive = interactive;
  }

  int run(List<String> args) {
    boolean json = false;
    String from = null;
    for (int i = 0; i < args.size(); i++) {
      String arg = args.get(i);
      if (arg.equals("--json") && !json) {
        json = true;
      } else if (arg.equals("--from") && from == null && i + 1 < args.size()
          && !args.get(i + 1).startsWith("-")) {
        from = args.get(++i);
      } else {
        err.println("advisor-cli: unexpected argument '" + arg + "' for ask");
        err.println(AdvisorCli.USAGE);
        return AdvisorCli.FAILED;
      }
    }
    Situation start;
    try {
      start = from == null ? Situation.empty()
          : AdvisorJson.readSituation(Files.readAllBytes(Path.of(from)));
    } catch (NoSuchFileException e) {
      err.println("error: no such file: " + from);
      return AdvisorCli.FAILED;
    } catch (IOException e) {
      err.println("error: cannot read " + from + ": " + e.getMessage());
      return AdvisorCli.FAILED;
    } catch (InvalidSituationException e) {
      err.println("rejected: " + e.getMessage());
      return AdvisorCli.REJECTED;
    }
    prompts = json ? err : out;
    Assessment result = triage(start, from != null);
    Reporter audience = triaged.audience();
    if (json) {
      out.print(AdvisorJson.write(result));
    } else {
      out.println();
      out.println(RULE);
      out.println("YOUR PLAN");
      out.println(RULE);
      out.print(new PlanPrinter(advisor.bundle()).print(result, audience));
    }
    out.flush();
    return AdvisorCli.OK;
  }

  /** Asks until no open question is left or the input ends; returns the last assessment. */
  private Assessment triage(Situation start, boolean fromFile) {
    intro();
    Situation situation = start;
    Assessment assessment = advisor.evaluate(situation);
    Urgency shown = assessment.urgency();
    if (fromFile || shown == Urgency.EMERGENCY) {
      showPlan(assessment);
    }
    Set<SituationFact<?>> asked = new HashSet<>();
    int number = 0;
    while (true) {
      Optional<OpenQuestion> next = assessment.openQuestions().stream()
          .filter(q -> !asked.contains(q.fact())).findFirst();
      if (next.isEmpty()) {
        prompts.println();
        prompts.println("No more questions: every answer that could change the plan is known,"
            + " or was answered \"Don't know\".");
        break;
      }
      OpenQuestion question = next.get();
      Optional<UnaryOperator<Situation.Builder>> answer =
          ask(++number, question, question.fact(), situation.audience());
      if (answer == null) {
        prompts.println();
        prompts.println("End of input: the plan is for what is known so far.");
        break;
      }
      // A fact is asked once: answered, or "Don't know" (which leaves it unknown).
      asked.add(question.fact());
      if (answer.isPresent()) {
        situation = answer.get().apply(Situation.builder().from(situation)).build();
        assessment = advisor.evaluate(situation);
      }
      if (assessment.urgency() != shown) {
        shown = assessment.urgency();
        showPlan(assessment);
      }
    }
    prompts.flush();
    triaged = situation;
    return assessment;
  }

  private void intro() {
    prompts.println("Safeguarding triage: questions one at a time, the most important first.");
    prompts.println("Answer with the numbers shown. \"Don't know\" is always a good answer."
        + " Nothing you type is kept.");
    prompts.println("End the input (Ctrl-D; Ctrl-Z then Enter on Windows) at any time to see the"
        + " plan for what is known so far.");
    prompts.println("If a child is in danger right now, call 999.");
  }

  /**
   * Asks one question until a valid answer is typed: what the answer does to a builder (nothing
   * is put in for "Don't know": empty), or {@code null} at the end of the input.
   */
  private <V> Optional<UnaryOperator<Situation.Builder>> ask(int number, OpenQuestion question,
      SituationFact<V> fact, Reporter audience) {
    List<Choice<V>> choices = advisor.bundle().choices(fact);
    StringBuilder text = new StringBuilder("\n");
    PlanPrinter.wrap(text, "Question " + number + ": ", "    ", question.question());
    PlanPrinter.wrap(text, "Why it matters: ", "    ", question.whyItMatters());
    for (int i = 0; i < choices.size(); i++) {
      text.append(String.format("  %2d. %s%n", i + 1, choices.get(i).label(audience)));
    }
    if (fact.kind() != SituationFact.Kind.AGE) {
      text.append(String.format("  %2d. Don't know%n", choices.size() + 1));
    }
    prompts.print(text);
    prompts.println(howToAnswer(fact.kind()));
    while (true) {
      prompts.print("> ");
      prompts.flush();
      String line = readLine();
      if (!interactive) {
        prompts.println();
      }
      if (line == null) {
        return null;
      }
      AnswerParser.Parsed parsed = AnswerParser.parse(line, fact.kind(), choices.size());
      if (parsed instanceof AnswerParser.Invalid) {
        prompts.println("  Not an answer: " + ((AnswerParser.Invalid) parsed).reason() + ".");
        prompts.println("  " + allowed(fact.kind(), choices, audience));
        continue;
      }
      if (parsed instanceof AnswerParser.DontKnow) {
        prompts.println("  -> Don't know");
        return Optional.empty();
      }
      if (parsed instanceof AnswerParser.Age) {
        // Only the age fact parses to an Age, and its answers are Integers.
        int years = ((AnswerParser.Age) parsed).years();
        prompts.println("  -> " + years);
        return Optional.of(b -> SituationFact.CHILD_AGE.apply(b, years));
      }
      List<Choice<V>> chosen = new ArrayList<>();
      List<String> labels = new ArrayList<>();
      for (int index : ((AnswerParser.Chosen) parsed).indexes()) {
        chosen.add(choices.get(index));
        labels.add(choices.get(index).label(audience));
      }
      prompts.println("  -> " + String.join("; ", labels));
      return Optional.of(b -> {
        chosen.forEach(choice -> choice.applyTo(b));
        return b;
      });
    }
  }

  private static String howToAnswer(SituationFact.Kind kind) {
    switch (kind) {
      case AGE:
        return "Type the age in whole years (" + Situation.MIN_AGE + " to " + Situation.MAX_AGE
            + "), or ? if you don't know.";
      case SEVERAL:
        return "Type one or more numbers, separated by commas or spaces.";
      default:
        return "Type one number.";
    }
  }

  private static String allowed(SituationFact.Kind kind, List<? extends Choice<?>> choices,
      Reporter audience) {
    if (kind == SituationFact.Kind.AGE) {
      return "Allowed: a whole number from " + Situation.MIN_AGE + " to " + Situation.MAX_AGE
          + ", or ? for don't know.";
    }
    StringBuilder s = new StringBuilder(kind == SituationFact.Kind.SEVERAL
        ? "Allowed: one or more of " : "Allowed: one of ");
    for (int i = 0; i < choices.size(); i++) {
      s.append(i + 1).append(" (").append(choices.get(i).label(audience)).append("), ");
    }
    s.append(choices.size() + 1).append(" (Don't know).");
    return s.toString();
  }

  /** The plan in short: its urgency and numbered step titles; an EMERGENCY loudly, first. */
  private void showPlan(Assessment a) {
    StringBuilder text = new StringBuilder("\n");
    if (a.urgency() == Urgency.EMERGENCY) {
      text.append(ALARM).append('\n');
      text.append("EMERGENCY: call 999 now\n");
      if (!a.steps().isEmpty()) {
        Step first = a.steps().get(0);
        PlanPrinter.wrap(text, "First: ", "       ", first.title());
        PlanPrinter.wrap(text, "       ", "       ", first.detail());
      }
      text.append(ALARM).append('\n');
    }
    text.append("Plan so far: ").append(a.urgency()).append(" - ")
        .append(PlanPrinter.meaning(a.urgency())).append('\n');
    int n = 1;
    for (Step s : a.steps()) {
      PlanPrinter.wrap(text, String.format("  %2d. ", n++), "      ", s.title());
    }
    if (a.urgency() == Urgency.EMERGENCY) {
      text.append("When everyone is safe, answer any questions below to complete the plan.\n");
    }
    prompts.print(text);
    prompts.flush();
  }

  private String readLine() {
    try {
      return in.readLine();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the answers", e);
    }
  }
}
