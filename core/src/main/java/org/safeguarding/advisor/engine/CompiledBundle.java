package org.safeguarding.advisor.engine;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;
import org.safeguarding.advisor.Assessment;
import org.safeguarding.advisor.BundleIdentity;
import org.safeguarding.advisor.BundleSource;
import org.safeguarding.advisor.Contact;
import org.safeguarding.advisor.LintFinding;
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
 * A checked bundle, compiled for evaluation. It has no state after construction: what is
 * remembered between assessments (assessments by situation, built steps by variant) is the
 * caller's {@link Memos}, one per advisor, so one instance serves every thread and every advisor.
 *
 * <p>Everything that does not depend on the situation is done here, once: rules become predicates
 * over {@link Facts} and bit masks of what they give; steps are numbered in rank order (so the
 * bits of a plan, read from low to high within each urgency, are the order to do them); the text,
 * warnings, referrals and questions for each audience are built as values ahead of time.
 */
public final class CompiledBundle {
  private static final int LEVELS = Urgency.values().length;
  private static final Urgency[] URGENCIES = Urgency.values();
  private static final int AUDIENCES = Reporter.values().length;
  private static final int NONE = -1;

  private final BundleIdentity identity;
  private final LocalDate reviewBy;
  private final List<Source> sources;

  /** Steps in rank order: step i is the i-th in the bundle's order (declared, then "after"). */
  private final StepDef[] steps;
  private final int stepWords;
  /** [audience]: the steps that have text for that audience. */
  private final long[][] audienceSteps;
  /** Whether some step is only for some audiences, so that the reporter matters. */
  private final boolean audienceLimitedSteps;

  private final RuleDef[] rules;
  private final Condition[] when;
  /**
   * [rule]: what the rule gives, as one bit set of {@link #outcomeWords} words: LEVELS blocks of
   * stepWords words (the steps it gives at each urgency), then the warnings, then the risk factors.
   */
  private final long[][] ruleGives;
  private final int[] ruleTriggers;
  private final int levelWords;
  private final int warningOffset;
  private final int warningWords;
  private final int riskOffset;
  private final int riskWords;
  private final int outcomeWords;
  /** How many named conditions there are: each has a memo slot in {@link Facts}. */
  private final int namedConditions;

  /** [step]: the rules that can give it, in rule order. */
  private final int[][] rulesGiving;
  /** [step]: the ids of all those rules, for when all of them fired. */
  private final List<String>[] allFiredBy;
  /**
   * [step][text entry]: the step's own sources, then the entry's new ones, then each giving rule's
   * new ones.
   */
  private final String[][][] sourceIds;
  /**
   * [step][entry][i]: -1 if sourceIds[step][entry][i] is the step's or the entry's own, else the
   * giving-rule position.
   */
  private final int[][][] sourceFrom;
  /** [step][entry]: every source, for when all giving rules fired. */
  private final List<String>[][] allSources;
  /** [warning][entry]: the warning's own sources, then the entry's new ones. */
  private final List<String>[][] warningSources;
  /** [risk factor][entry]: the risk factor's own sources, then the entry's new ones. */
  private final List<String>[][] riskSources;
  /** [step]: the indices of its contacts in {@link #contactValues}. */
  private final int[][] stepContacts;
  private final Contact[] contactValues;

  private final WarningDef[] warningDefs;
  /** [warning]: the rules that can give it, in rule order. */
  private final int[][] rulesGivingWarning;
  private final RiskFactorDef[] riskDefs;
  /** [risk factor]: the rules that can give it, in rule order. */
  private final int[][] rulesGivingRisk;
  /** The rules that raise a referral trigger, in rule order. */
  private final int[] triggerRules;
  private final ReferralTrigger[] triggerValues = ReferralTrigger.values();
  /**
   * [audience]: the doFirst entries that may rank a step or warning for that audience, lowest rank
   * first (see {@link RankedEntry}).
   */
  private final RankedEntry[][] doFirstCandidates;
  /** [step]: a list of its id alone, what to read first when nothing ranked is in the plan. */
  private final List<String>[] stepIdAlone;
  /** The most ids {@link Assessment#doFirst()} holds. */
  static final int MAX_DO_FIRST = 3;

  /** The most candidates an audience may have for its doFirst lists to be remembered. */
  private static final int DO_FIRST_KEYED = 60;
  /** The most rules a step can be given by for its variants to have a key. */
  private final int maxGivingForKey;

