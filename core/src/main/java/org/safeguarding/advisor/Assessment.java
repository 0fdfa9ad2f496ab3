package org.safeguarding.advisor;

import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The advice for one situation: how urgent it is, whether an immediate referral is required and
 * why, the ordered steps with their sources and reasons, the warnings, the contacts, and the
 * questions still worth asking.
 */
@Value.Immutable
public abstract class Assessment {
  Assessment() {}

  /** The bundle that produced this assessment. */
  public abstract BundleIdentity bundle();

  /** The highest urgency of any step. */
  public abstract Urgency urgency();

  /** The immediate-referral screen. */
  public abstract Referral referral();

  /** The facts that raise the risk, in the bundle's order. */
  public abstract List<RiskFactor> riskFactors();

  /** The steps in the order to do them: most urgent first, then in the bundle's order. */
  public abstract List<Step> steps();

  /** What not to do. */
  public abstract List<Warning> warnings();

  /** Every contact a step names, once, in order of first use. */
  public abstract List<Contact> contacts();

  /** Unknown facts whose answer could change the plan, most consequential first. */
  public abstract List<OpenQuestion> openQuestions();

  /** The step with this id, if the plan has it. */
  public final Optional<Step> step(String id) {
    return steps().stream().filter(s -> s.id().equals(id)).findFirst();
  }

  /** Whether the plan has a step with this id. */
  public final boolean hasStep(String id) {
    return step(id).isPresent();
  }

  /** Whether the plan has a warning with this id. */
  public final boolean hasWarning(String id) {
    return warnings().stream().anyMatch(w -> w.id().equals(id));
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link Assessment}. */
  public static final class Builder extends ImmutableAssessment.Builder {
    Builder() {}
  }
}
