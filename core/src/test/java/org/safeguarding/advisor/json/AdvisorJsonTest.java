package org.safeguarding.advisor.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.safeguarding.advisor.Answer;
import org.safeguarding.advisor.Assessment;
import org.safeguarding.advisor.Concern;
import org.safeguarding.advisor.Fixture;
import org.safeguarding.advisor.Indicator;
import org.safeguarding.advisor.InvalidSituationException;
import org.safeguarding.advisor.Jurisdiction;
import org.safeguarding.advisor.OtherParty;
import org.safeguarding.advisor.Platform;
import org.safeguarding.advisor.Reporter;
import org.safeguarding.advisor.Situation;
import org.safeguarding.advisor.Spread;

/** The contract's JSON: strict reading with named paths, byte-stable writing. */
class AdvisorJsonTest {
  private static final String CONTRACT_EXAMPLE = "{\n"
      + "  \"reporter\": \"PARENT_OR_CARER\",\n"
      + "  \"jurisdiction\": \"GB-ENG\",\n"
      + "  \"childAge\": 14,\n"
      + "  \"concerns\": [\"SHARED_OWN_IMAGE\"],\n"
      + "  \"spread\": \"ONE_RECIPIENT\",\n"
      + "  \"otherParty\": \"PEER\",\n"
      + "  \"platforms\": [\"ENCRYPTED_MESSAGING\"],\n"
      + "  \"indicators\": { \"IMMEDIATE_DANGER\": \"NO\", \"BLACKMAIL\": \"YES\","
      + " \"SELF_HARM_RISK\": \"UNKNOWN\" }\n"
      + "}";

  @Test
  void readsTheContractExample() {
    Situation s = AdvisorJson.readSituation(CONTRACT_EXAMPLE);
    assertEquals(Reporter.PARENT_OR_CARER, s.reporter().orElseThrow());
    assertEquals(Jurisdiction.GB_ENG, s.jurisdiction().orElseThrow());
    assertEquals(14, s.childAge().getAsInt());
    assertEquals(List.of(Concern.SHARED_OWN_IMAGE), List.copyOf(s.concerns()));
    assertEquals(Spread.ONE_RECIPIENT, s.spread());
    assertEquals(OtherParty.PEER, s.otherParty());
    assertEquals(List.of(Platform.ENCRYPTED_MESSAGING), List.copyOf(s.platforms()));
    assertEquals(Answer.NO, s.indicator(Indicator.IMMEDIATE_DANGER));
    assertEquals(Answer.YES, s.indicator(Indicator.BLACKMAIL));
    assertEquals(Answer.UNKNOWN, s.indicator(Indicator.SELF_HARM_RISK));
    assertEquals(Answer.UNKNOWN, s.indicator(Indicator.COERCION));
  }

  @Test
  void anEmptyObjectIsAnEmptySituation() {
    assertEquals(Situation.empty(), AdvisorJson.readSituation("{}"));
  }