  private final QuestionDef[] questions;
  private final OpenQuestion[][] questionText; // [question][text entry]
  /** The most text entries any step, warning or risk factor has: a factor of the variant keys. */
  private final int maxEntries;
  /**
   * [fact slot]: the steps, warnings ({@code ~index}) and risk factors ({@code RISK_BASE + index})
   * whose text is chosen by a condition that reads the fact: what an answer can reword.
   */
  private final int[][] textReaders;
  private static final int RISK_BASE = 1 << 20;
  /** For each fact slot, the rules whose condition reads it: what to re-run when it is answered. */
  private final int[][] rulesReading;
  /**
   * For each fact slot, the answers worth trying: one per band of values the rules tell apart. At
   * most 31 (sets have a member more than their enum, ages a band per age test), so that the
   * answers for all of them fit in the bits of an int ({@link Condition#testEach}).
   */
  private final int[][] candidates;
  /** [rule]: the facts its condition reads, as a mask of slots. */
  private final int[] ruleReads;
  /** The most rules that read any one fact: the size of planning's working space. */
  private final int maxRulesReading;
  /** The bundle's conflictsWith and needs declarations, proved when {@link #lint} is called. */
  private final BundleLint lint;
  /** What the bundle holds, as values for applications to list. */
  private final BundleInventory inventory;
  /** The jurisdictions the bundle covers: a situation in any other is refused. */
  private final Jurisdictions jurisdictions;

