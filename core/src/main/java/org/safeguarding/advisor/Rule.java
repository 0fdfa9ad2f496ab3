package org.safeguarding.advisor;

import java.util.List;
import java.util.Objects;
import org.immutables.value.Value;

/**
 * One rule of a bundle, as {@link ContentBundle#rules()} lists it: when it fires and what it gives
 * (steps with their urgencies, warnings, referral triggers, risk factors), with its description
 * and sources. It is what turns an id in a plan's {@code firedBy} into words a reader can check.
 */
@Value.Immutable
public abstract class Rule {
  Rule() {}

  /** {@return the rule's id, as {@code firedBy} names it} */
  @Value.Parameter
  public abstract String id();

  /** {@return what the rule says, in the bundle's words} */
  @Value.Parameter
  public abstract String description();

  /** {@return when it fires} */
  @Value.Parameter
  public abstract Condition when();

  /** {@return the steps it gives, in the bundle's order, each with the urgency it gives it} */
  @Value.Parameter
  public abstract List<GivenStep> steps();

  /** {@return the ids of the warnings it gives} */
  @Value.Parameter
  public abstract List<String> warnings();

  /** {@return the referral triggers it raises} */
  @Value.Parameter
  public abstract List<ReferralTrigger> triggers();

  /** {@return the ids of the risk factors it finds} */
  @Value.Parameter
  public abstract List<String> riskFactors();

  /** {@return the ids of the sources it rests on} */
  @Value.Parameter
  public abstract List<String> sources();

  /** {@return the facts its condition reads, named conditions included, in the contract's order} */
  public List<SituationFact<?>> reads() {
    return when().reads();
  }

  /**
   * A step a rule gives, and the urgency it gives it (the rule's default or the step's own).
   *
   * @param id the step's id
   * @param urgency the urgency
   */
  public record GivenStep(String id, Urgency urgency) {
    /** Checks the fields. */
    public GivenStep {
      Objects.requireNonNull(id, "id");
      Objects.requireNonNull(urgency, "urgency");
    }
  }

  /**
   * A rule with every field given.
   *
   * @param id the rule's id
   * @param description what it says
   * @param when when it fires
   * @param steps the steps it gives, with their urgencies
   * @param warnings the ids of the warnings it gives
   * @param triggers the referral triggers it raises
   * @param riskFactors the ids of the risk factors it finds
   * @param sources the ids of its sources
   * @return the rule
   */
  public static Rule of(String id, String description, Condition when, List<GivenStep> steps,
      List<String> warnings, List<ReferralTrigger> triggers, List<String> riskFactors,
      List<String> sources) {
    return ImmutableRule.of(id, description, when, steps, warnings, triggers, riskFactors,
        sources);
  }
}
