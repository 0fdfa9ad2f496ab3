package org.safeguarding.advisor.engine;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.safeguarding.advisor.Contact;
import org.safeguarding.advisor.Step;

/**
 * Builds a plan's steps and its contacts: each step in the words of the text its reader is shown,
 * at its urgency, explained by the fired rules that gave it and cited by its own sources, its
 * text's and those rules'. What does not depend on the situation is worked out once per step; a
 * built step is remembered per variant (step, urgency, text entry and rules fired).
 */
final class PlanSteps {
  /** One step, in rank order, with what is worked out once for it. */
  private static final class Compiled {
    final StepDef def;
    /** The rules that can give it, in rule order. */
    final int[] giving;
    /** The ids of all those rules, for when all of them fired. */
    final List<String> allFiredBy;
    /** [text entry]: its sources when that text is read. */
    final EntrySources[] sources;
    /**
     * [text entry]: the contacts its reader is given, as indices into {@link PlanSteps#contacts}:
     * the entry's own where it has them, else the step's.
     */
    final int[][] contacts;
    /** [text entry]: the same contacts as ids, as a built step lists them. */
    final List<List<String>> contactIds;

    Compiled(StepDef def, int[] giving, List<String> allFiredBy, EntrySources[] sources,
        int[][] contacts, List<List<String>> contactIds) {
      this.def = def;
      this.giving = giving;
      this.allFiredBy = allFiredBy;
      this.sources = sources;
      this.contacts = contacts;
      this.contactIds = contactIds;
    }
  }

  /**
   * A step's sources when one of its texts is read: its own, then the text's new ones, then each
   * giving rule's new ones ({@code ids}); {@code from[i]} is -1 where ids[i] is the step's or the
   * text's, else the position in {@code giving} of the rule that brings it. {@code all} is the
   * whole list, for when every giving rule fired.
   */
  private record EntrySources(String[] ids, int[] from, List<String> all) {}

  private static final int OWN = -1;

  private final RuleSet rules;
  private final OutcomeLayout layout;
  private final Compiled[] steps;
  private final Contact[] contacts;
  /** The most text entries any item has: a factor of every variant key. */
  private final int maxEntries;
  /** The most rules a step can be given by for its variants to have a key. */
  private final int maxGivingForKey;

  /**
   * @param steps the steps in rank order
   * @param maxEntries the most text entries of any step, warning or risk factor
   */
  PlanSteps(StepDef[] steps, Map<String, ContactDef> contactDefs, RuleSet rules,
      OutcomeLayout layout, int maxEntries) {
    this.rules = rules;
    this.layout = layout;
    this.maxEntries = maxEntries;
    List<String> contactIds = new ArrayList<>(contactDefs.keySet());
    this.contacts = new Contact[contactIds.size()];
    for (int c = 0; c < contacts.length; c++) {
      contacts[c] = contactDefs.get(contactIds.get(c)).contact();
    }
    this.steps = new Compiled[steps.length];
    for (int s = 0; s < steps.length; s++) {
      StepDef def = steps[s];
      int[] giving = rules.givingStep(s, layout);
      List<String> ids = new ArrayList<>();
      for (int r : giving) {
        ids.add(rules.id(r));
      }
      EntrySources[] sources = new EntrySources[def.texts().count()];
      int[][] entryContacts = new int[sources.length][];
      List<List<String>> entryContactIds = new ArrayList<>();
      for (int e = 0; e < sources.length; e++) {
        List<String> shown = def.texts().contacts(e).orElse(def.contacts());
        entryContacts[e] = shown.stream().mapToInt(contactIds::indexOf).toArray();
        entryContactIds.add(shown);
        List<String> all = new ArrayList<>(def.sources());
        addNew(all, def.texts().sources(e));
        List<Integer> from = new ArrayList<>();
        all.forEach(x -> from.add(OWN));
        for (int g = 0; g < giving.length; g++) {
          for (String source : rules.sources(giving[g])) {
            if (!all.contains(source)) {
              all.add(source);
              from.add(g);
            }
          }
        }
        sources[e] = new EntrySources(all.toArray(new String[0]),
            from.stream().mapToInt(Integer::intValue).toArray(), List.copyOf(all));
      }
      this.steps[s] = new Compiled(def, giving, List.copyOf(ids), sources, entryContacts,
          List.copyOf(entryContactIds));
    }
    long variantsPerFiredSet = (long) OutcomeLayout.LEVELS * maxEntries * Math.max(1, steps.length);
    this.maxGivingForKey = Long.numberOfLeadingZeros(variantsPerFiredSet) - 1;
  }

