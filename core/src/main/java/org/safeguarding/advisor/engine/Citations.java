package org.safeguarding.advisor.engine;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The sources a bundle declares, and every id something cites: an item's required
 * {@code "sources"} are checked against the declared ids here, and a source cited by nothing is
 * refused at the end.
 */
final class Citations {
  private final Set<String> sourceIds;
  /** Every id cited so far, known or not, in the order first cited. */
  private final Set<String> cited = new LinkedHashSet<>();

  /** @param sourceIds the ids sources.json declares */
  Citations(Set<String> sourceIds) {
    this.sourceIds = sourceIds;
  }

  /** The item's required, non-empty {@code sources}; an id sources.json lacks is a problem. */
  List<String> cite(Node node) {
    List<String> sources = node.stringList("sources", true);
    for (String source : sources) {
      if (!sourceIds.contains(source)) {
        node.field("sources").problem("unknown source '" + source + "'");
      }
      cited.add(source);
    }
    return sources;
  }

  /** {@return every id cited so far} */
  Set<String> cited() {
    return cited;
  }
}
