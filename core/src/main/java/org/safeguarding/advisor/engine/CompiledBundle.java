package org.safeguarding.advisor.engine;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;
import org.safeguarding.advisor.Assessment;
import org.safeguarding.advisor.BundleIdentity;
import org.safeguarding.advisor.BundleSource;
import org.safeguarding.advisor.Contact;
import org.safeguarding.advisor.OpenQuestion;
import org.safeguarding.advisor.Referral;
import org.safeguarding.advisor.ReferralTrigger;
import org.safeguarding.advisor.Reporter;
import org.safeguarding.advisor.RiskFactor;
import org.safeguarding.advisor.Situation;
import org.safeguarding.advisor.Source;
import org.safeguarding.advisor.Step;
import org.safeguarding.advisor.Urgency;
import org.safeguarding.advisor.Warning;
import org.safeguarding.advisor.engine.BundleLoader.ContactDef;
import org.safeguarding.advisor.engine.BundleLoader.QuestionDef;
import org.safeguarding.advisor.engine.BundleLoader.RiskFactorDef;
import org.safeguarding.advisor.engine.BundleLoader.RuleDef;
import org.safeguarding.advisor.engine.BundleLoader.StepDef;
import org.safeguarding.advisor.engine.BundleLoader.WarningDef;

/**
 * A checked bundle, compiled for evaluation: rules as predicates over {@link Facts}, steps ranked
 * once, and per-audience text resolved. Immutable after construction, so one instance serves every
 * thread. The only engine type the API package uses.
 */
public final class CompiledBundle {
  private static final int NONE = -1;
  private static final Urgency[] URGENCIES = Urgency.values();
  private static final ReferralTrigger[] TRIGGERS = ReferralTrigger.values();

  private final BundleIdentity identity;
  private final LocalDate reviewBy;
  private final List<Source> sources;
  private final Map<String, ContactDef> contacts;
  private final StepDef[] steps;
  private final int[] rank;
  private final WarningDef[] warnings;
  private final RiskFactorDef[] riskFactors;
  private final RuleDef[] rules;
  private final QuestionDef[] questions;
  /** For each fact slot, the rules whose condition reads it: what to re-run when it is answered. */
  private final int[][] rulesReading;
  /** For each fact slot, the answers worth trying: one per band of values the rules tell apart. */
  private final int[][] candidates;
  private final List<RiskFactor> riskFactorValues;
  /** [step]: the rules that can give it, in rule order. */
  private final int[][] rulesGiving;
  /** [audience][step]: whether the step has text for that audience. */
  private final boolean[][] stepForAudience;
  /** Whether some step is only for some audiences, so that the reporter matters. */
  private final boolean audienceLimitedSteps;
  /** [question][audience]: the question in that audience's words, built once. */
  private final OpenQuestion[][] questionText;

  CompiledBundle(BundleIdentity identity, LocalDate reviewBy, List<Source> sources,
      Map<String, ContactDef> contacts, List<StepDef> steps, int[] rank, List<WarningDef> warnings,
      List<RiskFactorDef> riskFactors, List<RuleDef> rules, List<QuestionDef> questions,
      SortedSet<Integer> ageBoundaries) {
    this.identity = identity;
    this.reviewBy = reviewBy;
    this.sources = List.copyOf(sources);
    this.contacts = Collections.unmodifiableMap(new LinkedHashMap<>(contacts));
    this.steps = steps.toArray(new StepDef[0]);
    this.rank = rank.clone();
    this.warnings = warnings.toArray(new WarningDef[0]);
    this.riskFactors = riskFactors.toArray(new RiskFactorDef[0]);
    this.rules = rules.toArray(new RuleDef[0]);
    this.questions = questions.toArray(new QuestionDef[0]);
    this.rulesReading = new int[Fact.COUNT][];
    for (Fact fact : Fact.ALL) {
      List<Integer> reading = new ArrayList<>();
      for (int r = 0; r < this.rules.length; r++) {
        if ((this.rules[r].when().factsRead() & (1 << fact.slot)) != 0) {
          reading.add(r);
        }
      }
      rulesReading[fact.slot] = reading.stream().mapToInt(Integer::intValue).toArray();
    }
    this.candidates = new int[Fact.COUNT][];
    for (Fact fact : Fact.ALL) {
      candidates[fact.slot] = candidatesFor(fact, ageBoundaries);
    }
    this.rulesGiving = new int[this.steps.length][];
    for (int step = 0; step < this.steps.length; step++) {
      List<Integer> giving = new ArrayList<>();
      for (int r = 0; r < this.rules.length; r++) {
        if (gives(this.rules[r], step)) {
          giving.add(r);
        }
      }
      rulesGiving[step] = giving.stream().mapToInt(Integer::intValue).toArray();
    }
    this.stepForAudience = new boolean[Reporter.values().length][this.steps.length];
    for (Reporter audience : Reporter.values()) {
      for (int i = 0; i < this.steps.length; i++) {
        stepForAudience[audience.ordinal()][i] = this.steps[i].isFor(audience);
      }
    }
    boolean limited = false;
    for (StepDef step : this.steps) {
      for (Reporter audience : Reporter.values()) {
        limited |= !step.isFor(audience);
      }
    }
    this.audienceLimitedSteps = limited;
    this.questionText = new OpenQuestion[this.questions.length][Reporter.values().length];
    for (int q = 0; q < this.questions.length; q++) {
      for (Reporter audience : Reporter.values()) {
        int a = audience.ordinal();
        QuestionDef def = this.questions[q];
        questionText[q][a] = OpenQuestion.of(def.fact().path, def.questions()[a], def.whys()[a]);
      }
    }
    List<RiskFactor> values = new ArrayList<>();
    for (RiskFactorDef def : this.riskFactors) {
      values.add(RiskFactor.of(def.id(), def.explanation()));
    }
    this.riskFactorValues = List.copyOf(values);
  }

