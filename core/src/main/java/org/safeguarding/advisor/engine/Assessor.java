package org.safeguarding.advisor.engine;

import org.safeguarding.advisor.Assessment;
import org.safeguarding.advisor.BundleIdentity;
import org.safeguarding.advisor.RiskFactor;
import org.safeguarding.advisor.Situation;
import org.safeguarding.advisor.Warning;

/**
 * Assesses situations with a compiled bundle: looks the situation up in the advisor's memo, or
 * fires the rules over its encoded facts and builds the plan from what they give (steps and
 * contacts, warnings, risk factors, the referral, what to read first, open questions). Holds no
 * state of its own, so one instance serves every thread and every advisor.
 */
final class Assessor {
  private final BundleIdentity identity;
  private final Jurisdictions jurisdictions;
  /** How many named conditions there are: each has a memo slot in {@link Facts}. */
  private final int namedConditions;
  private final RuleSet rules;
  private final OutcomeLayout layout;
  private final PlanSteps steps;
  private final ExplainedItems<Warning> warnings;
  private final ExplainedItems<RiskFactor> riskFactors;
  private final ReferralBuilder referral;
  private final DoFirstChooser doFirst;
  private final QuestionPlanner questions;

  Assessor(BundleIdentity identity, Jurisdictions jurisdictions, int namedConditions,
      RuleSet rules, OutcomeLayout layout, PlanSteps steps, ExplainedItems<Warning> warnings,
      ExplainedItems<RiskFactor> riskFactors, ReferralBuilder referral, DoFirstChooser doFirst,
      QuestionPlanner questions) {
    this.identity = identity;
    this.jurisdictions = jurisdictions;
    this.namedConditions = namedConditions;
    this.rules = rules;
    this.layout = layout;
    this.steps = steps;
    this.warnings = warnings;
    this.riskFactors = riskFactors;
    this.referral = referral;
    this.doFirst = doFirst;
    this.questions = questions;
  }

  /**
   * The assessment of one situation: a pure function of the situation and the bundle. The memo
   * remembers assessments by the situation's key (which holds every fact, and nothing else), so a
   * situation seen again costs a lookup.
   *
   * @throws org.safeguarding.advisor.InvalidSituationException if the bundle does not cover the
   *     situation's jurisdiction (naming the jurisdictions it covers)
   */
  Assessment evaluate(Situation situation, Memos memos) {
    long key = Facts.key(situation, jurisdictions);
    Memo<Assessment> assessments = memos.assessments;
    if (assessments == null) {
      return assess(Facts.of(key, namedConditions), memos);
    }
    Assessment known = assessments.get(key);
    if (known != null) {
      memos.hit();
      return known;
    }
    memos.miss();
    Assessment fresh = assess(Facts.of(key, namedConditions), memos);
    assessments.put(key, fresh);
    return fresh;
  }

  private Assessment assess(Facts facts, Memos memos) {
    boolean[] fired = rules.fire(facts);
    int audience = facts.get(Fact.REPORTER);
    Outcome outcome = Outcome.of(rules, layout, fired, audience);
    PlanSteps.Plan plan = steps.plan(outcome, facts, audience, fired, memos.stepVariants);
    return Assessment.of(identity, outcome.urgency(), referral.build(fired, memos.referralVariants),
        riskFactors.build(outcome, facts, audience, fired, memos.riskVariants),
        plan.steps(),
        warnings.build(outcome, facts, audience, fired, memos.warningVariants),
        plan.contacts(), questions.openQuestions(facts, fired, outcome, audience),
        doFirst.choose(outcome, facts, audience, memos.doFirstVariants));
  }
}
