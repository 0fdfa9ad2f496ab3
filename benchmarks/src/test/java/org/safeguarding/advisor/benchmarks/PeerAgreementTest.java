package org.safeguarding.advisor.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.kie.dmn.api.core.DMNMessage;
import org.safeguarding.advisor.Advisor;
import org.safeguarding.advisor.Answer;
import org.safeguarding.advisor.Concern;
import org.safeguarding.advisor.Indicator;
import org.safeguarding.advisor.OtherParty;
import org.safeguarding.advisor.Platform;
import org.safeguarding.advisor.ReferralTrigger;
import org.safeguarding.advisor.Reporter;
import org.safeguarding.advisor.Situation;
import org.safeguarding.advisor.Spread;
import org.safeguarding.advisor.Urgency;
import org.safeguarding.advisor.benchmarks.peers.Agreement;
import org.safeguarding.advisor.benchmarks.peers.DmnScreen;
import org.safeguarding.advisor.benchmarks.peers.EasyRulesScreen;
import org.safeguarding.advisor.benchmarks.peers.LibraryScreen;
import org.safeguarding.advisor.benchmarks.peers.ReferralScreen;
import org.safeguarding.advisor.benchmarks.peers.Screen;

/**
 * The check the peer benchmark makes before timing, run by every {@code mvn verify}: the KIE DMN
 * model, the Easy Rules and the library with the UK bundle decide the same referral, triggers and
 * urgency on every benchmark input (and on a wider uniform sample), and the DMN model says what
 * decision-model.md says on the cases the page spells out.
 */
class PeerAgreementTest {
  private static DmnScreen dmn;
  private static EasyRulesScreen easyRules;

  @BeforeAll
  static void peers() {
    dmn = new DmnScreen();
    easyRules = new EasyRulesScreen();
  }

  /** Every benchmark input, plus a uniform sample of the whole input space. */
  static List<Situation> inputs() {
    List<Situation> all = new ArrayList<>(Situations.realisticMix());
    all.add(Situations.worstCase());
    all.addAll(Situations.manyUnknowns());
    all.addAll(uniform(2000));
    return all;
  }

  @Test
  void kieCompilesTheModelWithoutErrors() {
    List<DMNMessage> errors = new ArrayList<>();
    for (DMNMessage m : dmn.model().getMessages()) {
      if (m.getLevel() == org.kie.api.builder.Message.Level.ERROR) {
        errors.add(m);
      }
    }
    assertEquals(List.of(), errors);
    assertEquals(16, dmn.model().getDecisions().size());
    assertEquals(6, dmn.model().getInputs().size());
  }

  @Test
  void dmnAndEasyRulesAgreeOnEveryInput() {
    List<Situation> inputs = inputs();
    List<Agreement.Disagreement> disagreements = Agreement.check(inputs, List.of(dmn, easyRules));
    assertTrue(disagreements.isEmpty(), () -> Agreement.describe(disagreements, inputs.size()));
  }

  @Test
  void theLibraryWithTheUkBundleAgreesWithBothPeersOnEveryInput() {
    ReferralScreen library = new LibraryScreen(Advisor.forBundle(Bundles.load(Bundles.UK)));
    List<Situation> inputs = inputs();
    List<Agreement.Disagreement> disagreements =
        Agreement.check(inputs, List.of(library, dmn, easyRules));
    assertTrue(disagreements.isEmpty(), () -> Agreement.describe(disagreements, inputs.size()));
  }

  // --- the peers' reading, case by case from decision-model.md -------------------------------

  @Test
  void immediateDangerIsAnEmergencyAndATriggerForAChild() {
    Situation s = base(14).putIndicator(Indicator.IMMEDIATE_DANGER, Answer.YES).build();
    expect(s, Urgency.EMERGENCY, ReferralTrigger.IMMEDIATE_RISK_OF_HARM);
  }

  @Test
  void atEighteenTheScreenDoesNotApplyButDangerIsStillAnEmergency() {
    Situation s = base(18).otherParty(OtherParty.ADULT)
        .putIndicator(Indicator.IMMEDIATE_DANGER, Answer.YES)
        .putIndicator(Indicator.COERCION, Answer.YES).build();
    expect(s, Urgency.EMERGENCY);
  }

