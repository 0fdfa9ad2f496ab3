package org.safeguarding.advisor.jackson2;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.Version;
import com.fasterxml.jackson.core.json.JsonGeneratorImpl;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import java.util.Optional;
import org.safeguarding.advisor.Assessment;
import org.safeguarding.advisor.InvalidSituationException;
import org.safeguarding.advisor.Situation;
import org.safeguarding.advisor.json.AdvisorJson;

/**
 * Plugs the Safeguarding Advisor's contract JSON into a Jackson 2 {@code ObjectMapper}: an
 * {@link Assessment} and a {@link Situation} are written byte for byte as {@link AdvisorJson}
 * writes them, and a {@link Situation} is read through {@link AdvisorJson}'s strict reader, with
 * the same rules and the same messages.
 *
 * <pre>{@code
 * ObjectMapper mapper = JsonMapper.builder().addModule(new AdvisorJacksonModule()).build();
 * Situation situation = mapper.readValue(requestBody, Situation.class);  // strict
 * String json = mapper.writeValueAsString(Advisor.assess(situation));    // == AdvisorJson.write
 * }</pre>
 *
 * <p>Writing. As a whole document, the output is exactly {@link AdvisorJson#write(Assessment)}
 * (its indentation and final line end included), whatever the mapper's own settings: the contract
 * is byte-stable, so the mapper's pretty printer is not applied. Inside a larger document the same
 * text stands as the value, without the final line end. To a generator that writes no JSON text
 * (a {@code TokenBuffer}, as {@code convertValue} uses, or another data format) the same fields
 * are written in the same order as tokens.
 *
 * <p>Reading. The value is copied token by token (duplicate keys included) and read as {@link
 * AdvisorJson#readSituation(byte[])} reads a document: unknown fields and values, wrong types, a
 * duplicate key, an age out of range and a value over {@value AdvisorJson#MAX_INPUT_BYTES} bytes
 * are refused. The refusal is a {@link JsonMappingException} (so a web framework answers it as bad
 * input) whose {@linkplain JsonMappingException#getOriginalMessage() message} is the {@link
 * InvalidSituationException}'s and whose cause is that exception: {@link #invalidSituation}
 * finds it. A JSON {@code null} is read as {@code null}, as Jackson does for every type.
 *
 * <p>The module is found by {@code ObjectMapper.findAndRegisterModules()}; registering it twice
 * has no further effect. It holds no state and is safe to share.
 */
public final class AdvisorJacksonModule extends SimpleModule {
  private static final long serialVersionUID = 1L;

  /** A module to register with an {@code ObjectMapper}. */
  public AdvisorJacksonModule() {
    super("org.safeguarding.advisor.jackson2", Version.unknownVersion());
    addSerializer(Assessment.class, new ContractSerializer<>(Assessment.class) {
      private static final long serialVersionUID = 1L;

      @Override
      String text(Assessment value) {
        return AdvisorJson.write(value);
      }

      @Override
      void tokens(Assessment value, JsonGenerator g) throws IOException {
        AdvisorJson.write(value, g);
      }
    });
    addSerializer(Situation.class, new ContractSerializer<>(Situation.class) {
      private static final long serialVersionUID = 1L;

      @Override
      String text(Situation value) {
        return AdvisorJson.write(value);
      }

      @Override
      void tokens(Situation value, JsonGenerator g) throws IOException {
        AdvisorJson.write(value, g);
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

    abstract void tokens(T value, JsonGenerator g) throws IOException;

    @Override
    public void serialize(T value, JsonGenerator g, SerializerProvider provider)
        throws IOException {
      if (!(g instanceof JsonGeneratorImpl)) {
        tokens(value, g);
        return;
      }
      String json = text(value);
      if (g.getOutputContext().inRoot()) {
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
    public Situation deserialize(JsonParser parser, DeserializationContext context)
        throws IOException {
      try {
        return AdvisorJson.readSituation(parser);
      } catch (InvalidSituationException e) {
        throw JsonMappingException.from(context, e.getMessage(), e);
      }
    }
  }
}
