package org.safeguarding.advisor.engine;

import java.util.List;

/**
 * A compiled condition: a predicate over {@link Facts}. Named conditions are inlined when compiled,
 * so evaluation is a walk over a small tree of bit tests and int comparisons.
 *
 * <p>Open-question planning asks the same condition "what if this fact had each of these values?"
 * {@link #testEach} answers for all the values in one walk: parts that do not read the fact are
 * tested once, as they are, and only the parts that read it are tried per value.
 */
interface Condition {
  boolean test(Facts facts);

  /** Adds the slot of every fact this condition reads to the mask. */
  int factsRead();

  /**
   * What {@link #test} would give if {@code fact} had each of {@code values} and every other fact
   * stayed as it is: bit i is the answer for {@code values[i]}. At most 31 values.
   */
  int testEach(Facts facts, Fact fact, int[] values);

  /** {@link #decide} results: the condition is false, true, or not settled by the facts given. */
  int FALSE = 0;
  int TRUE = 1;
  int MAYBE = 2;

  /**
   * Three-valued evaluation for the bundle lint: {@code values[slot]} holds a fact's value where
   * bit {@code slot} of {@code given} is set, and any other fact may have any value. TRUE or FALSE
   * only when every value of the facts not given agrees (sound, not complete: MAYBE may hide an
   * answer that is in fact settled); with every fact read given, never MAYBE.
   */
  int decide(int[] values, int given);

  /** Adds every atom (fact test) of this condition, named conditions expanded, to the list. */
  void atoms(List<Atom> into);

  /** The mask with a bit for each of {@code values}: every answer true. */
  static int everyValue(int[] values) {
    return -1 >>> (Integer.SIZE - values.length);
  }

  static Condition all(List<Condition> parts) {
    return new Junction(parts, true);
  }

  static Condition any(List<Condition> parts) {
    return new Junction(parts, false);
  }

  static Condition not(Condition inner) {
    return new Condition() {
      @Override
      public boolean test(Facts facts) {
        return !inner.test(facts);
      }

      @Override
      public int factsRead() {
        return inner.factsRead();
      }

      @Override
      public int testEach(Facts facts, Fact fact, int[] values) {
        return ~inner.testEach(facts, fact, values) & everyValue(values);
      }

      @Override
      public int decide(int[] values, int given) {
        int inside = inner.decide(values, given);
        return inside == MAYBE ? MAYBE : 1 - inside;
      }

      @Override
      public void atoms(List<Atom> into) {
        inner.atoms(into);
      }
    };
  }

  /**
   * A named condition: evaluated once per set of facts and remembered in the facts' memo slot,
   * since many rules share the same named conditions.
   */
  static Condition memo(int slot, Condition body) {
    int read = body.factsRead();
    return new Condition() {
      @Override
      public boolean test(Facts facts) {
        return facts.memo(slot, body);
      }

      @Override
      public int factsRead() {
        return read;
      }

      @Override
      public int testEach(Facts facts, Fact fact, int[] values) {
        if ((read & (1 << fact.slot)) == 0) {
          return facts.memo(slot, body) ? everyValue(values) : 0;
        }
        return facts.memoEach(slot, body, fact, values);
      }

      @Override
      public int decide(int[] values, int given) {
        return body.decide(values, given);
      }

      @Override
      public void atoms(List<Atom> into) {
        body.atoms(into);
      }
    };
  }

  /** A set fact shares at least one member with the mask. */
  static Condition containsAny(Fact fact, int mask) {
    return new Atom(fact) {
      @Override
      boolean holds(int value) {
        return (value & mask) != 0;
      }
    };
  }

  /** A set fact has every member of the mask. */
  static Condition containsAll(Fact fact, int mask) {
    return new Atom(fact) {
      @Override
      boolean holds(int value) {
        return (value & mask) == mask;
      }
    };
  }

  static Condition isEmpty(Fact fact, boolean empty) {
    return new Atom(fact) {
      @Override
      boolean holds(int value) {
        return (value == 0) == empty;
      }
    };
  }

