package org.safeguarding.advisor.engine;

import java.util.ArrayList;
import java.util.List;

/**
 * The bundle's rules, compiled: each rule's condition over {@link Facts}, what it gives as a bit
 * set laid out by {@link OutcomeLayout}, the referral triggers it raises (a bit per trigger) and
 * the facts its condition reads (a bit per fact slot). Fires them for a situation.
 */
final class RuleSet {
  private final RuleDef[] rules;
  private final Condition[] when;
  /** [rule]: what it gives, {@link OutcomeLayout#words} words. */
  private final long[][] gives;
  private final int[] triggers;
  private final int[] reads;

  /**
   * @param rank [declared step]: its place in rank order, the bit that stands for it
   */
  RuleSet(List<RuleDef> defs, int[] rank, OutcomeLayout layout) {
    this.rules = defs.toArray(new RuleDef[0]);
    this.when = new Condition[rules.length];
    this.gives = new long[rules.length][layout.words];
    this.triggers = new int[rules.length];
    this.reads = new int[rules.length];
    for (int r = 0; r < rules.length; r++) {
      RuleDef rule = rules[r];
      when[r] = rule.when();
      for (int i = 0; i < rule.steps().length; i++) {
        int s = rank[rule.steps()[i]];
        OutcomeLayout.set(gives[r], layout.stepOffset(rule.stepUrgencies()[i].ordinal()), s);
      }
      for (int w : rule.warnings()) {
        OutcomeLayout.set(gives[r], layout.warningOffset, w);
      }
      for (int k : rule.riskFactors()) {
        OutcomeLayout.set(gives[r], layout.riskOffset, k);
      }
      triggers[r] = rule.triggers();
      reads[r] = when[r].factsRead();
    }
  }

  int count() {
    return rules.length;
  }

  String id(int rule) {
    return rules[rule].id();
  }

  List<String> sources(int rule) {
    return rules[rule].sources();
  }

  Condition when(int rule) {
    return when[rule];
  }

  /** What the rule gives; the array is shared, and never written. */
  long[] gives(int rule) {
    return gives[rule];
  }

  int triggers(int rule) {
    return triggers[rule];
  }

  /** The facts the rule's condition reads, as a mask of slots. */
  int reads(int rule) {
    return reads[rule];
  }

  /** Which rules hold for these facts: [rule] true if it fires. */
  boolean[] fire(Facts facts) {
    boolean[] fired = new boolean[rules.length];
    for (int r = 0; r < rules.length; r++) {
      fired[r] = when[r].test(facts);
    }
    return fired;
  }

  /** The rules that give the {@code index}-th bit from {@code offset}, in rule order. */
  int[] giving(int offset, int index) {
    List<Integer> out = new ArrayList<>();
    for (int r = 0; r < rules.length; r++) {
      if (OutcomeLayout.has(gives[r], offset, index)) {
        out.add(r);
      }
    }
    return out.stream().mapToInt(Integer::intValue).toArray();
  }

  /** The rules that give the step, at any urgency, in rule order. */
  int[] givingStep(int step, OutcomeLayout layout) {
    List<Integer> out = new ArrayList<>();
    for (int r = 0; r < rules.length; r++) {
      for (int level = 0; level < OutcomeLayout.LEVELS; level++) {
        if (OutcomeLayout.has(gives[r], layout.stepOffset(level), step)) {
          out.add(r);
          break;
        }
      }
    }
    return out.stream().mapToInt(Integer::intValue).toArray();
  }

  /** The rules whose condition reads the fact, in rule order. */
  int[] reading(Fact fact) {
    List<Integer> out = new ArrayList<>();
    for (int r = 0; r < rules.length; r++) {
      if ((reads[r] & (1 << fact.slot)) != 0) {
        out.add(r);
      }
    }
    return out.stream().mapToInt(Integer::intValue).toArray();
  }

  /** The ids of the fired rules among {@code giving}, in rule order. */
  List<String> firedIds(int[] giving, boolean[] fired) {
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

  /**
   * The fired rules among {@code giving} as bits (bit i for giving[i]), a part of a memo key; -1
   * if there are more than {@code maxForKey}, too many to key.
   */
  static long firedAmong(int[] giving, boolean[] fired, int maxForKey) {
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
}
