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
import org.safeguarding.advisor.Situation;
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
    trigger(1, "adult involved", ReferralTrigger.ADULT_INVOLVED,
        s -> s.otherParty() == OtherParty.ADULT
            || s.otherParty() == OtherParty.UNKNOWN_ONLINE_CONTACT);
    trigger(2, "sextortion", ReferralTrigger.COERCION_OR_BLACKMAIL,
        s -> s.concerns().contains(Concern.SEXTORTION));
    trigger(3, "grooming", ReferralTrigger.COERCION_OR_BLACKMAIL,
        s -> s.concerns().contains(Concern.GROOMING));
    trigger(4, "coerced", ReferralTrigger.COERCION_OR_BLACKMAIL, yes(Indicator.COERCION));
    trigger(5, "blackmailed", ReferralTrigger.COERCION_OR_BLACKMAIL, yes(Indicator.BLACKMAIL));
    trigger(6, "grooming signs", ReferralTrigger.COERCION_OR_BLACKMAIL,
        yes(Indicator.GROOMING_SIGNS));
    trigger(7, "capacity to consent", ReferralTrigger.CAPACITY_TO_CONSENT,
        yes(Indicator.CAPACITY_CONCERN));
    trigger(8, "extreme content", ReferralTrigger.EXTREME_CONTENT, yes(Indicator.EXTREME_CONTENT));
    trigger(9, "sexual acts under 13", ReferralTrigger.SEXUAL_ACTS_UNDER_13,
        s -> s.indicator(Indicator.SEXUAL_ACTS_DEPICTED) == Answer.YES
            && s.childAge().isPresent() && s.childAge().getAsInt() < 13);
    trigger(10, "immediate danger", ReferralTrigger.IMMEDIATE_RISK_OF_HARM,
        yes(Indicator.IMMEDIATE_DANGER));
    trigger(11, "self-harm risk", ReferralTrigger.IMMEDIATE_RISK_OF_HARM,
        yes(Indicator.SELF_HARM_RISK));
    // The urgency: the highest any rule gives. Priority 100+ runs after the triggers are known.
    urgency(100, "immediate danger: 999", Urgency.EMERGENCY, (s, r) -> is(s, Indicator.IMMEDIATE_DANGER));
    urgency(101, "self-harm risk", Urgency.URGENT, (s, r) -> is(s, Indicator.SELF_HARM_RISK));
    urgency(102, "immediate referral", Urgency.URGENT, (s, r) -> !r.triggers.isEmpty());
    urgency(103, "sextortion, any age", Urgency.URGENT,
        (s, r) -> s.concerns().contains(Concern.SEXTORTION));
    urgency(104, "adult or unknown contact and a child", Urgency.URGENT,
        (s, r) -> child(s) && (s.otherParty() == OtherParty.ADULT
            || s.otherParty() == OtherParty.UNKNOWN_ONLINE_CONTACT));
    urgency(105, "something has happened", Urgency.PROMPT,
        (s, r) -> s.concerns().stream().anyMatch(c -> c != Concern.PREVENTION));
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
        .when(facts -> when.test(facts.get(SITUATION), facts.get(RESULT)))
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
