package org.safeguarding.advisor;

import org.immutables.value.Value;

/**
 * A declaration on a step or warning, listed by {@link ContentBundle#declarations()}: {@code
 * conflictsWith} (never in one plan together) or {@code needs} (never given without the other).
 * {@link ContentBundle#lint()} proves each over every reachable situation.
 */
@Value.Immutable
public abstract class Declaration {
  Declaration() {}

  /** {@return which declaration it is} */
  @Value.Parameter
  public abstract LintFinding.Kind kind();

  /** {@return the id of the step or warning that declares it} */
  @Value.Parameter
  public abstract String id();

  /** {@return the id of the step or warning it names} */
  @Value.Parameter
  public abstract String otherId();

  /**
   * A declaration with every field given.
   *
   * @param kind which declaration it is
   * @param id the id of the step or warning that declares it
   * @param otherId the id it names
   * @return the declaration
   */
  public static Declaration of(LintFinding.Kind kind, String id, String otherId) {
    return ImmutableDeclaration.of(kind, id, otherId);
  }

  @Override
  public String toString() {
    return id() + (kind() == LintFinding.Kind.CONFLICTS_WITH ? " conflictsWith " : " needs ")
        + otherId();
  }
}
