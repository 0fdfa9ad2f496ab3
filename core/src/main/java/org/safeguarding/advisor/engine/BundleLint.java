package org.safeguarding.advisor.engine;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.safeguarding.advisor.Answer;
import org.safeguarding.advisor.Assessment;
import org.safeguarding.advisor.Concern;
import org.safeguarding.advisor.Indicator;
import org.safeguarding.advisor.LintFinding;
import org.safeguarding.advisor.OtherParty;
import org.safeguarding.advisor.Platform;
import org.safeguarding.advisor.Reporter;
import org.safeguarding.advisor.Situation;
import org.safeguarding.advisor.Spread;
import org.safeguarding.advisor.engine.Declarations.Declaration;
import org.safeguarding.advisor.engine.Declarations.Item;
import org.safeguarding.advisor.json.AdvisorJson;

/**
 * Proves a bundle's {@code conflictsWith} and {@code needs} declarations over every reachable
 * situation, and finds a witness situation for each one some plan breaks. A search, not sampling.
 *
 * <p>Why the search is exhaustive over the real situation space (every {@link Situation} the API
 * accepts), for one declaration between ids A and B:
 * <ol>
 *   <li>Whether an id is in the plan depends only on whether some rule that gives it fires and,
 *       for a step, whether the audience (the reporter, or PARENT_OR_CARER when not said) is one
 *       its texts name; a warning goes to every audience ({@link CompiledBundle}: merge, then
 *       settle). So only the rules that give A or B matter, and the reporter if either is a step
 *       not for every audience.
 *   <li>A rule fires or not by its condition, which reads only {@link Condition#factsRead} (named
 *       conditions expanded), and each fact's value comes from its own field of the situation
 *       alone ({@link Facts#of}). Every other fact is left not said: it cannot change the answer.
 *   <li>Each fact that matters has a finite domain in the real space: every subset of a set fact,
 *       every age from 0 to 25 and "not said", every enum value and "not said". The domain is
 *       split into classes of values that every atom (fact test) of those rules, and the audience
 *       test, answer alike: the same answers to every atom give the same answer to every
 *       condition, so one representative per class stands for the whole class.
 *   <li>The search gives facts one class at a time and evaluates the declaration's goal (A and B
 *       in the plan; or A in it and B not) three-valued ({@link Condition#decide}) after each.
 *       A branch is cut only when the goal is FALSE for every completion, so no witness is lost;
 *       it stops at TRUE, which holds for every completion, so the facts not yet given can stay
 *       not said. With every fact that matters given, the answer is never MAYBE, so every branch
 *       ends.
 * </ol>
 * Every witness is then run through the real engine ({@link CompiledBundle#evaluate}) and must
 * break the declaration there too, and is made smaller while it still does. LintTest compares this
 * with brute force over the whole space on the fixture bundle and on generated bundles.
 */
final class BundleLint {
  private static final int EVERY_AUDIENCE = (1 << Reporter.values().length) - 1;
  private static final int REPORTER_BIT = 1 << Fact.REPORTER.slot;
  /** A pick for an optional field that is left out of the situation. */
  private static final int NOT_SAID = -1;

  private final List<Declaration> declarations;
  final int namedConditions;
  /** The bundle's jurisdictions: the values of that fact. */
  final Jurisdictions jurisdictions;
  private final String[] ruleIds;
  final Condition[] when;
  /** By item: the rules that give it, in rule order. */
  final Map<Item, int[]> givers = new LinkedHashMap<>();
  /** By item: a bit per reporter ordinal that gets it. */
  final Map<Item, Integer> audiences = new LinkedHashMap<>();