  /**
   * Loads, checks and compiles a bundle.
   *
   * @throws org.safeguarding.advisor.InvalidBundleException listing every problem found
   */
  public static CompiledBundle load(BundleSource source) {
    return BundleLoader.load(source);
  }

  public BundleIdentity identity() {
    return identity;
  }

  public LocalDate reviewBy() {
    return reviewBy;
  }

  public List<Source> sources() {
    return sources;
  }

  /** The labelled answers the bundle offers for a field; empty if none (or for childAge). */
  public Map<String, String> choices(String field) {
    for (QuestionDef q : questions) {
      if (q.fact().path.equals(field)) {
        return q.choices();
      }
    }
    return Map.of();
  }

  /** The assessment of one situation: a pure function of the situation and this bundle. */
  public Assessment evaluate(Situation situation) {
    Facts facts = Facts.of(situation);
    boolean[] fired = fire(facts);
    Outcome outcome = outcome(facts, fired);
    Reporter audience = situation.audience();
    int a = audience.ordinal();

    int[] order = outcome.orderedSteps(rank);
    Step[] plan = new Step[order.length];
    List<String> contactIds = new ArrayList<>();
    for (int i = 0; i < order.length; i++) {
      int s = order[i];
      StepDef def = steps[s];
      plan[i] = Step.of(def.id(), URGENCIES[outcome.stepUrgency[s]], def.titles()[a],
          def.details()[a], def.contacts(), sourcesOf(s, fired), firedBy(s, fired));
      for (String contact : def.contacts()) {
        if (!contactIds.contains(contact)) {
          contactIds.add(contact);
        }
      }
    }
    List<Warning> warningList = new ArrayList<>();
    for (int w = 0; w < warnings.length; w++) {
      if (outcome.warnings[w]) {
        warningList.add(Warning.of(warnings[w].id(), warnings[w].texts()[a], warnings[w].sources()));
      }
    }
    List<RiskFactor> risks = new ArrayList<>();
    for (int r = 0; r < riskFactors.length; r++) {
      if (outcome.risks[r]) {
        risks.add(riskFactorValues.get(r));
      }
    }
    List<ReferralTrigger> triggers = new ArrayList<>();
    for (ReferralTrigger trigger : TRIGGERS) {
      if ((outcome.triggers & (1 << trigger.ordinal())) != 0) {
        triggers.add(trigger);
      }
    }
    Contact[] contactList = new Contact[contactIds.size()];
    for (int i = 0; i < contactList.length; i++) {
      contactList[i] = contacts.get(contactIds.get(i)).contact();
    }
    return Assessment.builder()
        .bundle(identity)
        .urgency(outcome.urgency())
        .referral(Referral.of(triggers))
        .riskFactors(risks)
        .steps(List.of(plan))
        .warnings(warningList)
        .contacts(List.of(contactList))
        .openQuestions(openQuestions(facts, fired, outcome, audience))
        .build();
  }

  /** The ids of the fired rules that give this step, in rule order. */
  private List<String> firedBy(int step, boolean[] fired) {
    int[] giving = rulesGiving[step];
    String[] ids = new String[giving.length];
    int n = 0;
    for (int r : giving) {
      if (fired[r]) {
        ids[n++] = rules[r].id();
      }
    }
    return n == ids.length ? List.of(ids) : List.of(Arrays.copyOf(ids, n));
  }

