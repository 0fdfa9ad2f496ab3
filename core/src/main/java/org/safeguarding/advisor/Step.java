package org.safeguarding.advisor;

import java.util.List;
import org.immutables.value.Value;

/** One thing to do, in the reporter's words, with its contacts, its sources and why it is here. */
@Value.Immutable
public abstract class Step {
  Step() {}

  /** {@return the step's id in the bundle, such as {@code report-to-ceop}} */
  @Value.Parameter
  public abstract String id();

  /** {@return how soon to do it} */
  @Value.Parameter
  public abstract Urgency urgency();

  /** {@return a short imperative title} */
  @Value.Parameter
  public abstract String title();

  /** {@return what to do and why, in a few plain sentences for this audience} */
  @Value.Parameter
  public abstract String detail();

  /** {@return ids of the contacts this step uses, described in {@link Assessment#contacts()}} */
  @Value.Parameter
  public abstract List<String> contacts();

  /** {@return ids of the sources the step and the rules that chose it rest on} */
  @Value.Parameter
  public abstract List<String> sources();

  /** {@return ids of the rules that put this step in the plan: the explanation of the step} */
  @Value.Parameter
  public abstract List<String> firedBy();

  /**
   * A step with every field given.
   *
   * @param id the step's id in the bundle
   * @param urgency how soon to do it
   * @param title a short imperative title
   * @param detail what to do and why
   * @param contacts ids of the contacts it uses
   * @param sources ids of the sources it rests on
   * @param firedBy ids of the rules that put it in the plan
   * @return the step
   */
  public static Step of(
      String id,
      Urgency urgency,
      String title,
      String detail,
      List<String> contacts,
      List<String> sources,
      List<String> firedBy) {
    return ImmutableStep.of(id, urgency, title, detail, contacts, sources, firedBy);
  }
}
