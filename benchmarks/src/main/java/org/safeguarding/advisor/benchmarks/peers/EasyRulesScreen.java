package org.safeguarding.advisor.benchmarks.peers;

import java.util.EnumSet;
import java.util.Set;
import java.util.function.Predicate;
import org.jeasy.rules.api.Facts;
import org.jeasy.rules.api.Rules;
import org.jeasy.rules.api.RulesEngine;
import org.jeasy.rules.core.DefaultRulesEngine;
import org.jeasy.rules.core.RuleBuilder;
import org.safeguarding.advisor.Answer;
import org.safeguarding.advisor.Concern;
import org.safeguarding.advisor.Indicator;
import org.safeguarding.advisor.OtherParty;
import org.safeguarding.advisor.ReferralTrigger;
import org.safeguarding.advisor.Reporter;
import org.safeguarding.advisor.Situation;
import org.safeguarding.advisor.Spread;
import org.safeguarding.advisor.Urgency;

/**
 * The floor a developer might pick: the same reading as the DMN model, as hand-coded Easy Rules
 * (one rule per reason, conditions as Java lambdas over the situation), fired by Easy Rules'
 * default engine with a fresh set of facts per situation.
 */
public final class EasyRulesScreen implements ReferralScreen {
  private static final String SITUATION = "situation";
  private static final String RESULT = "result";

  private final Rules rules = new Rules();
  private final RulesEngine engine = new DefaultRulesEngine();

  public EasyRulesScreen() {
    // The five immediate-referral triggers, for under-18s and an unknown age (decision model 3).
    trigger(1, "adult in an incident", ReferralTrigger.ADULT_INVOLVED,
        s -> s.otherParty() == OtherParty.ADULT && !preventionOnly(s));
    trigger(2, "adult asked to meet", ReferralTrigger.ADULT_INVOLVED,
        s -> s.otherParty() == OtherParty.ADULT && is(s, Indicator.ASKED_TO_MEET));
    trigger(3, "unknown online contact, a possible adult", ReferralTrigger.ADULT_INVOLVED,
        s -> s.otherParty() == OtherParty.UNKNOWN_ONLINE_CONTACT && !preventionOnly(s));
    trigger(4, "asked to meet someone known only online", ReferralTrigger.ADULT_INVOLVED,
        s -> is(s, Indicator.ASKED_TO_MEET) && (s.otherParty() == OtherParty.UNKNOWN_ONLINE_CONTACT
            || s.otherParty() == OtherParty.UNKNOWN));
    trigger(5, "sextortion", ReferralTrigger.COERCION_OR_BLACKMAIL,
        s -> s.concerns().contains(Concern.SEXTORTION));
    trigger(6, "grooming", ReferralTrigger.COERCION_OR_BLACKMAIL,
        s -> s.concerns().contains(Concern.GROOMING));
    trigger(7, "coerced", ReferralTrigger.COERCION_OR_BLACKMAIL, yes(Indicator.COERCION));
    trigger(8, "blackmailed", ReferralTrigger.COERCION_OR_BLACKMAIL, yes(Indicator.BLACKMAIL));
    trigger(9, "grooming signs", ReferralTrigger.COERCION_OR_BLACKMAIL,
        yes(Indicator.GROOMING_SIGNS));
    trigger(10, "capacity to consent", ReferralTrigger.CAPACITY_TO_CONSENT,
        s -> is(s, Indicator.CAPACITY_CONCERN) && !preventionOnly(s));
    trigger(11, "extreme content", ReferralTrigger.EXTREME_CONTENT, yes(Indicator.EXTREME_CONTENT));
    trigger(12, "sexual acts under 13", ReferralTrigger.SEXUAL_ACTS_UNDER_13,
        s -> is(s, Indicator.SEXUAL_ACTS_DEPICTED)
            && s.childAge().isPresent() && s.childAge().getAsInt() < 13);
    trigger(13, "immediate danger", ReferralTrigger.IMMEDIATE_RISK_OF_HARM,
        yes(Indicator.IMMEDIATE_DANGER));
    trigger(14, "self-harm risk", ReferralTrigger.IMMEDIATE_RISK_OF_HARM,
        yes(Indicator.SELF_HARM_RISK));
    // The urgency: the highest any rule gives. Priority 100+ runs after the triggers are known.
    urgency(100, "immediate danger: 999", Urgency.EMERGENCY,
        (s, r) -> is(s, Indicator.IMMEDIATE_DANGER));
    urgency(101, "self-harm risk", Urgency.URGENT, (s, r) -> is(s, Indicator.SELF_HARM_RISK));
    urgency(102, "immediate referral", Urgency.URGENT, (s, r) -> !r.triggers.isEmpty());
    urgency(103, "sextortion or blackmail, any age", Urgency.URGENT, (s, r) -> threats(s));
    urgency(104, "payment made", Urgency.URGENT, (s, r) -> is(s, Indicator.PAYMENT_MADE));
    urgency(105, "professional tells the DSL", Urgency.URGENT,
        (s, r) -> s.audience() == Reporter.PROFESSIONAL && somethingHappened(s, r));
    urgency(106, "child lost control of the image", Urgency.URGENT,
        (s, r) -> child(s) && any(s, LOST_CONTROL));
    urgency(107, "child's image spread beyond one recipient", Urgency.URGENT,
        (s, r) -> child(s) && containment(s) && WIDE.contains(s.spread()));
    urgency(108, "child asked to meet", Urgency.URGENT,
        (s, r) -> child(s) && is(s, Indicator.ASKED_TO_MEET));
    urgency(109, "contact by someone not identified", Urgency.URGENT,
        (s, r) -> child(s) && contact(s) && s.otherParty() == OtherParty.UNKNOWN);
    urgency(110, "malicious sharing, child", Urgency.URGENT,
        (s, r) -> child(s) && is(s, Indicator.MALICIOUS_SHARING));
    urgency(111, "sexual acts, age unknown", Urgency.URGENT,
        (s, r) -> s.childAge().isEmpty() && is(s, Indicator.SEXUAL_ACTS_DEPICTED));
    urgency(112, "adult lost control of the image", Urgency.URGENT,
        (s, r) -> adult(s) && any(s, LOST_CONTROL));
    urgency(113, "adult's image spread beyond one recipient", Urgency.URGENT,
        (s, r) -> adult(s) && any(s, OWN_IMAGE) && WIDE.contains(s.spread()));
    urgency(114, "adult coerced or maliciously shared", Urgency.URGENT,
        (s, r) -> adult(s) && (is(s, Indicator.MALICIOUS_SHARING) || is(s, Indicator.COERCION)));
    urgency(115, "something has happened", Urgency.PROMPT, (s, r) -> incident(s));
    urgency(116, "repeated, child", Urgency.PROMPT,
        (s, r) -> child(s) && is(s, Indicator.REPEATED));
    urgency(117, "adult being contacted", Urgency.PROMPT, (s, r) -> adult(s) && contact(s));
  }