  @Test
  void sextortionIsCoercionForAChildAndUrgentAtAnyAge() {
    expect(base(15).addConcern(Concern.SEXTORTION).build(), Urgency.URGENT,
        ReferralTrigger.COERCION_OR_BLACKMAIL);
    expect(base(22).addConcern(Concern.SEXTORTION).build(), Urgency.URGENT);
  }

  @Test
  void anUnknownAgeIsScreenedAsAChild() {
    Situation s = Situation.builder().addConcern(Concern.SHARED_OWN_IMAGE)
        .otherParty(OtherParty.ADULT).build();
    expect(s, Urgency.URGENT, ReferralTrigger.ADULT_INVOLVED);
  }

  @Test
  void sexualActsTriggerOnlyForAnAgeKnownToBeUnder13() {
    Situation.Builder acts = Situation.builder().addConcern(Concern.SHARED_OWN_IMAGE)
        .otherParty(OtherParty.PEER).putIndicator(Indicator.SEXUAL_ACTS_DEPICTED, Answer.YES);
    expect(acts.childAge(12).build(), Urgency.URGENT, ReferralTrigger.SEXUAL_ACTS_UNDER_13);
    expect(base(13).otherParty(OtherParty.PEER)
        .putIndicator(Indicator.SEXUAL_ACTS_DEPICTED, Answer.YES).build(), Urgency.PROMPT);
  }

  @Test
  void capacityExtremeContentAndSelfHarmAreTriggers() {
    expect(base(16).putIndicator(Indicator.CAPACITY_CONCERN, Answer.YES).build(), Urgency.URGENT,
        ReferralTrigger.CAPACITY_TO_CONSENT);
    expect(base(16).putIndicator(Indicator.EXTREME_CONTENT, Answer.YES).build(), Urgency.URGENT,
        ReferralTrigger.EXTREME_CONTENT);
    expect(base(16).putIndicator(Indicator.SELF_HARM_RISK, Answer.YES).build(), Urgency.URGENT,
        ReferralTrigger.IMMEDIATE_RISK_OF_HARM);
  }

  @Test
  void peersOnlyAndNoTriggerIsHandledInSchoolWithoutUrgency() {
    Situation s = base(15).otherParty(OtherParty.PEER).spread(Spread.ONE_RECIPIENT)
        .putIndicator(Indicator.IMMEDIATE_DANGER, Answer.NO).build();
    expect(s, Urgency.PROMPT);
  }

  @Test
  void anAdultOrDoubtAboutCapacityIsATriggerOnlyForAnIncident() {
    Situation.Builder prevention = Situation.builder().childAge(12).addConcern(Concern.PREVENTION)
        .otherParty(OtherParty.ADULT).putIndicator(Indicator.CAPACITY_CONCERN, Answer.YES);
    expect(prevention.build(), Urgency.ROUTINE);
    expect(prevention.addConcern(Concern.ASKED_FOR_IMAGES).build(), Urgency.URGENT,
        ReferralTrigger.ADULT_INVOLVED, ReferralTrigger.CAPACITY_TO_CONSENT);
  }

  @Test
  void anUnknownOnlineContactOrAMeetingWithOneIsAPossibleAdult() {
    expect(base(14).otherParty(OtherParty.UNKNOWN_ONLINE_CONTACT).build(), Urgency.URGENT,
        ReferralTrigger.ADULT_INVOLVED);
    expect(Situation.builder().childAge(14).addConcern(Concern.PREVENTION)
        .putIndicator(Indicator.ASKED_TO_MEET, Answer.YES).build(), Urgency.URGENT,
        ReferralTrigger.ADULT_INVOLVED);
  }

  @Test
  void aChildsImageSpreadBeyondOneRecipientIsUrgent() {
    expect(base(15).otherParty(OtherParty.PEER).spread(Spread.PEER_GROUP).build(), Urgency.URGENT);
  }

