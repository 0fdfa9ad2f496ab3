package org.safeguarding.advisor;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.immutables.value.Value;

/**
 * A step as the bundle defines it, listed by {@link ContentBundle#steps()}: its texts for each
 * audience (with the conditions that choose between them), the contacts it names, the steps it
 * comes after and its sources. A {@link Step} is what one plan gives of it.
 */
@Value.Immutable
public abstract class StepDefinition {
  StepDefinition() {}

  /** {@return the step's id, such as {@code report-to-ceop}} */
  @Value.Parameter
  public abstract String id();

  /** {@return its text entries, in the bundle's order} */
  @Value.Parameter
  public abstract List<Text> texts();

  /**
   * {@return the ids of the contacts it names, in order: what a reader is given unless the text
   * they are shown names its own ({@link Text#contacts()}, {@link #contactsFor})}
   */
  @Value.Parameter
  public abstract List<String> contacts();

  /** {@return the ids of the sources it rests on} */
  @Value.Parameter
  public abstract List<String> sources();

  /** {@return the ids of the steps it comes after when both have the same urgency} */
  @Value.Parameter
  public abstract List<String> after();

  /**
   * {@return its doFirst entries, in the bundle's order: the first that applies to a situation
   * gives its rank there; empty if the step is never put forward to be read first}
   */
  public abstract List<DoFirstRank> doFirst();

  /**
   * {@return the rank at which the step is put forward for the situation's reader, when it is in
   * the plan (lower is read first); empty if no doFirst entry applies}
   *
   * @param situation the situation
   */
  public OptionalInt doFirstRank(Situation situation) {
    return Views.rank(doFirst(), situation);
  }

  /**
   * {@return the audiences the step is given to: those its texts name (a step is never in the plan
   * of an audience it has no text for)}
   */
  public Set<Reporter> audiences() {
    return Views.audiencesOf(texts());
  }

  /**
   * {@return the text the situation's audience reads, as the engine chooses it; empty if the step
   * is not for that audience}
   *
   * @param situation the situation
   */
  public Optional<Text> textFor(Situation situation) {
    return Views.chosen(texts(), situation);
  }

  /**
   * {@return the ids of the contacts the situation's reader is given with this step, as an
   * assessment lists them: those of the text they are shown where it names its own, else the
   * step's; empty if the step is not for that audience}
   *
   * @param situation the situation
   */
  public List<String> contactsFor(Situation situation) {
    return textFor(situation).map(text -> text.contacts().orElse(contacts())).orElse(List.of());
  }

  /**
   * One text entry of a step.
   *
   * @param audiences the audiences it is for
   * @param when the condition under which they read it; empty for their default text
   * @param title the step's title in these words
   * @param detail what to do, in these words
   * @param sources the ids of the sources this text cites besides the step's own (a nation's law,
   *     say), in order; an assessment cites them where the reader is shown this text
   * @param contacts the ids of the contacts a reader shown this text is given in place of the
   *     step's (an empty list: none at all); empty where the text keeps the step's contacts
   */
  public record Text(Set<Reporter> audiences, Optional<Condition> when, String title,
      String detail, List<String> sources, Optional<List<String>> contacts)
      implements TextVariant {
    /** Checks and copies the fields. */
    public Text {
      audiences = Views.audiences(audiences);
      Objects.requireNonNull(when, "when");
      Objects.requireNonNull(title, "title");
      Objects.requireNonNull(detail, "detail");
      sources = List.copyOf(sources);
      contacts = contacts.map(List::copyOf);
    }

    /**
     * A text that keeps the step's contacts.
     *
     * @param audiences the audiences it is for
     * @param when the condition under which they read it; empty for their default text
     * @param title the step's title in these words
     * @param detail what to do, in these words
     * @param sources the ids of the sources this text cites besides the step's own
     */
    public Text(Set<Reporter> audiences, Optional<Condition> when, String title, String detail,
        List<String> sources) {
      this(audiences, when, title, detail, sources, Optional.empty());
    }

    /**
     * A text that cites no sources of its own.
     *
     * @param audiences the audiences it is for
     * @param when the condition under which they read it; empty for their default text
     * @param title the step's title in these words
     * @param detail what to do, in these words
     */
    public Text(Set<Reporter> audiences, Optional<Condition> when, String title, String detail) {
      this(audiences, when, title, detail, List.of(), Optional.empty());
    }
  }

  /**
   * A step definition with every field given.
   *
   * @param id the step's id
   * @param texts its text entries
   * @param contacts the ids of the contacts it names
   * @param sources the ids of its sources
   * @param after the ids of the steps it comes after
   * @return the step definition
   */
  public static StepDefinition of(String id, List<Text> texts, List<String> contacts,
      List<String> sources, List<String> after) {
    return ImmutableStepDefinition.of(id, texts, contacts, sources, after);
  }

  /**
   * A step definition with every field given, doFirst entries included.
   *
   * @param id the step's id
   * @param texts its text entries
   * @param contacts the ids of the contacts it names
   * @param sources the ids of its sources
   * @param after the ids of the steps it comes after
   * @param doFirst its doFirst entries, in order
   * @return the step definition
   */
  public static StepDefinition of(String id, List<Text> texts, List<String> contacts,
      List<String> sources, List<String> after, List<DoFirstRank> doFirst) {
    return ImmutableStepDefinition.builder().id(id).texts(texts).contacts(contacts).sources(sources)
        .after(after).doFirst(doFirst).build();
  }
}
