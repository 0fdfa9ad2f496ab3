package org.safeguarding.advisor;

import org.immutables.value.Value;

/** An unknown fact whose answer could change the plan, with the question to ask about it. */
@Value.Immutable
public abstract class OpenQuestion {
  OpenQuestion() {}

  /**
   * {@return the JSON path of the fact, such as {@code childAge} or {@code
   * indicators.IMMEDIATE_DANGER}}
   */
  @Value.Parameter
  public abstract String field();

  /** {@return the question, in the reporter's words} */
  @Value.Parameter
  public abstract String question();

  /** {@return why the answer matters} */
  @Value.Parameter
  public abstract String whyItMatters();

  /**
   * An open question with every field given.
   *
   * @param field the JSON path of the unknown fact
   * @param question the question, in the reporter's words
   * @param whyItMatters why the answer matters
   * @return the open question
   */
  public static OpenQuestion of(String field, String question, String whyItMatters) {
    return ImmutableOpenQuestion.of(field, question, whyItMatters);
  }
}
