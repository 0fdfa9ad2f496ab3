package org.safeguarding.advisor.benchmarks;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeMap;
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
 * The benchmark inputs: a fixed, seeded mix of realistic situations, the worst case, and
 * situations with many unknowns. The same seed gives the same situations on every run and machine
 * ({@link SplittableRandom} is specified bit for bit), so every table in BENCHMARKS.md is measured
 * on the same inputs. Run {@code java -cp benchmarks.jar
 * org.safeguarding.advisor.benchmarks.Situations} to print the mix.
 *
 * <p>The realistic mix is weighted towards what the guidance says is common (a young teenager who
 * shared an image with a peer, an image passed round a school, sextortion by an unknown online
 * contact), with every concern, reporter, spread and other party present at a lower weight:
 *
 * <ul>
 *   <li>reporter: parent or carer 45%, professional 25%, young person 18%, other adult 4%, not
 *       said 8%; jurisdiction not said 70%, England 18%, the other three nations 4% each;
 *   <li>age 10 to 20, peaking at 13 to 16 (10: 2%, 11: 4%, 12: 7%, 13: 13%, 14: 17%, 15: 17%,
 *       16: 13%, 17: 8%, 18: 4%, 19: 2%, 20: 1%), unknown 12%;
 *   <li>one concern (60%), two (30%) or three (10%), weighted: shared own image 28, shared by
 *       others 18, sextortion 14, asked for images 11, received a sexual image 8, intimate image
 *       abuse 5, deepfake 5, grooming 4, sexual chat or live stream 3, shared someone else's 3,
 *       prevention 1;
 *   <li>the other party follows the concerns: sextortion and grooming mostly an unknown online
 *       contact or an adult; otherwise mostly a peer; unknown 15% throughout;
 *   <li>spread: one recipient 28%, peer group 20%, social media 15%, not shared 10%, public
 *       website 5%, unknown 22%; zero to two platforms;
 *   <li>two to five indicators answered, the rest unknown; each answered indicator is YES with a
 *       probability that fits the concern (blackmail and payment with sextortion, grooming signs
 *       and asked-to-meet with grooming), 20% otherwise, and immediate danger YES in 3%.
 * </ul>
 */
public final class Situations {
  /** The seed of every benchmark input. */
  public static final long SEED = 20261121L;
  /** The size of the realistic mix: a power of two, so a benchmark cycles with a mask. */
  public static final int MIX_SIZE = 1024;

  private Situations() {}

  /**
   * The size of the first-sight pool: sixteen times the advisor's memo, so that by the time a
   * benchmark comes back to a situation it has long been evicted.
   */
  public static final int FIRST_SIGHT_SIZE = 1 << 16;

  /**
   * {@value #FIRST_SIGHT_SIZE} distinct realistic situations, drawn as the mix is but from the
   * next seed: for the cost of a situation the advisor has not seen.
   */
  public static List<Situation> firstSight() {
    SplittableRandom random = new SplittableRandom(SEED + 1);
    java.util.Set<Situation> distinct = new java.util.LinkedHashSet<>();
    while (distinct.size() < FIRST_SIGHT_SIZE) {
      distinct.add(realistic(random));
    }
    return new ArrayList<>(distinct);
  }

  /** The realistic mix: {@value #MIX_SIZE} situations from {@link #SEED}. */
  public static List<Situation> realisticMix() {
    return realistic(SEED, MIX_SIZE);
  }

