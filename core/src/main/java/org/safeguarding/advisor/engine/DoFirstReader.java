package org.safeguarding.advisor.engine;

import java.util.ArrayList;
import java.util.List;
import org.safeguarding.advisor.Reporter;

/** Reads a step's or warning's optional {@code doFirst}: what it puts forward to be read first. */
final class DoFirstReader {
  private final ConditionCompiler conditions;

  DoFirstReader(ConditionCompiler conditions) {
    this.conditions = conditions;
  }

  /**
   * Reads an optional {@code doFirst}: one object {@code {"rank": 1..999, "for": [audiences],
   * "when": condition}} (for and when optional), or a non-empty list of them, tried in order: the
   * first entry whose {@code for} names the reader and whose {@code when} holds gives the rank.
   * {@code for} defaults to every audience the item has text for, and names only those. An entry
   * that can never be the first to apply for an audience it names (an earlier one without {@code
   * when} names it too) is refused. Empty if there is none, or it cannot be read.
   */
  List<DoFirst> read(Node node, Texts texts) {
    if (!node.has("doFirst")) {
      return List.of();
    }
    Node doFirst = node.field("doFirst");
    if (doFirst.isObject()) {
      DoFirst entry = readEntry(doFirst, texts);
      return entry == null ? List.of() : List.of(entry);
    }
    if (!doFirst.isArray()) {
      doFirst.problem("must be an object {\"rank\", \"for\", \"when\"} or a list of them");
      return List.of();
    }
    List<Node> elements = doFirst.elements();
    if (elements.isEmpty()) {
      doFirst.problem("must have at least one entry, or be left out");
    }
    List<DoFirst> out = new ArrayList<>();
    int always = 0; // the audiences an earlier entry without "when" already ranks
    for (Node element : elements) {
      if (!element.requireObject()) {
        continue;
      }
      DoFirst entry = readEntry(element, texts);
      if (entry == null) {
        continue;
      }
      int shadowed = entry.audiences() & always;
      for (Reporter audience : Reporter.values()) {
        if ((shadowed & (1 << audience.ordinal())) != 0) {
          element.problem("is never used for " + audience + ": an earlier entry without 'when'"
              + " already ranks it (put entries with 'when' first)");
        }
      }
      if (entry.when() == null) {
        always |= entry.audiences();
      }
      out.add(entry);
    }
    return List.copyOf(out);
  }

  /** One doFirst entry, or null where it is wrong (its problems are listed). */
  private DoFirst readEntry(Node doFirst, Texts texts) {
    Integer rank = null;
    Node rankNode = doFirst.field("rank");
    if (rankNode.isNull()) {
      rankNode.problem("is required: a whole number from " + DoFirst.MIN_RANK + " to "
          + DoFirst.MAX_RANK + ", lower is read first");
    } else {
      rank = rankNode.asInt();
      if (rank != null && (rank < DoFirst.MIN_RANK || rank > DoFirst.MAX_RANK)) {
        rankNode.problem("rank " + rank + " is outside " + DoFirst.MIN_RANK + " to "
            + DoFirst.MAX_RANK);
        rank = null;
      }
    }
    int given = 0;
    for (Reporter audience : Reporter.values()) {
      if (texts != null && texts.isFor(audience.ordinal())) {
        given |= 1 << audience.ordinal();
      }
    }
    int audiences = given;
    Node forNode = doFirst.field("for");
    if (doFirst.has("for") && forNode.isNull()) {
      // Refused, not read as left out: the views would read it as no audience at all.
      forNode.problem("must be a list of audiences (leave it out for every audience the item has"
          + " a text for)");
    } else if (!forNode.isNull()) {
      audiences = 0;
      List<Node> named = forNode.elements();
      if (forNode.isArray() && named.isEmpty()) {
        forNode.problem("must name at least one audience, or be left out for every audience");
      }
      for (Node a : named) {
        Reporter audience = a.asEnum(Reporter.class);
        if (audience == null) {
          continue;
        }
        int bit = 1 << audience.ordinal();
        if ((audiences & bit) != 0) {
          a.problem("audience " + audience + " is listed twice");
        } else if ((given & bit) == 0) {
          a.problem("audience " + audience + " has no text here, so it never gets this");
        }
        audiences |= bit;
      }
    }
    Condition when = null;
    boolean whenOk = true;
    if (doFirst.has("when")) {
      Node whenNode = doFirst.field("when");
      if (whenNode.isNull()) {
        whenNode.problem("must be a condition (leave it out to rank the item whenever it is in"
            + " the plan)");
        whenOk = false;
      } else {
        when = conditions.compile(whenNode);
        if (when == null) {
          whenOk = false;
        } else if ((when.factsRead() & (1 << Fact.REPORTER.slot)) != 0) {
          whenNode.problem("may not read reporter: list the audiences in 'for' instead");
          whenOk = false;
        }
      }
    }
    doFirst.checkNoOtherFields();
    return rank == null || audiences == 0 || !whenOk ? null
        : new DoFirst(rank, audiences, when, doFirst.location());
  }
}
