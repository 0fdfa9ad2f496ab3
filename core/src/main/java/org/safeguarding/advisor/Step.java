package org.safeguarding.advisor;

import java.util.List;
import org.immutables.value.Value;

/** One thing to do, in the reporter's words, with its contacts, its sources and why it is here. */
@Value.Immutable
public abstract class Step {
  Step() {}

  /** The step's id in the bundle, such as {@code report-to-ceop}. */
  @Value.Parameter
  public abstract String id();

  /** How soon to do it. */
  @Value.Parameter
  public abstract Urgency urgency();

  /** A short imperative title. */
  @Value.Parameter
  public abstract String title();

  /** What to do and why, in a few plain sentences for this audience. */
  @Value.Parameter
  public abstract String detail();

  /** Ids of the contacts this step uses, described in {@link Assessment#contacts()}. */
  @Value.Parameter
  public abstract List<String> contacts();

  /** Ids of the sources the step and the rules that chose it rest on. */
  @Value.Parameter
  public abstract List<String> sources();

  /** Ids of the rules that put this step in the plan: the explanation of the step. */
  @Value.Parameter
  public abstract List<String> firedBy();

  /** A step with every field given. */
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
