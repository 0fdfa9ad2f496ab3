package org.safeguarding.advisor.engine;

import java.util.ArrayList;
import java.util.List;

/**
 * Chooses what a reader reads first (contract 1.1, the assessment's {@code doFirst}): the plan's
 * steps and warnings that a doFirst entry ranks in this situation, lowest rank first, at most
 * {@link #MAX}; the plan's first step if none is. Each audience's entries are sorted once, when
 * the bundle is compiled.
 */
final class DoFirstChooser {
  /** The most ids {@link org.safeguarding.advisor.Assessment#doFirst()} holds. */
  static final int MAX = 3;
  /** The most entries an audience may have for its lists to be remembered. */
  private static final int KEYED = 60;

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

  /** [audience]: its entries, lowest rank first. */
  private final RankedEntry[][] entries;
  private final String[] stepIds;
  private final String[] warningIds;
  /** [step]: a list of its id alone, what to read first when nothing ranked is in the plan. */
  private final List<List<String>> stepIdAlone;

  /** @param steps the steps in rank order */
  DoFirstChooser(StepDef[] steps, WarningDef[] warnings) {
    this.stepIds = new String[steps.length];
    List<List<String>> alone = new ArrayList<>();
    for (int s = 0; s < steps.length; s++) {
      stepIds[s] = steps[s].id();
      alone.add(List.of(stepIds[s]));
    }
    this.stepIdAlone = List.copyOf(alone);
    this.warningIds = new String[warnings.length];
    for (int w = 0; w < warnings.length; w++) {
      warningIds[w] = warnings[w].id();
    }
    this.entries = new RankedEntry[OutcomeLayout.AUDIENCES][];
    for (int a = 0; a < OutcomeLayout.AUDIENCES; a++) {
      List<RankedEntry> ranked = new ArrayList<>();
      for (int s = 0; s < steps.length; s++) {
        addRanked(ranked, s, steps[s].doFirst(), a);
      }
      for (int w = 0; w < warnings.length; w++) {
        addRanked(ranked, ~w, warnings[w].doFirst(), a);
      }
      // Stable: one item's entries of the same rank keep their order.
      ranked.sort((x, y) -> Integer.compare(x.rank(), y.rank()));
      entries[a] = ranked.toArray(new RankedEntry[0]);
    }
  }

  private static void addRanked(List<RankedEntry> into, int item, List<DoFirst> doFirst,
      int audience) {
    List<Condition> earlier = new ArrayList<>();
    for (DoFirst d : doFirst) {
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

  /**
   * The audience's ranked steps and warnings that are in the plan, lowest rank first, at most
   * {@link #MAX}; the plan's first step if none is.
   */
  List<String> choose(Outcome outcome, Facts facts, int audience, Memo<List<String>> variants) {
    RankedEntry[] candidates = entries[audience];
    // The positions of the first few entries that apply; as bits, with the audience, the key
    // (each position names one item, so they determine the list).
    int first = -1;
    int second = -1;
    int third = -1;
    int n = 0;
    for (int i = 0; i < candidates.length && n < MAX; i++) {
      RankedEntry candidate = candidates[i];
      int item = candidate.item();
      if ((item >= 0 ? outcome.hasStep(item) : outcome.hasWarning(~item))
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
      int firstStep = outcome.firstStep();
      return firstStep < 0 ? List.of() : stepIdAlone.get(firstStep);
    }
    boolean keyed = variants != null && candidates.length <= KEYED;
    long key = keyed ? ((1L << first | (second < 0 ? 0 : 1L << second)
        | (third < 0 ? 0 : 1L << third)) * OutcomeLayout.AUDIENCES + audience) : 0;
    List<String> known = keyed ? variants.get(key) : null;
    if (known == null) {
      String[] picked = new String[n];
      int[] at = {first, second, third};
      for (int k = 0; k < n; k++) {
        int item = candidates[at[k]].item();
        picked[k] = item >= 0 ? stepIds[item] : warningIds[~item];
      }
      known = List.of(picked);
      if (keyed) {
        variants.put(key, known);
      }
    }
    return known;
  }
}
