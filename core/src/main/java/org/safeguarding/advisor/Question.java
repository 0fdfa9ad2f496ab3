package org.safeguarding.advisor;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * A question as the bundle defines it, listed by {@link ContentBundle#questions()}: the fact it
 * asks about, its wording for each audience, the labelled answers, when it is asked first, and its
 * sources. An {@link OpenQuestion} is what one plan asks of it.
 */
@Value.Immutable
public abstract class Question {
  Question() {}

  /** {@return the fact it asks about} */
  @Value.Parameter
  public abstract SituationFact<?> fact();

  /** {@return its text entries, in the bundle's order; every audience has one} */
  @Value.Parameter
  public abstract List<Text> texts();

  /**
   * {@return the labelled answers, in the bundle's order; never an {@code UNKNOWN} value (a "don't
   * know" leaves the fact unknown); empty for {@code childAge}, which takes a number}
   */
  @Value.Parameter
  public abstract List<Choice<?>> choices();

  /** {@return the condition while which it is put before every question without one} */
  @Value.Parameter
  public abstract Optional<Condition> askFirstWhen();

  /** {@return the ids of the sources it rests on} */
  @Value.Parameter
  public abstract List<String> sources();

  /**
   * {@return the wording the situation's audience reads, as the engine chooses it}
   *
   * @param situation the situation
   */
  public Optional<Text> textFor(Situation situation) {
    return Views.chosen(texts(), situation);
  }

  /**
   * One text entry of a question.
   *
   * @param audiences the audiences it is for
   * @param when the condition under which they read it; empty for their default text
   * @param question the question in these words
   * @param whyItMatters why the answer matters, in these words
   */
  public record Text(Set<Reporter> audiences, Optional<Condition> when, String question,
      String whyItMatters) implements TextVariant {
    /** Checks and copies the fields. */
    public Text {
      audiences = Views.audiences(audiences);
      Objects.requireNonNull(when, "when");
      Objects.requireNonNull(question, "question");
      Objects.requireNonNull(whyItMatters, "whyItMatters");
    }
  }

  /**
   * A question with every field given.
   *
   * @param fact the fact it asks about
   * @param texts its text entries
   * @param choices its labelled answers
   * @param askFirstWhen when it is asked first, if ever
   * @param sources the ids of its sources
   * @return the question
   */
  public static Question of(SituationFact<?> fact, List<Text> texts, List<Choice<?>> choices,
      Optional<Condition> askFirstWhen, List<String> sources) {
    return ImmutableQuestion.of(fact, texts, choices, askFirstWhen, sources);
  }
}
