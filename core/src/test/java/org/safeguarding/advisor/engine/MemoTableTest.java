package org.safeguarding.advisor.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The memo's table on its own: a lookup gives the value last put for the key or nothing, never an
 * older one; a sparse table keeps every key, however regular the keys (situation keys are bit
 * fields, so they are far from random); and a full one keeps most, because a key that finds both
 * its slots taken first tries to move a neighbour to its other slot.
 */
class MemoTableTest {
  /** Key patterns like the memo's: consecutive, one bit field apart, and in the high word. */
  private static final long[] STRIDES = {1, 4, 1024, 1L << 32, -1};

  @Test
  void aLookupGivesTheValueLastPutOrNothingNeverAnOlderOne() {
    Memo<Integer> memo = new Memo<>(64);
    Map<Long, Integer> last = new HashMap<>();
    SplittableRandom random = new SplittableRandom(42);
    for (int n = 0; n < 20_000; n++) {
      long key = random.nextInt(300);
      if (random.nextBoolean()) {
        memo.put(key, n);
        last.put(key, n);
        assertEquals(n, memo.get(key), "a value just put is found");
      } else {
        Integer found = memo.get(key);
        assertTrue(found == null || found.equals(last.get(key)),
            "key " + key + ": found " + found + ", last put " + last.get(key));
      }
    }
  }

  @Test
  void anEighthFullTableKeepsEveryKeyOfEachPattern() {
    for (long stride : STRIDES) {
      assertEquals(128, kept(1024, 128, stride), "stride " + stride);
    }
  }

  @Test
  void aFullTableStillKeepsMostKeysOfEachPattern() {
    for (long stride : STRIDES) {
      int kept = kept(1024, 1024, stride);
      assertTrue(kept >= 800, "stride " + stride + ": kept " + kept + " of 1024");
    }
  }

  /** How many of {@code count} keys {@code stride} apart a memo of {@code capacity} still holds. */
  private static int kept(int capacity, int count, long stride) {
    Memo<Long> memo = new Memo<>(capacity);
    for (long i = 0; i < count; i++) {
      memo.put(i * stride, i);
    }
    int kept = 0;
    for (long i = 0; i < count; i++) {
      Long value = memo.get(i * stride);
      if (value != null && value == i) {
        kept++;
      }
    }
    return kept;
  }
}
