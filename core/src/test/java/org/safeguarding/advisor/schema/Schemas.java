package org.safeguarding.advisor.schema;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The JSON Schemas shipped in the core jar, loaded from the class path as a user would, and checked
 * with a real JSON Schema 2020-12 validator (networknt json-schema-validator, test scope only).
 */
public final class Schemas {
  /** Where the schemas are in the jar. */
  public static final String FOLDER = "/org/safeguarding/advisor/json-schema/";
  public static final String SITUATION = "situation.schema.json";
  public static final String ASSESSMENT = "assessment.schema.json";

  static final ObjectMapper MAPPER = new ObjectMapper();
  private static final SchemaRegistry REGISTRY =
      SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);

  private static final Schema SITUATION_SCHEMA = REGISTRY.getSchema(node(SITUATION));
  private static final Schema ASSESSMENT_SCHEMA = REGISTRY.getSchema(node(ASSESSMENT));

  private Schemas() {}

  /** A shipped schema as a tree, read from the class path. */
  public static JsonNode node(String name) {
    try (InputStream in = Schemas.class.getResourceAsStream(FOLDER + name)) {
      if (in == null) {
        throw new IllegalStateException("the core jar has no " + FOLDER + name);
      }
      return MAPPER.readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The validator's complaints about a situation document; empty if it is valid. */
  public static List<String> situationErrors(JsonNode situation) {
    return messages(SITUATION_SCHEMA.validate(situation));
  }

  /** The validator's complaints about an assessment document; empty if it is valid. */
  public static List<String> assessmentErrors(JsonNode assessment) {
    return messages(ASSESSMENT_SCHEMA.validate(assessment));
  }

  public static List<String> situationErrors(String json) {
    return situationErrors(parse(json));
  }

  public static List<String> assessmentErrors(String json) {
    return assessmentErrors(parse(json));
  }

  /** The complaints of the 2020-12 meta-schema about a schema document. */
  public static List<String> metaSchemaErrors(JsonNode schema) {
    Schema meta = REGISTRY.getSchema(
        com.networknt.schema.SchemaLocation.of("https://json-schema.org/draft/2020-12/schema"));
    return messages(meta.validate(schema));
  }

  public static JsonNode parse(String json) {
    try {
      return MAPPER.readTree(json);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static JsonNode read(Path file) {
    try {
      return MAPPER.readTree(Files.readAllBytes(file));
    } catch (IOException e) {
      throw new UncheckedIOException(file.toString(), e);
    }
  }

  private static List<String> messages(List<Error> errors) {
    return errors.stream().map(Error::toString).collect(Collectors.toList());
  }

  /** Follows a local {@code $ref} ({@code #/$defs/x}) once; any other node is returned as it is. */
  public static JsonNode resolve(JsonNode root, JsonNode node) {
    JsonNode ref = node.get("$ref");
    return ref == null ? node : root.at(ref.textValue().substring(1));
  }

  /** The names of an object node's fields, in order. */
  public static List<String> fieldNames(JsonNode node) {
    List<String> names = new ArrayList<>();
    for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
      names.add(it.next());
    }
    return names;
  }

  /** The text values of an array node, in order. */
  public static List<String> texts(JsonNode array) {
    List<String> out = new ArrayList<>();
    array.forEach(n -> out.add(n.textValue()));
    return out;
  }
}
