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

  /** {@return the bundle that produced this assessment} */
  @Value.Parameter
  public abstract BundleIdentity bundle();

  /** {@return the highest urgency of any step} */
  @Value.Parameter
  public abstract Urgency urgency();

  /** {@return the immediate-referral screen} */
  @Value.Parameter
  public abstract Referral referral();

  /** {@return the facts that raise the risk, in the bundle's order} */
  @Value.Parameter
  public abstract List<RiskFactor> riskFactors();

  /** {@return the steps in the order to do them: most urgent first, then in the bundle's order} */
  @Value.Parameter
  public abstract List<Step> steps();

  /** {@return what not to do} */
  @Value.Parameter
  public abstract List<Warning> warnings();

  /** {@return every contact a step names, once, in order of first use} */
  @Value.Parameter
  public abstract List<Contact> contacts();

  /** {@return unknown facts whose answer could change the plan, most consequential first} */
  @Value.Parameter
  public abstract List<OpenQuestion> openQuestions();

  /**
   * {@return what to read before anything else, in that order (contract 1.1): one to three ids of
   * this plan's own steps and warnings, as the bundle ranks them for this audience; the plan's
   * first step when the bundle ranks none of them; empty only for an empty plan}
   */
  @Value.Parameter
  public abstract List<String> doFirst();

  /**
   * {@return the step with this id, if the plan has it}
   *
   * @param id a step id, such as {@code report-to-ceop}
   */
  public final Optional<Step> step(String id) {
    return steps().stream().filter(s -> s.id().equals(id)).findFirst();
  }

  /**
   * {@return whether the plan has a step with this id}
   *
   * @param id a step id
   */
  public final boolean hasStep(String id) {
    return step(id).isPresent();
  }

  /**
   * {@return whether the plan has a warning with this id}
   *
   * @param id a warning id, such as {@code do-not-pay}
   */
  public final boolean hasWarning(String id) {
    return warnings().stream().anyMatch(w -> w.id().equals(id));
  }

  /**
   * An assessment with every field given. Lists that are already unmodifiable ({@link List#of})
   * are kept as they are, not copied.
   *
   * @param bundle the bundle that produced it
   * @param urgency the highest urgency of any step
   * @param referral the immediate-referral screen
   * @param riskFactors the facts that raise the risk
   * @param steps the steps in the order to do them
   * @param warnings what not to do
   * @param contacts every contact a step names, once
   * @param openQuestions unknown facts whose answer could change the plan
   * @param doFirst ids of the steps and warnings to read first
   * @return the assessment
   */
  public static Assessment of(
      BundleIdentity bundle,
      Urgency urgency,
      Referral referral,
      List<RiskFactor> riskFactors,
      List<Step> steps,
      List<Warning> warnings,
      List<Contact> contacts,
      List<OpenQuestion> openQuestions,
      List<String> doFirst) {
    return ImmutableAssessment.of(
        bundle, urgency, referral, riskFactors, steps, warnings, contacts, openQuestions, doFirst);
  }

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link Assessment}. */
  public static final class Builder extends ImmutableAssessment.Builder {
    Builder() {}
  }
}
