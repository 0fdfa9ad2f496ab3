package org.safeguarding.advisor;

import org.immutables.value.Value;

/** A fact in the situation that raises the risk, with a plain explanation. */
@Value.Immutable
public abstract class RiskFactor {
  RiskFactor() {}

  /** The risk factor's id in the bundle, such as {@code adult-involved}. */
  @Value.Parameter
  public abstract String id();

  /** Why it matters. */
  @Value.Parameter
  public abstract String explanation();

  /** A risk factor with every field given. */
  public static RiskFactor of(String id, String explanation) {
    return ImmutableRiskFactor.of(id, explanation);
  }
}
