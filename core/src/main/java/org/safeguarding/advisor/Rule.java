package org.safeguarding.advisor;

import java.util.List;
import org.immutables.value.Value;

/**
 * One rule of a bundle, as {@link ContentBundle#rules()} lists it: what turns an id in a plan's
 * {@code firedBy} into words a reader can check.
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

  /** {@return the facts its condition reads, in the contract's order} */
  @Value.Parameter
  public abstract List<SituationFact<?>> reads();

  /** {@return the ids of the sources it rests on} */
  @Value.Parameter
  public abstract List<String> sources();

  /**
   * A rule with every field given.
   *
   * @param id the rule's id
   * @param description what it says
   * @param reads the facts its condition reads
   * @param sources the ids of its sources
   * @return the rule
   */
  public static Rule of(String id, String description, List<SituationFact<?>> reads,
      List<String> sources) {
    return ImmutableRule.of(id, description, reads, sources);
  }
}