  /** {@code count} realistic situations from {@code seed}. */
  public static List<Situation> realistic(long seed, int count) {
    SplittableRandom random = new SplittableRandom(seed);
    List<Situation> out = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      out.add(realistic(random));
    }
    return out;
  }

  /**
   * The worst case: every concern, every indicator YES, every platform, a 12-year-old (so the
   * under-13 trigger fires too), an adult, a public website, and a professional (who gets the most
   * steps).
   */
  public static Situation worstCase() {
    Situation.Builder b = Situation.builder()
        .reporter(Reporter.PROFESSIONAL)
        .jurisdiction(Jurisdiction.GB_ENG)
        .childAge(12)
        .spread(Spread.PUBLIC_WEBSITE)
        .otherParty(OtherParty.ADULT)
        .addConcerns(Concern.values())
        .addPlatforms(Platform.values());
    for (Indicator indicator : Indicator.values()) {
      b.putIndicator(indicator, Answer.YES);
    }
    return b.build();
  }

  /**
   * Situations about which little is known, so that open-question planning does the most work:
   * every indicator, the spread and the other party unknown; no concern (40%) or one; the age
   * unknown in half; the reporter said in half.
   */
  public static List<Situation> manyUnknowns() {
    SplittableRandom random = new SplittableRandom(SEED + 1);
    List<Situation> out = new ArrayList<>(64);
    for (int i = 0; i < 64; i++) {
      Situation.Builder b = Situation.builder();
      if (random.nextBoolean()) {
        b.reporter(Reporter.values()[random.nextInt(Reporter.values().length)]);
      }
      if (random.nextBoolean()) {
        b.childAge(10 + random.nextInt(11));
      }
      if (random.nextInt(10) >= 4) {
        b.addConcern(Concern.values()[random.nextInt(Concern.values().length)]);
      }
      out.add(b.build());
    }
    return out;
  }

  // --- the realistic generator ------------------------------------------------------------------

  private static final int[] AGE_WEIGHTS = {2, 4, 7, 13, 17, 17, 13, 8, 4, 2, 1}; // ages 10..20
  private static final Concern[] CONCERNS = {
      Concern.SHARED_OWN_IMAGE, Concern.IMAGE_SHARED_BY_OTHERS, Concern.SEXTORTION,
      Concern.ASKED_FOR_IMAGES, Concern.RECEIVED_SEXUAL_IMAGE, Concern.INTIMATE_IMAGE_ABUSE,
      Concern.DEEPFAKE, Concern.GROOMING, Concern.SEXUAL_CHAT_OR_LIVESTREAM,
      Concern.SHARED_SOMEONE_ELSES_IMAGE, Concern.PREVENTION};
  private static final int[] CONCERN_WEIGHTS = {28, 18, 14, 11, 8, 5, 5, 4, 3, 3, 1};
  private static final Spread[] SPREADS = {
      Spread.ONE_RECIPIENT, Spread.PEER_GROUP, Spread.SOCIAL_MEDIA, Spread.NOT_SHARED,
      Spread.PUBLIC_WEBSITE, Spread.UNKNOWN};
  private static final int[] SPREAD_WEIGHTS = {28, 20, 15, 10, 5, 22};
  private static final Reporter[] REPORTERS = {
      Reporter.PARENT_OR_CARER, Reporter.PROFESSIONAL, Reporter.YOUNG_PERSON,
      Reporter.OTHER_ADULT, null};
  private static final int[] REPORTER_WEIGHTS = {45, 25, 18, 4, 8};
  private static final Jurisdiction[] JURISDICTIONS = {
      null, Jurisdiction.GB_ENG, Jurisdiction.GB_WLS, Jurisdiction.GB_SCT, Jurisdiction.GB_NIR};
  private static final int[] JURISDICTION_WEIGHTS = {70, 18, 4, 4, 4};

  private static Situation realistic(SplittableRandom random) {
    Situation.Builder b = Situation.builder();
    Reporter reporter = pick(random, REPORTERS, REPORTER_WEIGHTS);
    if (reporter != null) {
      b.reporter(reporter);
    }
    Jurisdiction jurisdiction = pick(random, JURISDICTIONS, JURISDICTION_WEIGHTS);
    if (jurisdiction != null) {
      b.jurisdiction(jurisdiction);
    }
    if (random.nextInt(100) >= 12) {
      b.childAge(10 + index(random, AGE_WEIGHTS));
    }
    int concernCount = random.nextInt(10) < 6 ? 1 : random.nextInt(3) < 2 ? 2 : 3;
    Set<Concern> concerns = EnumSet.noneOf(Concern.class);
    while (concerns.size() < concernCount) {
      concerns.add(pick(random, CONCERNS, CONCERN_WEIGHTS));
    }
    b.addAllConcerns(concerns);
    b.otherParty(otherParty(random, concerns));
    b.spread(pick(random, SPREADS, SPREAD_WEIGHTS));
    int platformCount = random.nextInt(3);
    for (int i = 0; i < platformCount; i++) {
      b.addPlatform(Platform.values()[random.nextInt(Platform.values().length)]);
    }
    b.putAllIndicators(indicators(random, concerns));
    return b.build();
  }

  private static OtherParty otherParty(SplittableRandom random, Set<Concern> concerns) {
    int roll = random.nextInt(100);
    if (roll < 15) {
      return OtherParty.UNKNOWN;
    }
    if (concerns.contains(Concern.SEXTORTION) || concerns.contains(Concern.GROOMING)) {
      return roll < 70 ? OtherParty.UNKNOWN_ONLINE_CONTACT : roll < 95 ? OtherParty.ADULT
          : OtherParty.PEER;
    }
    return roll < 75 ? OtherParty.PEER : roll < 85 ? OtherParty.UNKNOWN_ONLINE_CONTACT
        : roll < 93 ? OtherParty.ADULT : OtherParty.NONE;
  }

  private static Map<Indicator, Answer> indicators(SplittableRandom random, Set<Concern> concerns) {
    Map<Indicator, Answer> out = new EnumMap<>(Indicator.class);
    int answered = 2 + random.nextInt(4);
    // Immediate danger is the first thing asked, so it is the most often answered.
    if (random.nextInt(100) < 70) {
      out.put(Indicator.IMMEDIATE_DANGER, random.nextInt(100) < 3 ? Answer.YES : Answer.NO);
    }
    Indicator[] all = Indicator.values();
    while (out.size() < answered) {
      Indicator indicator = all[random.nextInt(all.length)];
      if (!out.containsKey(indicator)) {
        int yesPercent = yesPercent(indicator, concerns);
        out.put(indicator, random.nextInt(100) < yesPercent ? Answer.YES : Answer.NO);
      }
    }
    return out;
  }

  private static int yesPercent(Indicator indicator, Set<Concern> concerns) {
    boolean sextortion = concerns.contains(Concern.SEXTORTION);
    boolean grooming = concerns.contains(Concern.GROOMING);
    switch (indicator) {
      case IMMEDIATE_DANGER:
        return 3;
      case BLACKMAIL:
      case PAYMENT_MADE:
        return sextortion ? 70 : 10;
      case GROOMING_SIGNS:
      case ASKED_TO_MEET:
        return grooming ? 70 : 10;
      case COERCION:
        return sextortion || grooming || concerns.contains(Concern.ASKED_FOR_IMAGES) ? 50 : 15;
      case SELF_HARM_RISK:
        return sextortion ? 25 : 10;
      case EXTREME_CONTENT:
        return 5;
      default:
        return 20;
    }
  }

  private static <T> T pick(SplittableRandom random, T[] values, int[] weights) {
    return values[index(random, weights)];
  }

  private static int index(SplittableRandom random, int[] weights) {
    int total = 0;
    for (int w : weights) {
      total += w;
    }
    int roll = random.nextInt(total);
    for (int i = 0; i < weights.length; i++) {
      roll -= weights[i];
      if (roll < 0) {
        return i;
      }
    }
    throw new AssertionError("weights");
  }

  /** Prints how the realistic mix is made up: the documentation of the benchmark inputs. */
  public static void main(String[] args) {
    List<Situation> mix = realisticMix();
    Map<String, Integer> counts = new TreeMap<>();
    for (Situation s : mix) {
      count(counts, "reporter " + s.reporter().map(Enum::name).orElse("(not said)"));
      count(counts, "age " + (s.childAge().isPresent()
          ? String.format("%02d", s.childAge().getAsInt()) : "unknown"));
      count(counts, "concerns count " + s.concerns().size());
      s.concerns().forEach(c -> count(counts, "concern " + c));
      count(counts, "otherParty " + s.otherParty());
      count(counts, "spread " + s.spread());
      count(counts, "indicators answered " + s.indicators().size());
      s.indicators().forEach((k, v) -> {
        if (v == Answer.YES) {
          count(counts, "indicator YES " + k);
        }
      });
    }
    System.out.println("Realistic mix: " + mix.size() + " situations, seed " + SEED);
    counts.forEach((k, v) -> System.out.printf("  %-40s %5d%n", k, v));
  }

  private static void count(Map<String, Integer> counts, String key) {
    counts.merge(key, 1, Integer::sum);
  }
}
