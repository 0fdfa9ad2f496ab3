package org.safeguarding.advisor.engine;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.safeguarding.advisor.Reporter;

/**
 * Checks what doFirst names across steps.json and warnings.json: distinct step and warning ids,
 * and ranks unique for each audience.
 */
final class DoFirstIdsAndRanks {
  private DoFirstIdsAndRanks() {}

  /**
   * The ids that doFirst names: a step and a warning may not share an id (an assessment's doFirst
   * names either), and doFirst ranks are unique for each audience, so the order read first is
   * never a tie.
   */
  static void check(List<StepDef> steps, List<WarningDef> warnings, Problems problems) {
    Set<String> stepIds = new LinkedHashSet<>();
    steps.forEach(s -> stepIds.add(s.id()));
    for (WarningDef w : warnings) {
      if (stepIds.contains(w.id())) {
        problems.add("warnings.json: warning '" + w.id() + "' has the id of a step: steps and"
            + " warnings need distinct ids, since an assessment's doFirst names either");
      }
    }
    Map<Integer, String>[] ranks = newRankMaps();
    for (StepDef s : steps) {
      checkRank(s.id(), s.doFirst(), ranks, problems);
    }
    for (WarningDef w : warnings) {
      checkRank(w.id(), w.doFirst(), ranks, problems);
    }
  }

  @SuppressWarnings("unchecked")
  private static Map<Integer, String>[] newRankMaps() {
    Map<Integer, String>[] ranks = new Map[Reporter.values().length];
    for (int a = 0; a < ranks.length; a++) {
      ranks[a] = new HashMap<>();
    }
    return ranks;
  }

  /**
   * Records the item's ranks for each audience; a rank another item already has for the audience
   * is a problem (the same item may use one rank in several entries).
   */
  private static void checkRank(String id, List<DoFirst> doFirst, Map<Integer, String>[] ranks,
      Problems problems) {
    for (DoFirst entry : doFirst) {
      for (Reporter audience : Reporter.values()) {
        if (entry.isFor(audience.ordinal())) {
          String before = ranks[audience.ordinal()].putIfAbsent(entry.rank(), id);
          if (before != null && !before.equals(id)) {
            problems.add(entry.where() + ".rank: rank " + entry.rank() + " for " + audience
                + " is also given to '" + before + "': ranks must be unique for each audience");
          }
        }
      }
    }
  }
}
