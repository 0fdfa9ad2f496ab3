package org.safeguarding.advisor.engine;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;
import org.safeguarding.advisor.OpenQuestion;
import org.safeguarding.advisor.Situation;

/**
 * Plans the open questions: the unknown facts whose answer, alone, would change the urgency, the
 * referral, the steps or the words of the plan, ranked. Each answer worth trying is tried in
 * place, re-running only the rules and text conditions that read the fact; what reads each fact,
 * and which answers are worth trying, is worked out once, when the bundle is compiled.
 */
final class QuestionPlanner {
  /** A consequence below every change an {@link Outcome} can see: only a text changes. */
  private static final int TEXT_CHANGES = Outcome.STEPS_CHANGE + 1;
  /** A text reader that is a risk factor is {@code RISK_BASE + index}. */
  private static final int RISK_BASE = 1 << 20;

  private final RuleSet rules;
  private final OutcomeLayout layout;
  private final PlanSteps steps;
  private final ExplainedItems<?> warnings;
  private final ExplainedItems<?> riskFactors;
  private final QuestionDef[] questions;
  /** [question][text entry]: the question in those words. */
  private final OpenQuestion[][] questionText;
  /**
   * [fact slot]: the steps, warnings ({@code ~index}) and risk factors ({@code RISK_BASE + index})
   * whose text is chosen by a condition that reads the fact: what an answer can reword.
   */
  private final int[][] textReaders;
  /** [fact slot]: the rules whose condition reads it: what to re-run when it is answered. */
  private final int[][] rulesReading;
  /**
   * [fact slot]: the answers worth trying: one per band of values the rules tell apart. At most
   * 31 (sets have a member more than their enum, ages a band per age test), so that the answers
   * for all of them fit in the bits of an int ({@link Condition#testEach}).
   */
  private final int[][] candidates;
  /** The most rules that read any one fact: the size of planning's working space. */
  private final int maxRulesReading;

  QuestionPlanner(List<QuestionDef> questionDefs, RuleSet rules, OutcomeLayout layout,
      PlanSteps steps, ExplainedItems<?> warnings, ExplainedItems<?> riskFactors,
      SortedSet<Integer> ageSplits,
      Jurisdictions jurisdictions) {
    this.rules = rules;
    this.layout = layout;
    this.steps = steps;
    this.warnings = warnings;
    this.riskFactors = riskFactors;
    this.questions = questionDefs.toArray(new QuestionDef[0]);
    this.questionText = new OpenQuestion[questions.length][];
    for (int q = 0; q < questions.length; q++) {
      QuestionDef def = questions[q];
      Texts texts = def.texts();
      questionText[q] = new OpenQuestion[texts.count()];
      for (int e = 0; e < texts.count(); e++) {
        questionText[q][e] = OpenQuestion.of(def.fact().path, texts.value(e, 0),
            texts.value(e, 1));
      }
    }
    this.textReaders = new int[Fact.COUNT][];
    this.rulesReading = new int[Fact.COUNT][];
    this.candidates = new int[Fact.COUNT][];
    int mostReading = 0;
    for (Fact fact : Fact.ALL) {
      List<Integer> readers = new ArrayList<>();
      int bit = 1 << fact.slot;
      for (int s = 0; s < steps.count(); s++) {
        if ((steps.def(s).texts().factsRead() & bit) != 0) {
          readers.add(s);
        }
      }
      for (int w = 0; w < warnings.count(); w++) {
        if ((warnings.texts(w).factsRead() & bit) != 0) {
          readers.add(~w);
        }
      }
      for (int k = 0; k < riskFactors.count(); k++) {
        if ((riskFactors.texts(k).factsRead() & bit) != 0) {
          readers.add(RISK_BASE + k);
        }
      }
      textReaders[fact.slot] = readers.stream().mapToInt(Integer::intValue).toArray();
      rulesReading[fact.slot] = rules.reading(fact);
      candidates[fact.slot] = candidatesFor(fact, ageSplits, jurisdictions);
      if (candidates[fact.slot].length >= Integer.SIZE) {
        throw new IllegalStateException(fact.path + " has too many answers to plan with");
      }
      mostReading = Math.max(mostReading, rulesReading[fact.slot].length);
    }
    this.maxRulesReading = mostReading;
  }

