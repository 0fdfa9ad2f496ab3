package org.safeguarding.advisor.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.safeguarding.advisor.Advisor;
import org.safeguarding.advisor.Assessment;
import org.safeguarding.advisor.OpenQuestion;
import org.safeguarding.advisor.Situation;
import org.safeguarding.advisor.SituationFact;
import org.safeguarding.advisor.Urgency;

/**
 * The test oracle for {@code ask}: walks the library's open questions as the command should
 * (first open question not yet asked, re-assessed after every answer), answering each as a "truth"
 * situation says ("Don't know" where the truth does not say), and records the lines to type, the
 * questions asked and the situation built from those answers with the library's own builder. The
 * choice numbers are worked out here from the contract's value order, not with the command's code.
 */
final class Triage {
  /** One question asked: its field and text, the line typed, and the assessment after it. */
  record Turn(String field, String question, String typed, Assessment after) {}

  /** The whole triage for one truth. */
  record Script(Situation start, Assessment first, List<Turn> turns, Situation situation) {
    /** The typed lines, one a line. */
    String input() {
      return turns.stream().map(t -> t.typed() + "\n").collect(Collectors.joining());
    }

    /** The typed lines of the first {@code n} turns only. */
    String input(int n) {
      return turns.subList(0, n).stream().map(t -> t.typed() + "\n")
          .collect(Collectors.joining());
    }

    Assessment last() {
      return turns.isEmpty() ? first : turns.get(turns.size() - 1).after();
    }

    /** The index of the turn that asked this field, or -1. */
    int turnOf(String field) {
      for (int i = 0; i < turns.size(); i++) {
        if (turns.get(i).field().equals(field)) {
          return i;
        }
      }
      return -1;
    }
  }

  private Triage() {}

  /** The triage from an empty situation. */
  static Script answering(Advisor advisor, Situation truth) {
    return answering(advisor, Situation.empty(), truth);
  }

  /** The triage from {@code start}, answered as {@code truth} says. */
  static Script answering(Advisor advisor, Situation start, Situation truth) {
    Situation situation = start;
    Assessment assessment = advisor.evaluate(situation);
    Assessment first = assessment;
    Set<String> asked = new HashSet<>();
    List<Turn> turns = new ArrayList<>();
    while (true) {
      Optional<OpenQuestion> next = assessment.openQuestions().stream()
          .filter(q -> !asked.contains(q.field())).findFirst();
      if (next.isEmpty()) {
        break;
      }
      OpenQuestion q = next.get();
      asked.add(q.field());
      Situation.Builder b = Situation.builder().from(situation);
      String typed = answer(q.fact(), truth, b);
      situation = b.build();
      assessment = advisor.evaluate(situation);
      turns.add(new Turn(q.field(), q.question(), typed, assessment));
      if (turns.size() > 40) {
        fail("the triage does not end");
      }
    }
    return new Script(start, first, List.copyOf(turns), situation);
  }

  /**
   * The line to type for {@code fact} as {@code truth} says, set in {@code b} too. A choice's
   * number is its place in the contract's value order, where UNKNOWN is always last and never a
   * choice: "Don't know" takes the number after the last choice.
   */
  private static <V> String answer(SituationFact<V> fact, Situation truth, Situation.Builder b) {
    List<V> truthValues = fact.valuesIn(truth);
    truthValues.forEach(v -> fact.apply(b, v));
    if (fact.kind() == SituationFact.Kind.AGE) {
      return truthValues.isEmpty() ? "?" : Integer.toString((Integer) truthValues.get(0));
    }
    int choiceCount = (int) fact.values().stream()
        .filter(v -> !fact.valueName(v).equals("UNKNOWN")).count();
    if (truthValues.isEmpty()) {
      return number(choiceCount);
    }
    List<String> numbers = truthValues.stream().map(v -> number(fact.values().indexOf(v)))
        .collect(Collectors.toList());
    // Several numbers, with both separators, highest first: the order typed does not matter.
    java.util.Collections.reverse(numbers);
    return String.join(", ", numbers).replaceFirst(", ", " ");
  }

  private static String number(int index) {
    return Integer.toString(index + 1);
  }

  /** Whitespace collapsed, so that text wrapped over lines still matches. */
  static String flat(String text) {
    return text.replaceAll("\\s+", " ");
  }

  /**
   * Checks the questions and interim plans that {@code ask} printed against the script: each
   * question asked once, in order, with its text; a short plan after an answer exactly when the
   * urgency changed; the EMERGENCY notice at once, before the next question, when it became one.
   *
   * @param prompts everything {@code ask} printed before the final plan
   * @param planAtStart whether the start plan is shown (from a file, or an emergency)
   */
  static void checkTranscript(String prompts, Script script, boolean planAtStart) {
    List<String> segments = new ArrayList<>();
    String rest = prompts;
    for (int i = 0; i < script.turns().size(); i++) {
      String marker = "\nQuestion " + (i + 1) + ": ";
      int at = rest.indexOf(marker);
      assertTrue(at >= 0, "question " + (i + 1) + " is asked:\n" + prompts);
      segments.add(rest.substring(0, at));
      rest = rest.substring(at + 1);
      assertTrue(flat(rest).startsWith(flat("Question " + (i + 1) + ": "
          + script.turns().get(i).question())), "question " + (i + 1) + " is "
          + script.turns().get(i).field() + ": " + script.turns().get(i).question() + "\n" + rest);
    }
    segments.add(rest);
    assertFalse(rest.contains("\nQuestion " + (script.turns().size() + 1) + ": "),
        "no more questions than the library has:\n" + prompts);

    checkPlan(segments.get(0), planAtStart, script.first(), "at the start");
    Urgency shown = script.first().urgency();
    for (int i = 0; i < script.turns().size(); i++) {
      Assessment after = script.turns().get(i).after();
      // After question i + 1 is answered and before question i + 2 is put.
      String segment = segments.get(i + 1);
      checkPlan(segment, after.urgency() != shown, after, "after question " + (i + 1));
      shown = after.urgency();
    }
  }

  private static void checkPlan(String segment, boolean expected, Assessment a, String when) {
    if (!expected) {
      assertFalse(segment.contains("Plan so far:"), "no plan shown " + when + ":\n" + segment);
      return;
    }
    assertTrue(segment.contains("Plan so far: " + a.urgency() + " - "),
        "the " + a.urgency() + " plan is shown " + when + ":\n" + segment);
    for (int i = 0; i < a.steps().size(); i++) {
      assertTrue(flat(segment).contains(flat(String.format("%2d. ", i + 1)
          + a.steps().get(i).title())), "step " + (i + 1) + " shown " + when + ":\n" + segment);
    }
    boolean emergency = a.urgency() == Urgency.EMERGENCY;
    assertEquals(emergency, segment.contains("EMERGENCY: call 999 now"),
        "the EMERGENCY notice " + when + ":\n" + segment);
    if (emergency) {
      int banner = segment.indexOf("EMERGENCY: call 999 now");
      assertTrue(banner < segment.indexOf("Plan so far:"), "the notice comes first");
      assertTrue(flat(segment.substring(banner)).startsWith(flat("EMERGENCY: call 999 now\nFirst: "
          + a.steps().get(0).title())), "with the first step:\n" + segment);
    }
  }
}