  BundleLint(List<StepDef> steps, List<WarningDef> warnings, List<RuleDef> rules,
      List<Declaration> declarations, int namedConditions, Jurisdictions jurisdictions) {
    this.declarations = List.copyOf(declarations);
    this.jurisdictions = jurisdictions;
    this.namedConditions = namedConditions;
    this.ruleIds = rules.stream().map(RuleDef::id).toArray(String[]::new);
    this.when = rules.stream().map(RuleDef::when).toArray(Condition[]::new);
    for (int s = 0; s < steps.size(); s++) {
      int audience = 0;
      for (Reporter r : Reporter.values()) {
        if (steps.get(s).isFor(r)) {
          audience |= 1 << r.ordinal();
        }
      }
      Item item = new Item(false, steps.get(s).id());
      audiences.put(item, audience);
      givers.put(item, giving(rules, s, false));
    }
    for (int w = 0; w < warnings.size(); w++) {
      Item item = new Item(true, warnings.get(w).id());
      audiences.put(item, EVERY_AUDIENCE);
      givers.put(item, giving(rules, w, true));
    }
  }

  private static int[] giving(List<RuleDef> rules, int index, boolean warning) {
    List<Integer> out = new ArrayList<>();
    for (int r = 0; r < rules.size(); r++) {
      for (int given : warning ? rules.get(r).warnings() : rules.get(r).steps()) {
        if (given == index) {
          out.add(r);
        }
      }
    }
    return out.stream().mapToInt(Integer::intValue).toArray();
  }

  /** One finding per declaration some plan breaks, in declaration order; empty if none. */
  List<LintFinding> findings(CompiledBundle bundle) {
    List<Domain> domains = Fact.ALL.stream().map(f -> new Domain(f, jurisdictions)).toList();
    List<LintFinding> out = new ArrayList<>();
    for (Declaration d : goals()) {
      Goal goal = new Goal(d);
      int[] witness = goal.search(domains);
      if (witness != null) {
        out.add(finding(bundle, goal, minimal(bundle, d, witness)));
      }
    }
    return List.copyOf(out);
  }

  /** The declarations, a conflict declared both ways once. */
  private List<Declaration> goals() {
    List<Declaration> out = new ArrayList<>();
    Set<List<Item>> conflicts = new HashSet<>();
    for (Declaration d : declarations) {
      if (d.kind() == Declarations.Kind.CONFLICTS_WITH
          && (!conflicts.add(List.of(d.from(), d.to()))
              || conflicts.contains(List.of(d.to(), d.from())))) {
        continue;
      }
      out.add(d);
    }
    return out;
  }

  // --- the search -----------------------------------------------------------------------------

  /** One declaration to prove: the rules and audiences of its two ids, and how to search. */
  private final class Goal {
    final Declaration declaration;
    final int[] fromGivers;
    final int[] toGivers;
    final int fromAudiences;
    final int toAudiences;

    Goal(Declaration declaration) {
      this.declaration = declaration;
      this.fromGivers = givers.get(declaration.from());
      this.toGivers = givers.get(declaration.to());
      this.fromAudiences = audiences.get(declaration.from());
      this.toAudiences = audiences.get(declaration.to());
    }

    /** Whether the declaration is broken: three-valued over the facts given. */
    int decide(int[] values, int given) {
      int from = present(fromGivers, fromAudiences, values, given);
      if (from == Condition.FALSE) {
        return Condition.FALSE;
      }
      int to = present(toGivers, toAudiences, values, given);
      if (declaration.kind() == Declarations.Kind.NEEDS) {
        to = to == Condition.MAYBE ? Condition.MAYBE : 1 - to;
      }
      return and(from, to);
    }

    /**
     * A witness: the pick for each fact slot (NOT_SAID, or no pick where the fact is not given),
     * or null if no situation breaks the declaration.
     */
    int[] search(List<Domain> domains) {
      int read = 0;
      List<Condition.Atom> atoms = new ArrayList<>();
      for (int[] rules : List.of(fromGivers, toGivers)) {
        for (int r : rules) {
          read |= when[r].factsRead();
          when[r].atoms(atoms);
        }
      }
      if (fromAudiences != EVERY_AUDIENCE || toAudiences != EVERY_AUDIENCE) {
        read |= REPORTER_BIT;
      }
      List<Classes> order = new ArrayList<>();
      for (Domain domain : domains) {
        if ((read & (1 << domain.fact.slot)) != 0) {
          order.add(new Classes(domain, atoms, this));
        }
      }
      // Facts most tested first: their answers settle the most conditions early.
      order.sort(Comparator.comparingInt((Classes c) -> -c.atomCount));
      int[] values = new int[Fact.COUNT];
      int[] picks = new int[Fact.COUNT];
      java.util.Arrays.fill(picks, NOT_SAID);
      int given = search(order, 0, values, picks, 0);
      return given < 0 ? null : picks;
    }

