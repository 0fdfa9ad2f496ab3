package org.safeguarding.advisor;

import java.util.Optional;
import java.util.OptionalInt;
import java.util.SortedMap;
import java.util.SortedSet;
import org.immutables.value.Value;

/**
 * What is known about one concern for one young person: the input to {@link Advisor#assess}.
 *
 * <p>There is deliberately no field for an image, a name or free text: the model cannot hold them.
 * Anything not given is unknown, and the advice stays on the safe side of it (an unknown age is
 * treated as under 18; unknown facts that could change the plan are asked in {@link
 * Assessment#openQuestions()}).
 *
 * {@snippet class=org.safeguarding.advisor.snippets.Snippets region=situation}
 */
@Value.Immutable
public abstract class Situation {
  /** The youngest age the model accepts. */
  public static final int MIN_AGE = 0;
  /** The oldest age the model accepts: the contract covers young adults up to 25. */
  public static final int MAX_AGE = 25;

  Situation() {}

  /**
   * {@return who is asking, if said; {@link #audience()} gives the reporter the advice is written
   * for}
   */
  public abstract Optional<Reporter> reporter();

  /**
   * {@return where the young person lives, if said; not said means somewhere in the UK, nation not
   * known (contract 1.1): the advice then holds in every nation, and the nation is asked wherever
   * it would change a step or its text}
   */
  public abstract Optional<Jurisdiction> jurisdiction();

  /** {@return the age in whole years of the young person the concern is about, if known} */
  public abstract OptionalInt childAge();

  /**
   * {@return what has happened, in declaration order; empty means nothing is known yet (prevention
   * advice, and asked first)}
   */
  @Value.NaturalOrder
  public abstract SortedSet<Concern> concerns();

  /** {@return how far the image has spread} */
  @Value.Default
  public Spread spread() {
    return Spread.UNKNOWN;
  }

  /** {@return who else is involved} */
  @Value.Default
  public OtherParty otherParty() {
    return OtherParty.UNKNOWN;
  }

  /** {@return the kinds of service involved, as far as known, in declaration order} */
  @Value.NaturalOrder
  public abstract SortedSet<Platform> platforms();

  /**
   * {@return the indicators answered YES or NO, in declaration order; any other indicator is
   * {@link Answer#UNKNOWN} (an UNKNOWN put in the builder is dropped: it means the same as none)}
   */
  @Value.NaturalOrder
  public abstract SortedMap<Indicator, Answer> indicators();

  /**
   * {@return the reporter the advice is written for: {@link Reporter#PARENT_OR_CARER} when not
   * said}
   */
  public final Reporter audience() {
    return reporter().orElse(Reporter.PARENT_OR_CARER);
  }

  /**
   * The answer for one indicator.
   *
   * @param indicator the indicator
   * @return the answer given, {@link Answer#UNKNOWN} if it was not given
   */
  public final Answer indicator(Indicator indicator) {
    return indicators().getOrDefault(indicator, Answer.UNKNOWN);
  }

  /**
   * Checks the age, and normalises: an indicator answered {@link Answer#UNKNOWN} is the same as
   * one not given, so it is dropped. Equal meaning is then equal value (and equal memo key).
   */
  @Value.Check
  Situation normalise() {
    checkAge();
    if (!indicators().containsValue(Answer.UNKNOWN)) {
      return this;
    }
    java.util.Map<Indicator, Answer> known = new java.util.EnumMap<>(Indicator.class);
    indicators().forEach((indicator, answer) -> {
      if (answer != Answer.UNKNOWN) {
        known.put(indicator, answer);
      }
    });
    return builder().from(this).indicators(known).build();
  }

  private void checkAge() {
    if (childAge().isPresent()) {
      int age = childAge().getAsInt();
      if (age < MIN_AGE || age > MAX_AGE) {
        throw new InvalidSituationException(
            "childAge", "must be a whole number of years from 0 to 25", "0 to 25");
      }
    }
  }

  /** {@return a situation about which nothing is known yet} */
  public static Situation empty() {
    return builder().build();
  }

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Situation}; {@link #build()} checks the age range. */
  public static final class Builder extends ImmutableSituation.Builder {
    Builder() {}
  }
}
