package org.safeguarding.advisor;

import java.util.Optional;
import java.util.Set;

/**
 * One text entry of a step, warning, risk factor or question: the audiences it is for and,
 * optionally, the condition under which they read it (docs/bundle-format.md, "Text variants").
 * Of the entries that name the reader's audience, in the bundle's order, the reader sees the first
 * whose {@link #when()} holds or that has none; the last entry for each audience has none.
 */
public sealed interface TextVariant
    permits StepDefinition.Text, WarningDefinition.Text, RiskFactorDefinition.Text,
        Question.Text {

  /** {@return the audiences (reporters) this entry is for, in the contract's order} */
  Set<Reporter> audiences();

  /** {@return the condition under which they read it; empty for the audience's default text} */
  Optional<Condition> when();
}
