package org.safeguarding.advisor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The API's memo size policy: 0 or a power of two up to 2^20, from the builder or the property. */
class MemoSizeTest {
  @Test
  void theMemoSizeIsTheSystemPropertysPowerOfTwoOrZeroForNone() {
    assertEquals(MemoSize.DEFAULT_SLOTS, MemoSize.slots(null));
    assertEquals(4096, MemoSize.DEFAULT_SLOTS);
    assertEquals(0, MemoSize.slots("0"));
    assertEquals(2, MemoSize.slots("2"));
    assertEquals(65536, MemoSize.slots(" 65536 "));
    assertEquals(1 << 20, MemoSize.slots("1048576"));
    for (String bad : List.of("", "off", "3", "1", "-4", "2097152", "1e3", "4096.0")) {
      IllegalStateException e = assertThrows(IllegalStateException.class,
          () -> MemoSize.slots(bad), bad);
      assertEquals("system property org.safeguarding.advisor.memoSlots must be 0 (remember"
          + " nothing) or a power of two from 2 to 1048576 (default 4096)", e.getMessage());
    }
  }

  @Test
  void aSizeIsAllowedWhenZeroOrAPowerOfTwoFromTwoToTheMaximum() {
    for (int good : new int[] {0, 2, 4, 4096, 1 << 20}) {
      assertTrue(MemoSize.allowed(good), "" + good);
    }
    for (int bad : new int[] {-1, 1, 3, 100, (1 << 20) + 1, 1 << 21}) {
      assertFalse(MemoSize.allowed(bad), "" + bad);
      IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
          () -> Advisor.builder().memoSize(bad));
      assertEquals("memo size must be 0 (remember nothing) or a power of two from 2 to 1048576,"
          + " was " + bad, e.getMessage());
    }
  }
}
