package org.safeguarding.advisor;

import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * One entry of a step's or warning's {@code doFirst} (docs/bundle-format.md, "What to read
 * first"): the rank at which the item is put forward to be read before the rest of the plan, for
 * some audiences, optionally only {@code when} a condition holds. Of an item's entries, in the
 * bundle's order, the first whose audiences hold the reader's and whose condition holds gives the
 * item's rank; if none does, the item is not put forward. Lower ranks are read first.
 *
 * @param rank the rank, from 1 to 999
 * @param audiences the audiences it ranks the item for
 * @param when the condition under which it applies; empty for always
 */
public record DoFirstRank(int rank, Set<Reporter> audiences, Optional<Condition> when) {
  /** Checks and copies the fields. */
  public DoFirstRank {
    if (rank < 1 || rank > 999) {
      throw new IllegalArgumentException("a doFirst rank is from 1 to 999, was " + rank);
    }
    audiences = Views.audiences(audiences);
    Objects.requireNonNull(when, "when");
  }

  /**
   * {@return whether this entry applies to the situation: its audience is one of these and the
   * condition, if any, holds}
   *
   * @param situation the situation
   */
  public boolean appliesTo(Situation situation) {
    return audiences.contains(situation.audience())
        && when.map(c -> c.holds(situation)).orElse(true);
  }
}