  @Test
  void preventionOrNothingKnownIsRoutine() {
    expect(Situation.empty(), Urgency.ROUTINE);
    expect(Situation.builder().addConcern(Concern.PREVENTION).build(), Urgency.ROUTINE);
  }

  private static Situation.Builder base(int age) {
    return Situation.builder().reporter(Reporter.PARENT_OR_CARER).childAge(age)
        .addConcern(Concern.SHARED_OWN_IMAGE);
  }

  private static void expect(Situation s, Urgency urgency, ReferralTrigger... triggers) {
    Set<ReferralTrigger> set = EnumSet.noneOf(ReferralTrigger.class);
    set.addAll(List.of(triggers));
    Screen expected = new Screen(triggers.length > 0, set, urgency);
    assertEquals(expected, dmn.screen(s), "KIE DMN");
    assertEquals(expected, easyRules.screen(s), "Easy Rules");
  }

  // --- the benchmark inputs themselves -------------------------------------------------------

  @Test
  void theMixIsFixedBySeed() {
    List<Situation> a = Situations.realisticMix();
    assertEquals(Situations.MIX_SIZE, a.size());
    assertEquals(a, Situations.realisticMix());
    for (Situation s : a) {
      assertFalse(s.concerns().isEmpty());
      s.childAge().ifPresent(age -> assertTrue(age >= 10 && age <= 20, "age " + age));
    }
  }

  @Test
  void theWorstCaseHasEverythingYes() {
    Situation worst = Situations.worstCase();
    assertEquals(EnumSet.allOf(Concern.class), worst.concerns());
    for (Indicator indicator : Indicator.values()) {
      assertEquals(Answer.YES, worst.indicator(indicator));
    }
  }

  @Test
  void aReplicatedBundleLoadsAndDecidesAsTheOriginal() {
    Advisor original = Advisor.forBundle(Bundles.load(Bundles.UK));
    Advisor tenfold = Advisor.forBundle(
        org.safeguarding.advisor.ContentBundle.load(Bundles.replicated(Bundles.source(Bundles.UK), 10)));
    assertEquals(10 * Bundles.ruleCount(Bundles.source(Bundles.UK)),
        Bundles.ruleCount(Bundles.replicated(Bundles.source(Bundles.UK), 10)));
    for (Situation s : Situations.realisticMix().subList(0, 200)) {
      var a = original.evaluate(s);
      var b = tenfold.evaluate(s);
      assertEquals(Screen.of(a), Screen.of(b));
      assertEquals(a.steps().stream().map(x -> x.id()).toList(),
          b.steps().stream().map(x -> x.id()).toList());
      assertEquals(a.openQuestions(), b.openQuestions());
    }
  }

  @Test
  void theFixtureBundleIsPackagedForTheBenchmarks() {
    assertEquals("fixture", Bundles.load(Bundles.FIXTURE).identity().id());
  }

  /** Situations drawn uniformly from every value of every fact. */
  private static List<Situation> uniform(int count) {
    SplittableRandom random = new SplittableRandom(Situations.SEED + 2);
    List<Situation> out = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      Situation.Builder b = Situation.builder();
      if (random.nextInt(5) > 0) {
        b.reporter(Reporter.values()[random.nextInt(Reporter.values().length)]);
      }
      if (random.nextInt(5) > 0) {
        b.childAge(random.nextInt(26));
      }
      for (Concern c : Concern.values()) {
        if (random.nextInt(6) == 0) {
          b.addConcern(c);
        }
      }
      b.spread(Spread.values()[random.nextInt(Spread.values().length)]);
      b.otherParty(OtherParty.values()[random.nextInt(OtherParty.values().length)]);
      for (Platform p : Platform.values()) {
        if (random.nextInt(5) == 0) {
          b.addPlatform(p);
        }
      }
      for (Indicator indicator : Indicator.values()) {
        int roll = random.nextInt(8);
        if (roll < 2) {
          b.putIndicator(indicator, roll == 0 ? Answer.YES : Answer.NO);
        }
      }
      out.add(b.build());
    }
    return out;
  }
}
