package org.safeguarding.advisor.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.JsonNode;
import org.safeguarding.advisor.engine.CompiledBundle;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.safeguarding.advisor.Answer;
import org.safeguarding.advisor.Assessment;
import org.safeguarding.advisor.Concern;
import org.safeguarding.advisor.Contact;
import org.safeguarding.advisor.Indicator;
import org.safeguarding.advisor.InvalidSituationException;
import org.safeguarding.advisor.Jurisdiction;
import org.safeguarding.advisor.OpenQuestion;
import org.safeguarding.advisor.OtherParty;
import org.safeguarding.advisor.Platform;
import org.safeguarding.advisor.Reporter;
import org.safeguarding.advisor.RiskFactor;
import org.safeguarding.advisor.Situation;
import org.safeguarding.advisor.Spread;
import org.safeguarding.advisor.Step;
import org.safeguarding.advisor.Warning;

/**
 * Reads situations and writes situations and assessments in the contract's JSON.
 *
 * <p>Reading is strict: unknown fields, unknown enum values, wrong types, duplicate keys, an age
 * outside 0 to 25, a {@code null} inside a set or map, malformed JSON and input over {@value
 * #MAX_INPUT_BYTES} bytes are all rejected with an {@link InvalidSituationException} naming the
 * JSON path and what is allowed. Nothing is guessed. Writing is byte-stable: fields in the
 * contract's order, sets in declaration order, two-space indentation and {@code \n} line ends.
 *
 * {@snippet class=org.safeguarding.advisor.snippets.Snippets region=json}
 */
public final class AdvisorJson {
  /** The largest situation document accepted, in bytes (64 KiB). */
  public static final int MAX_INPUT_BYTES = 64 * 1024;

  private static final int MAX_DEPTH = 16;
  private static final String ROOT = "$";
  // A duplicate key is refused by the engine's tree reader, with its path, rather than by the parser with a
  // line and column that depend on the document's layout.
  private static final JsonFactory FACTORY = JsonFactory.builder()
      .disable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
      .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
      .streamReadConstraints(StreamReadConstraints.builder()
          .maxNestingDepth(MAX_DEPTH)
          .maxNumberLength(32)
          .maxStringLength(MAX_INPUT_BYTES)
          .build())
      .build();
  private static final DefaultPrettyPrinter PRETTY = new DefaultPrettyPrinter(
      Separators.createDefaultInstance()
          .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
          .withRootSeparator(""))
      .withObjectIndenter(new DefaultIndenter("  ", "\n"))
      .withArrayIndenter(new DefaultIndenter("  ", "\n"));

  private AdvisorJson() {}

