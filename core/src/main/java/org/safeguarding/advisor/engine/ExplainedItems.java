package org.safeguarding.advisor.engine;

import java.util.ArrayList;
import java.util.List;

/**
 * Builds a plan's warnings, or its risk factors (one instance for each): every one the fired rules
 * give, in the bundle's order, in the words of the text its reader is shown, cited by its own
 * sources then that text's, and explained by the fired rules that gave it. A built item is
 * remembered per variant (item, text entry and rules fired).
 *
 * @param <V> {@link org.safeguarding.advisor.Warning} or {@link
 *     org.safeguarding.advisor.RiskFactor}
 */
final class ExplainedItems<V> {
  /** How a value is made: {@code Warning::of} or {@code RiskFactor::of}. */
  @FunctionalInterface
  interface Maker<V> {
    V make(String id, String text, List<String> sources, List<String> firedBy);
  }

  /**
   * One item, with what is worked out once for it: the rules that can give it (in rule order) and
   * [text entry] its sources when that text is read.
   */
  private record Compiled(String id, Texts texts, int[] giving, List<List<String>> sources) {}

  private final RuleSet rules;
  private final Compiled[] items;
  /** Where the items' bits start in an outcome, and how many words they take. */
  private final int offset;
  private final int words;
  private final int maxEntries;
  /** The most rules an item can be given by for its variants to have a key. */
  private final int maxGivingForKey;
  private final Maker<V> maker;

  /**
   * @param ids, texts, sources: each item's, in the bundle's order
   * @param maxEntries the most text entries of any step, warning or risk factor
   */
  ExplainedItems(List<String> ids, List<Texts> texts, List<List<String>> sources, int offset,
      int words, RuleSet rules, int maxEntries, Maker<V> maker) {
    this.rules = rules;
    this.offset = offset;
    this.words = words;
    this.maxEntries = maxEntries;
    this.maker = maker;
    this.items = new Compiled[ids.size()];
    for (int i = 0; i < items.length; i++) {
      List<String> own = sources.get(i);
      Texts t = texts.get(i);
      List<List<String>> byEntry = new ArrayList<>();
      for (int e = 0; e < t.count(); e++) {
        List<String> all = new ArrayList<>(own);
        PlanSteps.addNew(all, t.sources(e));
        // The item's own list where the text adds nothing, so that it is shared, not copied.
        byEntry.add(all.size() == own.size() ? own : List.copyOf(all));
      }
      items[i] = new Compiled(ids.get(i), t, rules.giving(offset, i), List.copyOf(byEntry));
    }
    this.maxGivingForKey = Long.numberOfLeadingZeros((long) maxEntries * items.length) - 1;
  }

  int count() {
    return items.length;
  }

  Texts texts(int item) {
    return items[item].texts();
  }

  String id(int item) {
    return items[item].id();
  }

  /** Every item in the outcome, in the bundle's order, for the audience. */
  List<V> build(Outcome outcome, Facts facts, int audience, boolean[] fired, Memo<V> variants) {
    int count = outcome.count(offset, words);
    if (count == 0) {
      return List.of();
    }
    Object[] out = new Object[count];
    int i = 0;
    for (int word = 0; word < words; word++) {
      long set = outcome.bits[offset + word];
      while (set != 0) {
        int k = word * 64 + Long.numberOfTrailingZeros(set);
        set &= set - 1;
        Compiled item = items[k];
        long mask = variants == null ? -1 : RuleSet.firedAmong(item.giving(), fired,
            maxGivingForKey);
        int entry = item.texts().choose(facts, audience);
        long key = (mask * maxEntries + entry) * items.length + k;
        V known = mask < 0 ? null : variants.get(key);
        if (known == null) {
          known = maker.make(item.id(), item.texts().value(entry, 0), item.sources().get(entry),
              rules.firedIds(item.giving(), fired));
          if (mask >= 0) {
            variants.put(key, known);
          }
        }
        out[i++] = known;
      }
    }
    @SuppressWarnings("unchecked")
    List<V> list = (List<V>) (List<?>) List.of(out);
    return list;
  }
}
