package org.safeguarding.advisor.json;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.safeguarding.advisor.Fixture;
import org.safeguarding.advisor.InvalidSituationException;
import org.safeguarding.advisor.Situation;

/**
 * Hostile input for the situation reader: random mutations of valid documents, random bytes, deep
 * nesting, huge strings and numbers, duplicate keys and wrong types. The only outcomes allowed are
 * a situation (which then assesses) or an {@link InvalidSituationException} with a path; never
 * another exception, never a hang. A failure prints the seed and the input.
 */
class SituationReaderFuzzTest {
  private static final int CASES = 20_000;
  private static final List<String> VALID = List.of(
      "{}",
      "{\"reporter\":\"PARENT_OR_CARER\",\"jurisdiction\":\"GB-ENG\",\"childAge\":14,"
          + "\"concerns\":[\"SHARED_OWN_IMAGE\"],\"spread\":\"ONE_RECIPIENT\",\"otherParty\":\"PEER\","
          + "\"platforms\":[\"ENCRYPTED_MESSAGING\"],\"indicators\":{\"IMMEDIATE_DANGER\":\"NO\","
          + "\"BLACKMAIL\":\"YES\",\"SELF_HARM_RISK\":\"UNKNOWN\"}}",
      "{\"reporter\":\"YOUNG_PERSON\",\"childAge\":17,\"concerns\":[\"SEXTORTION\",\"DEEPFAKE\"],"
          + "\"indicators\":{\"PAYMENT_MADE\":\"YES\"}}",
      "{\"childAge\":0,\"concerns\":[\"PREVENTION\"],\"platforms\":[]}");
  /** Planted as keys, values and numbers: no error message may ever repeat it. */
  private static final String SECRET = "Zyxwv";
  private static final String SECRET_TEXT = "\"" + SECRET + " Smith\"";
  private static final String SECRET_KEY = "\"" + SECRET + "\":";
  private static final List<String> TOKENS = List.of("{", "}", "[", "]", ",", ":", "\"", "null",
      "true", "false", "-1", "1e999", "99999999999999999999999", "0.5", "\"childAge\"",
      "\"concerns\"", "\"indicators\"", "\"YES\"", "\"SEXTORTION\"", "\\u0000", "\uD800", "\n",
      "\"GB-ENG\"", "26", "\"x\"", SECRET_TEXT, SECRET_KEY, "4242424242", "\"" + SECRET + "\"");

  @Test
  void randomMutationsOfValidDocuments() {
    long seed = Long.getLong("fuzz.seed", System.nanoTime());
    SplittableRandom random = new SplittableRandom(seed);
    assertTimeoutPreemptively(Duration.ofSeconds(60), () -> {
      for (int i = 0; i < CASES; i++) {
        String base = VALID.get(random.nextInt(VALID.size()));
        byte[] input = mutate(base, random);
        readSafely(input, seed);
      }
    }, "fuzzing took too long: a hang? seed " + seed);
  }

  @Test
  void randomBytes() {
    long seed = Long.getLong("fuzz.seed", System.nanoTime());
    SplittableRandom random = new SplittableRandom(seed);
    assertTimeoutPreemptively(Duration.ofSeconds(30), () -> {
      for (int i = 0; i < CASES / 4; i++) {
        byte[] input = new byte[random.nextInt(200)];
        for (int k = 0; k < input.length; k++) {
          input[k] = (byte) random.nextInt(256);
        }
        readSafely(input, seed);
      }
    });
  }

  @Test
  void pathologicalShapesAreRejectedQuickly() {
    List<String> hostile = List.of(
        "[".repeat(100_000),
        "{\"indicators\":" + "{\"a\":".repeat(10_000) + "1" + "}".repeat(10_000) + "}",
        "{\"concerns\":[" + "\"SEXTORTION\",".repeat(5_000) + "\"SEXTORTION\"]}",
        "{\"childAge\":" + "9".repeat(10_000) + "}",
        "{\"childAge\":1" + "0".repeat(1000) + "e-1000}",
        "{\"reporter\":\"" + "A".repeat(60_000) + "\"}",
        "{\"" + "k".repeat(60_000) + "\":1}",
        "{\"childAge\":14,\"childAge\":14}",
        "{\"" + SECRET + "\":1,\"" + SECRET + "\":2}",
        "{\"indicators\":{\"" + SECRET + "\":\"YES\"}}",
        "{\"spread\":\"" + SECRET + "\"}",
        "{\"childAge\":4242424242}",
        "{\"jurisdiction\":\"" + SECRET + "\"}",
        "{\"concerns\":[\"" + SECRET + "\"]}",
        "{\"reporter\":" + SECRET + "}",
        "{\"indicators\":{\"BLACKMAIL\":\"YES\",\"BLACKMAIL\":\"YES\"}}",
        "{\"concerns\":{\"SEXTORTION\":true}}",
        "{\"indicators\":\"YES\"}",
        "{\"childAge\":true}",
        "{\"platforms\":[[\"OTHER\"]]}",
        "\uFEFF{}",
        "{}\u0000",
        "");
    assertTimeoutPreemptively(Duration.ofSeconds(20), () -> {
      for (String input : hostile) {
        readSafely(input.getBytes(StandardCharsets.UTF_8), -1);
      }
    });
  }

  private static void readSafely(byte[] input, long seed) {
    Situation situation;
    try {
      situation = AdvisorJson.readSituation(input);
    } catch (InvalidSituationException e) {
      String shown = new String(input, StandardCharsets.UTF_8);
      shown = "seed " + seed + ", input " + shown.substring(0, Math.min(200, shown.length()));
      assertFalse(e.path().isBlank(), "an error names a path: " + shown);
      assertTrue(e.getMessage().length() < 1_000, "an error stays short: " + shown);
      assertFalse(e.getMessage().contains(SECRET) || e.getMessage().contains("4242"),
          "an error never repeats the input: " + e.getMessage() + " for " + shown);
      return;
    } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
      fail("seed " + seed + ": " + e + " for input "
          + new String(input, StandardCharsets.UTF_8).substring(0, Math.min(200, input.length)), e);
      return;
    }
    // Whatever was accepted is a valid situation that assesses without error.
    Fixture.advisor().evaluate(situation);
  }

  private static byte[] mutate(String base, SplittableRandom random) {
    StringBuilder text = new StringBuilder(base);
    int edits = 1 + random.nextInt(4);
    for (int e = 0; e < edits; e++) {
      int at = text.length() == 0 ? 0 : random.nextInt(text.length());
      switch (random.nextInt(5)) {
        case 0:
          if (text.length() > 0) {
            text.deleteCharAt(at);
          }
          break;
        case 1:
          text.insert(at, TOKENS.get(random.nextInt(TOKENS.size())));
          break;
        case 2:
          if (text.length() > 0) {
            text.setCharAt(at, (char) (32 + random.nextInt(95)));
          }
          break;
        case 3:
          int end = Math.min(text.length(), at + random.nextInt(10));
          text.replace(at, end, TOKENS.get(random.nextInt(TOKENS.size())));
          break;
        default:
          text.insert(at, text.substring(at, Math.min(text.length(), at + random.nextInt(20))));
      }
    }
    return text.toString().getBytes(StandardCharsets.UTF_8);
  }
}
