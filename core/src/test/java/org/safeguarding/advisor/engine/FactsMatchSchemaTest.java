package org.safeguarding.advisor.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.safeguarding.advisor.schema.Schemas;

/**
 * The engine's facts (what a bundle's conditions and questions may name) are exactly the
 * situation schema's fields, with the same values, and the paths an open question may have.
 */
class FactsMatchSchemaTest {
  private static final JsonNode SITUATION = Schemas.node(Schemas.SITUATION);

  @Test
  void everyFactPathIsAnOpenQuestionFieldOfTheAssessmentSchema() {
    JsonNode field = Schemas.node(Schemas.ASSESSMENT)
        .at("/properties/openQuestions/items/properties/field/enum");
    assertEquals(Fact.ALL.stream().map(f -> f.path).sorted().collect(Collectors.toList()),
        Schemas.texts(field).stream().sorted().collect(Collectors.toList()));
  }

  @Test
  void everyFactHasTheValuesOfItsSchemaField() {
    for (Fact fact : Fact.ALL) {
      JsonNode schema;
      if (fact.path.startsWith("indicators.")) {
        schema = SITUATION.at("/properties/indicators/additionalProperties");
      } else {
        schema = SITUATION.at("/properties/" + fact.path);
        if (fact.kind == Fact.Kind.SET) {
          schema = Schemas.resolve(SITUATION, schema.get("items"));
        }
      }
      if (fact.kind == Fact.Kind.AGE) {
        assertEquals("integer", schema.path("type").asText(), fact.path);
      } else {
        assertEquals(fact.valueNames(WhatIfEvaluationTest.NATIONS), Schemas.texts(schema.get("enum")), fact.path);
      }
    }
  }
}
