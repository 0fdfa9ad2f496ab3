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
import org.safeguarding.advisor.engine.JsonTrees;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
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
  private static final JsonFactory FACTORY = JsonFactory.builder()
      .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
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
      root = JsonTrees.read(parser);
      if (root != null && parser.nextToken() != null) {
        throw new InvalidSituationException(ROOT, "there is more after the JSON object",
            "one JSON object");
      }
    } catch (JsonProcessingException e) {
      String message = String.valueOf(e.getOriginalMessage());
      int cut = message.indexOf('\n');
      String where = e.getLocation() == null ? ""
          : " at line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr();
      throw new InvalidSituationException(ROOT,
          "not valid JSON" + where + " (" + (cut < 0 ? message : message.substring(0, cut)) + ")",
          "one JSON object as the contract describes");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (root == null || root.isMissingNode()) {
      throw new InvalidSituationException(ROOT, "the document is empty", "one JSON object");
    }
    return new SituationReader().read(root);
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

  private interface Body {
    void write(JsonGenerator g) throws IOException;
  }

  private static String write(Body body) {
    StringWriter out = new StringWriter();
    try (JsonGenerator g = FACTORY.createGenerator(out)) {
      // A pretty printer tracks its nesting depth: each write needs its own instance, or
      // concurrent writes scramble each other's indentation.
      g.setPrettyPrinter(PRETTY.createInstance());
      body.write(g);
    } catch (IOException e) {
      throw new UncheckedIOException("writing to a string cannot fail", e);
    }
    return out.append('\n').toString();
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
      for (Iterator<Map.Entry<String, JsonNode>> it = root.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> field = it.next();
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
            throw new InvalidSituationException(fieldPath("", name), "unknown field", FIELDS);
        }
      }
      return b.build();
    }

    private static Jurisdiction jurisdiction(JsonNode value) {
      String allowed = "GB-ENG, GB-WLS, GB-SCT, GB-NIR";
      if (!value.isTextual()) {
        throw new InvalidSituationException("jurisdiction", "must be a string, was " + kind(value),
            allowed);
      }
      Jurisdiction j = Jurisdiction.fromCode(value.textValue());
      if (j == null) {
        throw new InvalidSituationException("jurisdiction",
            "unknown value " + quoted(value.textValue()), allowed);
      }
      return j;
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
            "is out of range: " + abbreviate(value.asText()), allowed);
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
        throw new InvalidSituationException(path, "unknown value " + quoted(value.textValue()),
            names(type));
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
      for (Iterator<Map.Entry<String, JsonNode>> it = value.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> field = it.next();
        Indicator indicator;
        try {
          indicator = Indicator.valueOf(field.getKey());
        } catch (IllegalArgumentException e) {
          throw new InvalidSituationException(fieldPath("indicators", field.getKey()),
              "unknown indicator", names(Indicator.class));
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

    // Names and values from the input are echoed shortened, so a huge or hostile string does not
    // flood an error message or a log line.
    private static String quoted(String text) {
      return "\"" + abbreviate(text) + "\"";
    }

    private static final java.util.regex.Pattern PLAIN_NAME =
        java.util.regex.Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

    /** The path of a field: {@code parent.name}, or {@code parent["name"]} for an odd name. */
    private static String fieldPath(String parent, String name) {
      if (PLAIN_NAME.matcher(name).matches() && name.length() <= 40) {
        return parent.isEmpty() ? name : parent + "." + name;
      }
      String escaped = abbreviate(name).replace("\\", "\\\\").replace("\"", "\\\"");
      return (parent.isEmpty() ? ROOT : parent) + "[\"" + escaped + "\"]";
    }

    private static String abbreviate(String text) {
      StringBuilder out = new StringBuilder();
      text.codePoints().limit(40).forEach(cp -> {
        if (cp < 0x20 || cp == 0x7f) {
          out.append('?');
        } else {
          out.appendCodePoint(cp);
        }
      });
      return text.codePointCount(0, text.length()) > 40 ? out + "..." : out.toString();
    }
  }
}