  @SuppressWarnings("unchecked")
  CompiledBundle(BundleIdentity identity, LocalDate reviewBy, List<Source> sources,
      Map<String, ContactDef> contacts, List<StepDef> declaredSteps, int[] rank,
      List<WarningDef> warnings, List<RiskFactorDef> riskFactors, List<RuleDef> ruleDefs,
      List<QuestionDef> questionDefs, SortedSet<Integer> ageSplits, int namedConditions,
      BundleLint lint, BundleInventory inventory) {
    this.inventory = inventory;
    this.identity = identity;
    this.lint = lint;
    this.jurisdictions = lint.jurisdictions;
    this.reviewBy = reviewBy;
    this.sources = List.copyOf(sources);
    this.namedConditions = namedConditions;
    int n = declaredSteps.size();
    this.steps = new StepDef[n];
    for (int declared = 0; declared < n; declared++) {
      steps[rank[declared]] = declaredSteps.get(declared);
    }
    this.stepWords = words(n);
    this.audienceSteps = new long[AUDIENCES][stepWords];
    boolean limited = false;
    for (Reporter audience : Reporter.values()) {
      for (int s = 0; s < n; s++) {
        if (steps[s].isFor(audience)) {
          set(audienceSteps[audience.ordinal()], 0, s);
        } else {
          limited = true;
        }
      }
    }
    this.audienceLimitedSteps = limited;

    this.rules = ruleDefs.toArray(new RuleDef[0]);
    this.when = new Condition[rules.length];
    this.warningWords = words(warnings.size());
    this.riskWords = words(riskFactors.size());
    this.levelWords = LEVELS * stepWords;
    this.warningOffset = levelWords;
    this.riskOffset = warningOffset + warningWords;
    this.outcomeWords = riskOffset + riskWords;
    this.ruleGives = new long[rules.length][outcomeWords];
    this.ruleTriggers = new int[rules.length];
    for (int r = 0; r < rules.length; r++) {
      RuleDef rule = rules[r];
      when[r] = rule.when();
      for (int i = 0; i < rule.steps().length; i++) {
        int s = rank[rule.steps()[i]];
        set(ruleGives[r], rule.stepUrgencies()[i].ordinal() * stepWords, s);
      }
      for (int w : rule.warnings()) {
        set(ruleGives[r], warningOffset, w);
      }
      for (int k : rule.riskFactors()) {
        set(ruleGives[r], riskOffset, k);
      }
      ruleTriggers[r] = rule.triggers();
    }

    List<String> contactIds = new ArrayList<>(contacts.keySet());
    this.contactValues = new Contact[contactIds.size()];
    for (int c = 0; c < contactValues.length; c++) {
      contactValues[c] = contacts.get(contactIds.get(c)).contact();
    }
    this.rulesGiving = new int[n][];
    this.allFiredBy = new List[n];
    this.sourceIds = new String[n][][];
    this.sourceFrom = new int[n][][];
    this.allSources = new List[n][];
    this.stepContacts = new int[n][];
    this.stepIdAlone = new List[n];
    for (int s = 0; s < n; s++) {
      List<Integer> giving = new ArrayList<>();
      List<String> ids = new ArrayList<>();
      for (int r = 0; r < rules.length; r++) {
        if (gives(r, s)) {
          giving.add(r);
          ids.add(rules[r].id());
        }
      }
      rulesGiving[s] = giving.stream().mapToInt(Integer::intValue).toArray();
      allFiredBy[s] = List.copyOf(ids);
      int stepEntries = steps[s].texts().count();
      sourceIds[s] = new String[stepEntries][];
      sourceFrom[s] = new int[stepEntries][];
      allSources[s] = new List[stepEntries];
      for (int e = 0; e < stepEntries; e++) {
        List<String> all = withNew(steps[s].sources(), steps[s].texts().sources(e));
        List<Integer> from = new ArrayList<>();
        all.forEach(x -> from.add(NONE));
        for (int g = 0; g < rulesGiving[s].length; g++) {
          for (String source : rules[rulesGiving[s][g]].sources()) {
            if (!all.contains(source)) {
              all.add(source);
              from.add(g);
            }
          }
        }
        sourceIds[s][e] = all.toArray(new String[0]);
        sourceFrom[s][e] = from.stream().mapToInt(Integer::intValue).toArray();
        allSources[s][e] = List.copyOf(all);
      }
      stepContacts[s] = steps[s].contacts().stream().mapToInt(contactIds::indexOf).toArray();
      stepIdAlone[s] = List.of(steps[s].id());
    }

    int entries = 1;
    for (StepDef def : steps) {
      entries = Math.max(entries, def.texts().count());
    }
    for (WarningDef def : warnings) {
      entries = Math.max(entries, def.texts().count());
    }
    for (RiskFactorDef def : riskFactors) {
      entries = Math.max(entries, def.texts().count());
    }
    this.maxEntries = entries;
    long variantsPerFiredSet = (long) LEVELS * maxEntries * Math.max(1, n);
    this.maxGivingForKey = Long.numberOfLeadingZeros(variantsPerFiredSet) - 1;
    this.warningDefs = warnings.toArray(new WarningDef[0]);
    this.rulesGivingWarning = new int[warningDefs.length][];
    for (int w = 0; w < warningDefs.length; w++) {
      rulesGivingWarning[w] = rulesGiving(warningOffset, w);
    }
    this.warningSources = new List[warningDefs.length][];
    for (int w = 0; w < warningDefs.length; w++) {
      warningSources[w] = entrySources(warningDefs[w].sources(), warningDefs[w].texts());
    }
    this.riskDefs = riskFactors.toArray(new RiskFactorDef[0]);
    this.riskSources = new List[riskDefs.length][];
    for (int k = 0; k < riskDefs.length; k++) {
      riskSources[k] = entrySources(riskDefs[k].sources(), riskDefs[k].texts());
    }
    this.rulesGivingRisk = new int[riskDefs.length][];
    for (int k = 0; k < riskDefs.length; k++) {
      rulesGivingRisk[k] = rulesGiving(riskOffset, k);
    }
    List<Integer> raising = new ArrayList<>();
    for (int r = 0; r < rules.length; r++) {
      if (ruleTriggers[r] != 0) {
        raising.add(r);
      }
    }
    this.triggerRules = raising.stream().mapToInt(Integer::intValue).toArray();
    this.doFirstCandidates = new RankedEntry[AUDIENCES][];
    for (int a = 0; a < AUDIENCES; a++) {
      List<RankedEntry> ranked = new ArrayList<>();
      for (int st = 0; st < n; st++) {
        addRanked(ranked, st, steps[st].doFirst(), a);
      }
      for (int w = 0; w < warningDefs.length; w++) {
        addRanked(ranked, ~w, warningDefs[w].doFirst(), a);
      }
      // Stable: one item's entries of the same rank keep their order.
      ranked.sort((x, y) -> Integer.compare(x.rank(), y.rank()));
      doFirstCandidates[a] = ranked.toArray(new RankedEntry[0]);
    }

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
    for (Fact fact : Fact.ALL) {
      List<Integer> readers = new ArrayList<>();
      int bit = 1 << fact.slot;
      for (int st = 0; st < n; st++) {
        if ((steps[st].texts().factsRead() & bit) != 0) {
          readers.add(st);
        }
      }
      for (int w = 0; w < warningDefs.length; w++) {
        if ((warningDefs[w].texts().factsRead() & bit) != 0) {
          readers.add(~w);
        }
      }
      for (int k = 0; k < riskDefs.length; k++) {
        if ((riskDefs[k].texts().factsRead() & bit) != 0) {
          readers.add(RISK_BASE + k);
        }
      }
      textReaders[fact.slot] = readers.stream().mapToInt(Integer::intValue).toArray();
    }
    this.rulesReading = new int[Fact.COUNT][];
    this.candidates = new int[Fact.COUNT][];
    this.ruleReads = new int[rules.length];
    for (int r = 0; r < rules.length; r++) {
      ruleReads[r] = when[r].factsRead();
    }
    int mostReading = 0;
    for (Fact fact : Fact.ALL) {
      List<Integer> reading = new ArrayList<>();
      for (int r = 0; r < rules.length; r++) {
        if ((ruleReads[r] & (1 << fact.slot)) != 0) {
          reading.add(r);
        }
      }
      rulesReading[fact.slot] = reading.stream().mapToInt(Integer::intValue).toArray();
      candidates[fact.slot] = candidatesFor(fact, ageSplits, jurisdictions);
      if (candidates[fact.slot].length >= Integer.SIZE) {
        throw new IllegalStateException(fact.path + " has too many answers to plan with");
      }
      mostReading = Math.max(mostReading, reading.size());
    }
    this.maxRulesReading = mostReading;
  }

