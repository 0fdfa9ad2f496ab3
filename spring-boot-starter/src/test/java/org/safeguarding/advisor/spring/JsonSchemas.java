package org.safeguarding.advisor.spring;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.stream.Collectors;

/** The contract's JSON Schemas from the core jar, and the starter's OpenAPI document. */
final class JsonSchemas {
  static final ObjectMapper MAPPER = new ObjectMapper();
  static final String CORE_FOLDER = "/org/safeguarding/advisor/json-schema/";
  private static final SchemaRegistry REGISTRY =
      SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);

  private JsonSchemas() {}

  static byte[] coreSchemaBytes(String name) {
    return resource(CORE_FOLDER + name);
  }

  static byte[] openApiBytes() {
    return resource("/org/safeguarding/advisor/spring/openapi.json");
  }

  static List<String> errors(JsonNode schema, JsonNode document) {
    Schema compiled = REGISTRY.getSchema(schema);
    return compiled.validate(document).stream().map(Error::toString).collect(Collectors.toList());
  }

  static JsonNode tree(byte[] json) {
    try {
      return MAPPER.readTree(json);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static byte[] resource(String path) {
    try (InputStream in = JsonSchemas.class.getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalStateException("no resource " + path);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
