package org.safeguarding.advisor;

import java.util.List;
import org.immutables.value.Value;

/** Something not to do, such as never copying or forwarding the image. */
@Value.Immutable
public abstract class Warning {
  Warning() {}

  /** {@return the warning's id in the bundle, such as {@code never-copy-or-forward-image}} */
  @Value.Parameter
  public abstract String id();

  /** {@return the warning, in the reporter's words} */
  @Value.Parameter
  public abstract String text();

  /** {@return ids of the sources it rests on} */
  @Value.Parameter
  public abstract List<String> sources();

  /**
   * {@return ids of the rules that put this warning in the plan, in the bundle's order: the
   * explanation of the warning (contract 1.1)}
   */
  @Value.Parameter
  public abstract List<String> firedBy();

  /**
   * A warning with every field given.
   *
   * @param id the warning's id in the bundle
   * @param text what not to do, in the reporter's words
   * @param sources ids of the sources it rests on
   * @param firedBy ids of the rules that put it in the plan
   * @return the warning
   */
  public static Warning of(String id, String text, List<String> sources, List<String> firedBy) {
    return ImmutableWarning.of(id, text, sources, firedBy);
  }
}
