package org.safeguarding.advisor;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * A generated bundle larger than one 64-bit word in every dimension (130 steps; 70 contacts,
 * warnings and risk factors; one step given by 80 rules), assessed against the plan worked out
 * in plain Java: the union of the fired rules' outputs, each step once at its highest urgency,
 * ordered by urgency then declared order, contacts in first-use order, warnings and risk factors
 * in declared order.
 */
class LargeBundleTest {
  private static final int STEPS = 130;
  private static final int OTHERS = 70;
  private static final int RULES = 90;
  private static final Concern[] CONCERNS = Concern.values();
  private static final Urgency[] URGENCIES = Urgency.values();

  /** Rule r fires when the concerns include CONCERNS[r % 11]. */
  private static Concern trigger(int r) {
    return CONCERNS[r % CONCERNS.length];
  }

  /** Rule r gives step 0 (every rule but the last ten), and steps r and r + 40. */
  private static List<Integer> stepsOf(int r) {
    List<Integer> steps = new ArrayList<>();
    if (r < RULES - 10) {
      steps.add(0);
    }
    steps.add(1 + r);
    if (1 + r + 40 < STEPS) {
      steps.add(1 + r + 40);
    }
    return steps;
  }

  private static Urgency urgencyOf(int r, int step) {
    return URGENCIES[(r + step) % URGENCIES.length];
  }

  private static String bundle(Map<String, String> files) {
    StringBuilder sources = new StringBuilder("[{\"id\":\"s\",\"title\":\"S\",\"url\":null,"
        + "\"kind\":\"SEED\",\"verification\":\"VERIFIED\"}]");
    files.put("sources.json", sources.toString());
    List<String> contacts = new ArrayList<>();
    for (int c = 0; c < OTHERS; c++) {
      contacts.add("{\"id\":\"c" + c + "\",\"name\":\"C" + c + "\",\"phone\":\"101\","
          + "\"forWhom\":\"Anyone\",\"sources\":[\"s\"]}");
    }
    files.put("contacts.json", "[" + String.join(",", contacts) + "]");
    String everyone = "[\"PARENT_OR_CARER\",\"OTHER_ADULT\",\"PROFESSIONAL\",\"YOUNG_PERSON\"]";
    List<String> steps = new ArrayList<>();
    for (int s = 0; s < STEPS; s++) {
      steps.add("{\"id\":\"st" + s + "\",\"text\":[{\"for\":" + everyone + ",\"title\":\"T" + s
          + "\",\"detail\":\"D" + s + "\"}],\"contacts\":[\"c" + (s % OTHERS) + "\",\"c"
          + ((s * 7 + 3) % OTHERS) + "\"],\"sources\":[\"s\"]}");
    }
    files.put("steps.json", "[" + String.join(",", steps) + "]");
    List<String> warnings = new ArrayList<>();
    List<String> risks = new ArrayList<>();
    for (int w = 0; w < OTHERS; w++) {
      warnings.add("{\"id\":\"w" + w + "\",\"text\":[{\"for\":" + everyone + ",\"text\":\"W" + w
          + "\"}],\"sources\":[\"s\"]}");
      risks.add("{\"id\":\"k" + w + "\",\"explanation\":\"K" + w + "\",\"sources\":[\"s\"]}");
    }
    files.put("warnings.json", "[" + String.join(",", warnings) + "]");
    files.put("risk-factors.json", "[" + String.join(",", risks) + "]");
    files.put("conditions.json", "[]");
    List<String> rules = new ArrayList<>();
    for (int rule = 0; rule < RULES; rule++) {
      int r = rule;
      String stepList = stepsOf(r).stream().map(s -> "{\"id\":\"st" + s + "\",\"urgency\":\""
          + urgencyOf(r, s) + "\"}").collect(Collectors.joining(","));
      rules.add("{\"id\":\"r" + r + "\",\"description\":\"R\",\"when\":{\"fact\":\"concerns\","
          + "\"containsAny\":[\"" + trigger(r) + "\"]},\"steps\":[" + stepList + "],"
          + "\"warnings\":[\"w" + (r % OTHERS) + "\"],\"riskFactors\":[\"k" + ((r * 3) % OTHERS)
          + "\"],\"sources\":[\"s\"]}");
    }
    // Every warning, risk factor and step is given by some rule (unused content is refused).
    rules.add("{\"id\":\"r-all\",\"description\":\"R\",\"when\":{\"fact\":\"childAge\",\"eq\":25,"
        + "\"ifUnknown\":false},\"steps\":[" + java.util.stream.IntStream.range(0, STEPS)
        .mapToObj(s -> "\"st" + s + "\"").collect(Collectors.joining(",")) + "],\"urgency\":"
        + "\"ROUTINE\",\"warnings\":[" + java.util.stream.IntStream.range(0, OTHERS)
        .mapToObj(w -> "\"w" + w + "\"").collect(Collectors.joining(",")) + "],\"riskFactors\":["
        + java.util.stream.IntStream.range(0, OTHERS).mapToObj(k -> "\"k" + k + "\"")
        .collect(Collectors.joining(",")) + "],\"sources\":[\"s\"]}");
    files.put("rules.json", "[" + String.join(",", rules) + "]");
    files.put("questions.json", "[{\"field\":\"concerns\",\"text\":[{\"for\":" + everyone
        + ",\"question\":\"Q\",\"whyItMatters\":\"Y\"}],\"choices\":{" + EnumSet.allOf(Concern.class)
        .stream().map(c -> "\"" + c + "\":\"" + c + "\"").collect(Collectors.joining(","))
        + "},\"sources\":[\"s\"]},{\"field\":\"childAge\",\"text\":[{\"for\":" + everyone
        + ",\"question\":\"Q\",\"whyItMatters\":\"Y\"}],\"sources\":[\"s\"]}]");
    files.put("manifest.json", "{\"formatVersion\":1,\"id\":\"large\",\"version\":\"1\","
        + "\"releaseDate\":\"2026-01-01\",\"reviewBy\":\"2099-01-01\",\"jurisdictions\":"
        + "[\"GB-ENG\"],\"phoneFormat\":{\"pattern\":\"101\",\"description\":\"101\"},"
        + "\"digest\":\"sha256:" + "0".repeat(64) + "\"}");
    return "large";
  }

