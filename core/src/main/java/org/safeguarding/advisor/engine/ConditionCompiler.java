package org.safeguarding.advisor.engine;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.safeguarding.advisor.Situation;

/**
 * Compiles the condition language (docs/bundle-format.md) into {@link Condition}s. Named conditions
 * are compiled on first use and inlined; a cycle between them is a problem, as is any unknown
 * form, fact, value or reference. Facts outside the condition language cannot be named.
 */
final class ConditionCompiler {
  private static final List<String> AGE_OPS = List.of("lt", "lte", "gt", "gte", "eq");

  private final Map<String, Node> named = new LinkedHashMap<>();
  private final Map<String, Condition> compiled = new HashMap<>();
  /** Named conditions that failed to compile: reported once, however often they are referred to. */
  private final java.util.Set<String> broken = new java.util.HashSet<>();
  /** The bundle's jurisdictions: the values a jurisdiction test may name. */
  private final Jurisdictions jurisdictions;
  private final List<String> compiling = new ArrayList<>();
  private final java.util.TreeSet<Integer> ageSplits = new java.util.TreeSet<>();
  private int namedConditions;

  ConditionCompiler(Jurisdictions jurisdictions) {
    this.jurisdictions = jurisdictions;
  }

  /**
   * The ages at which some age test changes its answer: with 0, the lowest age of every band
   * of ages that all tests treat alike.
   */
  java.util.SortedSet<Integer> ageSplits() {
    return ageSplits;
  }

  /** How many named conditions were compiled: each has a memo slot in {@link Facts}. */
  int namedConditions() {
    return namedConditions;
  }

  /** Registers the named conditions; they are compiled when first referenced or by compileNamed. */
  void declare(String id, Node when) {
    named.put(id, when);
  }

  /** Compiles every named condition, so that unused ones are still checked. */
  void compileNamed() {
    for (String id : named.keySet()) {
      resolve(id, null);
    }
  }

  /** Compiles a condition; on any problem, records it and returns null. */
  Condition compile(Node node) {
    int before = node.problemCount();
    Condition c = compileForm(node);
    return node.problemCount() > before ? null : c;
  }

  private Condition compileForm(Node node) {
    if (!node.requireObject()) {
      return null;
    }
    List<String> names = node.fieldNames();
    if (names.contains("all") || names.contains("any")) {
      String form = names.contains("all") ? "all" : "any";
      Node list = node.field(form);
      node.checkNoOtherFields();
      List<Node> parts = list.elements();
      if (list.isArray() && parts.isEmpty()) {
        list.problem("must list at least one condition");
        return null;
      }
      List<Condition> compiledParts = new ArrayList<>();
      boolean ok = true;
      for (Node part : parts) {
        Condition c = compile(part);
        ok &= c != null;
        compiledParts.add(c);
      }
      if (!ok || parts.isEmpty()) {
        return null;
      }
      return form.equals("all") ? Condition.all(compiledParts) : Condition.any(compiledParts);
    }
    if (names.contains("not")) {
      Node inner = node.field("not");
      node.checkNoOtherFields();
      Condition c = compile(inner);
      return c == null ? null : Condition.not(c);
    }
    if (names.contains("ref")) {
      Node ref = node.field("ref");
      node.checkNoOtherFields();
      String id = ref.asString();
      return id == null ? null : resolve(id, ref);
    }
    if (names.contains("fact")) {
      return compileAtom(node);
    }
    node.problem("is not a condition: expected one of all, any, not, ref, fact");
    return null;
  }

  private Condition resolve(String id, Node at) {
    Condition done = compiled.get(id);
    if (done != null || broken.contains(id)) {
      return done;
    }
    Node body = named.get(id);
    if (body == null) {
      at.problem("refers to unknown condition '" + id + "' (declared: "
          + String.join(", ", named.keySet()) + ")");
      return null;
    }
    if (compiling.contains(id)) {
      List<String> cycle = new ArrayList<>(compiling.subList(compiling.indexOf(id), compiling.size()));
      cycle.add(id);
      body.problem("named conditions refer to each other in a cycle: " + String.join(" -> ", cycle));
      return null;
    }
    compiling.add(id);
    Condition c = compile(body);
    compiling.remove(compiling.size() - 1);
    if (c != null) {
      c = Condition.memo(namedConditions++, c);
      compiled.put(id, c);
    } else {
      // Its problems are listed once; a condition that refers to it fails without repeating them.
      broken.add(id);
    }
    return c;
  }

