package org.safeguarding.advisor.engine;

import java.util.List;

/**
 * A compiled condition: a predicate over {@link Facts}. Named conditions are inlined when compiled,
 * so evaluation is a walk over a small tree of bit tests and int comparisons.
 */
interface Condition {
  boolean test(Facts facts);

  /** Adds the slot of every fact this condition reads to the mask. */
  int factsRead();

  static Condition all(List<Condition> parts) {
    Condition[] array = parts.toArray(new Condition[0]);
    int read = 0;
    for (Condition c : array) {
      read |= c.factsRead();
    }
    int factsRead = read;
    return new Condition() {
      @Override
      public boolean test(Facts facts) {
        for (Condition c : array) {
          if (!c.test(facts)) {
            return false;
          }
        }
        return true;
      }

      @Override
      public int factsRead() {
        return factsRead;
      }
    };
  }

  static Condition any(List<Condition> parts) {
    Condition[] array = parts.toArray(new Condition[0]);
    int read = 0;
    for (Condition c : array) {
      read |= c.factsRead();
    }
    int factsRead = read;
    return new Condition() {
      @Override
      public boolean test(Facts facts) {
        for (Condition c : array) {
          if (c.test(facts)) {
            return true;
          }
        }
        return false;
      }

      @Override
      public int factsRead() {
        return factsRead;
      }
    };
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
    };
  }

  /** A set fact shares at least one member with the mask. */
  static Condition containsAny(Fact fact, int mask) {
    return new Atom(fact) {
      @Override
      public boolean test(Facts facts) {
        return (facts.get(fact.slot) & mask) != 0;
      }
    };
  }

  /** A set fact has every member of the mask. */
  static Condition containsAll(Fact fact, int mask) {
    return new Atom(fact) {
      @Override
      public boolean test(Facts facts) {
        return (facts.get(fact.slot) & mask) == mask;
      }
    };
  }

  static Condition isEmpty(Fact fact, boolean empty) {
    return new Atom(fact) {
      @Override
      public boolean test(Facts facts) {
        return (facts.get(fact.slot) == 0) == empty;
      }
    };
  }

  /** An enum fact's ordinal is one of the mask's bits. */
  static Condition in(Fact fact, int mask) {
    return new Atom(fact) {
      @Override
      public boolean test(Facts facts) {
        return ((1 << facts.get(fact.slot)) & mask) != 0;
      }
    };
  }

  /** Age comparison; {@code ifUnknown} is the written-down result for an unknown age. */
  static Condition age(String op, int bound, boolean ifUnknown) {
    return new Atom(Fact.CHILD_AGE) {
      @Override
      public boolean test(Facts facts) {
        int age = facts.get(Fact.CHILD_AGE.slot);
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
      public boolean test(Facts facts) {
        return (facts.get(Fact.CHILD_AGE.slot) == Fact.UNKNOWN_AGE) == unknown;
      }
    };
  }

  /** A test of one fact. */
  abstract class Atom implements Condition {
    private final int read;

    Atom(Fact fact) {
      this.read = 1 << fact.slot;
    }

    @Override
    public int factsRead() {
      return read;
    }
  }
}