  /**
   * One doFirst entry for one audience: it ranks {@code item} (a step as its index in rank order,
   * a warning as {@code ~index}) at {@code rank} when the item is in the plan, {@code when} holds
   * (null: always) and none of {@code earlier} holds (the item's entries before it for the same
   * audience, which would rank it first).
   */
  private record RankedEntry(int rank, int item, Condition when, Condition[] earlier) {
    boolean applies(Facts facts) {
      if (when != null && !when.test(facts)) {
        return false;
      }
      for (Condition c : earlier) {
        if (c.test(facts)) {
          return false;
        }
      }
      return true;
    }
  }

  private static void addRanked(List<RankedEntry> into, int item,
      List<BundleLoader.DoFirst> entries, int audience) {
    List<Condition> earlier = new ArrayList<>();
    for (BundleLoader.DoFirst d : entries) {
      if (!d.isFor(audience)) {
        continue;
      }
      into.add(new RankedEntry(d.rank(), item, d.when(), earlier.toArray(new Condition[0])));
      if (d.when() == null) {
        return; // the loader refuses an entry for this audience after one without "when"
      }
      earlier.add(d.when());
    }
  }

  /** {@code first}, then those of {@code then} it does not hold, as a new list. */
  private static List<String> withNew(List<String> first, List<String> then) {
    List<String> out = new ArrayList<>(first);
    for (String id : then) {
      if (!out.contains(id)) {
        out.add(id);
      }
    }
    return out;
  }

  /**
   * [entry]: an item's sources when that text entry is read: its own, then the entry's; the
   * item's own list itself where the entry adds none, so it is shared, not copied.
   */
  @SuppressWarnings("unchecked")
  private static List<String>[] entrySources(List<String> own, Texts texts) {
    List<String>[] out = new List[texts.count()];
    for (int e = 0; e < out.length; e++) {
      List<String> all = withNew(own, texts.sources(e));
      out[e] = all.size() == own.size() ? own : List.copyOf(all);
    }
    return out;
  }

  /** The rules that give the {@code index}-th warning or risk factor, from {@code offset}. */
  private int[] rulesGiving(int offset, int index) {
    List<Integer> giving = new ArrayList<>();
    for (int r = 0; r < rules.length; r++) {
      if (has(ruleGives[r], offset, index)) {
        giving.add(r);
      }
    }
    return giving.stream().mapToInt(Integer::intValue).toArray();
  }

