package org.safeguarding.advisor.engine;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads and checks the lint declarations on steps and warnings (docs/bundle-format.md):
 * {@code "conflictsWith": [ids]} (never in one plan together) and {@code "needs": [ids]} (whenever
 * this is in a plan, so is each of them). Each id must name a step or a warning, not the item
 * itself, once; {@link BundleLint} proves them.
 */
final class Declarations {
  /** A declaration's kind, by its field name. */
  enum Kind {
    CONFLICTS_WITH("conflictsWith", "conflicts with"),
    NEEDS("needs", "needs");

    final String field;
    final String words;

    Kind(String field, String words) {
      this.field = field;
      this.words = words;
    }
  }

  /** A step (warning false) or a warning, by id. */
  record Item(boolean warning, String id) {
    @Override
    public String toString() {
      return (warning ? "warning '" : "step '") + id + "'";
    }
  }

  /** One checked declaration: {@code from} conflicts with, or needs, {@code to}. */
  record Declaration(Kind kind, Item from, Item to) {}

  private record Pending(Kind kind, Item from, String to, Node at) {}

  private final List<Pending> pending = new ArrayList<>();

  /**
   * Reads the declarations of one step or warning; call before its {@code checkNoOtherFields}.
   * {@code id} is null when the item has no valid id (its fields are still checked).
   */
  void read(Node item, String id, boolean warning) {
    for (Kind kind : Kind.values()) {
      Node list = item.field(kind.field);
      if (list.isNull()) {
        continue;
      }
      List<Node> elements = list.elements();
      if (list.isArray() && elements.isEmpty()) {
        list.problem("must list at least one step or warning id (or be left out)");
      }
      Set<String> seen = new HashSet<>();
      for (Node element : elements) {
        String target = element.asString();
        if (target == null) {
          continue;
        }
        if (!seen.add(target)) {
          element.problem("'" + target + "' is listed twice");
        } else if (target.equals(id)) {
          element.problem("names the " + (warning ? "warning" : "step") + " itself: a "
              + kind.field + " declaration is about two different ids");
        } else if (id != null) {
          pending.add(new Pending(kind, new Item(warning, id), target, element));
        }
      }
    }
  }

  /** The declarations read, each id resolved; a problem for each that does not resolve. */
  List<Declaration> resolve(Set<String> stepIds, Set<String> warningIds) {
    List<Declaration> out = new ArrayList<>();
    Set<List<Object>> both = new LinkedHashSet<>();
    for (Pending p : pending) {
      boolean step = stepIds.contains(p.to());
      boolean warning = warningIds.contains(p.to());
      if (!step && !warning) {
        p.at().problem(p.from() + " " + p.kind().words + " '" + p.to()
            + "', which is neither a step nor a warning id");
      } else if (step && warning) {
        p.at().problem("'" + p.to() + "' is both a step id and a warning id: rename one, so"
            + " that the declaration names one of them");
      } else {
        Declaration d = new Declaration(p.kind(), p.from(), new Item(warning, p.to()));
        out.add(d);
        if (!both.add(List.of(d.from(), d.to()))) {
          p.at().problem(p.from() + " both conflicts with and needs '" + p.to()
              + "': it could never be in a plan");
        }
      }
    }
    return List.copyOf(out);
  }
}
