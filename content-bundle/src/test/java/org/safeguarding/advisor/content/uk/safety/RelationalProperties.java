package org.safeguarding.advisor.content.uk.safety;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.BiConsumer;
import java.util.function.UnaryOperator;
import org.safeguarding.advisor.Advisor;
import org.safeguarding.advisor.Answer;
import org.safeguarding.advisor.Assessment;
import org.safeguarding.advisor.Concern;
import org.safeguarding.advisor.Indicator;
import org.safeguarding.advisor.OpenQuestion;
import org.safeguarding.advisor.OtherParty;
import org.safeguarding.advisor.Situation;
import org.safeguarding.advisor.SituationFact;
import org.safeguarding.advisor.Spread;
import org.safeguarding.advisor.Step;
import org.safeguarding.advisor.Urgency;

/**
 * Properties that compare a situation with its neighbours: unknown facts stay on the safe side
 * (10), risk never lowers urgency (11), and the open questions list exactly the facts that matter,
 * ranked, each closed by an answer (issue 5).
 */
final class RelationalProperties {
  private static final List<Spread> WIDENING = List.of(Spread.NOT_SHARED, Spread.ONE_RECIPIENT,
      Spread.PEER_GROUP, Spread.SOCIAL_MEDIA, Spread.PUBLIC_WEBSITE);

  private RelationalProperties() {}

  /** What an answer can change: the urgency, the referral and the steps. */
  record Outcome(Urgency urgency, Object triggers, List<String> steps) {
    static Outcome of(Assessment a) {
      List<String> steps = new ArrayList<>();
      for (Step s : a.steps()) {
        steps.add(s.id() + "@" + s.urgency());
      }
      return new Outcome(a.urgency(), a.referral().triggers(), steps);
    }

    /** 0 becomes EMERGENCY, 1 referral changes, 2 urgency changes, 3 steps change, -1 none. */
    int change(Outcome other) {
      if (other.urgency == Urgency.EMERGENCY && urgency != Urgency.EMERGENCY) {
        return 0;
      }
      if (!Objects.equals(triggers, other.triggers)) {
        return 1;
      }
      if (urgency != other.urgency) {
        return 2;
      }
      return steps.equals(other.steps) ? -1 : 3;
    }
  }

  /** The texts of the plan's steps, warnings and risk factors, in order (not the questions). */
  static List<String> planTexts(Assessment a) {
    List<String> out = new ArrayList<>();
    for (ReaderProperties.Text t : ReaderProperties.texts(a)) {
      if (!t.where().startsWith("question ")) {
        out.add(t.where() + ": " + t.text());
      }
    }
    return out;
  }

  /** Monotonicity and safe defaults (cheap: about twenty assessments a situation). */
  static void check(Advisor advisor, Situation s, BiConsumer<String, Situation> violation) {
    checkRiskAndDefaults(advisor, s, advisor.evaluate(s), violation);
  }

  /** The open-question properties (dearer: every answer to every unknown field). */
  static void checkOpenQuestions(Advisor advisor, Situation s,
      BiConsumer<String, Situation> violation) {
    openQuestions(advisor, s, advisor.evaluate(s), violation);
  }

  private static void checkRiskAndDefaults(Advisor advisor, Situation s, Assessment a,
      BiConsumer<String, Situation> violation) {
    // 11. Monotonicity: a riskier fact never lowers the urgency.
    for (Indicator indicator : Indicator.values()) {
      if (s.indicator(indicator) != Answer.YES) {
        Situation riskier = copy(s).putIndicator(indicator, Answer.YES).build();
        notLower(advisor, a, riskier, "P11: " + indicator + "=YES lowers the urgency", violation, s);
      }
    }
    if (s.otherParty() != OtherParty.ADULT) {
      notLower(advisor, a, copy(s).otherParty(OtherParty.ADULT).build(),
          "P11: an adult other party lowers the urgency", violation, s);
    }
    int spread = WIDENING.indexOf(s.spread());
    if (spread >= 0) {
      for (Spread wider : WIDENING.subList(spread + 1, WIDENING.size())) {
        notLower(advisor, a, copy(s).spread(wider).build(),
            "P11: spread " + wider + " lowers the urgency", violation, s);
      }
    }
    // 10. Unknown age is treated as under 18; unknown immediate danger is asked first.
    if (s.childAge().isEmpty()) {
      for (int age = 13; age < 18; age++) {
        Assessment known = advisor.evaluate(copy(s).childAge(age).build());
        if (known.urgency().isHigherThan(a.urgency())) {
          violation.accept("P10: unknown age is less urgent than age " + age, s);
        }
      }
    }
    if (s.indicator(Indicator.IMMEDIATE_DANGER) == Answer.UNKNOWN) {
      List<String> fields = fields(a);
      int at = fields.indexOf("indicators.IMMEDIATE_DANGER");
      boolean concernsFirst = !fields.isEmpty() && fields.get(0).equals("concerns");
      if (at < 0 || at > (concernsFirst ? 1 : 0)) {
        violation.accept("P10: unknown IMMEDIATE_DANGER is not asked first (at " + at + ")", s);
      }
    }
  }