  /**
   * The unknown facts whose answer, alone, would change the urgency, the referral, the steps or
   * the words of the plan, ranked: questions the bundle asks first in this situation, then by
   * consequence (a change to EMERGENCY, then the referral, then the urgency, then the steps, then
   * only the text of a step, warning or risk factor in the plan), then in the bundle's order.
   */
  List<OpenQuestion> openQuestions(Facts facts, boolean[] fired, Outcome current, int audience) {
    int count = 0;
    Planning planning = null;
    for (int q = 0; q < questions.length; q++) {
      Fact fact = questions[q].fact();
      if (!facts.isUnknown(fact) || !canChangeThePlan(fact)) {
        continue;
      }
      if (planning == null) {
        planning = new Planning();
      }
      int consequence = consequence(fact, facts, fired, current, planning, audience);
      if (consequence == Outcome.NO_CHANGE) {
        continue;
      }
      Condition askFirst = questions[q].askFirstWhen();
      boolean first = askFirst != null && askFirst.test(facts);
      // One sortable key: asked-first flag, then consequence, then declared order.
      planning.ranked[count++] = ((first ? 0L : 1L) << 40) | ((long) consequence << 32) | q;
    }
    if (count == 0) {
      return List.of();
    }
    long[] ranked = planning.ranked;
    Arrays.sort(ranked, 0, count);
    OpenQuestion[] out = new OpenQuestion[count];
    for (int i = 0; i < count; i++) {
      int q = (int) (ranked[i] & 0xFFFFFFFFL);
      out[i] = questionText[q][questions[q].texts().choose(facts, audience)];
    }
    return List.of(out);
  }

  /**
   * Whether any answer to the fact could matter: a rule reads it, it chooses the audience, or a
   * condition that chooses a text reads it.
   */
  private boolean canChangeThePlan(Fact fact) {
    return rulesReading[fact.slot].length > 0
        || (fact == Fact.REPORTER && layout.audienceLimitedSteps)
        || textReaders[fact.slot].length > 0;
  }

  /** Working space for one assessment's planning, made once and reused for every fact. */
  private final class Planning {
    /** [i]: for rulesReading[fact][i], bit c is whether it fires with the c-th candidate. */
    final int[] firesWith = new int[maxRulesReading];
    /** The fired rules that do not read the fact: the same whatever its answer. */
    final Outcome unaffected = new Outcome(rules, layout);
    final Outcome whatIf = new Outcome(rules, layout);
    /** For the text pass: [candidate] the entry a reader would read. */
    final int[] entryWith = new int[Integer.SIZE];
    /** The questions that matter, each as one sortable key (see openQuestions). */
    final long[] ranked = new long[questions.length];
  }

  /**
   * The most serious change any single answer to {@code fact} makes, or NO_CHANGE. Each rule
   * that reads the fact is asked once for all the candidate answers ({@link Condition#testEach});
   * the plan for an answer is then the fired rules that do not read the fact, merged once per
   * fact, plus the reading rules that fire with that answer.
   */
  private int consequence(Fact fact, Facts facts, boolean[] fired, Outcome current,
      Planning planning, int audience) {
    int[] reading = rulesReading[fact.slot];
    int[] values = candidates[fact.slot];
    int[] firesWith = planning.firesWith;
    for (int i = 0; i < reading.length; i++) {
      firesWith[i] = rules.when(reading[i]).testEach(facts, fact, values);
    }
    int original = facts.get(fact);
    // The reporter also chooses which steps the audience gets, whether or not a rule reads it.
    boolean choosesAudience = fact == Fact.REPORTER;
    boolean unaffectedMerged = false;
    int best = Outcome.NO_CHANGE;
    for (int c = 0; c < values.length; c++) {
      if (values[c] == original) {
        continue;
      }
      boolean anyRuleChanges = false;
      for (int i = 0; i < reading.length; i++) {
        anyRuleChanges |= ((firesWith[i] >>> c & 1) != 0) != fired[reading[i]];
      }
      if (!anyRuleChanges && !choosesAudience) {
        continue; // no rule changes: neither can the plan
      }
      if (!unaffectedMerged) {
        planning.unaffected.clear();
        int readBit = 1 << fact.slot;
        for (int r = 0; r < fired.length; r++) {
          if (fired[r] && (rules.reads(r) & readBit) == 0) {
            planning.unaffected.addCompared(r);
          }
        }
        unaffectedMerged = true;
      }
      Outcome whatIf = planning.whatIf;
      whatIf.copyCompared(planning.unaffected);
      for (int i = 0; i < reading.length; i++) {
        if ((firesWith[i] >>> c & 1) != 0) {
          whatIf.addCompared(reading[i]);
        }
      }
      whatIf.settle(choosesAudience ? values[c] : facts.get(Fact.REPORTER));
      int change = current.change(whatIf);
      if (change != Outcome.NO_CHANGE && (best == Outcome.NO_CHANGE || change < best)) {
        best = change;
        if (best == Outcome.BECOMES_EMERGENCY) {
          break;
        }
      }
    }
    if (best == Outcome.NO_CHANGE && textReaders[fact.slot].length > 0
        && textChanges(fact, facts, fired, current, planning, audience)) {
      return TEXT_CHANGES;
    }
    return best;
  }

