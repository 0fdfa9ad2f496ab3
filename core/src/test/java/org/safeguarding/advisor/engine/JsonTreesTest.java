package org.safeguarding.advisor.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The library's own tree reader gives exactly the tree ObjectMapper.readTree gives. */
class JsonTreesTest {
  private static final JsonFactory FACTORY = JsonFactory.builder()
      .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final List<String> STRINGS =
      List.of("\"\"", "\"abc\"", "\"a\\nb\"", "\"\\u00e9\"", "\"\\\"quoted\\\"\"");

  private static JsonNode read(String json) throws IOException {
    try (JsonParser parser = FACTORY.createParser(json.getBytes(StandardCharsets.UTF_8))) {
      return JsonTrees.readOnly(parser);
    }
  }

  private static void sameAsObjectMapper(String json) throws IOException {
    JsonNode expected = MAPPER.readTree(json);
    JsonNode actual = read(json);
    // equals compares node types too: an IntNode is not a LongNode of the same value.
    assertEquals(expected, actual, json);
    assertEquals(expected.toString(), actual.toString(), json);
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "{}", "[]", "null", "true", "false", "0", "-1", "2147483647", "2147483648",
      "-9223372036854775808", "9223372036854775808", "123456789012345678901234567890",
      "1.5", "-0.0", "1e300", "1E-7", "\"\"", "\"a\\u00e9\\n\\\"b\\\"\"",
      "{\"a\":1,\"b\":[1,2.5,{\"c\":null}],\"d\":{\"e\":[[],{}]}}",
      "[1, [2, [3, [4, [5]]]], \"x\", true, null]"})
  void everyKindOfValueGivesTheSameTree(String json) throws IOException {
    sameAsObjectMapper(json);
  }

  @Test
  void theBundleFilesGiveTheSameTrees() throws IOException {
    for (String file : List.of("manifest.json", "sources.json", "contacts.json", "steps.json",
        "warnings.json", "risk-factors.json", "conditions.json", "rules.json", "questions.json")) {
      try (InputStream in = getClass().getResourceAsStream("/fixture-bundle/" + file)) {
        sameAsObjectMapper(new String(in.readAllBytes(), StandardCharsets.UTF_8));
      }
    }
  }

  @Test
  void generatedDocumentsGiveTheSameTrees() throws IOException {
    long seed = Long.getLong("jsontrees.seed", System.nanoTime());
    SplittableRandom random = new SplittableRandom(seed);
    for (int i = 0; i < 2_000; i++) {
      String json = value(random, 0);
      JsonNode expected = MAPPER.readTree(json);
      assertEquals(expected, read(json), () -> "seed " + seed + ": " + json);
    }
  }

  private static String value(SplittableRandom random, int depth) {
    switch (random.nextInt(depth > 4 ? 6 : 8)) {
      case 0:
        return Integer.toString(random.nextInt());
      case 1:
        return Long.toString(random.nextLong());
      case 2:
        return Double.toString(random.nextDouble() * Math.pow(10, random.nextInt(-20, 20)));
      case 3:
        return STRINGS.get(random.nextInt(STRINGS.size()));
      case 4:
        return random.nextBoolean() ? "true" : "false";
      case 5:
        return "null";
      case 6: {
        StringBuilder out = new StringBuilder("[");
        for (int n = random.nextInt(4), k = 0; k < n; k++) {
          out.append(k > 0 ? "," : "").append(value(random, depth + 1));
        }
        return out.append(']').toString();
      }
      default: {
        StringBuilder out = new StringBuilder("{");
        for (int n = random.nextInt(4), k = 0; k < n; k++) {
          out.append(k > 0 ? "," : "").append("\"k").append(k).append("\":")
              .append(value(random, depth + 1));
        }
        return out.append('}').toString();
      }
    }
  }

  @Test
  void nothingMayFollowTheValue() {
    StreamReadException e = assertThrows(StreamReadException.class, () -> read("{} {}"));
    assertTrue(e.getOriginalMessage().startsWith("Trailing token (START_OBJECT)"),
        e.getOriginalMessage());
    assertThrows(StreamReadException.class, () -> read("[1] x"));
  }

  @Test
  void anEmptyInputHasNoValueAndADuplicateKeyIsRefused() throws IOException {
    assertNull(read(""));
    assertNull(read("   \n"));
    StreamReadException e = assertThrows(StreamReadException.class, () -> read("{\"a\":1,\"a\":2}"));
    assertTrue(e.getOriginalMessage().contains("Duplicate field 'a'"), e.getOriginalMessage());
  }

  @Test
  void withoutTheParsersCheckTheTreeRefusesADuplicateKeyWithItsPlace() throws IOException {
    JsonFactory lenient = JsonFactory.builder()
        .disable(com.fasterxml.jackson.core.StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();
    try (JsonParser parser = lenient.createParser("{\"a\":[{\"b\":1},{\"c\":{\"d\":1,\"d\":2}}]}")) {
      JsonTrees.DuplicateKeyException e =
          assertThrows(JsonTrees.DuplicateKeyException.class, () -> JsonTrees.read(parser));
      assertEquals(java.util.List.of("a", 1, "c", "d"), e.steps());
      assertEquals("a key appears twice in one object", e.getOriginalMessage());
    }
  }
}