  /** The step's own sources, then those of the fired rules that give it, each once. */
  private List<String> sourcesOf(int step, boolean[] fired) {
    List<String> own = steps[step].sources();
    String[] out = null;
    int n = 0;
    for (int r : rulesGiving[step]) {
      if (!fired[r]) {
        continue;
      }
      for (String source : rules[r].sources()) {
        if (own.contains(source) || (out != null && contains(out, n, source))) {
          continue;
        }
        if (out == null) {
          out = new String[own.size() + 8];
          own.toArray(out);
          n = own.size();
        } else if (n == out.length) {
          out = Arrays.copyOf(out, n * 2);
        }
        out[n++] = source;
      }
    }
    return out == null ? own : List.of(Arrays.copyOf(out, n));
  }

  private static boolean contains(String[] array, int length, String value) {
    for (int i = 0; i < length; i++) {
      if (array[i].equals(value)) {
        return true;
      }
    }
    return false;
  }

  private static boolean gives(RuleDef rule, int step) {
    for (int s : rule.steps()) {
      if (s == step) {
        return true;
      }
    }
    return false;
  }

  private boolean[] fire(Facts facts) {
    boolean[] fired = new boolean[rules.length];
    for (int r = 0; r < rules.length; r++) {
      fired[r] = rules[r].when().test(facts);
    }
    return fired;
  }

  /** Merges the fired rules: highest urgency per step, for the audience's steps only. */
  private Outcome outcome(Facts facts, boolean[] fired) {
    return merge(facts, fired, new Outcome(steps.length, warnings.length, riskFactors.length));
  }

  private Outcome merge(Facts facts, boolean[] fired, Outcome o) {
    o.reset();
    int audience = facts.get(Fact.REPORTER);
    for (int r = 0; r < rules.length; r++) {
      if (!fired[r]) {
        continue;
      }
      RuleDef rule = rules[r];
      int[] ruleSteps = rule.steps();
      for (int i = 0; i < ruleSteps.length; i++) {
        int s = ruleSteps[i];
        if (!stepForAudience[audience][s]) {
          continue;
        }
        int u = rule.stepUrgencies()[i].ordinal();
        if (o.stepUrgency[s] == NONE || u < o.stepUrgency[s]) {
          o.stepUrgency[s] = u;
        }
      }
      for (int w : rule.warnings()) {
        o.warnings[w] = true;
      }
      for (int k : rule.riskFactors()) {
        o.risks[k] = true;
      }
      o.triggers |= rule.triggers();
    }
    return o;
  }

  // --- open questions -------------------------------------------------------------------------

  private static final int BECOMES_EMERGENCY = 0;
  private static final int REFERRAL_CHANGES = 1;
  private static final int URGENCY_CHANGES = 2;
  private static final int STEPS_CHANGE = 3;

  /**
   * The unknown facts whose answer, alone, would change the urgency, the referral or the steps,
   * ranked: questions the bundle asks first in this situation, then by consequence (a change to
   * EMERGENCY, then the referral, then the urgency, then the steps), then in the bundle's order.
   * Only the rules that read a fact are re-run for each of its candidate answers.
   */
  private List<OpenQuestion> openQuestions(Facts facts, boolean[] fired, Outcome current,
      Reporter audience) {
    long[] ranked = null;
    int count = 0;
    Facts whatIf = null;
    Outcome scratch = null;
    for (int q = 0; q < questions.length; q++) {
      QuestionDef question = questions[q];
      if (!facts.isUnknown(question.fact()) || !canChangeThePlan(question.fact())) {
        continue;
      }
      if (whatIf == null) {
        whatIf = facts.copy();
        scratch = new Outcome(steps.length, warnings.length, riskFactors.length);
        ranked = new long[questions.length];
      }
      int consequence = consequence(question.fact(), facts, whatIf, fired, current, scratch);
      if (consequence == NONE) {
        continue;
      }
      boolean first = question.askFirstWhen() != null && question.askFirstWhen().test(facts);
      // One sortable key: asked-first flag, then consequence, then declared order.
      ranked[count++] = ((first ? 0L : 1L) << 40) | ((long) consequence << 32) | q;
    }
    if (count == 0) {
      return List.of();
    }
    Arrays.sort(ranked, 0, count);
    OpenQuestion[] out = new OpenQuestion[count];
    int a = audience.ordinal();
    for (int i = 0; i < count; i++) {
      out[i] = questionText[(int) (ranked[i] & 0xFFFFFFFFL)][a];
    }
    return Arrays.asList(out);
  }