  /**
   * Whether some answer to {@code fact} rewords a step, warning or risk factor that is in the plan
   * both as it is and with that answer (the plan's steps are the same for every answer here, or
   * {@link #consequence} would not ask). Called after {@link #consequence} has filled {@code
   * planning.firesWith} for the same fact.
   */
  private boolean textChanges(Fact fact, Facts facts, boolean[] fired, Outcome current,
      Planning planning, int audience) {
    int[] values = candidates[fact.slot];
    int[] reading = rulesReading[fact.slot];
    int original = facts.get(fact);
    int[] entryWith = planning.entryWith;
    Outcome whatIf = planning.whatIf;
    for (int reader : textReaders[fact.slot]) {
      Texts texts;
      boolean inPlan;
      if (reader >= RISK_BASE) {
        texts = riskFactors.texts(reader - RISK_BASE);
        inPlan = current.hasRiskFactor(reader - RISK_BASE);
      } else if (reader < 0) {
        texts = warnings.texts(~reader);
        inPlan = current.hasWarning(~reader);
      } else {
        texts = steps.def(reader).texts();
        inPlan = current.hasStep(reader);
      }
      if (!inPlan || !texts.reads(audience, fact)) {
        continue;
      }
      int now = texts.choose(facts, audience);
      texts.chooseEach(facts, audience, fact, values, entryWith);
      for (int c = 0; c < values.length; c++) {
        if (values[c] == original || entryWith[c] == now) {
          continue;
        }
        if (reader >= 0 && reader < RISK_BASE) {
          return true; // the steps are the same with every answer
        }
        // A warning or risk factor counts only if the answer keeps it in the plan.
        whatIf.clear();
        int readBit = 1 << fact.slot;
        for (int r = 0; r < fired.length; r++) {
          if (fired[r] && (rules.reads(r) & readBit) == 0) {
            whatIf.add(r);
          }
        }
        for (int i = 0; i < reading.length; i++) {
          if ((planning.firesWith[i] >>> c & 1) != 0) {
            whatIf.add(reading[i]);
          }
        }
        boolean kept = reader >= RISK_BASE ? whatIf.hasRiskFactor(reader - RISK_BASE)
            : whatIf.hasWarning(~reader);
        if (kept) {
          return true;
        }
      }
    }
    return false;
  }

  private static int[] candidatesFor(Fact fact, SortedSet<Integer> ageSplits,
      Jurisdictions jurisdictions) {
    switch (fact.kind) {
      case AGE: {
        // The lowest age of every band that all the age tests treat alike.
        SortedSet<Integer> ages = new TreeSet<>(ageSplits);
        ages.add(Situation.MIN_AGE);
        return ages.stream().mapToInt(Integer::intValue).toArray();
      }
      case SET: {
        // Each single member, and all of them: sets are asked while empty.
        int n = fact.valueCount(jurisdictions);
        int[] out = new int[n + 1];
        for (int i = 0; i < n; i++) {
          out[i] = 1 << i;
        }
        out[n] = (1 << n) - 1;
        return out;
      }
      default: {
        List<String> names = fact.valueNames(jurisdictions);
        return names.stream().filter(name -> !name.equals("UNKNOWN"))
            .mapToInt(names::indexOf).toArray();
      }
    }
  }
}
