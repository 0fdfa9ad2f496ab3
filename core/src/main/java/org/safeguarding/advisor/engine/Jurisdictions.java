package org.safeguarding.advisor.engine;

import java.util.ArrayList;
import java.util.List;
import org.safeguarding.advisor.InvalidSituationException;
import org.safeguarding.advisor.Jurisdiction;

/**
 * The jurisdictions a bundle covers, from its manifest, in its order. Core knows no country: a
 * jurisdiction is its index in this list wherever the engine holds it as a number (in {@link Facts}
 * and in conditions' masks).
 */
final class Jurisdictions {
  /**
   * The most a bundle may cover: an index and "not said" fit in the key's five bits, and every
   * answer to the fact fits in the bits of an int ({@link Condition#testEach}).
   */
  static final int MAX = 30;

  private final Jurisdiction[] covered;
  private final List<String> codes;

  Jurisdictions(List<Jurisdiction> covered) {
    if (covered.size() > MAX) {
      throw new IllegalArgumentException("at most " + MAX + " jurisdictions");
    }
    this.covered = covered.toArray(new Jurisdiction[0]);
    List<String> codes = new ArrayList<>();
    for (Jurisdiction j : covered) {
      codes.add(j.code());
    }
    this.codes = List.copyOf(codes);
  }

  int size() {
    return covered.length;
  }

  Jurisdiction get(int index) {
    return covered[index];
  }

  /** The codes, in the manifest's order. */
  List<String> codes() {
    return codes;
  }

  /** The index of a code, or -1 if the bundle does not cover it. */
  int indexOf(String code) {
    return codes.indexOf(code);
  }

  /**
   * The index of a situation's jurisdiction; a jurisdiction the bundle does not cover is refused,
   * naming the allowed codes (and not the one given), rather than answered with another's advice.
   */
  int require(Jurisdiction jurisdiction) {
    for (int i = 0; i < covered.length; i++) {
      if (covered[i].equals(jurisdiction)) {
        return i;
      }
    }
    throw new InvalidSituationException("jurisdiction",
        "is not a jurisdiction this content bundle covers", String.join(", ", codes));
  }
}
