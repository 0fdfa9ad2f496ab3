package org.safeguarding.advisor;

import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/** What the bundle's views share: choosing a text, and copying an audience set. */
final class Views {
  private Views() {}

  /**
   * The entry the situation's audience reads, of one item's entries in the bundle's order: the
   * first that names the audience and whose condition holds or that has none.
   */
  static <T extends TextVariant> Optional<T> chosen(List<T> texts, Situation situation) {
    Reporter audience = situation.audience();
    for (T text : texts) {
      if (text.audiences().contains(audience)
          && text.when().map(c -> c.holds(situation)).orElse(true)) {
        return Optional.of(text);
      }
    }
    return Optional.empty();
  }

  /** The rank the first doFirst entry that applies to the situation gives; empty if none does. */
  static OptionalInt rank(List<DoFirstRank> doFirst, Situation situation) {
    for (DoFirstRank entry : doFirst) {
      if (entry.appliesTo(situation)) {
        return OptionalInt.of(entry.rank());
      }
    }
    return OptionalInt.empty();
  }

  /** An unmodifiable copy that iterates in the contract's order; at least one audience. */
  static Set<Reporter> audiences(Set<Reporter> audiences) {
    if (audiences.isEmpty()) {
      throw new IllegalArgumentException("a text is for at least one audience");
    }
    return Collections.unmodifiableSet(EnumSet.copyOf(audiences));
  }

  /** The audiences any of the entries names, in the contract's order. */
  static Set<Reporter> audiencesOf(List<? extends TextVariant> texts) {
    EnumSet<Reporter> out = EnumSet.noneOf(Reporter.class);
    texts.forEach(t -> out.addAll(t.audiences()));
    return Collections.unmodifiableSet(out);
  }
}
