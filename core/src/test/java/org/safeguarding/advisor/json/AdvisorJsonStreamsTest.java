package org.safeguarding.advisor.json;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.safeguarding.advisor.Answer;
import org.safeguarding.advisor.Assessment;
import org.safeguarding.advisor.Concern;
import org.safeguarding.advisor.Fixture;
import org.safeguarding.advisor.Indicator;
import org.safeguarding.advisor.InvalidSituationException;
import org.safeguarding.advisor.Situation;

/** The streaming overloads give exactly the characters of the String ones, and leave streams open. */
class AdvisorJsonStreamsTest {
  private static final List<Situation> SITUATIONS = List.of(Situation.empty(),
      Situation.builder().childAge(15).addConcern(Concern.SEXTORTION)
          .putIndicator(Indicator.BLACKMAIL, Answer.YES).build(),
      Situation.builder().childAge(9).addConcern(Concern.GROOMING)
          .putIndicator(Indicator.IMMEDIATE_DANGER, Answer.YES).build());

  /** A stream that records whether it was closed. */
  private static final class Watched extends ByteArrayOutputStream {
    boolean closed;

    @Override
    public void close() {
      closed = true;
    }
  }

  @Test
  void writersAndStreamsGetTheSameCharactersAndStayOpen() throws IOException {
    for (Situation s : SITUATIONS) {
      Assessment a = Fixture.advisor().evaluate(s);
      StringWriter chars = new StringWriter();
      AdvisorJson.write(a, chars);
      assertEquals(AdvisorJson.write(a), chars.toString());
      Watched bytes = new Watched();
      AdvisorJson.write(a, bytes);
      assertArrayEquals(AdvisorJson.write(a).getBytes(StandardCharsets.UTF_8), bytes.toByteArray());
      assertTrue(!bytes.closed, "the caller's stream is not closed");
      bytes.write('x'); // still usable

      StringWriter situationChars = new StringWriter();
      AdvisorJson.write(s, situationChars);
      assertEquals(AdvisorJson.write(s), situationChars.toString());
      Watched situationBytes = new Watched();
      AdvisorJson.write(s, situationBytes);
      assertArrayEquals(AdvisorJson.write(s).getBytes(StandardCharsets.UTF_8),
          situationBytes.toByteArray());
    }
  }

  @Test
  void aGeneratorWithTheContractsPrettyPrinterGetsTheSameCharactersWithoutTheLineEnd()
      throws IOException {
    Assessment a = Fixture.advisor().evaluate(SITUATIONS.get(1));
    StringWriter out = new StringWriter();
    try (JsonGenerator g = new JsonFactory().createGenerator(out)) {
      g.setPrettyPrinter(AdvisorJson.prettyPrinter());
      AdvisorJson.write(a, g);
    }
    assertEquals(AdvisorJson.write(a), out + "\n");
    StringWriter compact = new StringWriter();
    try (JsonGenerator g = new JsonFactory().createGenerator(compact)) {
      g.writeStartArray();
      AdvisorJson.write(SITUATIONS.get(1), g);
      AdvisorJson.write(Situation.empty(), g);
      g.writeEndArray();
    }
    assertEquals("[{\"childAge\":15,\"concerns\":[\"SEXTORTION\"],\"indicators\":{\"BLACKMAIL\":"
        + "\"YES\"}},{}]", compact.toString());
  }

  @Test
  void aParserIsReadThroughTheStrictReaderAndLeftAfterTheValue() throws IOException {
    String doc = "[" + AdvisorJson.write(SITUATIONS.get(2)) + ", {\"childAge\": 30}, 7]";
    try (JsonParser p = new JsonFactory().createParser(doc)) {
      assertEquals(JsonToken.START_ARRAY, p.nextToken());
      p.nextToken();
      assertEquals(SITUATIONS.get(2), AdvisorJson.readSituation(p));
      assertEquals(JsonToken.END_OBJECT, p.currentToken(), "on the value's last token");
      p.nextToken();
      InvalidSituationException e = assertThrows(InvalidSituationException.class,
          () -> AdvisorJson.readSituation(p));
      assertEquals("childAge", e.path());
      assertEquals(JsonToken.VALUE_NUMBER_INT, p.nextToken());
    }
    try (JsonParser p = new JsonFactory().createParser("")) {
      assertEquals("$", assertThrows(InvalidSituationException.class,
          () -> AdvisorJson.readSituation(p)).path());
    }
    String huge = "{\"concerns\": [" + "\"DEEPFAKE\",".repeat(8000) + "\"DEEPFAKE\"]}";
    try (JsonParser p = new JsonFactory().createParser(huge)) {
      InvalidSituationException e = assertThrows(InvalidSituationException.class,
          () -> AdvisorJson.readSituation(p));
      assertEquals("$: the document is larger than the limit; allowed: at most 65536 bytes",
          e.getMessage());
    }
  }
}
