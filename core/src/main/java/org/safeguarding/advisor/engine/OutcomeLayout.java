package org.safeguarding.advisor.engine;

import org.safeguarding.advisor.Reporter;
import org.safeguarding.advisor.Urgency;

/**
 * How what the fired rules give is laid out as one bit set of {@code long} words: {@link #LEVELS}
 * blocks of {@link #stepWords} words (the steps given at each urgency, a step's bit being its
 * place in rank order), then the warnings, then the risk factors. Also which steps each audience
 * is given. Fixed when the bundle is compiled.
 */
final class OutcomeLayout {
  static final int LEVELS = Urgency.values().length;
  static final Urgency[] URGENCIES = Urgency.values();
  static final int AUDIENCES = Reporter.values().length;

  final int stepWords;
  /** The words of all the urgency blocks: what planning compares. */
  final int levelWords;
  final int warningOffset;
  final int warningWords;
  final int riskOffset;
  final int riskWords;
  /** The length of a whole outcome. */
  final int words;
  /** [audience]: the steps that have text for that audience, {@link #stepWords} words. */
  private final long[][] audienceSteps;
  /** Whether some step is only for some audiences, so that the reporter matters. */
  final boolean audienceLimitedSteps;

  /** The layout for these steps (in rank order) and this many warnings and risk factors. */
  OutcomeLayout(StepDef[] steps, int warnings, int riskFactors) {
    this.stepWords = words(steps.length);
    this.levelWords = LEVELS * stepWords;
    this.warningOffset = levelWords;
    this.warningWords = words(warnings);
    this.riskOffset = warningOffset + warningWords;
    this.riskWords = words(riskFactors);
    this.words = riskOffset + riskWords;
    this.audienceSteps = new long[AUDIENCES][stepWords];
    boolean limited = false;
    for (Reporter audience : Reporter.values()) {
      for (int s = 0; s < steps.length; s++) {
        if (steps[s].isFor(audience)) {
          set(audienceSteps[audience.ordinal()], 0, s);
        } else {
          limited = true;
        }
      }
    }
    this.audienceLimitedSteps = limited;
  }

  /** Whether the audience is given the step at all (has text for it). */
  boolean isFor(int audience, int step) {
    return has(audienceSteps[audience], 0, step);
  }

  /** The word of the audience's steps at {@code word}. */
  long audienceWord(int audience, int word) {
    return audienceSteps[audience][word];
  }

  /** Where the block of steps at urgency {@code level} starts. */
  int stepOffset(int level) {
    return level * stepWords;
  }

  static int words(int bits) {
    return Math.max(1, (bits + 63) >>> 6);
  }

  static void set(long[] words, int offset, int bit) {
    words[offset + (bit >>> 6)] |= 1L << bit;
  }

  static boolean has(long[] words, int offset, int bit) {
    return (words[offset + (bit >>> 6)] & (1L << bit)) != 0;
  }
}
