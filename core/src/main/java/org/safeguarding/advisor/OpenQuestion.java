package org.safeguarding.advisor;

import org.immutables.value.Value;

/** An unknown fact whose answer could change the plan, with the question to ask about it. */
@Value.Immutable
public abstract class OpenQuestion {
  OpenQuestion() {}

  /**
   * {@return the fact asked about: its allowed values, and how to apply an answer with {@link
   * SituationFact#apply} (the bundle's labelled answers are {@link
   * ContentBundle#choices(SituationFact)})}
   */
  @Value.Parameter
  public abstract SituationFact<?> fact();

  /** {@return the question, in the reporter's words} */
  @Value.Parameter
  public abstract String question();

  /** {@return why the answer matters} */
  @Value.Parameter
  public abstract String whyItMatters();

  /**
   * {@return the JSON path of the fact, such as {@code childAge} or {@code
   * indicators.IMMEDIATE_DANGER}: {@code fact().path()}, as the contract's JSON writes it}
   */
  public final String field() {
    return fact().path();
  }

  /**
   * An open question with every field given.
   *
   * @param fact the unknown fact
   * @param question the question, in the reporter's words
   * @param whyItMatters why the answer matters
   * @return the open question
   */
  public static OpenQuestion of(SituationFact<?> fact, String question, String whyItMatters) {
    return ImmutableOpenQuestion.of(fact, question, whyItMatters);
  }

  /**
   * An open question about the fact at a contract JSON path.
   *
   * @param field the JSON path of the unknown fact, such as {@code indicators.BLACKMAIL}
   * @param question the question, in the reporter's words
   * @param whyItMatters why the answer matters
   * @return the open question
   * @throws IllegalArgumentException if the contract has no fact at that path
   */
  public static OpenQuestion of(String field, String question, String whyItMatters) {
    SituationFact<?> fact = SituationFact.ofPath(field).orElseThrow(
        () -> new IllegalArgumentException("the contract has no fact at that path; allowed: "
            + "concerns, childAge, reporter, jurisdiction, spread, otherParty, platforms,"
            + " indicators.<INDICATOR>"));
    return of(fact, question, whyItMatters);
  }
}