  private boolean gives(int rule, int step) {
    for (int level = 0; level < LEVELS; level++) {
      if (has(ruleGives[rule], level * stepWords, step)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Loads, checks and compiles a bundle.
   *
   * @throws org.safeguarding.advisor.InvalidBundleException listing every problem found
   */
  public static CompiledBundle load(BundleSource source) {
    return BundleLoader.load(source);
  }

  /**
   * Proves the bundle's conflictsWith and needs declarations over every reachable situation (see
   * {@link BundleLint}): empty if every plan keeps them, else one finding, with a witness
   * situation, for each declaration some plan breaks.
   */
  public List<LintFinding> lint() {
    return lint.findings(this);
  }

  /** The lint's view of the bundle, for tests that check it against brute force. */
  BundleLint linter() {
    return lint;
  }

  public BundleInventory inventory() {
    return inventory;
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

  /**
   * The assessment of one situation: a pure function of the situation and this bundle. The memo
   * remembers assessments by the situation's key (which holds every fact, and nothing else), so a
   * situation seen again costs a lookup.
   *
   * @param memos the advisor's memo; {@link Memos#of Memos.of(0)} remembers nothing
   * @throws org.safeguarding.advisor.InvalidSituationException if the bundle does not cover the
   *     situation's jurisdiction (naming the jurisdictions it covers)
   */
  public Assessment evaluate(Situation situation, Memos memos) {
    long key = Facts.key(situation, jurisdictions);
    Memo<Assessment> assessments = memos.assessments;
    if (assessments == null) {
      return assess(Facts.of(key, namedConditions), memos);
    }
    Assessment known = assessments.get(key);
    if (known != null) {
      memos.hit();
      return known;
    }
    memos.miss();
    Assessment fresh = assess(Facts.of(key, namedConditions), memos);
    assessments.put(key, fresh);
    return fresh;
  }

  private Assessment assess(Facts facts, Memos memos) {
    boolean[] fired = new boolean[rules.length];
    for (int r = 0; r < rules.length; r++) {
      fired[r] = when[r].test(facts);
    }
    Outcome outcome = new Outcome();
    merge(facts, fired, outcome);
    int a = facts.get(Fact.REPORTER);

    // Steps: within each urgency, set bits from low to high are the rank order.
    Step[] plan = new Step[outcome.stepCount()];
    long contactsSeen = 0;
    boolean[] contactSeen = contactValues.length > 64 ? new boolean[contactValues.length] : null;
    int[] contactOrder = new int[contactValues.length];
    int contactCount = 0;
    int p = 0;
    int firstStep = -1;
    for (int level = 0; level < LEVELS; level++) {
      for (int word = 0; word < stepWords; word++) {
        long bits = outcome.bits[level * stepWords + word];
        while (bits != 0) {
          int s = word * 64 + Long.numberOfTrailingZeros(bits);
          bits &= bits - 1;
          if (p == 0) {
            firstStep = s;
          }
          plan[p++] = step(s, level, steps[s].texts().choose(facts, a), fired,
              memos.stepVariants);
          for (int c : stepContacts[s]) {
            boolean seen = contactSeen == null ? (contactsSeen & (1L << c)) != 0 : contactSeen[c];
            if (!seen) {
              if (contactSeen == null) {
                contactsSeen |= 1L << c;
              } else {
                contactSeen[c] = true;
              }
              contactOrder[contactCount++] = c;
            }
          }
        }
      }
    }
    Contact[] contactList = new Contact[contactCount];
    for (int i = 0; i < contactCount; i++) {
      contactList[i] = contactValues[contactOrder[i]];
    }
    return Assessment.of(identity, outcome.urgency(), referral(fired, memos.referralVariants),
        riskFactors(outcome, facts, a, fired, memos.riskVariants), List.of(plan),
        warnings(outcome, facts, a, fired, memos.warningVariants),
        List.of(contactList), openQuestions(facts, fired, outcome, a),
        doFirst(outcome, facts, a, firstStep, memos.doFirstVariants));
  }

  /**
   * The audience's doFirst candidates that are in the plan, lowest rank first, at most {@link
   * #MAX_DO_FIRST}; the plan's first step if none is.
   */
  private List<String> doFirst(Outcome outcome, Facts facts, int audience, int firstStep,
      Memo<List<String>> doFirstVariants) {
    RankedEntry[] candidates = doFirstCandidates[audience];
    // The positions of the first few entries that apply; as bits, with the audience, the key
    // (each position names one item, so they determine the list).
    int first = -1;
    int second = -1;
    int third = -1;
    int n = 0;
    for (int i = 0; i < candidates.length && n < MAX_DO_FIRST; i++) {
      RankedEntry candidate = candidates[i];
      int item = candidate.item();
      if ((item >= 0 ? outcome.hasStep(item) : has(outcome.bits, warningOffset, ~item))
          && candidate.applies(facts)) {
        if (n == 0) {
          first = i;
        } else if (n == 1) {
          second = i;
        } else {
          third = i;
        }
        n++;
      }
    }
    if (n == 0) {
      return firstStep < 0 ? List.of() : stepIdAlone[firstStep];
    }
    boolean keyed = doFirstVariants != null && candidates.length <= DO_FIRST_KEYED;
    long key = keyed ? ((1L << first | (second < 0 ? 0 : 1L << second)
        | (third < 0 ? 0 : 1L << third)) * AUDIENCES + audience) : 0;
    List<String> known = keyed ? doFirstVariants.get(key) : null;
    if (known == null) {
      String[] picked = new String[n];
      int[] at = {first, second, third};
      for (int k = 0; k < n; k++) {
        int item = candidates[at[k]].item();
        picked[k] = item >= 0 ? steps[item].id() : warningDefs[~item].id();
      }
      known = List.of(picked);
      if (keyed) {
        doFirstVariants.put(key, known);
      }
    }
    return known;
  }

  /** The fired rules among {@code giving} as bits (bit i for giving[i]); -1 if too many to key. */
  private static long firedAmong(int[] giving, boolean[] fired, int maxForKey) {
    if (giving.length > maxForKey) {
      return -1;
    }
    long mask = 0;
    for (int i = 0; i < giving.length; i++) {
      if (fired[giving[i]]) {
        mask |= 1L << i;
      }
    }
    return mask;
  }

  /** The ids of the fired rules among {@code giving}, in rule order. */
  private List<String> firedIds(int[] giving, boolean[] fired) {
    int count = 0;
    for (int r : giving) {
      if (fired[r]) {
        count++;
      }
    }
    String[] ids = new String[count];
    int i = 0;
    for (int r : giving) {
      if (fired[r]) {
        ids[i++] = rules[r].id();
      }
    }
    return List.of(ids);
  }

  private Referral referral(boolean[] fired, Memo<Referral> referralVariants) {
    long key = referralVariants == null ? -1 : firedAmong(triggerRules, fired, Long.SIZE - 2);
    Referral known = key < 0 ? null : referralVariants.get(key);
    if (known == null) {
      int mask = 0;
      for (int r : triggerRules) {
        if (fired[r]) {
          mask |= ruleTriggers[r];
        }
      }
      List<ReferralTrigger> present = new ArrayList<>();
      for (ReferralTrigger t : triggerValues) {
        if ((mask & (1 << t.ordinal())) != 0) {
          present.add(t);
        }
      }
      known = Referral.of(List.copyOf(present), firedIds(triggerRules, fired));
      if (key >= 0) {
        referralVariants.put(key, known);
      }
    }
    return known;
  }

  private List<Warning> warnings(Outcome outcome, Facts facts, int audience, boolean[] fired,
      Memo<Warning> warningVariants) {
    int count = outcome.count(warningOffset, warningWords);
    if (count == 0) {
      return List.of();
    }
    Warning[] out = new Warning[count];
    int i = 0;
    long perMask = (long) maxEntries * warningDefs.length;
    int maxForKey = Long.numberOfLeadingZeros(perMask) - 1;
    for (int word = 0; word < warningWords; word++) {
      long set = outcome.bits[warningOffset + word];
      while (set != 0) {
        int w = word * 64 + Long.numberOfTrailingZeros(set);
        set &= set - 1;
        int[] giving = rulesGivingWarning[w];
        long mask = warningVariants == null ? -1 : firedAmong(giving, fired, maxForKey);
        WarningDef def = warningDefs[w];
        int entry = def.texts().choose(facts, audience);
        long key = (mask * maxEntries + entry) * warningDefs.length + w;
        Warning known = mask < 0 ? null : warningVariants.get(key);
        if (known == null) {
          known = Warning.of(def.id(), def.texts().value(entry, 0), warningSources[w][entry],
              firedIds(giving, fired));
          if (mask >= 0) {
            warningVariants.put(key, known);
          }
        }
        out[i++] = known;
      }
    }
    return List.of(out);
  }

  private List<RiskFactor> riskFactors(Outcome outcome, Facts facts, int audience,
      boolean[] fired, Memo<RiskFactor> riskVariants) {
    int count = outcome.count(riskOffset, riskWords);
    if (count == 0) {
      return List.of();
    }
    RiskFactor[] out = new RiskFactor[count];
    int i = 0;
    int maxForKey = Long.numberOfLeadingZeros((long) maxEntries * riskDefs.length) - 1;
    for (int word = 0; word < riskWords; word++) {
      long set = outcome.bits[riskOffset + word];
      while (set != 0) {
        int k = word * 64 + Long.numberOfTrailingZeros(set);
        set &= set - 1;
        int[] giving = rulesGivingRisk[k];
        long mask = riskVariants == null ? -1 : firedAmong(giving, fired, maxForKey);
        RiskFactorDef def = riskDefs[k];
        int entry = def.texts().choose(facts, audience);
        long key = (mask * maxEntries + entry) * riskDefs.length + k;
        RiskFactor known = mask < 0 ? null : riskVariants.get(key);
        if (known == null) {
          known = RiskFactor.of(def.id(), def.texts().value(entry, 0), riskSources[k][entry],
              firedIds(giving, fired));
          if (mask >= 0) {
            riskVariants.put(key, known);
          }
        }
        out[i++] = known;
      }
    }
    return List.of(out);
  }

  /**
   * One step of the plan, in the words of one of its text entries, explained by the fired rules
   * that give it; built once per variant (step, urgency, entry and rules fired).
   */
  private Step step(int s, int level, int entry, boolean[] fired, Memo<Step> stepVariants) {
    int[] giving = rulesGiving[s];
    if (stepVariants == null || giving.length > maxGivingForKey) {
      return buildStep(s, level, entry, fired);
    }
    long firedGiving = 0;
    for (int i = 0; i < giving.length; i++) {
      if (fired[giving[i]]) {
        firedGiving |= 1L << i;
      }
    }
    long key = ((firedGiving * LEVELS + level) * maxEntries + entry) * steps.length + s;
    Step known = stepVariants.get(key);
    if (known == null) {
      known = buildStep(s, level, entry, fired);
      stepVariants.put(key, known);
    }
    return known;
  }

  private Step buildStep(int s, int level, int entry, boolean[] fired) {
    StepDef def = steps[s];
    int[] giving = rulesGiving[s];
    int firedCount = 0;
    for (int r : giving) {
      if (fired[r]) {
        firedCount++;
      }
    }
    List<String> firedBy;
    List<String> stepSources;
    if (firedCount == giving.length) {
      firedBy = allFiredBy[s];
      stepSources = allSources[s][entry];
    } else {
      String[] ids = new String[firedCount];
      int i = 0;
      for (int r : giving) {
        if (fired[r]) {
          ids[i++] = rules[r].id();
        }
      }
      firedBy = List.of(ids);
      String[] all = sourceIds[s][entry];
      int[] from = sourceFrom[s][entry];
      String[] picked = new String[all.length];
      int k = 0;
      for (int j = 0; j < all.length; j++) {
        if (from[j] == NONE || fired[giving[from[j]]]) {
          picked[k++] = all[j];
        }
      }
      stepSources = List.of(k == picked.length ? picked : Arrays.copyOf(picked, k));
    }
    return Step.of(def.id(), URGENCIES[level], def.texts().value(entry, 0),
        def.texts().value(entry, 1), def.contacts(), stepSources, firedBy);
  }

  /** Merges the fired rules into {@code o}: each step once, at its highest urgency. */
  private void merge(Facts facts, boolean[] fired, Outcome o) {
    o.clear();
    for (int r = 0; r < rules.length; r++) {
      if (fired[r]) {
        o.add(r);
      }
    }
    o.settle(facts.get(Fact.REPORTER));
  }

  // --- open questions -------------------------------------------------------------------------

  private static final int BECOMES_EMERGENCY = 0;
  private static final int REFERRAL_CHANGES = 1;
  private static final int URGENCY_CHANGES = 2;
  private static final int STEPS_CHANGE = 3;
  private static final int TEXT_CHANGES = 4;

  /**
   * The unknown facts whose answer, alone, would change the urgency, the referral, the steps or
   * the words of the plan, ranked: questions the bundle asks first in this situation, then by
   * consequence (a change to EMERGENCY, then the referral, then the urgency, then the steps, then
   * only the text of a step, warning or risk factor in the plan), then in the bundle's order.
   * Each answer is tried in place, re-running only the rules and text conditions that read it.
   */
  private List<OpenQuestion> openQuestions(Facts facts, boolean[] fired, Outcome current,
      int audience) {
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
      if (consequence == NONE) {
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
    return rulesReading[fact.slot].length > 0 || (fact == Fact.REPORTER && audienceLimitedSteps)
        || textReaders[fact.slot].length > 0;
  }

  /** Working space for one assessment's planning, made once and reused for every fact. */
  private final class Planning {
    /** [i]: for rulesReading[fact][i], bit c is whether it fires with the c-th candidate. */
    final int[] firesWith = new int[maxRulesReading];
    /** The fired rules that do not read the fact: the same whatever its answer. */
    final Outcome unaffected = new Outcome();
    final Outcome whatIf = new Outcome();
    /** For the text pass: [candidate] the entry a reader would read. */
    final int[] entryWith = new int[Integer.SIZE];
    /** The questions that matter, each as one sortable key (see openQuestions). */
    final long[] ranked = new long[questions.length];
  }

  /**
   * The most serious change any single answer to {@code fact} makes, or NONE. Each rule that reads
   * the fact is asked once for all the candidate answers ({@link Condition#testEach}); the plan
   * for an answer is then the fired rules that do not read the fact, merged once per fact, plus
   * the reading rules that fire with that answer.
   */
  private int consequence(Fact fact, Facts facts, boolean[] fired, Outcome current,
      Planning planning, int audience) {
    int[] reading = rulesReading[fact.slot];
    int[] values = candidates[fact.slot];
    int[] firesWith = planning.firesWith;
    for (int i = 0; i < reading.length; i++) {
      firesWith[i] = when[reading[i]].testEach(facts, fact, values);
    }
    int original = facts.get(fact);
    // The reporter also chooses which steps the audience gets, whether or not a rule reads it.
    boolean choosesAudience = fact == Fact.REPORTER;
    boolean unaffectedMerged = false;
    int best = NONE;
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
        for (int r = 0; r < rules.length; r++) {
          if (fired[r] && (ruleReads[r] & readBit) == 0) {
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
      if (change != NONE && (best == NONE || change < best)) {
        best = change;
        if (best == BECOMES_EMERGENCY) {
          break;
        }
      }
    }
    if (best == NONE && textReaders[fact.slot].length > 0
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
        texts = riskDefs[reader - RISK_BASE].texts();
        inPlan = has(current.bits, riskOffset, reader - RISK_BASE);
      } else if (reader < 0) {
        texts = warningDefs[~reader].texts();
        inPlan = has(current.bits, warningOffset, ~reader);
      } else {
        texts = steps[reader].texts();
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
        for (int r = 0; r < rules.length; r++) {
          if (fired[r] && (ruleReads[r] & readBit) == 0) {
            whatIf.add(r);
          }
        }
        for (int i = 0; i < reading.length; i++) {
          if ((planning.firesWith[i] >>> c & 1) != 0) {
            whatIf.add(reading[i]);
          }
        }
        boolean kept = reader >= RISK_BASE ? has(whatIf.bits, riskOffset, reader - RISK_BASE)
            : has(whatIf.bits, warningOffset, ~reader);
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

  // --- bit sets ---------------------------------------------------------------------------------

  private static int words(int bits) {
    return Math.max(1, (bits + 63) >>> 6);
  }

  private static void set(long[] words, int offset, int bit) {
    words[offset + (bit >>> 6)] |= 1L << bit;
  }

  private static boolean has(long[] words, int offset, int bit) {
    return (words[offset + (bit >>> 6)] & (1L << bit)) != 0;
  }

  /**
   * What the fired rules give, as bit sets. After {@link #settle}, each step is in exactly one
   * urgency level (its highest) and only if the audience has text for it.
   */
  private final class Outcome {
    /** Laid out as {@link #ruleGives}: steps by urgency level, then warnings, then risks. */
    final long[] bits = new long[outcomeWords];
    int triggers;

    void clear() {
      Arrays.fill(bits, 0);
      triggers = 0;
    }

    /** Copies only what {@link #change} compares: the steps by urgency, and the triggers. */
    void copyCompared(Outcome other) {
      System.arraycopy(other.bits, 0, bits, 0, levelWords);
      triggers = other.triggers;
    }

    /** Adds only what {@link #change} compares: planning never reads warnings or risks. */
    void addCompared(int r) {
      long[] given = ruleGives[r];
      for (int i = 0; i < levelWords; i++) {
        bits[i] |= given[i];
      }
      triggers |= ruleTriggers[r];
    }

    void add(int r) {
      long[] given = ruleGives[r];
      for (int i = 0; i < outcomeWords; i++) {
        bits[i] |= given[i];
      }
      triggers |= ruleTriggers[r];
    }

    /** Keeps each step at its highest urgency only, and only the audience's steps. */
    void settle(int audience) {
      long[] forAudience = audienceSteps[audience];
      for (int word = 0; word < stepWords; word++) {
        long seen = ~forAudience[word];
        for (int level = 0; level < LEVELS; level++) {
          int i = level * stepWords + word;
          bits[i] &= ~seen;
          seen |= bits[i];
        }
      }
    }

    boolean hasStep(int step) {
      for (int level = 0; level < LEVELS; level++) {
        if (has(bits, level * stepWords, step)) {
          return true;
        }
      }
      return false;
    }

    /** How many bits are set in {@code words} words from {@code offset}. */
    int count(int offset, int words) {
      int n = 0;
      for (int word = 0; word < words; word++) {
        n += Long.bitCount(bits[offset + word]);
      }
      return n;
    }

    int stepCount() {
      int n = 0;
      for (int i = 0; i < levelWords; i++) {
        n += Long.bitCount(bits[i]);
      }
      return n;
    }

    Urgency urgency() {
      for (int i = 0; i < levelWords; i++) {
        if (bits[i] != 0) {
          return URGENCIES[i / stepWords];
        }
      }
      return Urgency.ROUTINE;
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
      return Arrays.equals(bits, 0, levelWords, other.bits, 0, levelWords) ? NONE : STEPS_CHANGE;
    }
  }
}
