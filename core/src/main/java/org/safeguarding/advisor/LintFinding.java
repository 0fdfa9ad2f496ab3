package org.safeguarding.advisor;

import java.util.List;
import org.immutables.value.Value;

/**
 * A declaration in a bundle that some plan breaks, found by {@link ContentBundle#lint()}: a step or
 * warning that {@code conflictsWith} another is given together with it, or one that {@code needs}
 * another is given without it. Carries a situation that shows it (the witness) and the rules that
 * gave the two.
 */
@Value.Immutable
public abstract class LintFinding {
  LintFinding() {}

  /** The kind of declaration broken, by its field name in the bundle. */
  public enum Kind {
    /** {@code conflictsWith}: the two were in one plan together. */
    CONFLICTS_WITH,
    /** {@code needs}: the first was in a plan without the second. */
    NEEDS
  }

  /** {@return the kind of declaration broken} */
  @Value.Parameter
  public abstract Kind kind();

  /** {@return the id of the step or warning that makes the declaration} */
  @Value.Parameter
  public abstract String id();

  /** {@return the id of the step or warning it names} */
  @Value.Parameter
  public abstract String otherId();

  /**
   * {@return a situation whose plan, for its {@link Situation#audience()}, breaks the declaration;
   * only the facts that matter are given (each fact given was needed when it was found)}
   */
  @Value.Parameter
  public abstract Situation witness();

  /** {@return the ids of the rules that fired in the witness and gave either id, in rule order} */
  @Value.Parameter
  public abstract List<String> rulesFired();

  /** {@return what is wrong, for a content editor: the declaration, the audience, the rules} */
  @Value.Parameter
  public abstract String message();

  /**
   * A finding with every field given.
   *
   * @param kind the kind of declaration broken
   * @param id the step or warning that declares it
   * @param otherId the step or warning it names
   * @param witness a situation whose plan breaks it
   * @param rulesFired the rules that fired and gave either id
   * @param message what is wrong, in words
   * @return the finding
   */
  public static LintFinding of(Kind kind, String id, String otherId, Situation witness,
      List<String> rulesFired, String message) {
    return ImmutableLintFinding.of(kind, id, otherId, witness, rulesFired, message);
  }
}