    /** Depth-first over the classes: the mask of facts given at a witness, or -1 if none. */
    private int search(List<Classes> order, int depth, int[] values, int[] picks, int given) {
      int answer = decide(values, given);
      if (answer == Condition.FALSE) {
        return -1;
      }
      if (answer == Condition.TRUE) {
        for (int slot = 0; slot < Fact.COUNT; slot++) {
          if ((given & (1 << slot)) == 0) {
            picks[slot] = NOT_SAID; // any value will do: leave it out
          }
        }
        return given;
      }
      if (depth == order.size()) {
        throw new IllegalStateException("undecided with every fact read given: " + declaration);
      }
      Classes classes = order.get(depth);
      int slot = classes.domain.fact.slot;
      for (int c = 0; c < classes.values.length; c++) {
        values[slot] = classes.values[c];
        picks[slot] = classes.picks[c];
        int found = search(order, depth + 1, values, picks, given | (1 << slot));
        if (found >= 0) {
          return found;
        }
      }
      return -1;
    }
  }

  private int present(int[] rules, int audienceMask, int[] values, int given) {
    int fires = Condition.FALSE;
    for (int r : rules) {
      int d = when[r].decide(values, given);
      if (d == Condition.TRUE) {
        fires = Condition.TRUE;
        break;
      }
      if (d == Condition.MAYBE) {
        fires = Condition.MAYBE;
      }
    }
    int audience;
    if (audienceMask == EVERY_AUDIENCE) {
      audience = Condition.TRUE;
    } else if ((given & REPORTER_BIT) == 0) {
      audience = Condition.MAYBE;
    } else {
      audience = (audienceMask >>> values[Fact.REPORTER.slot] & 1) != 0 ? Condition.TRUE
          : Condition.FALSE;
    }
    return and(fires, audience);
  }

  private static int and(int a, int b) {
    if (a == Condition.FALSE || b == Condition.FALSE) {
      return Condition.FALSE;
    }
    return a == Condition.TRUE && b == Condition.TRUE ? Condition.TRUE : Condition.MAYBE;
  }

  /**
   * Every value one fact can have in a situation the API accepts, as a pick (how the situation
   * says it) and the value conditions then see (through {@link Facts}, so the lint reads facts
   * exactly as the engine does). Simplest picks first: not said, then fewest members.
   */
  private static final class Domain {
    final Fact fact;
    final int[] picks;
    final int[] values;

    Domain(Fact fact, Jurisdictions jurisdictions) {
      this.fact = fact;
      List<Integer> all = new ArrayList<>();
      if (fact.kind == Fact.Kind.SET) {
        int members = fact.valueCount(jurisdictions);
        for (int mask = 0; mask < 1 << members; mask++) {
          all.add(mask);
        }
        all.sort(Comparator.comparingInt(Integer::bitCount).thenComparingInt(m -> m));
      } else if (fact == Fact.CHILD_AGE) {
        all.add(NOT_SAID);
        for (int age = Situation.MIN_AGE; age <= Situation.MAX_AGE; age++) {
          all.add(age);
        }
      } else if (fact == Fact.SPREAD || fact == Fact.OTHER_PARTY) {
        // No "not said": the default is the UNKNOWN value, tried first.
        int unknown = fact.ordinalOf("UNKNOWN", jurisdictions);
        all.add(unknown);
        for (int v = 0; v < fact.valueCount(jurisdictions); v++) {
          if (v != unknown) {
            all.add(v);
          }
        }
      } else {
        all.add(NOT_SAID);
        for (int v = 0; v < fact.valueCount(jurisdictions); v++) {
          all.add(v);
        }
      }
      this.picks = all.stream().mapToInt(Integer::intValue).toArray();
      this.values = new int[picks.length];
      for (int i = 0; i < picks.length; i++) {
        Situation.Builder b = Situation.builder();
        set(b, fact, picks[i], jurisdictions);
        // No condition is asked: no memo slots.
        values[i] = Facts.of(b.build(), jurisdictions, 0).get(fact);
      }
    }
  }

