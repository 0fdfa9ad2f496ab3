package org.safeguarding.advisor;

import org.immutables.value.Value;

/** A fact in the situation that raises the risk, with a plain explanation. */
@Value.Immutable
public abstract class RiskFactor {
  RiskFactor() {}

  /** {@return the risk factor's id in the bundle, such as {@code adult-involved}} */
  @Value.Parameter
  public abstract String id();

  /** {@return why it matters} */
  @Value.Parameter
  public abstract String explanation();

  /**
   * A risk factor with every field given.
   *
   * @param id the risk factor's id in the bundle
   * @param explanation why it raises the risk, in the reporter's words
   * @return the risk factor
   */
  public static RiskFactor of(String id, String explanation) {
    return ImmutableRiskFactor.of(id, explanation);
  }
}