  /** An enum fact's ordinal is one of the mask's bits. */
  static Condition in(Fact fact, int mask) {
    return new Atom(fact) {
      @Override
      boolean holds(int value) {
        return ((1 << value) & mask) != 0;
      }
    };
  }

  /** Age comparison; {@code ifUnknown} is the written-down result for an unknown age. */
  static Condition age(String op, int bound, boolean ifUnknown) {
    return new Atom(Fact.CHILD_AGE) {
      @Override
      boolean holds(int age) {
        if (age == Fact.UNKNOWN_AGE) {
          return ifUnknown;
        }
        switch (op) {
          case "lt":
            return age < bound;
          case "lte":
            return age <= bound;
          case "gt":
            return age > bound;
          case "gte":
            return age >= bound;
          default:
            return age == bound;
        }
      }
    };
  }

  static Condition ageUnknown(boolean unknown) {
    return new Atom(Fact.CHILD_AGE) {
      @Override
      boolean holds(int age) {
        return (age == Fact.UNKNOWN_AGE) == unknown;
      }
    };
  }

  /** All (conjunction) or any (disjunction) of the parts, tested in order with a short cut. */
  final class Junction implements Condition {
    private final Condition[] parts;
    private final boolean all;
    private final int read;

    Junction(List<Condition> parts, boolean all) {
      this.parts = parts.toArray(new Condition[0]);
      this.all = all;
      int r = 0;
      for (Condition c : this.parts) {
        r |= c.factsRead();
      }
      this.read = r;
    }

    @Override
    public boolean test(Facts facts) {
      // all: stop at the first false part; any: at the first true one.
      for (Condition c : parts) {
        if (c.test(facts) != all) {
          return !all;
        }
      }
      return all;
    }

    @Override
    public int factsRead() {
      return read;
    }

    @Override
    public int testEach(Facts facts, Fact fact, int[] values) {
      int every = everyValue(values);
      if ((read & (1 << fact.slot)) == 0) {
        return test(facts) ? every : 0;
      }
      // all: the values every part holds for; any: those some part holds for.
      int result = all ? every : 0;
      int settled = all ? 0 : every;
      for (Condition c : parts) {
        int part = c.testEach(facts, fact, values);
        result = all ? result & part : result | part;
        if (result == settled) {
          break;
        }
      }
      return result;
    }

    @Override
    public int decide(int[] values, int given) {
      // all: false if a part is false; any: true if a part is true. Otherwise settled only if
      // every part is.
      int settled = all ? FALSE : TRUE;
      boolean open = false;
      for (Condition c : parts) {
        int part = c.decide(values, given);
        if (part == settled) {
          return settled;
        }
        open |= part == MAYBE;
      }
      return open ? MAYBE : 1 - settled;
    }

    @Override
    public void atoms(List<Atom> into) {
      for (Condition c : parts) {
        c.atoms(into);
      }
    }
  }

  /** A test of one fact's value. */
  abstract class Atom implements Condition {
    private final int slot;

    Atom(Fact fact) {
      this.slot = fact.slot;
    }

    abstract boolean holds(int value);

    /** The slot of the fact tested. */
    int slot() {
      return slot;
    }

    @Override
    public int decide(int[] values, int given) {
      if ((given & (1 << slot)) == 0) {
        return MAYBE;
      }
      return holds(values[slot]) ? TRUE : FALSE;
    }

    @Override
    public void atoms(List<Atom> into) {
      into.add(this);
    }

    @Override
    public boolean test(Facts facts) {
      return holds(facts.get(slot));
    }

    @Override
    public int factsRead() {
      return 1 << slot;
    }

    @Override
    public int testEach(Facts facts, Fact fact, int[] values) {
      if (fact.slot != slot) {
        return holds(facts.get(slot)) ? everyValue(values) : 0;
      }
      int result = 0;
      for (int i = 0; i < values.length; i++) {
        if (holds(values[i])) {
          result |= 1 << i;
        }
      }
      return result;
    }
  }
}