  /**
   * One fact's domain split into the classes a goal's atoms (and audience test) tell apart: a
   * representative pick and value for each, the simplest first.
   */
  private static final class Classes {
    final Domain domain;
    final int atomCount;
    final int[] picks;
    final int[] values;

    Classes(Domain domain, List<Condition.Atom> atoms, Goal goal) {
      this.domain = domain;
      List<Condition.Atom> reading = atoms.stream()
          .filter(a -> a.slot() == domain.fact.slot).toList();
      boolean audience = domain.fact == Fact.REPORTER;
      this.atomCount = reading.size();
      Map<BitSet, List<Integer>> bySignature = new LinkedHashMap<>();
      for (int i = 0; i < domain.picks.length; i++) {
        int value = domain.values[i];
        BitSet signature = new BitSet();
        for (int a = 0; a < reading.size(); a++) {
          signature.set(a, reading.get(a).holds(value));
        }
        if (audience) {
          signature.set(reading.size(), (goal.fromAudiences >>> value & 1) != 0);
          signature.set(reading.size() + 1, (goal.toAudiences >>> value & 1) != 0);
        }
        bySignature.computeIfAbsent(signature, s -> new ArrayList<>()).add(i);
      }
      this.picks = new int[bySignature.size()];
      this.values = new int[bySignature.size()];
      int c = 0;
      for (List<Integer> members : bySignature.values()) {
        int chosen = representative(domain, members);
        picks[c] = domain.picks[chosen];
        values[c] = domain.values[chosen];
        c++;
      }
    }

    /** The simplest member; for a band of ages without "not said", its middle age. */
    private static int representative(Domain domain, List<Integer> members) {
      int first = members.get(0);
      if (domain.fact == Fact.CHILD_AGE && domain.picks[first] != NOT_SAID) {
        return members.get(members.size() / 2);
      }
      return first;
    }
  }

  // --- witnesses ------------------------------------------------------------------------------

