package org.safeguarding.advisor.engine;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The texts of one step, warning, question or risk factor (docs/bundle-format.md, "Text
 * variants"): entries in the bundle's order, each with its text fields, for some audiences, and
 * optionally only {@code when} a condition holds. An audience reads the first of its entries whose
 * condition holds; its last entry has no condition (the default), so it always reads one.
 */
final class Texts {
  /** [entry][field]: the text fields, such as title and detail, of each entry. */
  private final String[][] values;
  /** [entry]: its condition, or null for a default entry. */
  private final Condition[] when;
  /** [audience]: the entries that name it, in order; the last is a default. Empty: none. */
  private final int[][] byAudience;
  /** [entry]: the sources the entry cites itself, besides the item's (empty for most). */
  private final List<List<String>> sources;
  /**
   * [entry]: the contacts a step's entry gives its reader instead of the step's own, or empty
   * where the entry leaves the step's contacts as they are (always empty but for steps).
   */
  private final List<Optional<List<String>>> contacts;
  /** The facts any condition reads, as a mask of slots. */
  private final int factsRead;

  Texts(String[][] values, Condition[] when, int[][] byAudience, List<List<String>> sources,
      List<Optional<List<String>>> contacts) {
    this.values = values;
    this.when = when;
    this.byAudience = byAudience;
    this.sources = List.copyOf(sources);
    this.contacts = List.copyOf(contacts);
    int read = 0;
    for (Condition c : when) {
      read |= c == null ? 0 : c.factsRead();
    }
    this.factsRead = read;
  }

  /** One text for every audience, without conditions (a risk factor's single explanation). */
  static Texts single(String[] values, int audiences) {
    int[][] byAudience = new int[audiences][];
    Arrays.fill(byAudience, new int[] {0});
    return new Texts(new String[][] {values}, new Condition[1], byAudience, List.of(List.of()),
        List.of(Optional.empty()));
  }

  boolean isFor(int audience) {
    return byAudience[audience].length > 0;
  }

  /** How many entries there are: entry numbers run from 0 to this, less one. */
  int count() {
    return values.length;
  }

  int factsRead() {
    return factsRead;
  }

  /** Whether an audience's choice of entry depends on {@code fact}. */
  boolean reads(int audience, Fact fact) {
    int[] entries = byAudience[audience];
    for (int i = 0; i < entries.length - 1; i++) {
      if ((when[entries[i]].factsRead() & (1 << fact.slot)) != 0) {
        return true;
      }
    }
    return false;
  }

  /** {@return the sources the entry cites itself, besides the item's own} */
  List<String> sources(int entry) {
    return sources.get(entry);
  }

  /**
   * {@return the contacts the entry gives its reader in place of the item's, or empty where it
   * keeps the item's}
   */
  Optional<List<String>> contacts(int entry) {
    return contacts.get(entry);
  }

  String value(int entry, int field) {
    return values[entry][field];
  }

  /** The entry the audience reads with these facts, or -1 if it has no text here. */
  int choose(Facts facts, int audience) {
    int[] entries = byAudience[audience];
    int last = entries.length - 1;
    for (int i = 0; i < last; i++) {
      if (when[entries[i]].test(facts)) {
        return entries[i];
      }
    }
    return last < 0 ? -1 : entries[last];
  }

  /**
   * The entry the audience would read if {@code fact} had each of {@code values} (and the other
   * facts stayed as they are), into {@code into[i]} for {@code values[i]}; each condition is
   * asked once for all the values ({@link Condition#testEach}).
   */
  void chooseEach(Facts facts, int audience, Fact fact, int[] values, int[] into) {
    int[] entries = byAudience[audience];
    int last = entries.length - 1;
    Arrays.fill(into, 0, values.length, entries[last]);
    int open = Condition.everyValue(values);
    for (int i = 0; i < last && open != 0; i++) {
      int holds = when[entries[i]].testEach(facts, fact, values) & open;
      open &= ~holds;
      while (holds != 0) {
        into[Integer.numberOfTrailingZeros(holds)] = entries[i];
        holds &= holds - 1;
      }
    }
  }
}
