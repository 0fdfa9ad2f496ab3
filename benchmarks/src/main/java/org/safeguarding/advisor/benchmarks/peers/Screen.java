package org.safeguarding.advisor.benchmarks.peers;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import org.safeguarding.advisor.Assessment;
import org.safeguarding.advisor.ReferralTrigger;
import org.safeguarding.advisor.Urgency;

/**
 * The part of an assessment every peer decides: whether an immediate referral is required, the
 * triggers that require it, and the urgency. Equal screens are what "the peers agree" means.
 */
public final class Screen {
  private final boolean referralRequired;
  private final Set<ReferralTrigger> triggers;
  private final Urgency urgency;

  public Screen(boolean referralRequired, Set<ReferralTrigger> triggers, Urgency urgency) {
    this.referralRequired = referralRequired;
    this.triggers = triggers.isEmpty() ? EnumSet.noneOf(ReferralTrigger.class)
        : EnumSet.copyOf(triggers);
    this.urgency = Objects.requireNonNull(urgency, "urgency");
  }

  /** The screen of the library's assessment. */
  public static Screen of(Assessment assessment) {
    return new Screen(assessment.referral().required(), setOf(assessment), assessment.urgency());
  }

  private static Set<ReferralTrigger> setOf(Assessment assessment) {
    Set<ReferralTrigger> set = EnumSet.noneOf(ReferralTrigger.class);
    set.addAll(assessment.referral().triggers());
    return set;
  }

  public boolean referralRequired() {
    return referralRequired;
  }

  public Set<ReferralTrigger> triggers() {
    return triggers;
  }

  public Urgency urgency() {
    return urgency;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Screen && ((Screen) o).referralRequired == referralRequired
        && ((Screen) o).triggers.equals(triggers) && ((Screen) o).urgency == urgency;
  }

  @Override
  public int hashCode() {
    return Objects.hash(referralRequired, triggers, urgency);
  }

  @Override
  public String toString() {
    return "{required=" + referralRequired + ", triggers=" + triggers + ", urgency=" + urgency + "}";
  }
}
