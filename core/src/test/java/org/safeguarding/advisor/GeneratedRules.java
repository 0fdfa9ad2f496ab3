package org.safeguarding.advisor;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * A random rules.json for the fixture's steps, warnings, risk factors, named conditions and
 * questions: seven rules whose conditions (nested all, any and not, with references to named
 * conditions) test three facts picked at random, so that brute force over the whole situation
 * space stays small. Every step, warning and risk factor is given by some rule, as the loader
 * requires. Used by the open-questions oracle here and by the lint's brute-force test in the
 * engine package (public for that one, and kept out of the engine package, whose only public
 * class is CompiledBundle).
 */
public final class GeneratedRules {
  private static final List<String> STEPS = List.of("call-emergency", "tell-lead", "report-online",
      "remove-image", "contain-spread", "reassure", "talk-to-someone", "prevention-tip");
  private static final List<String> WARNINGS = List.of("never-copy", "do-not-pay");
  private static final List<String> RISKS = List.of("adult-involved", "blackmail");
  private static final List<String> FACTS = List.of("concerns", "childAge", "otherParty",
      "spread", "indicators.IMMEDIATE_DANGER", "indicators.BLACKMAIL", "reporter");
  private static final List<String> CONCERNS = List.of("SEXTORTION", "SHARED_OWN_IMAGE",
      "IMAGE_SHARED_BY_OTHERS", "PREVENTION", "GROOMING");
  private static final List<String> URGENCIES = List.of("EMERGENCY", "URGENT", "PROMPT", "ROUTINE");

  private final SplittableRandom random;
  private final List<String> facts = new ArrayList<>();

  private GeneratedRules(SplittableRandom random) {
    this.random = random;
    List<String> pool = new ArrayList<>(FACTS);
    for (int i = 0; i < 3; i++) {
      facts.add(pool.remove(random.nextInt(pool.size())));
    }
  }

  public static String of(SplittableRandom random) {
    return new GeneratedRules(random).rules();
  }

  private String rules() {
    int count = 7;
    List<List<String>> steps = new ArrayList<>();
    List<List<String>> warnings = new ArrayList<>();
    List<List<String>> risks = new ArrayList<>();
    for (int r = 0; r < count; r++) {
      steps.add(new ArrayList<>());
      warnings.add(new ArrayList<>());
      risks.add(new ArrayList<>());
      for (int k = 1 + random.nextInt(3); k > 0; k--) {
        addOnce(steps.get(r), pick(STEPS));
      }
      if (random.nextInt(3) == 0) {
        addOnce(warnings.get(r), pick(WARNINGS));
      }
    }
    for (String step : STEPS) {
      if (steps.stream().noneMatch(l -> l.contains(step))) {
        steps.get(random.nextInt(count)).add(step);
      }
    }
    for (String warning : WARNINGS) {
      if (warnings.stream().noneMatch(l -> l.contains(warning))) {
        warnings.get(random.nextInt(count)).add(warning);
      }
    }
    for (String risk : RISKS) {
      risks.get(random.nextInt(count)).add(risk);
    }
    List<String> out = new ArrayList<>();
    for (int r = 0; r < count; r++) {
      StringBuilder rule = new StringBuilder("{\"id\":\"g" + r + "\",\"description\":\"G\","
          + "\"when\":" + condition(2) + ",\"urgency\":\"" + pick(URGENCIES) + "\","
          + "\"steps\":" + strings(steps.get(r)));
      if (!warnings.get(r).isEmpty()) {
        rule.append(",\"warnings\":").append(strings(warnings.get(r)));
      }
      if (!risks.get(r).isEmpty()) {
        rule.append(",\"riskFactors\":").append(strings(risks.get(r)));
      }
      out.add(rule.append(",\"sources\":[\"src-a\"]}").toString());
    }
    return "[" + String.join(",\n", out) + "]";
  }

  private String condition(int depth) {
    int form = depth == 0 ? 0 : random.nextInt(5);
    switch (form) {
      case 1:
      case 2: {
        List<String> parts = new ArrayList<>();
        for (int k = 1 + random.nextInt(3); k > 0; k--) {
          parts.add(condition(depth - 1));
        }
        return "{\"" + (form == 1 ? "all" : "any") + "\":[" + String.join(",", parts) + "]}";
      }
      case 3:
        return "{\"not\":" + condition(depth - 1) + "}";
      default:
        return atom();
    }
  }

  private String atom() {
    String fact = pick(facts);
    switch (fact) {
      case "concerns": {
        int form = random.nextInt(4);
        if (form == 0) {
          return random.nextBoolean() ? "{\"ref\":\"image-concern\"}"
              : "{\"fact\":\"concerns\",\"isEmpty\":" + random.nextBoolean() + "}";
        }
        return "{\"fact\":\"concerns\",\"" + (form == 1 ? "containsAll" : "containsAny")
            + "\":" + some(CONCERNS, 2) + "}";
      }
      case "childAge": {
        int form = random.nextInt(6);
        if (form == 5) {
          return random.nextBoolean() ? "{\"ref\":\"adult\"}"
              : "{\"fact\":\"childAge\",\"isUnknown\":" + random.nextBoolean() + "}";
        }
        return "{\"fact\":\"childAge\",\"" + List.of("lt", "lte", "gt", "gte", "eq").get(form)
            + "\":" + pick(List.of("13", "16", "18")) + ",\"ifUnknown\":" + random.nextBoolean()
            + "}";
      }
      case "otherParty":
        return "{\"fact\":\"otherParty\",\"in\":"
            + some(List.of("PEER", "ADULT", "UNKNOWN_ONLINE_CONTACT", "NONE", "UNKNOWN"), 2) + "}";
      case "spread":
        return "{\"fact\":\"spread\",\"in\":"
            + some(List.of("NOT_SHARED", "ONE_RECIPIENT", "SOCIAL_MEDIA", "UNKNOWN"), 2) + "}";
      case "reporter":
        return "{\"fact\":\"reporter\",\"in\":" + some(List.of("PARENT_OR_CARER",
            "YOUNG_PERSON", "PROFESSIONAL", "OTHER_ADULT"), 2) + "}";
      default:
        return "{\"fact\":\"" + fact + "\",\"in\":" + some(List.of("YES", "NO", "UNKNOWN"), 2)
            + "}";
    }
  }

  private String some(List<String> values, int most) {
    List<String> out = new ArrayList<>();
    for (int k = 1 + random.nextInt(most); k > 0; k--) {
      addOnce(out, pick(values));
    }
    return strings(out);
  }

  private String pick(List<String> values) {
    return values.get(random.nextInt(values.size()));
  }

  private static void addOnce(List<String> list, String value) {
    if (!list.contains(value)) {
      list.add(value);
    }
  }

  private static String strings(List<String> values) {
    return "[\"" + String.join("\",\"", values) + "\"]";
  }
}