  private Condition compileAtom(Node node) {
    String path = node.field("fact").asString();
    if (path == null) {
      return null;
    }
    Fact fact = Fact.byPath(path);
    if (fact == null) {
      node.field("fact").problem("unknown fact '" + path + "' (allowed: "
          + String.join(", ", Fact.ALL.stream().map(f -> f.path).toList()) + ")");
      return null;
    }
    switch (fact.kind) {
      case SET:
        return compileSetAtom(node, fact);
      case ENUM:
        return compileEnumAtom(node, fact);
      default:
        return compileAgeAtom(node);
    }
  }

  private Condition compileSetAtom(Node node, Fact fact) {
    Condition result = null;
    int forms = 0;
    for (String op : List.of("containsAny", "containsAll")) {
      if (node.has(op)) {
        forms++;
        Integer mask = mask(node.field(op), fact);
        if (mask != null) {
          result = op.equals("containsAny") ? Condition.containsAny(fact, mask)
              : Condition.containsAll(fact, mask);
        }
      }
    }
    if (node.has("isEmpty")) {
      forms++;
      Boolean empty = node.field("isEmpty").asBoolean();
      if (empty != null) {
        result = Condition.isEmpty(fact, empty);
      }
    }
    node.checkNoOtherFields();
    if (forms != 1) {
      node.problem("a test of '" + fact.path + "' needs exactly one of containsAny, containsAll, isEmpty");
      return null;
    }
    return result;
  }

  private Condition compileEnumAtom(Node node, Fact fact) {
    Node in = node.field("in");
    // A missing jurisdiction is not known (contract 1.1): what that means is written down.
    boolean mayBeUnknown = fact == Fact.JURISDICTION;
    Node ifUnknown = mayBeUnknown ? node.field("ifUnknown") : null;
    node.checkNoOtherFields();
    if (in.isNull()) {
      node.problem("a test of '" + fact.path + "' needs 'in': a list of values");
      return null;
    }
    Integer mask = mask(in, fact);
    if (!mayBeUnknown) {
      return mask == null ? null : Condition.in(fact, mask);
    }
    if (ifUnknown.isNull()) {
      ifUnknown.problem("is required for a jurisdiction test: write down what a nation not known"
          + " means (true or false)");
      return null;
    }
    Boolean whenUnknown = ifUnknown.asBoolean();
    return mask == null || whenUnknown == null ? null
        : Condition.inOrUnknown(fact, mask, whenUnknown);
  }

  private Condition compileAgeAtom(Node node) {
    if (node.has("isUnknown")) {
      Boolean unknown = node.field("isUnknown").asBoolean();
      node.checkNoOtherFields();
      return unknown == null ? null : Condition.ageUnknown(unknown);
    }
    String op = null;
    Integer bound = null;
    for (String candidate : AGE_OPS) {
      if (node.has(candidate)) {
        if (op != null) {
          node.problem("an age test needs exactly one of " + String.join(", ", AGE_OPS));
          return null;
        }
        op = candidate;
        bound = node.field(candidate).asInt();
      }
    }
    Node ifUnknown = node.field("ifUnknown");
    node.checkNoOtherFields();
    if (op == null) {
      node.problem("an age test needs one of " + String.join(", ", AGE_OPS) + ", or isUnknown");
      return null;
    }
    if (bound != null && (bound < Situation.MIN_AGE || bound > Situation.MAX_AGE)) {
      node.field(op).problem("age " + bound + " is outside 0 to 25");
      bound = null;
    }
    if (ifUnknown.isNull()) {
      ifUnknown.problem("is required for an age comparison: write down what an unknown age means");
      return null;
    }
    Boolean whenUnknown = ifUnknown.asBoolean();
    if (bound == null || whenUnknown == null) {
      return null;
    }
    // lt and gte change their answer at the bound; lte and gt one above it; eq at both.
    if (!op.equals("lte") && !op.equals("gt")) {
      ageSplits.add(bound);
    }
    if (!op.equals("lt") && !op.equals("gte") && bound < Situation.MAX_AGE) {
      ageSplits.add(bound + 1);
    }
    return Condition.age(op, bound, whenUnknown);
  }

  private Integer mask(Node list, Fact fact) {
    List<Node> elements = list.elements();
    if (list.isArray() && elements.isEmpty()) {
      list.problem("must list at least one value");
      return null;
    }
    int mask = 0;
    boolean ok = list.isArray();
    for (Node e : elements) {
      String name = e.asString();
      if (name == null) {
        ok = false;
        continue;
      }
      int ordinal = fact.ordinalOf(name, jurisdictions);
      if (ordinal < 0) {
        e.problem("unknown value '" + name + "' for " + fact.path + " (allowed: "
            + String.join(", ", fact.valueNames(jurisdictions)) + ")");
        ok = false;
      } else {
        mask |= 1 << ordinal;
      }
    }
    return ok ? mask : null;
  }
}