  /**
   * The most serious change any single answer to {@code fact} makes, or NONE. Answers are tried
   * in place on {@code whatIf} (restored after), re-running only the rules that read the fact.
   */
  private int consequence(Fact fact, Facts facts, Facts whatIf, boolean[] fired, Outcome current,
      Outcome scratch) {
    int best = NONE;
    int[] reading = rulesReading[fact.slot];
    int original = facts.get(fact);
    boolean[] flipped = new boolean[reading.length];
    // The reporter also chooses which steps the audience gets, whether or not a rule reads it.
    boolean choosesAudience = fact == Fact.REPORTER;
    for (int value : candidates[fact.slot]) {
      whatIf.set(fact, value);
      boolean anyFlip = false;
      for (int i = 0; i < reading.length; i++) {
        int r = reading[i];
        flipped[i] = rules[r].when().test(whatIf) != fired[r];
        anyFlip |= flipped[i];
      }
      if (!anyFlip && !choosesAudience) {
        continue; // no rule changes: neither can the plan
      }
      for (int i = 0; i < reading.length; i++) {
        if (flipped[i]) {
          fired[reading[i]] = !fired[reading[i]];
        }
      }
      int change = current.change(merge(whatIf, fired, scratch));
      for (int i = 0; i < reading.length; i++) {
        if (flipped[i]) {
          fired[reading[i]] = !fired[reading[i]];
        }
      }
      if (change != NONE && (best == NONE || change < best)) {
        best = change;
        if (best == BECOMES_EMERGENCY) {
          break;
        }
      }
    }
    whatIf.set(fact, original);
    return best;
  }

  /** Whether any answer to the fact could matter: a rule reads it, or it chooses the audience. */
  private boolean canChangeThePlan(Fact fact) {
    return rulesReading[fact.slot].length > 0 || (fact == Fact.REPORTER && audienceLimitedSteps);
  }

  private static int[] candidatesFor(Fact fact, SortedSet<Integer> ageBoundaries) {
    switch (fact.kind) {
      case AGE: {
        SortedSet<Integer> ages = new TreeSet<>(ageBoundaries);
        ages.add(Situation.MIN_AGE);
        ages.add(Situation.MAX_AGE);
        return ages.stream().mapToInt(Integer::intValue).toArray();
      }
      case SET: {
        // Each single member, and all of them: sets are asked while empty.
        int n = fact.values.getEnumConstants().length;
        int[] out = new int[n + 1];
        for (int i = 0; i < n; i++) {
          out[i] = 1 << i;
        }
        out[n] = (1 << n) - 1;
        return out;
      }
      default: {
        List<String> names = fact.valueNames();
        return names.stream().filter(name -> !name.equals("UNKNOWN"))
            .mapToInt(names::indexOf).toArray();
      }
    }
  }

  /** The merged result of the fired rules, before text and ordering. */
  private static final class Outcome {
    final int[] stepUrgency;
    final boolean[] warnings;
    final boolean[] risks;
    int triggers;

    Outcome(int steps, int warningCount, int riskCount) {
      stepUrgency = new int[steps];
      warnings = new boolean[warningCount];
      risks = new boolean[riskCount];
    }

    void reset() {
      Arrays.fill(stepUrgency, NONE);
      Arrays.fill(warnings, false);
      Arrays.fill(risks, false);
      triggers = 0;
    }

    Urgency urgency() {
      int best = Urgency.ROUTINE.ordinal();
      for (int u : stepUrgency) {
        if (u != NONE && u < best) {
          best = u;
        }
      }
      return URGENCIES[best];
    }

    int[] orderedSteps(int[] rank) {
      int count = 0;
      long[] keys = new long[stepUrgency.length];
      for (int s = 0; s < stepUrgency.length; s++) {
        if (stepUrgency[s] != NONE) {
          keys[count++] = ((long) stepUrgency[s] << 40) | ((long) rank[s] << 20) | s;
        }
      }
      Arrays.sort(keys, 0, count);
      int[] out = new int[count];
      for (int i = 0; i < count; i++) {
        out[i] = (int) (keys[i] & 0xFFFFF);
      }
      return out;
    }

    /** How another outcome differs from this one, most consequential first; NONE if the same. */
    int change(Outcome other) {
      Urgency mine = urgency();
      Urgency theirs = other.urgency();
      if (theirs == Urgency.EMERGENCY && mine != Urgency.EMERGENCY) {
        return BECOMES_EMERGENCY;
      }
      if (triggers != other.triggers) {
        return REFERRAL_CHANGES;
      }
      if (mine != theirs) {
        return URGENCY_CHANGES;
      }
      return Arrays.equals(stepUrgency, other.stepUrgency) ? NONE : STEPS_CHANGE;
    }
  }
}
