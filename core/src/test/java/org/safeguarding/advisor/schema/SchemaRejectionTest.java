package org.safeguarding.advisor.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.safeguarding.advisor.Fixture;
import org.safeguarding.advisor.InvalidSituationException;
import org.safeguarding.advisor.Situation;
import org.safeguarding.advisor.json.AdvisorJson;

/**
 * What the strict reader refuses, the situation schema refuses too, so an application that
 * validates with the schema sees the same errors before it calls the library; the few things a
 * schema cannot say are listed in the schema's description and pinned here.
 */
class SchemaRejectionTest {
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "unknown field             | {\"reporter\":\"PARENT_OR_CARER\",\"childName\":\"x\"}",
      "misspelt field            | {\"concern\":[\"SEXTORTION\"]}",
      "unknown concern           | {\"concerns\":[\"SEXTORTION\",\"SEXTORTON\"]}",
      "lower-case enum value     | {\"reporter\":\"parent_or_carer\"}",
      "unknown reporter          | {\"reporter\":\"TEACHER\"}",
      "not a jurisdiction code   | {\"jurisdiction\":\"England\"}",
      "Java name of jurisdiction | {\"jurisdiction\":\"GB_ENG\"}",
      "unknown spread            | {\"spread\":\"EVERYWHERE\"}",
      "unknown other party       | {\"otherParty\":\"STRANGER\"}",
      "unknown platform          | {\"platforms\":[\"EMAIL\"]}",
      "age 26                    | {\"childAge\":26}",
      "age -1                    | {\"childAge\":-1}",
      "huge age                  | {\"childAge\":99999999999999999999}",
      "fractional age            | {\"childAge\":14.5}",
      "age as a string           | {\"childAge\":\"14\"}",
      "null age                  | {\"childAge\":null}",
      "null reporter             | {\"reporter\":null}",
      "null in concerns          | {\"concerns\":[\"SEXTORTION\",null]}",
      "null in platforms         | {\"platforms\":[null]}",
      "concern listed twice      | {\"concerns\":[\"DEEPFAKE\",\"DEEPFAKE\"]}",
      "concerns not a set        | {\"concerns\":\"SEXTORTION\"}",
      "null concerns             | {\"concerns\":null}",
      "unknown indicator         | {\"indicators\":{\"BLACKMAILED\":\"YES\"}}",
      "unknown answer            | {\"indicators\":{\"BLACKMAIL\":\"MAYBE\"}}",
      "boolean answer            | {\"indicators\":{\"BLACKMAIL\":true}}",
      "null answer               | {\"indicators\":{\"BLACKMAIL\":null}}",
      "indicators as a list      | {\"indicators\":[\"BLACKMAIL\"]}",
      "an array, not an object   | [{\"reporter\":\"PARENT_OR_CARER\"}]",
      "a string, not an object   | \"PARENT_OR_CARER\"",
      "null document             | null",
  })
  void whatTheReaderRefusesTheSchemaRefuses(String name, String json) {
    assertThrows(InvalidSituationException.class, () -> AdvisorJson.readSituation(json), name);
    assertFalse(Schemas.situationErrors(json).isEmpty(), name + ": the schema accepted " + json);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "empty                 | {}",
      "youngest              | {\"childAge\":0}",
      "oldest                | {\"childAge\":25}",
      "empty sets            | {\"concerns\":[],\"platforms\":[],\"indicators\":{}}",
      "explicit unknowns     | {\"spread\":\"UNKNOWN\",\"otherParty\":\"UNKNOWN\",\"indicators\":{\"COERCION\":\"UNKNOWN\"}}",
      "every jurisdiction    | {\"jurisdiction\":\"GB-NIR\"}",
  })
  void whatTheReaderTakesTheSchemaTakes(String name, String json) {
    AdvisorJson.readSituation(json);
    assertEquals(List.of(), Schemas.situationErrors(json), name);
  }

  /**
   * The reader checks only the shape of a jurisdiction code: which codes are allowed is the
   * bundle's. The contract's schema lists the UK bundle's four, and an advisor refuses any code its
   * bundle does not cover, with the same exception, path and allowed values.
   */
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "a country, not a nation  | {\"jurisdiction\":\"GB\"}",
      "another country          | {\"jurisdiction\":\"IE\"}",
      "another country's region | {\"jurisdiction\":\"FR-IDF\"}",
  })
  void whatTheAdvisorRefusesTheSchemaRefuses(String name, String json) {
    Situation situation = AdvisorJson.readSituation(json);
    InvalidSituationException e = assertThrows(InvalidSituationException.class,
        () -> Fixture.advisor().evaluate(situation), name);
    assertEquals("jurisdiction", e.path());
    assertEquals("GB-ENG, GB-WLS, GB-SCT, GB-NIR", e.allowed());
    assertFalse(Schemas.situationErrors(json).isEmpty(), name + ": the schema accepted " + json);
  }

  /**
   * The documented limits of a schema: JSON Schema sees 14.0 as the integer 14, cannot see a
   * duplicate key once parsed, and has no size limit. The reader refuses all three; the schema's
   * description says so.
   */
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "age with a fraction part  | {\"childAge\":14.0}",
      "age with an exponent      | {\"childAge\":1.4e1}",
      "duplicate key             | {\"reporter\":\"YOUNG_PERSON\",\"reporter\":\"YOUNG_PERSON\"}",
  })
  void whatOnlyTheReaderCanRefuse(String name, String json) {
    assertThrows(InvalidSituationException.class, () -> AdvisorJson.readSituation(json), name);
    assertEquals(List.of(), Schemas.situationErrors(json), name);
    String description = Schemas.node(Schemas.SITUATION).path("description").asText();
    for (String documented : List.of("duplicate keys", "fraction or exponent", "64 KiB")) {
      assertEquals(true, description.contains(documented), documented);
    }
  }

  @Test
  void onlyTheReaderHasASizeLimit() {
    String padded = "{\"reporter\": \"YOUNG_PERSON\"" + " ".repeat(AdvisorJson.MAX_INPUT_BYTES)
        + "}";
    assertThrows(InvalidSituationException.class, () -> AdvisorJson.readSituation(padded));
    assertEquals(List.of(), Schemas.situationErrors(padded));
  }
}
