package org.safeguarding.advisor;

import java.util.List;
import org.immutables.value.Value;

/**
 * The immediate-referral screen: required exactly when at least one trigger is present, so a
 * referral is never required without a stated reason, nor waived while a trigger stands.
 */
@Value.Immutable
public abstract class Referral {
  Referral() {}

  /** {@return the triggers present, in the order of {@link ReferralTrigger}} */
  @Value.Parameter
  public abstract List<ReferralTrigger> triggers();

  /**
   * {@return ids of the rules that raised a trigger, in the bundle's order: the explanation of the
   * referral (contract 1.1); empty when no referral is required}
   */
  @Value.Parameter
  public abstract List<String> firedBy();

  /**
   * {@return whether an immediate referral to the police and/or children's social care is required}
   */
  public final boolean required() {
    return !triggers().isEmpty();
  }

  /**
   * A referral with these triggers.
   *
   * @param triggers the triggers present; none means no immediate referral is required
   * @param firedBy ids of the rules that raised them
   * @return the referral
   */
  public static Referral of(List<ReferralTrigger> triggers, List<String> firedBy) {
    return ImmutableReferral.of(triggers, firedBy);
  }
}
