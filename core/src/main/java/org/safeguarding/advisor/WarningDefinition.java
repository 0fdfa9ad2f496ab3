package org.safeguarding.advisor;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
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
   * {@return its doFirst entries, in the bundle's order: the first that applies to a situation
   * gives its rank there; empty if the warning is never put forward to be read first}
   */
  public abstract List<DoFirstRank> doFirst();

  /**
   * {@return the rank at which the warning is put forward for the situation's reader, when it is
   * in the plan (lower is read first); empty if no doFirst entry applies}
   *
   * @param situation the situation
   */
  public OptionalInt doFirstRank(Situation situation) {
    return Views.rank(doFirst(), situation);
  }

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
   * @param sources the ids of the sources this text cites besides the warning's own, in order; an
   *     assessment cites them where the reader is shown this text
   */
  public record Text(Set<Reporter> audiences, Optional<Condition> when, String text,
      List<String> sources) implements TextVariant {
    /** Checks and copies the fields. */
    public Text {
      audiences = Views.audiences(audiences);
      Objects.requireNonNull(when, "when");
      Objects.requireNonNull(text, "text");
      sources = List.copyOf(sources);
    }

    /**
     * A text that cites no sources of its own.
     *
     * @param audiences the audiences it is for
     * @param when the condition under which they read it; empty for their default text
     * @param text the warning in these words
     */
    public Text(Set<Reporter> audiences, Optional<Condition> when, String text) {
      this(audiences, when, text, List.of());
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

  /**
   * A warning definition with every field given, doFirst entries included.
   *
   * @param id the warning's id
   * @param texts its text entries
   * @param sources the ids of its sources
   * @param doFirst its doFirst entries, in order
   * @return the warning definition
   */
  public static WarningDefinition of(String id, List<Text> texts, List<String> sources,
      List<DoFirstRank> doFirst) {
    return ImmutableWarningDefinition.builder().id(id).texts(texts).sources(sources).doFirst(doFirst)
        .build();
  }
}
