package org.safeguarding.advisor.content.uk.safety;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Consumer;
import org.safeguarding.advisor.Answer;
import org.safeguarding.advisor.Concern;
import org.safeguarding.advisor.Indicator;
import org.safeguarding.advisor.Jurisdiction;
import org.safeguarding.advisor.OtherParty;
import org.safeguarding.advisor.Platform;
import org.safeguarding.advisor.Reporter;
import org.safeguarding.advisor.Situation;
import org.safeguarding.advisor.Spread;

/**
 * The one source of situations for the safety properties: a seeded random generator over every
 * field (so a failure replays from its seed), and exhaustive enumerations of the dimensions that
 * decide the outcome, with the age boundaries of the guidance.
 */
final class SituationGenerator {
  /** Ages that sit on each side of every boundary the guidance draws (13 and 18), and the ends. */
  static final List<Integer> AGE_BANDS = List.of(0, 10, 12, 13, 15, 17, 18, 21, 25);

  /** The indicators the referral screen reads. */
  static final List<Indicator> REFERRAL_INDICATORS = List.of(
      Indicator.IMMEDIATE_DANGER, Indicator.SELF_HARM_RISK, Indicator.COERCION,
      Indicator.BLACKMAIL, Indicator.GROOMING_SIGNS, Indicator.CAPACITY_CONCERN,
      Indicator.SEXUAL_ACTS_DEPICTED, Indicator.EXTREME_CONTENT);

  private final long seed;
  private final SplittableRandom random;

  SituationGenerator(long seed) {
    this.seed = seed;
    this.random = new SplittableRandom(seed);
  }

  long seed() {
    return seed;
  }

  /** A random situation: any field may be missing, any combination may occur. */
  Situation next() {
    Situation.Builder b = Situation.builder();
    if (random.nextInt(5) > 0) {
      b.reporter(pick(Reporter.values()));
    }
    if (random.nextInt(4) == 0) {
      b.jurisdiction(pick(Jurisdiction.values()));
    }
    if (random.nextInt(5) > 0) {
      b.childAge(random.nextInt(Situation.MAX_AGE + 1));
    }
    int concerns = random.nextInt(5) == 0 ? 0 : 1 + random.nextInt(random.nextInt(3) == 0 ? 5 : 2);
    for (int i = 0; i < concerns; i++) {
      b.addConcern(pick(Concern.values()));
    }
    if (random.nextBoolean()) {
      b.spread(pick(Spread.values()));
    }
    if (random.nextBoolean()) {
      b.otherParty(pick(OtherParty.values()));
    }
    int platforms = random.nextInt(3);
    for (int i = 0; i < platforms; i++) {
      b.addPlatform(pick(Platform.values()));
    }
    int indicators = random.nextInt(Indicator.values().length + 1);
    for (int i = 0; i < indicators; i++) {
      b.putIndicator(pick(Indicator.values()), pick(Answer.values()));
    }
    // The age an image was taken at only matters for an adult (property 18): ask it of half of
    // them, so that every answer is seen often, not once in thirteen indicator picks.
    Situation drawn = b.build();
    if (ReaderProperties.IMAGE_TAKEN_UNDER_18.isPresent() && SafetyProperties.isAdult(drawn)
        && random.nextBoolean()) {
      return Situation.builder().from(drawn)
          .putIndicator(ReaderProperties.IMAGE_TAKEN_UNDER_18.get(), pick(Answer.values())).build();
    }
    return drawn;
  }

  private <T> T pick(T[] values) {
    return values[random.nextInt(values.length)];
  }

  /** No concern, each concern alone, and every pair of concerns. */
  static List<List<Concern>> concernSets() {
    List<List<Concern>> sets = new ArrayList<>();
    sets.add(List.of());
    Concern[] all = Concern.values();
    for (int i = 0; i < all.length; i++) {
      sets.add(List.of(all[i]));
      for (int j = i + 1; j < all.length; j++) {
        sets.add(List.of(all[i], all[j]));
      }
    }
    return sets;
  }

  /** Ages to enumerate: unknown (null) and every band. */
  static List<Integer> ages() {
    List<Integer> ages = new ArrayList<>();
    ages.add(null);
    ages.addAll(AGE_BANDS);
    return ages;
  }

  /**
   * Who and where: every reporter (and none), every age band (and unknown), every other party,
   * every spread, and each concern alone and in pairs, with the indicators as {@code indicators}
   * leaves them.
   */
  static void enumeratePeopleAndSpread(Consumer<Situation.Builder> indicators,
      Consumer<Situation> sink) {
    List<Reporter> reporters = new ArrayList<>(List.of(Reporter.values()));
    reporters.add(null);
    for (Reporter reporter : reporters) {
      for (Integer age : ages()) {
        for (OtherParty other : OtherParty.values()) {
          for (Spread spread : Spread.values()) {
            for (List<Concern> concerns : concernSets()) {
              Situation.Builder b = Situation.builder().spread(spread).otherParty(other)
                  .concerns(concerns);
              if (reporter != null) {
                b.reporter(reporter);
              }
              if (age != null) {
                b.childAge(age);
              }
              indicators.accept(b);
              sink.accept(b.build());
            }
          }
        }
      }
    }
  }

  /**
   * Every YES/NO/UNKNOWN combination of the referral indicators, for each concern alone (and none),
   * the ages either side of 13 and 18 (and unknown), and a parent, a young person and a
   * professional reporting.
   */
  static void enumerateIndicators(Consumer<Situation> sink) {
    List<Integer> ages = new ArrayList<>();
    ages.add(null);
    ages.addAll(List.of(12, 13, 17, 18));
    List<List<Concern>> concerns = new ArrayList<>();
    concerns.add(List.of());
    for (Concern c : Concern.values()) {
      concerns.add(List.of(c));
    }
    int combinations = 1;
    for (int i = 0; i < REFERRAL_INDICATORS.size(); i++) {
      combinations *= 3;
    }
    Answer[] answers = Answer.values();
    for (Reporter reporter : List.of(Reporter.PARENT_OR_CARER, Reporter.YOUNG_PERSON,
        Reporter.PROFESSIONAL)) {
      for (Integer age : ages) {
        for (List<Concern> concern : concerns) {
          for (int code = 0; code < combinations; code++) {
            Situation.Builder b = Situation.builder().reporter(reporter).concerns(concern);
            if (age != null) {
              b.childAge(age);
            }
            int rest = code;
            for (Indicator indicator : REFERRAL_INDICATORS) {
              Answer answer = answers[rest % 3];
              rest /= 3;
              if (answer != Answer.UNKNOWN) {
                b.putIndicator(indicator, answer);
              }
            }
            sink.accept(b.build());
          }
        }
      }
    }
  }
}