  /** Adds to {@code into} those of {@code more} it does not hold yet, in order. */
  static void addNew(List<String> into, List<String> more) {
    for (String id : more) {
      if (!into.contains(id)) {
        into.add(id);
      }
    }
  }

  int count() {
    return steps.length;
  }

  StepDef def(int step) {
    return steps[step].def;
  }

  /** A plan's steps, and the contacts they give their reader. */
  record Plan(List<Step> steps, List<Contact> contacts) {}

  /**
   * The plan's steps, each in the text its reader is shown (within each urgency, set bits from low
   * to high are the rank order), and the contacts those texts give, each once, in the order the
   * steps first name them.
   */
  Plan plan(Outcome outcome, Facts facts, int audience, boolean[] fired,
      Memo<Step> stepVariants) {
    int size = outcome.stepCount();
    Step[] plan = new Step[size];
    int[] planSteps = new int[size];
    int[] planEntries = new int[size];
    int p = 0;
    for (int level = 0; level < OutcomeLayout.LEVELS; level++) {
      for (int word = 0; word < layout.stepWords; word++) {
        long bits = outcome.bits[layout.stepOffset(level) + word];
        while (bits != 0) {
          int s = word * 64 + Long.numberOfTrailingZeros(bits);
          bits &= bits - 1;
          int entry = steps[s].def.texts().choose(facts, audience);
          planSteps[p] = s;
          planEntries[p] = entry;
          plan[p++] = step(s, level, entry, fired, stepVariants);
        }
      }
    }
    return new Plan(List.of(plan), contacts(planSteps, planEntries));
  }

  /** The contacts the plan's steps give, each once, in the order the steps first name them. */
  private List<Contact> contacts(int[] planSteps, int[] planEntries) {
    long seenBits = 0;
    boolean[] seen = contacts.length > 64 ? new boolean[contacts.length] : null;
    int[] order = new int[contacts.length];
    int count = 0;
    for (int p = 0; p < planSteps.length; p++) {
      for (int c : steps[planSteps[p]].contacts[planEntries[p]]) {
        boolean known = seen == null ? (seenBits & (1L << c)) != 0 : seen[c];
        if (!known) {
          if (seen == null) {
            seenBits |= 1L << c;
          } else {
            seen[c] = true;
          }
          order[count++] = c;
        }
      }
    }
    Contact[] out = new Contact[count];
    for (int i = 0; i < count; i++) {
      out[i] = contacts[order[i]];
    }
    return List.of(out);
  }

  /**
   * One step of the plan, in the words of one of its text entries, explained by the fired rules
   * that give it; built once per variant (step, urgency, entry and rules fired).
   */
  private Step step(int s, int level, int entry, boolean[] fired, Memo<Step> stepVariants) {
    int[] giving = steps[s].giving;
    if (stepVariants == null || giving.length > maxGivingForKey) {
      return build(s, level, entry, fired);
    }
    long firedGiving = 0;
    for (int i = 0; i < giving.length; i++) {
      if (fired[giving[i]]) {
        firedGiving |= 1L << i;
      }
    }
    long key = ((firedGiving * OutcomeLayout.LEVELS + level) * maxEntries + entry) * steps.length
        + s;
    Step known = stepVariants.get(key);
    if (known == null) {
      known = build(s, level, entry, fired);
      stepVariants.put(key, known);
    }
    return known;
  }

  private Step build(int s, int level, int entry, boolean[] fired) {
    Compiled step = steps[s];
    int[] giving = step.giving;
    int firedCount = 0;
    for (int r : giving) {
      if (fired[r]) {
        firedCount++;
      }
    }
    EntrySources sources = step.sources[entry];
    List<String> firedBy;
    List<String> stepSources;
    if (firedCount == giving.length) {
      firedBy = step.allFiredBy;
      stepSources = sources.all();
    } else {
      String[] ids = new String[firedCount];
      int i = 0;
      for (int r : giving) {
        if (fired[r]) {
          ids[i++] = rules.id(r);
        }
      }
      firedBy = List.of(ids);
      String[] all = sources.ids();
      int[] from = sources.from();
      String[] picked = new String[all.length];
      int k = 0;
      for (int j = 0; j < all.length; j++) {
        if (from[j] == OWN || fired[giving[from[j]]]) {
          picked[k++] = all[j];
        }
      }
      stepSources = List.of(k == picked.length ? picked : Arrays.copyOf(picked, k));
    }
    StepDef def = step.def;
    return Step.of(def.id(), OutcomeLayout.URGENCIES[level], def.texts().value(entry, 0),
        def.texts().value(entry, 1), step.contactIds.get(entry), stepSources, firedBy);
  }
}
