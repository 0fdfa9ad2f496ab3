package org.safeguarding.advisor.content.uk.safety;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.safeguarding.advisor.Advisor;
import org.safeguarding.advisor.Answer;
import org.safeguarding.advisor.Assessment;
import org.safeguarding.advisor.Concern;
import org.safeguarding.advisor.Indicator;
import org.safeguarding.advisor.Jurisdiction;
import org.safeguarding.advisor.OtherParty;
import org.safeguarding.advisor.Reporter;
import org.safeguarding.advisor.Situation;
import org.safeguarding.advisor.Spread;

/**
 * Property 19 (the right nation's law, hazard H18) exhaustively over the nations (and unknown),
 * every reader (and none), ages either side of 18 (and unknown), every concern alone, the other parties, two spreads and four indicator profiles that bring in the danger,
 * referral, blackmail and malicious-sharing texts; and over generated situations. Also: a reader
 * whose nation is not known is asked for it wherever the answer changes what they read.
 */
class NationPropertiesTest {
  private static final Advisor ADVISOR = Advisor.defaultAdvisor();

  /** The nations, and null for a nation not known. */
  static List<Jurisdiction> nations() {
    List<Jurisdiction> nations = new ArrayList<>();
    nations.add(null);
    nations.addAll(ADVISOR.bundle().jurisdictions());
    return nations;
  }

  /** Indicator profiles: none, danger and self-harm, the referral screen, and peer malice. */
  static final List<Consumer<Situation.Builder>> PROFILES = List.of(
      b -> { },
      b -> b.putIndicator(Indicator.IMMEDIATE_DANGER, Answer.YES)
          .putIndicator(Indicator.SELF_HARM_RISK, Answer.YES),
      b -> b.putIndicator(Indicator.BLACKMAIL, Answer.YES).putIndicator(Indicator.COERCION, Answer.YES)
          .putIndicator(Indicator.SEXUAL_ACTS_DEPICTED, Answer.YES),
      b -> b.putIndicator(Indicator.MALICIOUS_SHARING, Answer.YES)
          .putIndicator(Indicator.REPEATED, Answer.YES)
          .putIndicator(Indicator.IMMEDIATE_DANGER, Answer.NO));

  static void enumerate(Consumer<Situation> sink) {
    List<Reporter> readers = new ArrayList<>(Arrays.asList(Reporter.values()));
    readers.add(null);
    List<Integer> ages = Arrays.asList(null, 17, 18);
    List<OtherParty> others = Arrays.asList(null, OtherParty.PEER, OtherParty.ADULT,
        OtherParty.UNKNOWN_ONLINE_CONTACT);
    List<Spread> spreads = Arrays.asList(Spread.PEER_GROUP);
    for (Jurisdiction nation : nations()) {
      for (Reporter reader : readers) {
        for (Integer age : ages) {
          for (List<Concern> concerns : concernSets()) {
            for (OtherParty other : others) {
              for (Spread spread : spreads) {
                for (Consumer<Situation.Builder> profile : PROFILES) {
                  Situation.Builder b = Situation.builder().concerns(concerns);
                  if (nation != null) {
                    b.jurisdiction(nation);
                  }
                  if (reader != null) {
                    b.reporter(reader);
                  }
                  if (age != null) {
                    b.childAge(age);
                  }
                  if (other != null) {
                    b.otherParty(other);
                  }
                  if (spread != null) {
                    b.spread(spread);
                  }
                  profile.accept(b);
                  sink.accept(b.build());
                }
              }
            }
          }
        }
      }
    }
  }

  /** No concern, each concern alone, and each concern with the one that most often joins it. */
  static List<List<Concern>> concernSets() {
    List<List<Concern>> sets = new ArrayList<>();
    sets.add(List.of());
    for (Concern c : Concern.values()) {
      sets.add(List.of(c));
    }
    return sets;
  }

  @Test
  void everyNationReaderAgeConcernPairOtherPartyAndProfile() {
    SafetyPropertiesTest.Report report = new SafetyPropertiesTest.Report(
        "P19 enumerated nations, readers, ages, concern pairs, other parties and profiles");
    int[] checked = {0};
    enumerate(s -> {
      checked[0]++;
      for (String v : NationProperties.violations(s, ADVISOR.evaluate(s))) {
        report.add(v, s);
      }
    });
    assertTrue(checked[0] > 5_000, "enumerated " + checked[0]);
    report.assertClean();
  }

