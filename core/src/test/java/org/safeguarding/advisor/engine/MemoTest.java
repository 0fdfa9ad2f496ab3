package org.safeguarding.advisor.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.safeguarding.advisor.Situation;

/** The memo of assessments and the situation key it is indexed by. */
class MemoTest {
  @Test
  void aKeyHoldsTheWholeSituation() {
    long seed = Long.getLong("memo.seed", System.nanoTime());
    SplittableRandom random = new SplittableRandom(seed);
    Map<Long, Situation> seen = new HashMap<>();
    for (int n = 0; n < 20_000; n++) {
      Situation s = WhatIfEvaluationTest.generate(random);
      long key = Facts.key(s, WhatIfEvaluationTest.NATIONS);
      Situation before = seen.putIfAbsent(key, s);
      assertTrue(before == null || before.equals(s),
          () -> "seed " + seed + ": two situations share key " + key + ": " + before + " and " + s);
      Facts facts = Facts.of(key, 0);
      assertEquals(s, rebuilt(facts), () -> "seed " + seed + ": " + s);
      assertEquals(unknownFacts(s), unknownFacts(facts), () -> "seed " + seed + ": " + s);
    }
    assertTrue(Facts.KEY_BITS <= Long.SIZE);
    // "Not said" and the default it stands for are different situations, with different keys.
    assertTrue(Facts.key(Situation.empty(), WhatIfEvaluationTest.NATIONS)
        != Facts.key(Situation.builder().reporter(Situation.empty().audience()).build(),
            WhatIfEvaluationTest.NATIONS));
  }

  /** The facts the situation leaves unknown, as the contract defines "unknown". */
  private static List<String> unknownFacts(Situation s) {
    List<String> unknown = new java.util.ArrayList<>();
    for (Fact fact : Fact.ALL) {
      boolean isUnknown;
      if (fact == Fact.CONCERNS) {
        isUnknown = s.concerns().isEmpty();
      } else if (fact == Fact.PLATFORMS) {
        isUnknown = s.platforms().isEmpty();
      } else if (fact == Fact.CHILD_AGE) {
        isUnknown = s.childAge().isEmpty();
      } else if (fact == Fact.REPORTER) {
        isUnknown = s.reporter().isEmpty();
      } else if (fact == Fact.JURISDICTION) {
        isUnknown = s.jurisdiction().isEmpty();
      } else if (fact == Fact.SPREAD) {
        isUnknown = s.spread() == org.safeguarding.advisor.Spread.UNKNOWN;
      } else if (fact == Fact.OTHER_PARTY) {
        isUnknown = s.otherParty() == org.safeguarding.advisor.OtherParty.UNKNOWN;
      } else {
        isUnknown = s.indicator(org.safeguarding.advisor.Indicator.values()[
            fact.slot - Fact.FIRST_INDICATOR]) == org.safeguarding.advisor.Answer.UNKNOWN;
      }
      if (isUnknown) {
        unknown.add(fact.path);
      }
    }
    return unknown;
  }

  private static List<String> unknownFacts(Facts facts) {
    List<String> unknown = new java.util.ArrayList<>();
    for (Fact fact : Fact.ALL) {
      if (facts.isUnknown(fact)) {
        unknown.add(fact.path);
      }
    }
    return unknown;
  }

  /** The situation read back from its facts alone, through the "what if" rebuilder. */
  private static Situation rebuilt(Facts facts) {
    Situation s = Situation.empty();
    for (Fact fact : Fact.ALL) {
      boolean notSaid = facts.isUnknown(fact)
          && (fact == Fact.REPORTER || fact == Fact.JURISDICTION);
      if (!notSaid) {
        s = WhatIfEvaluationTest.with(s, fact, facts.get(fact));
      }
    }
    return s;
  }

  @Test
  void aValueIsFoundByItsKeyAndNeverByAnother() {
    Memo<String> memo = new Memo<>(64);
    assertNull(memo.get(42));
    memo.put(42, "forty-two");
    assertEquals("forty-two", memo.get(42));
    assertNull(memo.get(43));
    memo.put(42, "again");
    assertEquals("again", memo.get(42));
    SplittableRandom random = new SplittableRandom(7);
    Map<Long, String> put = new HashMap<>();
    for (int i = 0; i < 10_000; i++) {
      long key = random.nextLong();
      memo.put(key, Long.toString(key));
      put.put(key, Long.toString(key));
    }
    int found = 0;
    for (Map.Entry<Long, String> e : put.entrySet()) {
      String value = memo.get(e.getKey());
      if (value != null) {
        assertEquals(e.getValue(), value, "a key finds only its own value");
        found++;
      }
    }
    assertTrue(found > 0 && found <= 64, "bounded by its slots: found " + found);
  }

  @Test
  void twoKeysThatShareASlotCanBothBeKept() {
    Memo<Long> memo = new Memo<>(4096);
    SplittableRandom random = new SplittableRandom(11);
    long[] keys = new long[1024];
    for (int i = 0; i < keys.length; i++) {
      keys[i] = random.nextLong();
      memo.put(keys[i], keys[i]);
    }
    int lost = 0;
    for (long key : keys) {
      lost += memo.get(key) == null ? 1 : 0;
    }
    // A quarter full. One slot per key would lose about 12%; two slots without moving an entry
    // aside about 1.5% (15 here); with one step of moving aside, a handful.
    assertTrue(lost <= 8, "lost " + lost + " of 1024");
  }

  @Test
  void theCapacityIsAPowerOfTwo() {
    assertThrows(IllegalArgumentException.class, () -> new Memo<>(100));
    assertThrows(IllegalArgumentException.class, () -> new Memo<>(1));
    assertSame(null, new Memo<>(2).get(0));
  }

  @Test
  void aMemoOfAllowedSizeCountsItsHitsAndMisses() {
    // How many slots an advisor may ask for is the API's policy (MemoSizeTest); a memo needs 0
    // or a power of two.
    for (int bad : new int[] {-1, 1, 3, 100, (1 << 20) + 1}) {
      IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
          () -> Memos.of(bad));
      assertEquals("memo size must be 0 (remember nothing) or a power of two, was " + bad,
          e.getMessage());
    }
    Memos none = Memos.of(0);
    assertEquals(0, none.slots());
    assertSame(null, none.assessments);
    assertSame(null, none.stepVariants);
    Memos some = Memos.of(8);
    assertEquals(8, some.slots());
    some.hit();
    some.miss();
    some.miss();
    assertEquals(1, some.hits());
    assertEquals(2, some.misses());
  }
}