  /** Sets one fact of a situation being built to a pick. */
  private static void set(Situation.Builder b, Fact fact, int pick,
      Jurisdictions jurisdictions) {
    if (fact.kind == Fact.Kind.SET) {
      if (fact == Fact.CONCERNS) {
        b.concerns(members(Concern.class, pick));
      } else {
        b.platforms(members(Platform.class, pick));
      }
    } else if (pick == NOT_SAID) {
      return;
    } else if (fact == Fact.CHILD_AGE) {
      b.childAge(pick);
    } else if (fact == Fact.REPORTER) {
      b.reporter(Reporter.values()[pick]);
    } else if (fact == Fact.JURISDICTION) {
      b.jurisdiction(jurisdictions.get(pick));
    } else if (fact == Fact.SPREAD) {
      b.spread(Spread.values()[pick]);
    } else if (fact == Fact.OTHER_PARTY) {
      b.otherParty(OtherParty.values()[pick]);
    } else {
      b.putIndicator(Indicator.values()[fact.slot - Fact.FIRST_INDICATOR], Answer.values()[pick]);
    }
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

  private Situation situation(int[] picks) {
    Situation.Builder b = Situation.builder();
    for (Fact fact : Fact.ALL) {
      set(b, fact, picks[fact.slot], jurisdictions);
    }
    return b.build();
  }

  /** The pick that leaves a fact out of the situation. */
  private int notSaid(Fact fact) {
    if (fact.kind == Fact.Kind.SET) {
      return 0;
    }
    return fact == Fact.SPREAD || fact == Fact.OTHER_PARTY
        ? fact.ordinalOf("UNKNOWN", jurisdictions) : NOT_SAID;
  }

  private static boolean inPlan(Assessment a, Item item) {
    return item.warning() ? a.warnings().stream().anyMatch(w -> w.id().equals(item.id()))
        : a.steps().stream().anyMatch(s -> s.id().equals(item.id()));
  }

  /** The lint remembers nothing: each situation it tries is worked out in full. */
  private static final Memos NO_MEMO = Memos.of(0);

  private boolean breaks(CompiledBundle bundle, Declaration d, int[] picks) {
    Assessment a = bundle.evaluate(situation(picks), NO_MEMO);
    boolean from = inPlan(a, d.from());
    boolean to = inPlan(a, d.to());
    return d.kind() == Declarations.Kind.NEEDS ? from && !to : from && to;
  }

  /**
   * The witness, checked by the real engine, with each fact left out (and each member of a set
   * taken out) wherever the declaration is still broken without it.
   */
  private int[] minimal(CompiledBundle bundle, Declaration d, int[] found) {
    if (!breaks(bundle, d, found)) {
      throw new IllegalStateException("the lint found a witness for " + d
          + " that the engine does not confirm: " + AdvisorJson.write(situation(found)));
    }
    int[] picks = found.clone();
    for (Fact fact : Fact.ALL) {
      int slot = fact.slot;
      int simplest = notSaid(fact);
      if (picks[slot] == simplest) {
        continue;
      }
      int kept = picks[slot];
      picks[slot] = simplest;
      if (breaks(bundle, d, picks)) {
        continue;
      }
      picks[slot] = kept;
      if (fact.kind == Fact.Kind.SET) {
        for (int bit = 0; bit < Integer.SIZE; bit++) {
          int without = picks[slot] & ~(1 << bit);
          if (without != picks[slot] && without != 0) {
            int before = picks[slot];
            picks[slot] = without;
            if (!breaks(bundle, d, picks)) {
              picks[slot] = before;
            }
          }
        }
      }
    }
    return picks;
  }

  private LintFinding finding(CompiledBundle bundle, Goal goal, int[] picks) {
    Declaration d = goal.declaration;
    Situation witness = situation(picks);
    Facts facts = Facts.of(witness, jurisdictions, namedConditions);
    List<String> fired = new ArrayList<>();
    List<String> fromFired = new ArrayList<>();
    List<String> toFired = new ArrayList<>();
    for (int r = 0; r < when.length; r++) {
      boolean gives = false;
      if (contains(goal.fromGivers, r) && when[r].test(facts)) {
        fromFired.add(ruleIds[r]);
        gives = true;
      }
      if (contains(goal.toGivers, r) && when[r].test(facts)) {
        toFired.add(ruleIds[r]);
        gives = true;
      }
      if (gives) {
        fired.add(ruleIds[r]);
      }
    }
    Reporter audience = witness.audience();
    StringBuilder message = new StringBuilder();
    message.append(d.from()).append(' ').append(d.kind().words).append(' ').append(d.to());
    if (d.kind() == Declarations.Kind.CONFLICTS_WITH) {
      message.append(", but the plan for ").append(audience).append(" holds both: '")
          .append(d.from().id()).append("' given by ").append(String.join(", ", fromFired))
          .append("; '").append(d.to().id()).append("' given by ")
          .append(String.join(", ", toFired));
    } else {
      message.append(", but the plan for ").append(audience).append(" holds '")
          .append(d.from().id()).append("' (given by ").append(String.join(", ", fromFired))
          .append(") without it");
      if (!toFired.isEmpty()) {
        message.append(" (").append(String.join(", ", toFired)).append(" fired, but '")
            .append(d.to().id()).append("' has no text for ").append(audience).append(')');
      }
    }
    message.append(". Witness situation:\n").append(AdvisorJson.write(witness).strip());
    return LintFinding.of(
        d.kind() == Declarations.Kind.NEEDS ? LintFinding.Kind.NEEDS
            : LintFinding.Kind.CONFLICTS_WITH,
        d.from().id(), d.to().id(), witness, fired, message.toString());
  }

  private static boolean contains(int[] rules, int r) {
    for (int x : rules) {
      if (x == r) {
        return true;
      }
    }
    return false;
  }
}
