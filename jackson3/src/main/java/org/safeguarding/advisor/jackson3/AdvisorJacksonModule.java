package org.safeguarding.advisor.jackson3;

import java.io.ByteArrayOutputStream;
import java.util.Optional;
import org.safeguarding.advisor.Assessment;
import org.safeguarding.advisor.InvalidSituationException;
import org.safeguarding.advisor.Situation;
import org.safeguarding.advisor.json.AdvisorJson;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.Version;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.core.exc.UnexpectedEndOfInputException;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.json.JsonGeneratorBase;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.deser.std.StdDeserializer;
import tools.jackson.databind.module.SimpleModule;
import tools.jackson.databind.ser.std.StdSerializer;

/**
 * Plugs the Safeguarding Advisor's contract JSON into a Jackson 3 {@code JsonMapper} (Spring Boot
 * 4's line): an {@link Assessment} and a {@link Situation} are written byte for byte as {@link
 * AdvisorJson} writes them, and a {@link Situation} is read through {@link AdvisorJson}'s strict
 * reader, with the same rules and the same messages.
 *
 * <pre>{@code
 * JsonMapper mapper = JsonMapper.builder().addModule(new AdvisorJacksonModule()).build();
 * Situation situation = mapper.readValue(requestBody, Situation.class);  // strict
 * String json = mapper.writeValueAsString(Advisor.assess(situation));    // == AdvisorJson.write
 * }</pre>
 *
 * <p>Writing. As a whole document, the output is exactly {@link AdvisorJson#write(Assessment)}
 * (its indentation and final line end included), whatever the mapper's own settings: the contract
 * is byte-stable, so the mapper's pretty printer is not applied. Inside a larger document the same
 * text stands as the value, without the final line end. To a generator that writes no JSON text
 * (a {@code TokenBuffer}, as {@code valueToTree} uses, or another data format) the same fields
 * are written in the same order as tokens.
 *
 * <p>Reading. The value is copied token by token (duplicate keys included) and read as {@link
 * AdvisorJson#readSituation(byte[])} reads a document: unknown fields and values, wrong types, a
 * duplicate key, an age out of range and a value over {@value AdvisorJson#MAX_INPUT_BYTES} bytes
 * are refused. The refusal is a {@link DatabindException} (so a web framework answers it as bad
 * input) whose {@linkplain DatabindException#getOriginalMessage() message} is the {@link
 * InvalidSituationException}'s and whose cause is that exception: {@link #invalidSituation} finds
 * it. A JSON {@code null} is read as {@code null}, as Jackson does for every type.
 *
 * <p>The module is found by {@code JsonMapper.builder().findAndAddModules()}; registering it twice
 * has no further effect. It holds no state and is safe to share.
 */
public final class AdvisorJacksonModule extends SimpleModule {
  private static final long serialVersionUID = 1L;
  /** Plain JSON text, for copying a value out of the caller's parser and into its generator. */
  private static final JsonFactory JSON = new JsonFactory();

  /** A module to register with a {@code JsonMapper}. */
  public AdvisorJacksonModule() {
    super("org.safeguarding.advisor.jackson3", Version.unknownVersion());
    addSerializer(Assessment.class, new ContractSerializer<>(Assessment.class) {
      private static final long serialVersionUID = 1L;

      @Override
      String text(Assessment value) {
        return AdvisorJson.write(value);
      }
    });
    addSerializer(Situation.class, new ContractSerializer<>(Situation.class) {
      private static final long serialVersionUID = 1L;

      @Override
      String text(Situation value) {
        return AdvisorJson.write(value);
      }
    });
    addDeserializer(Situation.class, new SituationDeserializer());
  }

  /**
   * {@return the {@link InvalidSituationException} behind a failure to read a situation, if it is
   * one: it names the JSON path, the problem and what is allowed}
   *
   * @param failure an exception that reading with the mapper threw, or its cause
   */
  public static Optional<InvalidSituationException> invalidSituation(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause()) {
      if (t instanceof InvalidSituationException) {
        return Optional.of((InvalidSituationException) t);
      }
      if (t.getCause() == t) {
        break;
      }
    }
    return Optional.empty();
  }

  /**
   * Writes a contract value as AdvisorJson's text, or as its tokens where text cannot go.
   *
   * @param <T> the contract type: an assessment or a situation
   */
  private abstract static class ContractSerializer<T> extends StdSerializer<T> {
    private static final long serialVersionUID = 1L;

    ContractSerializer(Class<T> type) {
      super(type);
    }

    abstract String text(T value);

    @Override
    public void serialize(T value, JsonGenerator g, SerializationContext context) {
      String json = text(value);
      if (!(g instanceof JsonGeneratorBase)) {
        try (JsonParser tokens = JSON.createParser(ObjectReadContext.empty(), json)) {
          tokens.nextToken();
          g.copyCurrentStructure(tokens);
        }
      } else if (g.streamWriteContext().inRoot()) {
        g.writeRawValue(json);
      } else {
        g.writeRawValue(json, 0, json.length() - 1); // without the document's final line end
      }
    }
  }

  private static final class SituationDeserializer extends StdDeserializer<Situation> {
    private static final long serialVersionUID = 1L;

    SituationDeserializer() {
      super(Situation.class);
    }

    @Override
    public Situation deserialize(JsonParser parser, DeserializationContext context) {
      try {
        return AdvisorJson.readSituation(copy(parser));
      } catch (InvalidSituationException e) {
        throw DatabindException.from(context, e.getMessage(), e);
      }
    }

    /** The parser's current value as compact JSON, refused past AdvisorJson's size limit. */
    private static byte[] copy(JsonParser parser) {
      Limited out = new Limited();
      try (JsonGenerator g = JSON.createGenerator(ObjectWriteContext.empty(), out)) {
        g.copyCurrentStructure(parser);
      } catch (Limited.Full e) {
        throw new InvalidSituationException("$", "the document is larger than the limit",
            "at most " + AdvisorJson.MAX_INPUT_BYTES + " bytes");
      } catch (StreamReadException | StreamConstraintsException e) {
        // As AdvisorJson says it: the kind of problem and where, never what was there.
        TokenStreamLocation at = e.getLocation();
        String problem = e instanceof UnexpectedEndOfInputException ? "the JSON ends too soon"
            : e instanceof StreamConstraintsException
                ? "the JSON is nested too deeply or holds a number or text too long"
                : "not valid JSON";
        throw new InvalidSituationException("$", problem
            + (at == null ? "" : " at line " + at.getLineNr() + ", column " + at.getColumnNr()),
            "one JSON object as the contract describes");
      }
      return out.toByteArray();
    }
  }

  /** Collects at most one byte past the input limit. */
  private static final class Limited extends ByteArrayOutputStream {
    static final class Full extends RuntimeException {
      private static final long serialVersionUID = 1L;

      Full() {
        super(null, null, false, false);
      }
    }

    @Override
    public void write(int b) {
      write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public void write(byte[] bytes, int off, int len) {
      if (count + len > AdvisorJson.MAX_INPUT_BYTES + 1) {
        throw new Full();
      }
      super.write(bytes, off, len);
    }
  }
}
