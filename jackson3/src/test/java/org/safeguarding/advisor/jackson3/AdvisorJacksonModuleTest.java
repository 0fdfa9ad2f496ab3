package org.safeguarding.advisor.jackson3;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.safeguarding.advisor.Advisor;
import org.safeguarding.advisor.Assessment;
import org.safeguarding.advisor.InvalidSituationException;
import org.safeguarding.advisor.Situation;
import org.safeguarding.advisor.SituationFact;
import org.safeguarding.advisor.json.AdvisorJson;

/** The Jackson 3 module writes and reads exactly as AdvisorJson does, alone or inside a document. */
class AdvisorJacksonModuleTest {
  private static final ObjectMapper MAPPER =
      JsonMapper.builder().addModule(new AdvisorJacksonModule()).build();
  private static final ObjectMapper INDENTING = JsonMapper.builder()
      .addModule(new AdvisorJacksonModule()).enable(SerializationFeature.INDENT_OUTPUT).build();

  /** Random situations over every fact, through the typed facts; the seed is printed on failure. */
  static List<Situation> situations(long seed, int count) {
    SplittableRandom random = new SplittableRandom(seed);
    List<Situation> out = new ArrayList<>(List.of(Situation.empty()));
    while (out.size() < count) {
      Situation s = Situation.empty();
      for (SituationFact<?> fact : SituationFact.all()) {
        s = answerSome(random, fact, s);
      }
      out.add(s);
    }
    return out;
  }

  private static <V> Situation answerSome(SplittableRandom random, SituationFact<V> fact,
      Situation s) {
    int answers = random.nextInt(3) == 0 ? 0 : 1 + random.nextInt(2);
    for (int i = 0; i < answers; i++) {
      s = fact.answer(s, fact.values().get(random.nextInt(fact.values().size())));
    }
    return s;
  }

  @Test
  void assessmentsAndSituationsAreWrittenByteForByteAsAdvisorJsonWritesThem() {
    long seed = System.nanoTime();
    for (Situation situation : situations(seed, 300)) {
      Assessment assessment = Advisor.assess(situation);
      String expected = AdvisorJson.write(assessment);
      String context = "seed " + seed + ": " + AdvisorJson.write(situation);
      assertEquals(expected, MAPPER.writeValueAsString(assessment), context);
      assertEquals(expected, INDENTING.writeValueAsString(assessment), context);
      assertArrayEquals(expected.getBytes(StandardCharsets.UTF_8),
          MAPPER.writeValueAsBytes(assessment), context);
      assertEquals(AdvisorJson.write(situation), MAPPER.writeValueAsString(situation), context);
      // and back: the situation JSON reads into an equal situation
      assertEquals(situation, MAPPER.readValue(AdvisorJson.write(situation), Situation.class),
          context);
    }
  }

  @Test
  void insideALargerDocumentTheSameTextIsTheValue() {
    Situation situation = situations(7, 2).get(1);
    Assessment assessment = Advisor.assess(situation);
    String json = MAPPER.writeValueAsString(Map.of("situation", situation,
        "assessments", List.of(assessment, assessment)));
    JsonNode tree = MAPPER.readTree(json);
    assertEquals(MAPPER.readTree(AdvisorJson.write(assessment)), tree.get("assessments").get(1));
    assertEquals(MAPPER.readTree(AdvisorJson.write(situation)), tree.get("situation"));
    Map<String, Situation> back = MAPPER.readValue(
        "{\"a\": " + AdvisorJson.write(situation) + ", \"b\": null}",
        new TypeReference<Map<String, Situation>>() {});
    assertEquals(situation, back.get("a"));
    assertNull(back.get("b"));
  }

  @Test
  void aTreeOrTokenBufferGetsTheSameFieldsInTheSameOrder() {
    Assessment assessment = Advisor.assess(situations(11, 2).get(1));
    JsonNode converted = MAPPER.valueToTree(assessment);
    assertEquals(MAPPER.readTree(AdvisorJson.write(assessment)), converted);
    assertEquals(List.copyOf(MAPPER.readTree(AdvisorJson.write(assessment)).propertyNames()),
        List.copyOf(converted.propertyNames()));
  }

  /** Documents AdvisorJson refuses, each for a different rule. */
  static final List<String> BAD = List.of(
      "{\"name\": \"x\"}",
      "{\"reporter\": \"PARENT\"}",
      "{\"childAge\": 26}",
      "{\"childAge\": 14.5}",
      "{\"concerns\": [\"SEXTORTION\", \"SEXTORTION\"]}",
      "{\"concerns\": [null]}",
      "{\"concerns\": \"SEXTORTION\"}",
      "{\"indicators\": {\"BLACKMAIL\": \"MAYBE\"}}",
      "{\"indicators\": {\"NOPE\": \"YES\"}}",
      "{\"spread\": \"PEER_GROUP\", \"spread\": \"SOCIAL_MEDIA\"}",
      "{\"jurisdiction\": \"GB_ENG\"}",
      "[]",
      "\"text\"",
      "{\"platforms\": [\"OTHER\"], \"indicators\": {\"REPEATED\": null}}");

  @Test
  void refusalsAreAdvisorJsonsOwnWithTheSamePathProblemAndAllowedValues() {
    for (String bad : BAD) {
      InvalidSituationException expected = assertThrows(InvalidSituationException.class,
          () -> AdvisorJson.readSituation(bad), bad);
      DatabindException e = assertThrows(DatabindException.class,
          () -> MAPPER.readValue(bad, Situation.class), bad);
      InvalidSituationException cause = AdvisorJacksonModule.invalidSituation(e).orElseThrow();
      assertSame(e.getCause(), cause, bad);
      assertEquals(expected.getMessage(), cause.getMessage(), bad);
      assertEquals(expected.getMessage(), e.getOriginalMessage(), bad);
      assertEquals(expected.path(), cause.path(), bad);
      assertEquals(expected.allowed(), cause.allowed(), bad);
    }
  }

  @Test
  void aValueOverTheSizeLimitIsRefusedAsAdvisorJsonRefusesIt() {
    String huge = "{\"concerns\": [" + "\"SEXTORTION\", ".repeat(6000) + "\"DEEPFAKE\"]}";
    DatabindException e = assertThrows(DatabindException.class,
        () -> MAPPER.readValue(huge, Situation.class));
    InvalidSituationException cause = AdvisorJacksonModule.invalidSituation(e).orElseThrow();
    assertEquals("$", cause.path());
    assertTrue(cause.problem().contains("larger than the limit"), cause.getMessage());
  }

  @Test
  void theModuleIsFoundAsAServiceAndRegistersOnce() {
    ObjectMapper found = JsonMapper.builder().findAndAddModules().build();
    assertTrue(found.registeredModules().stream()
        .anyMatch(m -> m instanceof AdvisorJacksonModule));
    Assessment assessment = Advisor.assess(Situation.empty());
    assertEquals(AdvisorJson.write(assessment), found.writeValueAsString(assessment));
    ObjectMapper twice = JsonMapper.builder().addModule(new AdvisorJacksonModule())
        .addModule(new AdvisorJacksonModule()).build();
    assertEquals(1, twice.registeredModules().size());
    assertEquals(java.util.Optional.empty(),
        AdvisorJacksonModule.invalidSituation(new IllegalStateException()));
  }
}
