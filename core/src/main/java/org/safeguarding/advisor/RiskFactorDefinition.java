package org.safeguarding.advisor;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * A risk factor as the bundle defines it, listed by {@link ContentBundle#riskFactors()}: its
 * explanation for each audience and its sources. A bundle's single {@code explanation} for everyone
 * is one text entry for all four audiences. A {@link RiskFactor} is what one plan gives of it.
 */
@Value.Immutable
public abstract class RiskFactorDefinition {
  RiskFactorDefinition() {}

  /** {@return the risk factor's id, such as {@code adult-involved}} */
  @Value.Parameter
  public abstract String id();

  /** {@return its text entries, in the bundle's order; every audience has one} */
  @Value.Parameter
  public abstract List<Text> texts();

  /** {@return the ids of the sources it rests on} */
  @Value.Parameter
  public abstract List<String> sources();

  /**
   * {@return the explanation the situation's audience reads, as the engine chooses it}
   *
   * @param situation the situation
   */
  public Optional<Text> textFor(Situation situation) {
    return Views.chosen(texts(), situation);
  }

  /**
   * One text entry of a risk factor.
   *
   * @param audiences the audiences it is for
   * @param when the condition under which they read it; empty for their default text
   * @param explanation the risk factor explained in these words
   * @param sources the ids of the sources this text cites besides the risk factor's own, in
   *     order; an assessment cites them where the reader is shown this text
   */
  public record Text(Set<Reporter> audiences, Optional<Condition> when, String explanation,
      List<String> sources) implements TextVariant {
    /** Checks and copies the fields. */
    public Text {
      audiences = Views.audiences(audiences);
      Objects.requireNonNull(when, "when");
      Objects.requireNonNull(explanation, "explanation");
      sources = List.copyOf(sources);
    }

    /**
     * A text that cites no sources of its own.
     *
     * @param audiences the audiences it is for
     * @param when the condition under which they read it; empty for their default text
     * @param explanation the risk factor explained in these words
     */
    public Text(Set<Reporter> audiences, Optional<Condition> when, String explanation) {
      this(audiences, when, explanation, List.of());
    }
  }

  /**
   * A risk factor definition with every field given.
   *
   * @param id the risk factor's id
   * @param texts its text entries
   * @param sources the ids of its sources
   * @return the risk factor definition
   */
  public static RiskFactorDefinition of(String id, List<Text> texts, List<String> sources) {
    return ImmutableRiskFactorDefinition.of(id, texts, sources);
  }
}