  @Test
  void generatedSituationsInEveryNation() {
    long seed = Long.getLong("safety.seed", System.nanoTime());
    SituationGenerator generator = new SituationGenerator(seed);
    SafetyPropertiesTest.Report report = new SafetyPropertiesTest.Report(
        "P19 generated, seed " + seed + " (replay with -Dsafety.seed=" + seed + ")");
    List<Jurisdiction> nations = nations();
    for (int i = 0; i < 1_000; i++) {
      Situation generated = generator.next();
      for (Jurisdiction nation : nations) {
        Situation s = withNation(generated, nation);
        for (String v : NationProperties.violations(s, ADVISOR.evaluate(s))) {
          report.add(v, s);
        }
      }
    }
    report.assertClean();
  }

  /**
   * Where the nation is not known and some nation's answer would change a text the reader sees,
   * {@code jurisdiction} is among the open questions (contract: asked wherever the answer changes
   * a step or its text).
   */
  @Test
  void theNationIsAskedWhereverItChangesWhatTheReaderSees() {
    SituationGenerator generator = new SituationGenerator(Long.getLong("safety.seed", 12L));
    int mattered = 0;
    List<String> failures = new ArrayList<>();
    for (int i = 0; i < 300; i++) {
      Situation unknown = withNation(generator.next(), null);
      Assessment a = ADVISOR.evaluate(unknown);
      Map<String, String> read = NationProperties.texts(a);
      read.keySet().removeIf(k -> k.startsWith("question "));
      boolean changes = false;
      for (Jurisdiction nation : ADVISOR.bundle().jurisdictions()) {
        Map<String, String> there = NationProperties.texts(
            ADVISOR.evaluate(withNation(unknown, nation)));
        there.keySet().removeIf(k -> k.startsWith("question "));
        changes |= !there.equals(read);
      }
      boolean asked = a.openQuestions().stream().anyMatch(q -> q.field().equals("jurisdiction"));
      if (changes) {
        mattered++;
        if (!asked && failures.size() < 5) {
          failures.add(AdvisorJsonLine.of(unknown));
        }
      }
    }
    assertTrue(mattered > 30, "the nation changed the plan in only " + mattered + " of 300");
    assertTrue(failures.isEmpty(), "jurisdiction not asked where the nation changes the plan: "
        + failures);
  }

  /** The same situation in each nation: a text that differs is one that names its nation. */
  @Test
  void scottishAndNorthernIrishProfessionalPlansNameTheirOwnRoleAndRoute() {
    for (Jurisdiction nation : List.of(Jurisdiction.GB_SCT, Jurisdiction.GB_NIR)) {
      Situation s = Situation.builder().jurisdiction(nation).reporter(Reporter.PROFESSIONAL)
          .childAge(15).addConcern(Concern.SEXTORTION).otherParty(OtherParty.UNKNOWN_ONLINE_CONTACT)
          .putIndicator(Indicator.BLACKMAIL, Answer.YES).build();
      Assessment a = ADVISOR.evaluate(s);
      assertEquals(List.of(), NationProperties.violations(s, a));
      assertTrue(a.hasStep("tell-designated-safeguarding-lead"), nation + " gets the role step");
      assertTrue(a.hasStep("refer-to-police-and-social-care"), nation + " gets the referral");
      assertFalse(a.step("tell-designated-safeguarding-lead").orElseThrow().detail()
          .contains("designated safeguarding lead"), nation + " is not told about a DSL");
    }
  }

  static Situation withNation(Situation s, Jurisdiction nation) {
    return Situation.builder().from(s).jurisdiction(Optional.ofNullable(nation)).build();
  }

  /** A situation on one line, for failure messages. */
  static final class AdvisorJsonLine {
    static String of(Situation s) {
      return org.safeguarding.advisor.json.AdvisorJson.write(s).replaceAll("\\s+", " ");
    }
  }
}
