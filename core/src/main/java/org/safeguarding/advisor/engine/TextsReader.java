package org.safeguarding.advisor.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.safeguarding.advisor.Reporter;

/**
 * Reads the {@code "text"} list of a step, warning, risk factor or question (docs/bundle-format.md,
 * "Text variants"): which entry each audience reads, under which condition, in which words, with
 * which sources and (for steps) contacts of its own.
 */
final class TextsReader {
  /** The fields of a step's text entries, in {@link Texts} field order. */
  static final List<String> STEP_FIELDS = List.of("title", "detail");
  static final List<String> WARNING_FIELDS = List.of("text");
  static final List<String> RISK_FIELDS = List.of("explanation");
  static final List<String> QUESTION_FIELDS = List.of("question", "whyItMatters");

  private final ConditionCompiler conditions;

  TextsReader(ConditionCompiler conditions) {
    this.conditions = conditions;
  }

  /**
   * Reads a "text" array of entries, each for some audiences and optionally only {@code when} a
   * condition holds (docs/bundle-format.md, "Text variants"). For each audience the entries that
   * name it are tried in order; its last must have no {@code when} (its default), and nothing may
   * follow a default. Every audience needs an entry if {@code allAudiences}. An entry may cite
   * {@code sources} of its own where {@code citations} is given; a
   * question's entries may not. A step's entry may give its reader {@code contacts} (ids in
   * {@code contactIds}, possibly none) in place of the step's, where {@code contactIds} is given.
   * Null if the list cannot be read at all.
   */
  Texts read(Node node, List<String> fields, boolean allAudiences, Citations citations,
      Set<String> contactIds) {
    Node text = node.field("text");
    if (text.isNull()) {
      text.problem("is required: a list of texts, each for some audiences");
      return null;
    }
    List<Node> variants = text.elements();
    if (text.isArray() && variants.isEmpty()) {
      text.problem("must have at least one text");
    }
    int audiences = Reporter.values().length;
    List<String[]> values = new ArrayList<>();
    List<Condition> whens = new ArrayList<>();
    List<List<String>> entrySources = new ArrayList<>();
    List<Optional<List<String>>> entryContacts = new ArrayList<>();
    List<List<Integer>> byAudience = new ArrayList<>();
    for (int a = 0; a < audiences; a++) {
      byAudience.add(new ArrayList<>());
    }
    for (Node variant : variants) {
      if (!variant.requireObject()) {
        continue;
      }
      List<Reporter> named = new ArrayList<>();
      Node forNode = variant.field("for");
      for (Node a : forNode.elements()) {
        Reporter audience = a.asEnum(Reporter.class);
        if (audience != null) {
          named.add(audience);
        }
      }
      if (forNode.isArray() && forNode.raw().isEmpty()) {
        forNode.problem("must name at least one audience");
      }
      Condition when = null;
      boolean conditional = variant.has("when");
      if (conditional) {
        Node whenNode = variant.field("when");
        when = whenNode.isNull() ? null : conditions.compile(whenNode);
        if (whenNode.isNull()) {
          whenNode.problem("must be a condition (leave it out for the default text)");
        } else if (when != null && (when.factsRead() & (1 << Fact.REPORTER.slot)) != 0) {
          whenNode.problem("may not read reporter: list the audiences in 'for' instead");
        }
      }
      String[] texts = new String[fields.size()];
      for (int i = 0; i < fields.size(); i++) {
        String value = variant.requiredString(fields.get(i));
        texts[i] = value == null ? "" : value;
      }
      List<String> ownSources = List.of();
      if (citations != null && variant.has("sources")) {
        ownSources = citations.cite(variant); // "sources": [] is refused as empty
      }
      Optional<List<String>> ownContacts = Optional.empty();
      if (contactIds != null && variant.has("contacts")) {
        ownContacts = Optional.of(variantContacts(variant.field("contacts"), contactIds));
      }
      variant.checkNoOtherFields();
      int entry = values.size();
      values.add(texts);
      entrySources.add(List.copyOf(ownSources));
      entryContacts.add(ownContacts);
      // A placeholder keeps a broken condition from reading as a default; the bundle is refused.
      whens.add(conditional ? (when == null ? Condition.any(List.of(Condition.isEmpty(
          Fact.CONCERNS, true))) : when) : null);
      for (Reporter audience : named) {
        List<Integer> entries = byAudience.get(audience.ordinal());
        if (!entries.isEmpty() && whens.get(entries.get(entries.size() - 1)) == null) {
          forNode.problem(conditional
              ? "audience " + audience + " has a text with 'when' after its default text (one"
                  + " without 'when'), so it would never be read"
              : "audience " + audience + " has more than one text without 'when'");
          continue;
        }
        entries.add(entry);
      }
    }
    int[][] entries = new int[audiences][];
    for (Reporter audience : Reporter.values()) {
      List<Integer> list = byAudience.get(audience.ordinal());
      if (list.isEmpty() && allAudiences && text.isArray()) {
        text.problem("has no text for audience " + audience + " (every audience needs one)");
      } else if (!list.isEmpty() && whens.get(list.get(list.size() - 1)) != null) {
        text.problem("audience " + audience + " has no default text: its last text must have no"
            + " 'when', so that it always has one to read");
      }
      entries[audience.ordinal()] = list.stream().mapToInt(Integer::intValue).toArray();
    }
    return new Texts(values.toArray(new String[0][]), whens.toArray(new Condition[0]), entries,
        entrySources, entryContacts);
  }

  /**
   * A text entry's {@code contacts}: ids in contacts.json, each once, that replace the step's for
   * the entry's reader; an empty list means this reader is given no contacts with the step.
   */
  private static List<String> variantContacts(Node list, Set<String> contactIds) {
    if (!list.isArray()) {
      list.problem("must be a list of contact ids (empty for none; leave it out to keep the"
          + " step's contacts)");
      return List.of();
    }
    List<String> out = new ArrayList<>();
    for (Node element : list.elements()) {
      String contact = element.asString();
      if (contact == null) {
        continue;
      }
      if (out.contains(contact)) {
        element.problem("'" + contact + "' is listed twice");
      } else if (!contactIds.contains(contact)) {
        element.problem("unknown contact '" + contact + "'");
      } else {
        out.add(contact);
      }
    }
    return List.copyOf(out);
  }
}