  private static void notLower(Advisor advisor, Assessment base, Situation riskier, String what,
      BiConsumer<String, Situation> violation, Situation s) {
    if (base.urgency().isHigherThan(advisor.evaluate(riskier).urgency())) {
      violation.accept(what, s);
    }
  }

  /** Issue 5: exactly the facts that matter, ranked, each closed by any answer. */
  private static void openQuestions(Advisor advisor, Situation s, Assessment a,
      BiConsumer<String, Situation> violation) {
    Outcome current = Outcome.of(a);
    List<String> asked = fields(a);
    for (String field : unknownFields(s)) {
      if (field.equals("jurisdiction")) {
        // Read only by texts' `when` (issue 12): asked when its answer changes a text the reader
        // sees, not the urgency, referral or steps; NationPropertiesTest checks that rule.
        continue;
      }
      int worst = -1;
      boolean textChanges = false;
      for (Situation answered : answers(s, field)) {
        Assessment after = advisor.evaluate(answered);
        if (fields(after).contains(field)) {
          violation.accept("Q1: answering " + field + " leaves it open", s);
        }
        int change = current.change(Outcome.of(after));
        if (change >= 0 && (worst < 0 || change < worst)) {
          worst = change;
        }
        textChanges |= !planTexts(a).equals(planTexts(after));
      }
      // A fact a text's `when` reads is asked when its answer changes a text the reader sees
      // (bundle-format.md, "Questions asked for a text"), ranked after the safety questions (Q3).
      if (worst < 0 && asked.contains(field) && !textChanges) {
        violation.accept("Q2: " + field + " is asked but no answer changes the plan", s);
      }
      if (worst >= 0 && !asked.contains(field)) {
        violation.accept("Q2: " + field + " is not asked but an answer changes the plan", s);
      }
    }
    for (String field : asked) {
      if (!unknownFields(s).contains(field)) {
        violation.accept("Q2: " + field + " is asked but is already known", s);
      }
    }
    // Ranking: the questions the UK bundle asks first (questions.json askFirstWhen) lead, then the
    // rest by consequence.
    List<String> first = askedFirst(s);
    int previous = -1;
    boolean inPrefix = true;
    for (String field : asked) {
      if (first.contains(field)) {
        if (!inPrefix) {
          violation.accept("Q3: " + field + " should be asked before the others", s);
        }
        continue;
      }
      inPrefix = false;
      int worst = Integer.MAX_VALUE;
      for (Situation answered : answers(s, field)) {
        int change = current.change(Outcome.of(advisor.evaluate(answered)));
        if (change >= 0) {
          worst = Math.min(worst, change);
        }
      }
      if (worst < previous) {
        violation.accept("Q3: " + field + " (consequence " + worst
            + ") is ranked after a less consequential question", s);
      }
      previous = worst;
    }
  }

  /** The UK bundle's ask-first rules: what happened; then danger; then self-harm in sextortion. */
  static List<String> askedFirst(Situation s) {
    List<String> first = new ArrayList<>();
    if (s.concerns().isEmpty()) {
      first.add("concerns");
    } else {
      first.add("indicators.IMMEDIATE_DANGER");
    }
    if (s.concerns().contains(Concern.SEXTORTION)) {
      first.add("indicators.SELF_HARM_RISK");
    }
    return first;
  }

  static List<String> fields(Assessment a) {
    List<String> fields = new ArrayList<>();
    for (OpenQuestion q : a.openQuestions()) {
      fields.add(q.field());
    }
    return fields;
  }

  static List<String> unknownFields(Situation s) {
    List<String> unknown = new ArrayList<>();
    for (SituationFact<?> fact : SituationFact.all()) {
      if (fact.isUnknownIn(s)) {
        unknown.add(fact.path());
      }
    }
    return unknown;
  }

  /** Every answer to one unknown field (for sets: each member alone, pairs with the first, all). */
  static List<Situation> answers(Situation s, String field) {
    return answers(s, SituationFact.ofPath(field).orElseThrow());
  }

  private static <V> List<Situation> answers(Situation s, SituationFact<V> fact) {
    List<V> known = new ArrayList<>();
    for (V value : fact.values()) {
      if (!fact.isUnknownIn(fact.answer(Situation.empty(), value))) {
        known.add(value);
      }
    }
    List<UnaryOperator<Situation.Builder>> edits = new ArrayList<>();
    for (V value : known) {
      edits.add(b -> fact.apply(b, value));
      if (fact.kind() == SituationFact.Kind.SEVERAL) {
        edits.add(b -> fact.apply(fact.apply(b, value), known.get(0)));
      }
    }
    if (fact.kind() == SituationFact.Kind.SEVERAL) {
      edits.add(b -> {
        known.forEach(value -> fact.apply(b, value));
        return b;
      });
    }
    List<Situation> out = new ArrayList<>();
    for (UnaryOperator<Situation.Builder> edit : edits) {
      out.add(edit.apply(copy(s)).build());
    }
    return out;
  }

  static Situation.Builder copy(Situation s) {
    return Situation.builder().from(s);
  }
}
