package org.safeguarding.advisor.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.safeguarding.advisor.Answer;
import org.safeguarding.advisor.Assessment;
import org.safeguarding.advisor.Concern;
import org.safeguarding.advisor.GeneratedRules;
import org.safeguarding.advisor.Fixture;
import org.safeguarding.advisor.Indicator;
import org.safeguarding.advisor.Jurisdiction;
import org.safeguarding.advisor.LintFinding;
import org.safeguarding.advisor.OtherParty;
import org.safeguarding.advisor.Platform;
import org.safeguarding.advisor.Reporter;
import org.safeguarding.advisor.Situation;
import org.safeguarding.advisor.Spread;
import org.safeguarding.advisor.engine.Declarations.Item;

/**
 * The lint against brute force: on the fixture bundle and on generated bundles, every ordered pair
 * of steps and warnings is declared (once all as conflicts, once all as needs), and the broken
 * declarations the lint reports must be exactly those that some situation of the whole space
 * breaks. The brute force visits every combination of values of every fact the rules read (every
 * subset of a set, every age and "not said", every enum value and "not said") and the reporter;
 * it shares no code with the lint's search, only the engine's compiled conditions, and its model
 * of a plan (rules that fire, then the audience) is itself checked against the engine.
 */
class BundleLintBruteForceTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  /** Every value one fact can take in a situation, each as a change to a situation builder. */
  private static List<Consumer<Situation.Builder>> domain(Fact fact) {
    List<Consumer<Situation.Builder>> out = new ArrayList<>();
    if (fact == Fact.CONCERNS) {
      for (int mask = 0; mask < 1 << Concern.values().length; mask++) {
        Set<Concern> set = members(Concern.class, mask);
        out.add(b -> b.concerns(set));
      }
    } else if (fact == Fact.PLATFORMS) {
      for (int mask = 0; mask < 1 << Platform.values().length; mask++) {
        Set<Platform> set = members(Platform.class, mask);
        out.add(b -> b.platforms(set));
      }
    } else if (fact == Fact.CHILD_AGE) {
      out.add(b -> { });
      for (int age = Situation.MIN_AGE; age <= Situation.MAX_AGE; age++) {
        int a = age;
        out.add(b -> b.childAge(a));
      }
    } else if (fact == Fact.REPORTER) {
      out.add(b -> { });
      for (Reporter r : Reporter.values()) {
        out.add(b -> b.reporter(r));
      }
    } else if (fact == Fact.JURISDICTION) {
      out.add(b -> { });
      for (Jurisdiction j : org.safeguarding.advisor.Fixture.NATIONS) {
        out.add(b -> b.jurisdiction(j));
      }
    } else if (fact == Fact.SPREAD) {
      for (Spread s : Spread.values()) {
        out.add(b -> b.spread(s));
      }
    } else if (fact == Fact.OTHER_PARTY) {
      for (OtherParty o : OtherParty.values()) {
        out.add(b -> b.otherParty(o));
      }
    } else {
      // An explicit UNKNOWN is the same situation key as "not said" (see
      // anExplicitUnknownIndicatorIsTheSameAsNotSaid), so "not said" stands for both.
      Indicator indicator = Indicator.values()[fact.slot - Fact.FIRST_INDICATOR];
      out.add(b -> { });
      out.add(b -> b.putIndicator(indicator, Answer.YES));
      out.add(b -> b.putIndicator(indicator, Answer.NO));
    }
    return out;
  }

  private static <E extends Enum<E>> Set<E> members(Class<E> type, int mask) {
    Set<E> out = EnumSet.noneOf(type);
    for (E e : type.getEnumConstants()) {
      if ((mask & (1 << e.ordinal())) != 0) {
        out.add(e);
      }
    }
    return out;
  }

  /** The presence masks (bit i: items.get(i) is in the plan) of every situation in the space. */
  private static final class BruteForce {
    final CompiledBundle bundle;
    final BundleLint lint;
    final List<Item> items;
    final List<Fact> facts = new ArrayList<>();
    final List<List<Consumer<Situation.Builder>>> domains = new ArrayList<>();
    final boolean[] seen;

    BruteForce(CompiledBundle bundle) {
      this.bundle = bundle;
      this.lint = bundle.linter();
      this.items = new ArrayList<>(lint.givers.keySet());
      assertTrue(items.size() <= 20 && lint.when.length <= 16, "small enough to brute force");
      int read = 1 << Fact.REPORTER.slot;
      for (Condition c : lint.when) {
        read |= c.factsRead();
      }
      for (Fact fact : Fact.ALL) {
        if ((read & (1 << fact.slot)) != 0) {
          facts.add(fact);
          domains.add(domain(fact));
        }
      }
      this.seen = new boolean[1 << items.size()];
      run();
    }

    Situation situation(int[] digits) {
      Situation.Builder b = Situation.builder();
      for (int f = 0; f < facts.size(); f++) {
        domains.get(f).get(digits[f]).accept(b);
      }
      return b.build();
    }

    /** The plan's items as the engine gives them. */
    int engineMask(Situation situation) {
      Assessment a = bundle.evaluate(situation, Memos.of(0)); // every situation differs
      int mask = 0;
      for (int i = 0; i < items.size(); i++) {
        Item item = items.get(i);
        boolean in = item.warning()
            ? a.warnings().stream().anyMatch(w -> w.id().equals(item.id()))
            : a.steps().stream().anyMatch(s -> s.id().equals(item.id()));
        mask |= in ? 1 << i : 0;
      }
      return mask;
    }

    private void run() {
      int n = facts.size();
      int rules = lint.when.length;
      int[] sizes = domains.stream().mapToInt(List::size).toArray();
      // Each rule's answer for every combination of the facts it reads: the engine's condition,
      // on the engine's facts of a real situation.
      boolean[][] fires = new boolean[rules][];
      int[][] stride = new int[rules][n];
      for (int r = 0; r < rules; r++) {
        int reads = lint.when[r].factsRead();
        int size = 1;
        for (int f = 0; f < n; f++) {
          if ((reads & (1 << facts.get(f).slot)) != 0) {
            stride[r][f] = size;
            size *= sizes[f];
          }
        }
        fires[r] = new boolean[size];
        int[] digits = new int[n];
        for (int index = 0; index < size; index++) {
          for (int f = 0; f < n; f++) {
            digits[f] = stride[r][f] == 0 ? 0 : index / stride[r][f] % sizes[f];
          }
          fires[r][index] =
              lint.when[r].test(Facts.of(situation(digits), lint.jurisdictions,
                  lint.namedConditions));
        }
      }
      // What the fired rules give to each audience.
      int[] gives = new int[rules];
      int[] forAudience = new int[Reporter.values().length];
      for (int i = 0; i < items.size(); i++) {
        for (int r : lint.givers.get(items.get(i))) {
          gives[r] |= 1 << i;
        }
        for (Reporter a : Reporter.values()) {
          if ((lint.audiences.get(items.get(i)) & (1 << a.ordinal())) != 0) {
            forAudience[a.ordinal()] |= 1 << i;
          }
        }
      }
      int reporter = facts.indexOf(Fact.REPORTER);
      int[] audienceOfPick = new int[sizes[reporter]];
      for (int p = 0; p < audienceOfPick.length; p++) {
        int[] digits = new int[n];
        digits[reporter] = p;
        audienceOfPick[p] = situation(digits).audience().ordinal();
      }
      // Every combination, by an odometer whose last fact turns fastest.
      int[] digits = new int[n];
      int[] index = new int[rules];
      while (true) {
        int given = 0;
        for (int r = 0; r < rules; r++) {
          if (fires[r][index[r]]) {
            given |= gives[r];
          }
        }
        seen[given & forAudience[audienceOfPick[digits[reporter]]]] = true;
        int f = n - 1;
        while (f >= 0 && digits[f] == sizes[f] - 1) {
          for (int r = 0; r < rules; r++) {
            index[r] -= digits[f] * stride[r][f];
          }
          digits[f] = 0;
          f--;
        }
        if (f < 0) {
          break;
        }
        digits[f]++;
        for (int r = 0; r < rules; r++) {
          index[r] += stride[r][f];
        }
      }
      // The model of a plan above agrees with the engine on sampled situations.
      SplittableRandom random = new SplittableRandom(11);
      for (int sample = 0; sample < 2000; sample++) {
        for (int g = 0; g < n; g++) {
          digits[g] = random.nextInt(sizes[g]);
        }
        Situation s = situation(digits);
        int given = 0;
        for (int r = 0; r < rules; r++) {
          int i = 0;
          for (int g = 0; g < n; g++) {
            i += digits[g] * stride[r][g];
          }
          if (fires[r][i]) {
            given |= gives[r];
          }
        }
        assertEquals(engineMask(s), given & forAudience[s.audience().ordinal()],
            "the brute force's plan matches the engine's for " + s);
      }
    }

    /** Unordered pairs "a|b" (a before b in item order) found together in some plan. */
    Set<String> brokenConflicts() {
      Set<String> out = new TreeSet<>();
      for (int mask = 0; mask < seen.length; mask++) {
        if (seen[mask]) {
          for (int a = 0; a < items.size(); a++) {
            for (int b = a + 1; b < items.size(); b++) {
              if ((mask >>> a & 1) != 0 && (mask >>> b & 1) != 0) {
                out.add(pair(items.get(a).id(), items.get(b).id()));
              }
            }
          }
        }
      }
      return out;
    }

    /** Ordered pairs "a>b": some plan holds a without b. */
    Set<String> brokenNeeds() {
      Set<String> out = new TreeSet<>();
      for (int mask = 0; mask < seen.length; mask++) {
        if (seen[mask]) {
          for (int a = 0; a < items.size(); a++) {
            for (int b = 0; b < items.size(); b++) {
              if (a != b && (mask >>> a & 1) != 0 && (mask >>> b & 1) == 0) {
                out.add(items.get(a).id() + ">" + items.get(b).id());
              }
            }
          }
        }
      }
      return out;
    }
  }

  private static String pair(String a, String b) {
    return a.compareTo(b) < 0 ? a + "|" + b : b + "|" + a;
  }

  /** The bundle with every step and warning declaring {@code field} against every other one. */
  private static CompiledBundle declaringEverything(Map<String, String> files, String field) {
    try {
      List<String> ids = new ArrayList<>();
      for (String file : List.of("steps.json", "warnings.json")) {
        JSON.readTree(files.get(file)).forEach(item -> ids.add(item.get("id").asText()));
      }
      for (String file : List.of("steps.json", "warnings.json")) {
        ArrayNode items = (ArrayNode) JSON.readTree(files.get(file));
        for (int i = 0; i < items.size(); i++) {
          ObjectNode item = (ObjectNode) items.get(i);
          ArrayNode others = item.putArray(field);
          ids.stream().filter(id -> !id.equals(item.get("id").asText())).forEach(others::add);
        }
        files.put(file, JSON.writeValueAsString(items));
      }
      return BundleLoader.load(Fixture.source(Fixture.resign(files)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void compare(Map<String, String> files) {
    CompiledBundle conflicts = declaringEverything(new java.util.LinkedHashMap<>(files),
        "conflictsWith");
    // Declarations change no plan: one brute force serves both kinds.
    BruteForce brute = new BruteForce(conflicts);
    Set<String> found = new TreeSet<>();
    for (LintFinding f : conflicts.lint()) {
      assertEquals(LintFinding.Kind.CONFLICTS_WITH, f.kind());
      assertTrue(found.add(pair(f.id(), f.otherId())), "one finding per pair: " + f.message());
      assertWitnessBreaks(brute, f);
    }
    assertEquals(brute.brokenConflicts(), found, "broken conflicts: lint vs brute force");

    CompiledBundle needs = declaringEverything(new java.util.LinkedHashMap<>(files), "needs");
    Set<String> missing = new TreeSet<>();
    for (LintFinding f : needs.lint()) {
      assertEquals(LintFinding.Kind.NEEDS, f.kind());
      missing.add(f.id() + ">" + f.otherId());
      assertWitnessBreaks(brute, f);
    }
    assertEquals(brute.brokenNeeds(), missing, "broken needs: lint vs brute force");
  }

  private static void assertWitnessBreaks(BruteForce brute, LintFinding f) {
    int mask = brute.engineMask(f.witness());
    int a = indexOf(brute.items, f.id());
    int b = indexOf(brute.items, f.otherId());
    assertTrue((mask >>> a & 1) != 0, "the witness's plan holds " + f.id() + ": " + f.message());
    assertEquals(f.kind() == LintFinding.Kind.CONFLICTS_WITH, (mask >>> b & 1) != 0,
        "the witness's plan holds " + f.otherId() + " as the finding says: " + f.message());
    assertFalse(f.rulesFired().isEmpty(), "names the rules that fired");
  }

  private static int indexOf(List<Item> items, String id) {
    return IntStream.range(0, items.size()).filter(i -> items.get(i).id().equals(id)).findFirst()
        .orElseThrow();
  }

  @Test
  void findsExactlyTheBrokenDeclarationsOfTheFixture() {
    compare(Fixture.files());
  }

  /**
   * 24 generated bundles; the mutation-testing profile asks for fewer (system property
   * {@code lint.generatedBundles}), since every mutant that survives runs them all again.
   */
  static IntStream seeds() {
    return IntStream.range(0, Integer.getInteger("lint.generatedBundles", 24));
  }

  @ParameterizedTest(name = "generated bundle {0}")
  @MethodSource("seeds")
  void findsExactlyTheBrokenDeclarationsOfAGeneratedBundle(int seed) {
    Map<String, String> files = Fixture.files();
    files.put("rules.json", GeneratedRules.of(new SplittableRandom(seed * 7919L + 1)));
    compare(files);
  }

  @Test
  void anExplicitUnknownIndicatorIsTheSameAsNotSaid() {
    for (Indicator indicator : Indicator.values()) {
      assertEquals(Facts.key(Situation.empty(), WhatIfEvaluationTest.NATIONS),
          Facts.key(Situation.builder().putIndicator(indicator, Answer.UNKNOWN).build(),
              WhatIfEvaluationTest.NATIONS));
    }
  }
}
