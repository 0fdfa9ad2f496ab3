package org.safeguarding.advisor.examples.cli;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.safeguarding.advisor.Situation;
import org.safeguarding.advisor.SituationFact;

/**
 * Reads one typed answer of the triage: only numbers (and {@code ?} for "don't know") are taken.
 * Anything else is refused with a reason that never repeats what was typed, so no free text is
 * kept, echoed or stored.
 *
 * <ul>
 *   <li>{@link SituationFact.Kind#ONE}: one number, 1 to n for the choices, n + 1 for "Don't know".
 *   <li>{@link SituationFact.Kind#SEVERAL}: one or more of those numbers, separated by commas or
 *       spaces; "Don't know" only on its own.
 *   <li>{@link SituationFact.Kind#AGE}: a whole number of years, 0 to 25; "don't know" is {@code ?}
 *       (a number would be read as an age).
 * </ul>
 *
 * <p>{@code ?} means "don't know" for every kind.
 */
final class AnswerParser {
  /** The answer that stands for "don't know" whatever the question. */
  static final String DONT_KNOW = "?";

  private static final Pattern NUMBER = Pattern.compile("[0-9]{1,6}");
  private static final Pattern SEPARATORS = Pattern.compile("[\\s,]+");

  /** What a typed line means. */
  sealed interface Parsed permits Chosen, Age, DontKnow, Invalid {}

  /** One or more choices, as 0-based indexes into the numbered choices, in the order typed. */
  record Chosen(List<Integer> indexes) implements Parsed {
    Chosen {
      indexes = List.copyOf(indexes);
    }
  }

  /** An age in whole years, 0 to 25. */
  record Age(int years) implements Parsed {}

  /** "Don't know": the fact stays unknown, and it is not asked again. */
  record DontKnow() implements Parsed {}

  /** Not an allowed answer; {@code reason} says why, without quoting the input. */
  record Invalid(String reason) implements Parsed {}

  private AnswerParser() {}

  /**
   * Parses one line typed in answer to a question with {@code choiceCount} numbered choices (0 for
   * an age), plus the final "Don't know" numbered {@code choiceCount + 1}.
   */
  static Parsed parse(String line, SituationFact.Kind kind, int choiceCount) {
    String text = line == null ? "" : line.strip();
    if (text.isEmpty()) {
      return new Invalid("no answer was given");
    }
    if (text.equals(DONT_KNOW)) {
      return new DontKnow();
    }
    switch (kind) {
      case AGE:
        return age(text);
      case ONE:
        return one(text, choiceCount);
      default:
        return several(text, choiceCount);
    }
  }

  private static Parsed age(String text) {
    if (!NUMBER.matcher(text).matches()) {
      return new Invalid("that is not a whole number of years");
    }
    int years = Integer.parseInt(text);
    if (years < Situation.MIN_AGE || years > Situation.MAX_AGE) {
      return new Invalid("the age must be from " + Situation.MIN_AGE + " to " + Situation.MAX_AGE);
    }
    return new Age(years);
  }

  private static Parsed one(String text, int choiceCount) {
    if (SEPARATORS.split(text).length > 1) {
      return new Invalid("choose only one number");
    }
    return number(text, choiceCount);
  }

  private static Parsed several(String text, int choiceCount) {
    Set<Integer> chosen = new LinkedHashSet<>();
    boolean dontKnow = false;
    for (String token : SEPARATORS.split(text)) {
      if (token.isEmpty()) {
        continue; // a leading separator
      }
      Parsed p = number(token, choiceCount);
      if (p instanceof Invalid) {
        return p;
      } else if (p instanceof DontKnow) {
        dontKnow = true;
      } else {
        chosen.addAll(((Chosen) p).indexes());
      }
    }
    if (dontKnow && !chosen.isEmpty()) {
      return new Invalid("\"Don't know\" cannot be combined with other answers");
    }
    if (dontKnow) {
      return new DontKnow();
    }
    if (chosen.isEmpty()) {
      return new Invalid("no answer was given");
    }
    return new Chosen(new ArrayList<>(chosen));
  }

  private static Parsed number(String token, int choiceCount) {
    if (token.equals(DONT_KNOW)) {
      return new DontKnow();
    }
    if (!NUMBER.matcher(token).matches()) {
      return new Invalid("answer with the numbers shown");
    }
    int n = Integer.parseInt(token);
    if (n < 1 || n > choiceCount + 1) {
      return new Invalid("the numbers go from 1 to " + (choiceCount + 1));
    }
    return n == choiceCount + 1 ? new DontKnow() : new Chosen(List.of(n - 1));
  }
}
