package org.safeguarding.advisor.benchmarks.peers;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.safeguarding.advisor.Situation;
import org.safeguarding.advisor.json.AdvisorJson;

/**
 * Runs several screens on the same situations and lists every situation on which they do not all
 * give the same referral decision, trigger set and urgency. The benchmarks refuse to time peers
 * that disagree: a speed comparison is only fair on the same decision.
 */
public final class Agreement {
  private Agreement() {}

  /** One situation on which the screens differ, with what each one said. */
  public static final class Disagreement {
    private final Situation situation;
    private final Map<String, Screen> screens;

    Disagreement(Situation situation, Map<String, Screen> screens) {
      this.situation = situation;
      this.screens = screens;
    }

    public Situation situation() {
      return situation;
    }

    /** Each screen's answer, by screen name, in the order the screens were given. */
    public Map<String, Screen> screens() {
      return screens;
    }

    @Override
    public String toString() {
      StringBuilder out = new StringBuilder(AdvisorJson.write(situation).replaceAll("\\s+", " "));
      screens.forEach((name, screen) -> out.append("\n    ").append(name).append(": ").append(screen));
      return out.toString();
    }
  }

  /** The situations on which the screens do not all agree, in input order. */
  public static List<Disagreement> check(List<Situation> situations, List<ReferralScreen> screens) {
    List<Disagreement> out = new ArrayList<>();
    for (Situation situation : situations) {
      Map<String, Screen> answers = new LinkedHashMap<>();
      for (ReferralScreen screen : screens) {
        answers.put(screen.name(), screen.screen(situation));
      }
      if (answers.values().stream().distinct().count() > 1) {
        out.add(new Disagreement(situation, answers));
      }
    }
    return out;
  }

  /**
   * Throws, listing the first disagreements, unless the screens agree on every situation.
   *
   * @throws IllegalStateException if any two screens disagree on any situation
   */
  public static void require(List<Situation> situations, List<ReferralScreen> screens) {
    List<Disagreement> disagreements = check(situations, screens);
    if (!disagreements.isEmpty()) {
      throw new IllegalStateException(describe(disagreements, situations.size()));
    }
  }

  /** A readable list of (at most ten of) the disagreements. */
  public static String describe(List<Disagreement> disagreements, int total) {
    StringBuilder out = new StringBuilder()
        .append(disagreements.size()).append(" of ").append(total)
        .append(" situations get different screens:");
    disagreements.stream().limit(10).forEach(d -> out.append("\n  ").append(d));
    return out.toString();
  }
}
