package org.safeguarding.advisor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.safeguarding.advisor.json.AdvisorJson;

/** Equal meaning is equal value: an indicator answered UNKNOWN is the same as one not given. */
class SituationNormalisationTest {
  @Test
  void anUnknownIndicatorIsTheSameAsNone() {
    for (Indicator indicator : Indicator.values()) {
      Situation explicit = Situation.builder().putIndicator(indicator, Answer.UNKNOWN).build();
      assertEquals(Situation.empty(), explicit, indicator.name());
      assertEquals(Situation.empty().hashCode(), explicit.hashCode(), indicator.name());
      assertEquals(Map.of(), explicit.indicators(), indicator.name());
      assertSame(Answer.UNKNOWN, explicit.indicator(indicator));
    }
    Situation mixed = Situation.builder().childAge(12).putIndicator(Indicator.BLACKMAIL, Answer.YES)
        .putIndicator(Indicator.REPEATED, Answer.UNKNOWN).putIndicator(Indicator.COERCION, Answer.NO)
        .build();
    assertEquals(Situation.builder().childAge(12).putIndicator(Indicator.BLACKMAIL, Answer.YES)
        .putIndicator(Indicator.COERCION, Answer.NO).build(), mixed);
    assertEquals(Map.of(Indicator.BLACKMAIL, Answer.YES, Indicator.COERCION, Answer.NO),
        mixed.indicators());
  }

  @Test
  void theJsonSaysTheSameWhicheverWayItWasWritten() {
    Situation read = AdvisorJson.readSituation(
        "{\"childAge\": 15, \"indicators\": {\"SELF_HARM_RISK\": \"UNKNOWN\", \"BLACKMAIL\": \"YES\"}}");
    assertEquals(Situation.builder().childAge(15).putIndicator(Indicator.BLACKMAIL, Answer.YES)
        .build(), read);
    assertEquals("{\n  \"childAge\": 15,\n  \"indicators\": {\n    \"BLACKMAIL\": \"YES\"\n  }\n}\n",
        AdvisorJson.write(read));
    assertEquals("{ }\n", AdvisorJson.write(AdvisorJson.readSituation(
        "{\"indicators\": {\"REPEATED\": \"UNKNOWN\"}}")));
  }

  @Test
  void equalSituationsGetOneRememberedAssessment() {
    Advisor advisor = Advisor.builder().bundle(Fixture.bundle()).memoSize(16).build();
    Assessment none = advisor.evaluate(Situation.builder().childAge(14).build());
    Assessment unknown = advisor.evaluate(Situation.builder().childAge(14)
        .putIndicator(Indicator.IMMEDIATE_DANGER, Answer.UNKNOWN).build());
    assertSame(none, unknown);
  }
}
