package org.safeguarding.advisor.engine;

import java.util.Arrays;
import org.safeguarding.advisor.Urgency;

/**
 * What the fired rules give, as bit sets laid out by {@link OutcomeLayout}: the working space of
 * one assessment (and of planning's "what if" plans), never shared between threads. After {@link
 * #settle}, each step is in exactly one urgency level (its highest) and only if the audience has
 * text for it; within a level, set bits from low to high are the order to do the steps.
 */
final class Outcome {
  /** How another outcome differs from this one ({@link #change}), most consequential first. */
  static final int NO_CHANGE = -1;
  static final int BECOMES_EMERGENCY = 0;
  static final int REFERRAL_CHANGES = 1;
  static final int URGENCY_CHANGES = 2;
  static final int STEPS_CHANGE = 3;

  private final RuleSet rules;
  private final OutcomeLayout layout;
  final long[] bits;
  int triggers;

  Outcome(RuleSet rules, OutcomeLayout layout) {
    this.rules = rules;
    this.layout = layout;
    this.bits = new long[layout.words];
  }

  /** The settled outcome of the fired rules, for the audience. */
  static Outcome of(RuleSet rules, OutcomeLayout layout, boolean[] fired, int audience) {
    Outcome o = new Outcome(rules, layout);
    for (int r = 0; r < fired.length; r++) {
      if (fired[r]) {
        o.add(r);
      }
    }
    o.settle(audience);
    return o;
  }

  void clear() {
    Arrays.fill(bits, 0);
    triggers = 0;
  }

  /** Copies only what {@link #change} compares: the steps by urgency, and the triggers. */
  void copyCompared(Outcome other) {
    System.arraycopy(other.bits, 0, bits, 0, layout.levelWords);
    triggers = other.triggers;
  }

  /** Adds only what {@link #change} compares: planning never reads warnings or risks. */
  void addCompared(int r) {
    long[] given = rules.gives(r);
    for (int i = 0; i < layout.levelWords; i++) {
      bits[i] |= given[i];
    }
    triggers |= rules.triggers(r);
  }

  void add(int r) {
    long[] given = rules.gives(r);
    for (int i = 0; i < bits.length; i++) {
      bits[i] |= given[i];
    }
    triggers |= rules.triggers(r);
  }

  /** Keeps each step at its highest urgency only, and only the audience's steps. */
  void settle(int audience) {
    int stepWords = layout.stepWords;
    for (int word = 0; word < stepWords; word++) {
      long seen = ~layout.audienceWord(audience, word);
      for (int level = 0; level < OutcomeLayout.LEVELS; level++) {
        int i = level * stepWords + word;
        bits[i] &= ~seen;
        seen |= bits[i];
      }
    }
  }

  boolean hasStep(int step) {
    for (int level = 0; level < OutcomeLayout.LEVELS; level++) {
      if (OutcomeLayout.has(bits, layout.stepOffset(level), step)) {
        return true;
      }
    }
    return false;
  }

  boolean hasWarning(int warning) {
    return OutcomeLayout.has(bits, layout.warningOffset, warning);
  }

  boolean hasRiskFactor(int riskFactor) {
    return OutcomeLayout.has(bits, layout.riskOffset, riskFactor);
  }

  /** The plan's first step (most urgent, then first in rank order), or -1 if it has none. */
  int firstStep() {
    for (int i = 0; i < layout.levelWords; i++) {
      if (bits[i] != 0) {
        return (i % layout.stepWords) * 64 + Long.numberOfTrailingZeros(bits[i]);
      }
    }
    return -1;
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
    return count(0, layout.levelWords);
  }

  Urgency urgency() {
    for (int i = 0; i < layout.levelWords; i++) {
      if (bits[i] != 0) {
        return OutcomeLayout.URGENCIES[i / layout.stepWords];
      }
    }
    return Urgency.ROUTINE;
  }

  /** How another outcome differs from this one, most consequential first; NO_CHANGE if not. */
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
    return Arrays.equals(bits, 0, layout.levelWords, other.bits, 0, layout.levelWords)
        ? NO_CHANGE : STEPS_CHANGE;
  }
}