  @Test
  void situationsRoundTripThroughJson() {
    Situation s = AdvisorJson.readSituation(CONTRACT_EXAMPLE);
    String written = AdvisorJson.write(s);
    assertEquals(s, AdvisorJson.readSituation(written));
    assertEquals(written, AdvisorJson.write(AdvisorJson.readSituation(written)));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "unknown field                 | {\"reporter\":\"PARENT_OR_CARER\",\"childName\":\"x\"} | $",
      "misspelt field                | {\"concern\":[\"SEXTORTION\"]}                        | $",
      "unknown concern               | {\"concerns\":[\"SEXTORTION\",\"SEXTORTON\"]}        | concerns[1]",
      "lower-case value              | {\"reporter\":\"parent_or_carer\"}                   | reporter",
      "unknown jurisdiction          | {\"jurisdiction\":\"GB\"}                            | jurisdiction",
      "unknown indicator             | {\"indicators\":{\"BLACKMAILED\":\"YES\"}}           | indicators",
      "unknown indicator value       | {\"indicators\":{\"BLACKMAIL\":\"MAYBE\"}}           | indicators.BLACKMAIL",
      "boolean indicator             | {\"indicators\":{\"BLACKMAIL\":true}}                | indicators.BLACKMAIL",
      "null indicator                | {\"indicators\":{\"BLACKMAIL\":null}}                | indicators.BLACKMAIL",
      "age above range               | {\"childAge\":26}                                    | childAge",
      "age below range               | {\"childAge\":-1}                                    | childAge",
      "huge age                      | {\"childAge\":12345678901234567890}                  | childAge",
      "fractional age                | {\"childAge\":14.5}                                  | childAge",
      "age as string                 | {\"childAge\":\"14\"}                                | childAge",
      "null age                      | {\"childAge\":null}                                  | childAge",
      "null in a set                 | {\"concerns\":[\"SEXTORTION\",null]}                 | concerns[1]",
      "duplicate in a set            | {\"platforms\":[\"OTHER\",\"OTHER\"]}                | platforms[1]",
      "set as string                 | {\"concerns\":\"SEXTORTION\"}                        | concerns",
      "null reporter                 | {\"reporter\":null}                                  | reporter",
      "null spread                   | {\"spread\":null}                                    | spread",
      "indicators as array           | {\"indicators\":[\"BLACKMAIL\"]}                     | indicators",
      "not an object                 | [1,2,3]                                              | $",
      "malformed                     | {\"reporter\":                                       | $",
      "duplicate key                 | {\"childAge\":14,\"childAge\":15}                    | childAge",
      "duplicate indicator           | {\"indicators\":{\"REPEATED\":\"NO\",\"REPEATED\":\"NO\"}} | indicators.REPEATED",
      "trailing content              | {} {}                                                | $",
      "empty document                | ''                                                   | $",
  })
  void rejectsBadInputNamingThePath(String what, String json, String path) {
    InvalidSituationException e = assertThrows(InvalidSituationException.class,
        () -> AdvisorJson.readSituation(json));
    assertEquals(path, e.path(), e.getMessage());
    assertTrue(e.getMessage().startsWith(path + ": "), e.getMessage());
    assertFalse(e.allowed().isBlank(), "says what is allowed");
  }

  @Test
  void anUnknownNameIsPlacedByItsPositionAndNeverRepeated() {
    InvalidSituationException e = assertThrows(InvalidSituationException.class,
        () -> AdvisorJson.readSituation("{\"childAge\":3,\"Jane Smith\":1}"));
    assertEquals("$: has an unknown field (field 2 of the object); allowed: reporter, jurisdiction,"
        + " childAge, concerns, spread, otherParty, platforms, indicators", e.getMessage());
    e = assertThrows(InvalidSituationException.class,
        () -> AdvisorJson.readSituation("{\"indicators\":{\"a.b\":\"YES\"}}"));
    assertEquals("indicators", e.path());
    assertEquals("has an unknown indicator (key 1 of the object)", e.problem());
    // A duplicate key is named only when the name is the contract's own.
    e = assertThrows(InvalidSituationException.class,
        () -> AdvisorJson.readSituation("{\"Jane\":1,\"Jane\":2}"));
    assertEquals("$: has a key given twice; allowed: each key at most once in an object",
        e.getMessage());
    e = assertThrows(InvalidSituationException.class,
        () -> AdvisorJson.readSituation("{\"indicators\":{\"Jane\":1,\"Jane\":2}}"));
    assertEquals("indicators", e.path());
    e = assertThrows(InvalidSituationException.class,
        () -> AdvisorJson.readSituation("{\"concerns\":[{\"a\":1,\"a\":1}]}"));
    assertEquals("concerns[0]", e.path());
    assertEquals("has a key given twice", e.problem());
    e = assertThrows(InvalidSituationException.class,
        () -> AdvisorJson.readSituation("{\"reporter\":\"Jane Smith 07700 900123\"}"));
    assertEquals("reporter: is not one of the allowed values; allowed: PARENT_OR_CARER,"
        + " YOUNG_PERSON, PROFESSIONAL, OTHER_ADULT", e.getMessage());
    e = assertThrows(InvalidSituationException.class,
        () -> AdvisorJson.readSituation("{\"reporter\": Jane}"));
    assertEquals("$: not valid JSON at line 1, column 19; allowed: one JSON object as the contract"
        + " describes", e.getMessage());
    e = assertThrows(InvalidSituationException.class,
        () -> AdvisorJson.readSituation("{\"reporter\": \"Jane"));
    assertTrue(e.problem().startsWith("the JSON ends too soon"), e.getMessage());
  }

  @Test
  void anUnknownValueListsTheAllowedValues() {
    InvalidSituationException e = assertThrows(InvalidSituationException.class,
        () -> AdvisorJson.readSituation("{\"spread\":\"EVERYWHERE\"}"));
    assertEquals("spread", e.path());
    assertEquals("NOT_SHARED, ONE_RECIPIENT, PEER_GROUP, SOCIAL_MEDIA, PUBLIC_WEBSITE, UNKNOWN",
        e.allowed());
    assertFalse(e.getMessage().contains("EVERYWHERE"), "the rejected value is not repeated");
  }

  @Test
  void rejectsInputOverTheSizeLimit() throws Exception {
    byte[] big = ("{\"concerns\":[" + " ".repeat(AdvisorJson.MAX_INPUT_BYTES) + "]}")
        .getBytes(StandardCharsets.UTF_8);
    assertEquals("$", assertThrows(InvalidSituationException.class,
        () -> AdvisorJson.readSituation(big)).path());
    assertEquals("$", assertThrows(InvalidSituationException.class,
        () -> AdvisorJson.readSituation(new ByteArrayInputStream(big))).path());
  }

  @Test
  void acceptsInputExactlyAtTheSizeLimit() {
    String body = "{\"childAge\":14}";
    String padded = body.substring(0, body.length() - 1)
        + " ".repeat(AdvisorJson.MAX_INPUT_BYTES - body.length()) + "}";
    assertEquals(AdvisorJson.MAX_INPUT_BYTES, padded.getBytes(StandardCharsets.UTF_8).length);
    assertEquals(14, AdvisorJson.readSituation(padded).childAge().getAsInt());
  }

  @Test
  void rejectsDeepNesting() {
    String deep = "{\"indicators\":" + "[".repeat(5000) + "]".repeat(5000) + "}";
    assertEquals("$", assertThrows(InvalidSituationException.class,
        () -> AdvisorJson.readSituation(deep)).path());
  }

  @Test
  void errorMessagesDoNotEchoLongInput() {
    String longName = "x".repeat(10_000);
    InvalidSituationException e = assertThrows(InvalidSituationException.class,
        () -> AdvisorJson.readSituation("{\"" + longName + "\":1}"));
    assertTrue(e.getMessage().length() < 400, e.getMessage());
  }

  @Test
  void assessmentJsonHasTheContractsShapeAndOrder() throws Exception {
    Assessment a = Fixture.advisor().evaluate(AdvisorJson.readSituation(
        "{\"childAge\":14,\"concerns\":[\"SEXTORTION\"],\"spread\":\"SOCIAL_MEDIA\"}"));
    JsonNode json = new ObjectMapper().readTree(AdvisorJson.write(a));
    // Contract 1.1 fields come after the 1.0 fields of each object, doFirst last of all.
    assertEquals(List.of("bundle", "urgency", "referral", "riskFactors", "steps", "warnings",
        "contacts", "openQuestions", "doFirst"), names(json));
    assertEquals(List.of("id", "version", "digest"), names(json.get("bundle")));
    assertEquals(List.of("required", "triggers", "firedBy"), names(json.get("referral")));
    assertEquals(List.of("id", "explanation", "sources", "firedBy"),
        names(json.get("riskFactors").get(0)));
    assertEquals(List.of("id", "urgency", "title", "detail", "contacts", "sources", "firedBy"),
        names(json.get("steps").get(0)));
    assertEquals(List.of("id", "text", "sources", "firedBy"), names(json.get("warnings").get(0)));
    assertEquals(List.of("id", "name", "phone", "url", "hours", "forWhom", "sources"),
        names(json.get("contacts").get(0)));
    assertEquals(List.of("field", "question", "whyItMatters"),
        names(json.get("openQuestions").get(0)));
    assertTrue(json.get("referral").get("required").asBoolean());
    assertEquals("COERCION_OR_BLACKMAIL", json.get("referral").get("triggers").get(0).asText());
    assertEquals("[\"r-blackmail\"]", json.get("referral").get("firedBy").toString());
    assertEquals("[\"src-b\"]", json.get("riskFactors").get(0).get("sources").toString());
    assertEquals("[\"src-b\"]", json.get("contacts").get(0).get("sources").toString());
    assertEquals("[\"do-not-pay\"]", json.get("doFirst").toString());
    // A contact without a phone is written with an explicit null, as the contract shows.
    JsonNode web = json.get("contacts").get(0);
    assertEquals("web-service", web.get("id").asText());
    assertTrue(web.get("phone").isNull());
  }

  @Test
  void assessmentJsonIsByteStable() {
    Situation s = AdvisorJson.readSituation(CONTRACT_EXAMPLE);
    String first = AdvisorJson.write(Fixture.advisor().evaluate(s));
    String second = AdvisorJson.write(Fixture.advisor().evaluate(AdvisorJson.readSituation(
        AdvisorJson.write(s))));
    assertEquals(first, second);
    assertFalse(first.contains("\r"), "line ends are \\n on every platform");
    assertTrue(first.endsWith("}\n"));
  }

  @Test
  void concurrentWritesKeepTheirOwnIndentation() throws Exception {
    Assessment a = Fixture.advisor().evaluate(AdvisorJson.readSituation(CONTRACT_EXAMPLE));
    String expected = AdvisorJson.write(a);
    java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(4);
    try {
      List<java.util.concurrent.Future<Boolean>> results = new ArrayList<>();
      for (int t = 0; t < 4; t++) {
        results.add(pool.submit(() -> {
          for (int i = 0; i < 2_000; i++) {
            if (!expected.equals(AdvisorJson.write(a))) {
              return false;
            }
          }
          return true;
        }));
      }
      for (java.util.concurrent.Future<Boolean> result : results) {
        assertTrue(result.get(), "a concurrent write differed");
      }
    } finally {
      pool.shutdownNow();
    }
  }

  private static List<String> names(JsonNode node) {
    List<String> names = new ArrayList<>();
    for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
      names.add(it.next());
    }
    return names;
  }
}
