package org.safeguarding.advisor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** A jurisdiction is an ISO 3166 code and nothing more: core knows no country's list. */
class JurisdictionTest {
  @Test
  void aCodeIsACountryOrASubdivision() {
    for (String code : List.of("IE", "GB-SCT", "FR-75", "US-CA", "DE-BY", "PT-20", "GB-ENG")) {
      assertTrue(Jurisdiction.isCode(code), code);
      assertEquals(code, Jurisdiction.of(code).code());
      assertEquals(code, Jurisdiction.of(code).toString());
    }
  }

  @Test
  void theUkNationsAreTheirConstants() {
    assertSame(Jurisdiction.GB_ENG, Jurisdiction.of("GB-ENG"));
    assertSame(Jurisdiction.GB_WLS, Jurisdiction.of("GB-WLS"));
    assertSame(Jurisdiction.GB_SCT, Jurisdiction.of("GB-SCT"));
    assertSame(Jurisdiction.GB_NIR, Jurisdiction.of("GB-NIR"));
  }

  @Test
  void equalByCodeAndOrderedByCode() {
    assertEquals(Jurisdiction.of("IE"), Jurisdiction.of("IE"));
    assertEquals(Jurisdiction.of("IE").hashCode(), Jurisdiction.of("IE").hashCode());
    assertNotEquals(Jurisdiction.of("IE"), Jurisdiction.of("GB"));
    assertNotEquals(Jurisdiction.of("IE"), "IE");
    TreeSet<Jurisdiction> sorted = new TreeSet<>(List.of(Jurisdiction.GB_WLS, Jurisdiction.of("IE"),
        Jurisdiction.GB_ENG, Jurisdiction.GB_SCT, Jurisdiction.GB_NIR));
    assertEquals(List.of("GB-ENG", "GB-NIR", "GB-SCT", "GB-WLS", "IE"),
        sorted.stream().map(Jurisdiction::code).toList());
  }

  @Test
  void anythingElseIsRefusedWithoutBeingRepeated() {
    for (String bad : List.of("", "I", "ie", "IRL", "GB-", "GB-ABCD", "GB_SCT", "GB-sct", " IE",
        "IE ", "GB--SCT", "Scotland")) {
      IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
          () -> Jurisdiction.of(bad), bad);
      assertEquals("not a jurisdiction code; allowed: " + Jurisdiction.CODE_SHAPE, e.getMessage());
    }
    assertThrows(NullPointerException.class, () -> Jurisdiction.of(null));
    assertEquals(false, Jurisdiction.isCode(null));
  }
}
