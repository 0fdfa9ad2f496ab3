package org.safeguarding.advisor;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * A warning (a thing not to do) as the bundle defines it, listed by {@link
 * ContentBundle#warnings()}: its texts for each audience and its sources. A {@link Warning} is what
 * one plan gives of it.
 */
@Value.Immutable
public abstract class WarningDefinition {
  WarningDefinition() {}

  /** {@return the warning's id, such as {@code do-not-pay}} */
  @Value.Parameter
  public abstract String id();

  /** {@return its text entries, in the bundle's order; every audience has one} */
  @Value.Parameter
  public abstract List<Text> texts();

  /** {@return the ids of the sources it rests on} */
  @Value.Parameter
  public abstract List<String> sources();

  /**
   * {@return the text the situation's audience reads, as the engine chooses it}
   *
   * @param situation the situation
   */
  public Optional<Text> textFor(Situation situation) {
    return Views.chosen(texts(), situation);
  }

  /**
   * One text entry of a warning.
   *
   * @param audiences the audiences it is for
   * @param when the condition under which they read it; empty for their default text
   * @param text the warning in these words
   */
  public record Text(Set<Reporter> audiences, Optional<Condition> when, String text)
      implements TextVariant {
    /** Checks and copies the fields. */
    public Text {
      audiences = Views.audiences(audiences);
      Objects.requireNonNull(when, "when");
      Objects.requireNonNull(text, "text");
    }
  }

  /**
   * A warning definition with every field given.
   *
   * @param id the warning's id
   * @param texts its text entries
   * @param sources the ids of its sources
   * @return the warning definition
   */
  public static WarningDefinition of(String id, List<Text> texts, List<String> sources) {
    return ImmutableWarningDefinition.of(id, texts, sources);
  }
}