  private static final Set<Concern> OWN_IMAGE = EnumSet.of(Concern.SHARED_OWN_IMAGE,
      Concern.IMAGE_SHARED_BY_OTHERS, Concern.SEXTORTION, Concern.INTIMATE_IMAGE_ABUSE,
      Concern.DEEPFAKE);
  private static final Set<Concern> LOST_CONTROL = EnumSet.of(Concern.IMAGE_SHARED_BY_OTHERS,
      Concern.SEXTORTION, Concern.INTIMATE_IMAGE_ABUSE, Concern.DEEPFAKE);
  private static final Set<Concern> CONTACT = EnumSet.of(Concern.GROOMING,
      Concern.ASKED_FOR_IMAGES, Concern.SEXTORTION, Concern.SEXUAL_CHAT_OR_LIVESTREAM);
  private static final Set<Spread> WIDE =
      EnumSet.of(Spread.PEER_GROUP, Spread.SOCIAL_MEDIA, Spread.PUBLIC_WEBSITE);
  private static final Set<Indicator> WARNING_SIGNS = EnumSet.complementOf(
      EnumSet.of(Indicator.CAPACITY_CONCERN));

  private static boolean any(Situation s, Set<Concern> concerns) {
    for (Concern c : s.concerns()) {
      if (concerns.contains(c)) {
        return true;
      }
    }
    return false;
  }

  private static boolean incident(Situation s) {
    for (Concern c : s.concerns()) {
      if (c != Concern.PREVENTION) {
        return true;
      }
    }
    return false;
  }

  private static boolean preventionOnly(Situation s) {
    return s.concerns().contains(Concern.PREVENTION) && !incident(s);
  }

  private static boolean containment(Situation s) {
    return any(s, OWN_IMAGE) || s.concerns().contains(Concern.SHARED_SOMEONE_ELSES_IMAGE);
  }

  private static boolean contact(Situation s) {
    return any(s, CONTACT) || is(s, Indicator.ASKED_TO_MEET);
  }

  private static boolean threats(Situation s) {
    return s.concerns().contains(Concern.SEXTORTION) || is(s, Indicator.BLACKMAIL);
  }

  private static boolean somethingHappened(Situation s, Result r) {
    if (incident(s) || !r.triggers.isEmpty()) {
      return true;
    }
    for (Indicator indicator : WARNING_SIGNS) {
      if (is(s, indicator)) {
        return true;
      }
    }
    return false;
  }

  private static boolean adult(Situation s) {
    return s.childAge().isPresent() && s.childAge().getAsInt() >= 18;
  }

  @Override
  public String name() {
    return "Easy Rules";
  }

  @Override
  public Screen screen(Situation situation) {
    Facts facts = new Facts();
    Result result = new Result();
    facts.put(SITUATION, situation);
    facts.put(RESULT, result);
    engine.fire(rules, facts);
    return new Screen(!result.triggers.isEmpty(), result.triggers, result.urgency);
  }

  private static boolean child(Situation s) {
    return s.childAge().isEmpty() || s.childAge().getAsInt() < 18;
  }

  private static boolean is(Situation s, Indicator indicator) {
    return s.indicator(indicator) == Answer.YES;
  }

  private static Predicate<Situation> yes(Indicator indicator) {
    return s -> is(s, indicator);
  }

  private void trigger(int priority, String name, ReferralTrigger trigger,
      Predicate<Situation> when) {
    rules.register(new RuleBuilder()
        .name(name)
        .priority(priority)
        .when(facts -> {
          Situation s = facts.get(SITUATION);
          return child(s) && when.test(s);
        })
        .then(facts -> facts.<Result>get(RESULT).triggers.add(trigger))
        .build());
  }

  private interface UrgencyCondition {
    boolean test(Situation situation, Result soFar);
  }

  private void urgency(int priority, String name, Urgency urgency, UrgencyCondition when) {
    rules.register(new RuleBuilder()
        .name(name)
        .priority(priority)
        .when(facts -> when.test(facts.get(SITUATION), facts.<Result>get(RESULT)))
        .then(facts -> {
          Result r = facts.get(RESULT);
          r.urgency = Urgency.highest(r.urgency, urgency);
        })
        .build());
  }

  /** What the rules found so far. */
  private static final class Result {
    final Set<ReferralTrigger> triggers = EnumSet.noneOf(ReferralTrigger.class);
    Urgency urgency = Urgency.ROUTINE;
  }
}
