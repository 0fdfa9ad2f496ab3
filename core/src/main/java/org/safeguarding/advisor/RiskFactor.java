package org.safeguarding.advisor;

import java.util.List;
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

  /** {@return ids of the sources the risk factor rests on (contract 1.1)} */
  @Value.Parameter
  public abstract List<String> sources();

  /**
   * {@return ids of the rules that found this risk factor, in the bundle's order: the explanation
   * of why it is here (contract 1.1)}
   */
  @Value.Parameter
  public abstract List<String> firedBy();

  /**
   * A risk factor with every field given.
   *
   * @param id the risk factor's id in the bundle
   * @param explanation why it raises the risk, in the reporter's words
   * @param sources ids of the sources it rests on
   * @param firedBy ids of the rules that found it
   * @return the risk factor
   */
  public static RiskFactor of(String id, String explanation, List<String> sources,
      List<String> firedBy) {
    return ImmutableRiskFactor.of(id, explanation, sources, firedBy);
  }
}