  /**
   * Reads a situation from UTF-8 JSON bytes.
   *
   * <p>A {@code jurisdiction} is checked for the shape of an ISO 3166 code only: which codes are
   * allowed is the bundle's, and {@link org.safeguarding.advisor.Advisor#evaluate} refuses one its
   * bundle does not cover with the same exception, naming the codes it covers.
   *
   * @param json the situation document, at most {@value #MAX_INPUT_BYTES} bytes of UTF-8 JSON
   * @return the situation
   * @throws InvalidSituationException naming the JSON path and what is allowed
   */
  public static Situation readSituation(byte[] json) {
    if (json.length > MAX_INPUT_BYTES) {
      throw new InvalidSituationException(ROOT,
          "the document is " + json.length + " bytes, larger than the limit",
          "at most " + MAX_INPUT_BYTES + " bytes");
    }
    JsonNode root;
    try (JsonParser parser = FACTORY.createParser(json)) {
      root = CompiledBundle.readJson(parser);
      if (root != null && parser.nextToken() != null) {
        throw new InvalidSituationException(ROOT, "there is more after the JSON object",
            "one JSON object");
      }
    } catch (JsonProcessingException e) {
      throw notJson(e);
    } catch (java.io.CharConversionException e) {
      // Bytes the parser took for UTF-16 or UTF-32 that are not: bad input, not a failure.
      throw new InvalidSituationException(ROOT, "the bytes are not text in a JSON encoding",
          "one JSON object in UTF-8");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (root == null || root.isMissingNode()) {
      throw new InvalidSituationException(ROOT, "the document is empty", "one JSON object");
    }
    return new SituationReader().read(root);
  }

  private static InvalidSituationException notJson(JsonProcessingException e) {
    java.util.Optional<java.util.List<Object>> duplicate = CompiledBundle.duplicateKeyPath(e);
    if (duplicate.isPresent()) {
      Map.Entry<String, Boolean> path = SituationReader.path(duplicate.get());
      return new InvalidSituationException(path.getKey(),
          path.getValue() ? "is given twice" : "has a key given twice",
          "each key at most once in an object");
    }
    // Jackson's own message can quote the input ("Unrecognized token 'x'"): say what kind of
    // problem it is and where, never what was there.
    String where = e.getLocation() == null ? ""
        : " at line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr();
    String problem = e instanceof com.fasterxml.jackson.core.io.JsonEOFException
        ? "the JSON ends too soon"
        : e instanceof com.fasterxml.jackson.core.exc.StreamConstraintsException
            ? "the JSON is nested too deeply or holds a number or text too long"
            : "not valid JSON";
    return new InvalidSituationException(ROOT, problem + where,
        "one JSON object as the contract describes");
  }

  /**
   * Reads a situation from a JSON string.
   *
   * @param json the situation document
   * @return the situation
   * @throws InvalidSituationException naming the JSON path and what is allowed
   */
  public static Situation readSituation(String json) {
    return readSituation(json.getBytes(StandardCharsets.UTF_8));
  }

  /**
   * Reads a situation from a stream, reading at most one byte past the size limit.
   *
   * @param in the stream, read up to its end or the limit and not closed
   * @return the situation
   * @throws InvalidSituationException for bad input
   * @throws IOException if the stream cannot be read
   */
  public static Situation readSituation(InputStream in) throws IOException {
    byte[] bytes = in.readNBytes(MAX_INPUT_BYTES + 1);
    if (bytes.length > MAX_INPUT_BYTES) {
      throw new InvalidSituationException(ROOT, "the document is larger than the limit",
          "at most " + MAX_INPUT_BYTES + " bytes");
    }
    return readSituation(bytes);
  }

  /**
   * Reads a situation from the value at a Jackson parser's current position, through the same
   * strict reader as {@link #readSituation(byte[])}: the value (an object, or whatever stands
   * there) is copied token by token, duplicate keys included, and read as a document of its own.
   * The parser is left on the value's last token. This is how a Jackson module binds a {@code
   * Situation}.
   *
   * @param parser a parser on the first token of the value, or before it
   * @return the situation
   * @throws InvalidSituationException naming the JSON path and what is allowed, as {@link
   *     #readSituation(byte[])} does: also for malformed JSON, and if the value's compact form is
   *     over {@value #MAX_INPUT_BYTES} bytes
   * @throws IOException if the parser cannot read its input
   */
  public static Situation readSituation(JsonParser parser) throws IOException {
    if (!parser.hasCurrentToken() && parser.nextToken() == null) {
      throw new InvalidSituationException(ROOT, "the document is empty", "one JSON object");
    }
    LimitedBuffer copy = new LimitedBuffer();
    try (JsonGenerator g = FACTORY.createGenerator(copy)) {
      g.copyCurrentStructure(parser);
    } catch (UncheckedIOException e) {
      if (e.getCause() instanceof LimitedBuffer.Full) {
        throw new InvalidSituationException(ROOT, "the document is larger than the limit",
            "at most " + MAX_INPUT_BYTES + " bytes");
      }
      throw e;
    } catch (JsonProcessingException e) {
      throw notJson(e);
    }
    return readSituation(copy.toByteArray());
  }

  /** Collects at most one byte past the input limit, so a huge value is refused early. */
  private static final class LimitedBuffer extends java.io.ByteArrayOutputStream {
    static final class Full extends IOException {
      private static final long serialVersionUID = 1L;
    }

    @Override
    public void write(int b) {
      write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public void write(byte[] bytes, int off, int len) {
      if (count + len > MAX_INPUT_BYTES + 1) {
        throw new java.io.UncheckedIOException(new Full());
      }
      super.write(bytes, off, len);
    }

    @Override
    public void flush() {}
  }

  /**
   * {@return the assessment as the contract's JSON, byte for byte the same for equal assessments}
   *
   * @param assessment the assessment to write
   */
  public static String write(Assessment assessment) {
    return write(g -> writeAssessment(g, assessment));
  }

  /**
   * {@return the situation as the contract's JSON; only the facts that were given are written}
   *
   * @param situation the situation to write
   */
  public static String write(Situation situation) {
    return write(g -> writeSituation(g, situation));
  }

  /**
   * Writes the assessment to a character stream: the same characters as {@link
   * #write(Assessment)}, final line end included. The writer is flushed, not closed.
   *
   * @param assessment the assessment to write
   * @param out where to write it
   * @throws IOException if the writer fails
   */
  public static void write(Assessment assessment, Writer out) throws IOException {
    write(g -> writeAssessment(g, assessment), FACTORY.createGenerator(nonClosing(out)));
  }

  /**
   * Writes the assessment to a byte stream as UTF-8: the same bytes as {@link #write(Assessment)}
   * encoded in UTF-8, final line end included. The stream is flushed, not closed.
   *
   * @param assessment the assessment to write
   * @param out where to write it
   * @throws IOException if the stream fails
   */
  public static void write(Assessment assessment, OutputStream out) throws IOException {
    write(g -> writeAssessment(g, assessment), FACTORY.createGenerator(nonClosing(out)));
  }

  /**
   * Writes the situation to a character stream, as {@link #write(Situation)} gives it. The writer
   * is flushed, not closed.
   *
   * @param situation the situation to write
   * @param out where to write it
   * @throws IOException if the writer fails
   */
  public static void write(Situation situation, Writer out) throws IOException {
    write(g -> writeSituation(g, situation), FACTORY.createGenerator(nonClosing(out)));
  }

  /**
   * Writes the situation to a byte stream as UTF-8, as {@link #write(Situation)} gives it. The
   * stream is flushed, not closed.
   *
   * @param situation the situation to write
   * @param out where to write it
   * @throws IOException if the stream fails
   */
  public static void write(Situation situation, OutputStream out) throws IOException {
    write(g -> writeSituation(g, situation), FACTORY.createGenerator(nonClosing(out)));
  }

  /**
   * Writes the assessment as one value into a Jackson generator of the caller's, with the
   * generator's own pretty printer (or none) and no line end after it: for embedding an assessment
   * in a larger document. The fields and their order are the contract's, as in {@link
   * #write(Assessment)}; with {@link #prettyPrinter()} set on the generator, the characters are the
   * same too.
   *
   * @param assessment the assessment to write
   * @param generator where to write it; neither flushed nor closed
   * @throws IOException if the generator fails
   */
  public static void write(Assessment assessment, JsonGenerator generator) throws IOException {
    writeAssessment(generator, assessment);
  }

  /**
   * Writes the situation as one value into a Jackson generator of the caller's, as {@link
   * #write(Assessment, JsonGenerator)} does.
   *
   * @param situation the situation to write
   * @param generator where to write it; neither flushed nor closed
   * @throws IOException if the generator fails
   */
  public static void write(Situation situation, JsonGenerator generator) throws IOException {
    writeSituation(generator, situation);
  }

  /**
   * {@return a new instance of the contract's pretty printer: two-space indentation, {@code \n}
   * line ends, a space after each colon}
   */
  public static DefaultPrettyPrinter prettyPrinter() {
    return PRETTY.createInstance();
  }

  private interface Body {
    void write(JsonGenerator g) throws IOException;
  }

  private static String write(Body body) {
    StringWriter out = new StringWriter();
    try {
      write(body, FACTORY.createGenerator(out));
    } catch (IOException e) {
      throw new UncheckedIOException("writing to a string cannot fail", e);
    }
    return out.toString();
  }

  private static void write(Body body, JsonGenerator g) throws IOException {
    try (g) {
      // A pretty printer tracks its nesting depth: each write needs its own instance, or
      // concurrent writes scramble each other's indentation.
      g.setPrettyPrinter(PRETTY.createInstance());
      body.write(g);
      g.writeRaw('\n');
    }
  }

  private static Writer nonClosing(Writer out) {
    java.util.Objects.requireNonNull(out, "out");
    return new java.io.FilterWriter(out) {
      @Override
      public void close() throws IOException {
        flush();
      }
    };
  }

  private static OutputStream nonClosing(OutputStream out) {
    java.util.Objects.requireNonNull(out, "out");
    return new java.io.FilterOutputStream(out) {
      @Override
      public void write(byte[] b, int off, int len) throws IOException {
        out.write(b, off, len);
      }

      @Override
      public void close() throws IOException {
        flush();
      }
    };
  }

  private static void writeAssessment(JsonGenerator g, Assessment a) throws IOException {
    g.writeStartObject();
    g.writeObjectFieldStart("bundle");
    g.writeStringField("id", a.bundle().id());
    g.writeStringField("version", a.bundle().version());
    g.writeStringField("digest", a.bundle().digest());
    g.writeEndObject();
    g.writeStringField("urgency", a.urgency().name());
    g.writeObjectFieldStart("referral");
    g.writeBooleanField("required", a.referral().required());
    g.writeArrayFieldStart("triggers");
    for (var trigger : a.referral().triggers()) {
      g.writeString(trigger.name());
    }
    g.writeEndArray();
    strings(g, "firedBy", a.referral().firedBy());
    g.writeEndObject();
    g.writeArrayFieldStart("riskFactors");
    for (RiskFactor r : a.riskFactors()) {
      g.writeStartObject();
      g.writeStringField("id", r.id());
      g.writeStringField("explanation", r.explanation());
      strings(g, "sources", r.sources());
      strings(g, "firedBy", r.firedBy());
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeArrayFieldStart("steps");
    for (Step s : a.steps()) {
      g.writeStartObject();
      g.writeStringField("id", s.id());
      g.writeStringField("urgency", s.urgency().name());
      g.writeStringField("title", s.title());
      g.writeStringField("detail", s.detail());
      strings(g, "contacts", s.contacts());
      strings(g, "sources", s.sources());
      strings(g, "firedBy", s.firedBy());
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeArrayFieldStart("warnings");
    for (Warning w : a.warnings()) {
      g.writeStartObject();
      g.writeStringField("id", w.id());
      g.writeStringField("text", w.text());
      strings(g, "sources", w.sources());
      strings(g, "firedBy", w.firedBy());
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeArrayFieldStart("contacts");
    for (Contact c : a.contacts()) {
      g.writeStartObject();
      g.writeStringField("id", c.id());
      g.writeStringField("name", c.name());
      optional(g, "phone", c.phone());
      optional(g, "url", c.url());
      optional(g, "hours", c.hours());
      g.writeStringField("forWhom", c.forWhom());
      strings(g, "sources", c.sources());
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeArrayFieldStart("openQuestions");
    for (OpenQuestion q : a.openQuestions()) {
      g.writeStartObject();
      g.writeStringField("field", q.field());
      g.writeStringField("question", q.question());
      g.writeStringField("whyItMatters", q.whyItMatters());
      g.writeEndObject();
    }
    g.writeEndArray();
    // Contract 1.1: new fields come after the 1.0 ones, and doFirst last.
    strings(g, "doFirst", a.doFirst());
    g.writeEndObject();
  }

  private static void writeSituation(JsonGenerator g, Situation s) throws IOException {
    g.writeStartObject();
    if (s.reporter().isPresent()) {
      g.writeStringField("reporter", s.reporter().get().name());
    }
    if (s.jurisdiction().isPresent()) {
      g.writeStringField("jurisdiction", s.jurisdiction().get().code());
    }
    if (s.childAge().isPresent()) {
      g.writeNumberField("childAge", s.childAge().getAsInt());
    }
    if (!s.concerns().isEmpty()) {
      g.writeArrayFieldStart("concerns");
      for (Concern c : Concern.values()) {
        if (s.concerns().contains(c)) {
          g.writeString(c.name());
        }
      }
      g.writeEndArray();
    }
    if (s.spread() != Spread.UNKNOWN) {
      g.writeStringField("spread", s.spread().name());
    }
    if (s.otherParty() != OtherParty.UNKNOWN) {
      g.writeStringField("otherParty", s.otherParty().name());
    }
    if (!s.platforms().isEmpty()) {
      g.writeArrayFieldStart("platforms");
      for (Platform p : Platform.values()) {
        if (s.platforms().contains(p)) {
          g.writeString(p.name());
        }
      }
      g.writeEndArray();
    }
    if (!s.indicators().isEmpty()) {
      g.writeObjectFieldStart("indicators");
      for (Indicator i : Indicator.values()) {
        Answer answer = s.indicators().get(i);
        if (answer != null) {
          g.writeStringField(i.name(), answer.name());
        }
      }
      g.writeEndObject();
    }
    g.writeEndObject();
  }

  private static void strings(JsonGenerator g, String name, Iterable<String> values)
      throws IOException {
    g.writeArrayFieldStart(name);
    for (String v : values) {
      g.writeString(v);
    }
    g.writeEndArray();
  }

  private static void optional(JsonGenerator g, String name, Optional<String> value)
      throws IOException {
    if (value.isPresent()) {
      g.writeStringField(name, value.get());
    } else {
      g.writeNullField(name);
    }
  }

  /** Walks a parsed document, refusing anything the contract does not allow. */
  private static final class SituationReader {
    private static final String FIELDS =
        "reporter, jurisdiction, childAge, concerns, spread, otherParty, platforms, indicators";

    Situation read(JsonNode root) {
      if (!root.isObject()) {
        throw new InvalidSituationException(ROOT, "must be a JSON object, was " + kind(root),
            "an object with the fields " + FIELDS);
      }
      Situation.Builder b = Situation.builder();
      int position = 0;
      for (Iterator<Map.Entry<String, JsonNode>> it = root.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> field = it.next();
        position++;
        String name = field.getKey();
        JsonNode value = field.getValue();
        switch (name) {
          case "reporter":
            b.reporter(enumValue(name, value, Reporter.class));
            break;
          case "jurisdiction":
            b.jurisdiction(jurisdiction(value));
            break;
          case "childAge":
            b.childAge(age(value));
            break;
          case "concerns":
            b.concerns(set(name, value, Concern.class));
            break;
          case "spread":
            b.spread(enumValue(name, value, Spread.class));
            break;
          case "otherParty":
            b.otherParty(enumValue(name, value, OtherParty.class));
            break;
          case "platforms":
            b.platforms(set(name, value, Platform.class));
            break;
          case "indicators":
            b.indicators(indicators(value));
            break;
          default:
            // The name is not repeated: whatever was typed there may be about a person.
            throw new InvalidSituationException(ROOT,
                "has an unknown field (field " + position + " of the object)", FIELDS);
        }
      }
      return b.build();
    }

    /**
     * Only the shape is checked here: which codes are allowed is the bundle's, and the advisor
     * refuses one its bundle does not cover, naming the codes it does.
     */
    private static Jurisdiction jurisdiction(JsonNode value) {
      String allowed = Jurisdiction.CODE_SHAPE + ", one the content bundle covers";
      if (!value.isTextual()) {
        throw new InvalidSituationException("jurisdiction", "must be a string, was " + kind(value),
            allowed);
      }
      if (!Jurisdiction.isCode(value.textValue())) {
        throw new InvalidSituationException("jurisdiction", "is not a jurisdiction code", allowed);
      }
      return Jurisdiction.of(value.textValue());
    }

    private static int age(JsonNode value) {
      String allowed = "a whole number of years from 0 to 25";
      if (!value.isIntegralNumber()) {
        throw new InvalidSituationException("childAge", "must be a whole number, was " + kind(value),
            allowed);
      }
      if (!value.canConvertToInt() || value.intValue() < Situation.MIN_AGE
          || value.intValue() > Situation.MAX_AGE) {
        throw new InvalidSituationException("childAge",
            "is out of range", allowed);
      }
      return value.intValue();
    }

    private static <E extends Enum<E>> E enumValue(String path, JsonNode value, Class<E> type) {
      if (!value.isTextual()) {
        throw new InvalidSituationException(path, "must be a string, was " + kind(value),
            names(type));
      }
      try {
        return Enum.valueOf(type, value.textValue());
      } catch (IllegalArgumentException e) {
        throw new InvalidSituationException(path, "is not one of the allowed values", names(type));
      }
    }

    private static <E extends Enum<E>> java.util.Set<E> set(String path, JsonNode value,
        Class<E> type) {
      if (!value.isArray()) {
        throw new InvalidSituationException(path, "must be an array, was " + kind(value),
            "an array of " + names(type));
      }
      java.util.EnumSet<E> out = java.util.EnumSet.noneOf(type);
      for (int i = 0; i < value.size(); i++) {
        String at = path + "[" + i + "]";
        JsonNode element = value.get(i);
        if (element.isNull()) {
          throw new InvalidSituationException(at, "null is not allowed in a set", names(type));
        }
        E e = enumValue(at, element, type);
        if (!out.add(e)) {
          throw new InvalidSituationException(at, e.name() + " is listed twice",
              "each value at most once");
        }
      }
      return out;
    }

    private static Map<Indicator, Answer> indicators(JsonNode value) {
      if (!value.isObject()) {
        throw new InvalidSituationException("indicators", "must be an object, was " + kind(value),
            "an object from indicator (" + names(Indicator.class) + ") to YES, NO or UNKNOWN");
      }
      Map<Indicator, Answer> out = new java.util.EnumMap<>(Indicator.class);
      int position = 0;
      for (Iterator<Map.Entry<String, JsonNode>> it = value.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> field = it.next();
        position++;
        Indicator indicator = indicator(field.getKey());
        if (indicator == null) {
          throw new InvalidSituationException("indicators",
              "has an unknown indicator (key " + position + " of the object)",
              names(Indicator.class));
        }
        String path = "indicators." + indicator.name();
        if (field.getValue().isNull()) {
          throw new InvalidSituationException(path, "null is not allowed", names(Answer.class));
        }
        out.put(indicator, enumValue(path, field.getValue(), Answer.class));
      }
      return out;
    }

    private static String kind(JsonNode node) {
      if (node.isNull()) {
        return "null";
      }
      if (node.isTextual()) {
        return "a string";
      }
      if (node.isNumber()) {
        return "a number";
      }
      if (node.isBoolean()) {
        return "a boolean";
      }
      if (node.isArray()) {
        return "an array";
      }
      return "an object";
    }

    private static <E extends Enum<E>> String names(Class<E> type) {
      return Arrays.stream(type.getEnumConstants()).map(Enum::name)
          .collect(Collectors.joining(", "));
    }

    private static Indicator indicator(String name) {
      for (Indicator indicator : Indicator.values()) {
        if (indicator.name().equals(name)) {
          return indicator;
        }
      }
      return null;
    }

    private static final java.util.Set<String> FIELD_NAMES =
        java.util.Set.of(FIELDS.split(", "));

    /**
     * The path of a place in the document, from its keys and indexes, outermost first, as far as
     * it goes through the contract's own names: a name that is not the contract's is never
     * repeated, since whatever was typed there may be about a person.
     *
     * @return the path, and whether it reaches the place itself (or stops at an ancestor)
     */
    static java.util.Map.Entry<String, Boolean> path(java.util.List<Object> steps) {
      String path = "";
      for (int i = 0; i < steps.size(); i++) {
        Object step = steps.get(i);
        boolean known = step instanceof Integer
            ? i == 1 && (path.equals("concerns") || path.equals("platforms"))
            : i == 0 ? FIELD_NAMES.contains(step)
                : i == 1 && path.equals("indicators") && indicator((String) step) != null;
        if (!known) {
          return java.util.Map.entry(path.isEmpty() ? ROOT : path, false);
        }
        path = step instanceof Integer ? path + "[" + step + "]"
            : path.isEmpty() ? (String) step : path + "." + step;
      }
      return java.util.Map.entry(path.isEmpty() ? ROOT : path, true);
    }
  }
}