  @Test
  void aPlanLargerThanAWordIsTheUnionOfTheFiredRulesInOrder() {
    Map<String, String> files = new LinkedHashMap<>();
    bundle(files);
    Advisor advisor = Advisor.forBundle(ContentBundle.load(Fixture.source(Fixture.resign(files))));
    SplittableRandom random = new SplittableRandom(42);
    for (int round = 0; round < 200; round++) {
      Set<Concern> concerns = EnumSet.noneOf(Concern.class);
      int n = 1 + random.nextInt(CONCERNS.length);
      for (int i = 0; i < n; i++) {
        concerns.add(CONCERNS[random.nextInt(CONCERNS.length)]);
      }
      Assessment a = advisor.evaluate(Situation.builder().concerns(concerns).childAge(10).build());
      assertEquals(expected(concerns), describe(a), "concerns " + concerns);
    }
  }

  private static List<String> describe(Assessment a) {
    List<String> out = new ArrayList<>();
    a.steps().forEach(s -> out.add(s.id() + "@" + s.urgency() + " by " + s.firedBy()));
    out.add("contacts " + a.contacts().stream().map(Contact::id).collect(Collectors.toList()));
    out.add("warnings " + a.warnings().stream().map(Warning::id).collect(Collectors.toList()));
    out.add("risks " + a.riskFactors().stream().map(RiskFactor::id).collect(Collectors.toList()));
    out.add("urgency " + a.urgency());
    return out;
  }

  private static List<String> expected(Set<Concern> concerns) {
    Urgency[] best = new Urgency[STEPS];
    List<List<String>> firedBy = new ArrayList<>();
    for (int s = 0; s < STEPS; s++) {
      firedBy.add(new ArrayList<>());
    }
    Set<Integer> warnings = new java.util.TreeSet<>();
    Set<Integer> risks = new java.util.TreeSet<>();
    for (int r = 0; r < RULES; r++) {
      if (!concerns.contains(trigger(r))) {
        continue;
      }
      for (int s : stepsOf(r)) {
        Urgency u = urgencyOf(r, s);
        best[s] = best[s] == null ? u : Urgency.highest(best[s], u);
        firedBy.get(s).add("r" + r);
      }
      warnings.add(r % OTHERS);
      risks.add((r * 3) % OTHERS);
    }
    List<String> out = new ArrayList<>();
    Set<String> contacts = new LinkedHashSet<>();
    Urgency overall = Urgency.ROUTINE;
    for (Urgency u : URGENCIES) {
      for (int s = 0; s < STEPS; s++) {
        if (best[s] == u) {
          out.add("st" + s + "@" + u + " by " + firedBy.get(s));
          contacts.add("c" + (s % OTHERS));
          contacts.add("c" + ((s * 7 + 3) % OTHERS));
          if (u.isHigherThan(overall)) {
            overall = u;
          }
        }
      }
    }
    out.add("contacts " + new ArrayList<>(contacts));
    out.add("warnings " + warnings.stream().map(w -> "w" + w).collect(Collectors.toList()));
    out.add("risks " + risks.stream().map(k -> "k" + k).collect(Collectors.toList()));
    out.add("urgency " + overall);
    return out;
  }
}
