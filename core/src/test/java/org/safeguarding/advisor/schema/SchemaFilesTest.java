package org.safeguarding.advisor.schema;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.safeguarding.advisor.json.AdvisorJson;

/** The schemas ship in the core jar, are themselves valid 2020-12 schemas, and docs/ has copies. */
class SchemaFilesTest {
  private static final String HOME = "https://github.com/safeguarding-advisor/safeguarding-advisor/";

  @ParameterizedTest
  @ValueSource(strings = {Schemas.SITUATION, Schemas.ASSESSMENT})
  void shippedSchemaIsAValidDraft202012Schema(String name) {
    JsonNode schema = Schemas.node(name);
    assertEquals("https://json-schema.org/draft/2020-12/schema", schema.path("$schema").asText());
    assertEquals(HOME + "raw/main/docs/schema/" + name, schema.path("$id").asText(),
        "the $id names the docs copy in the project's home");
    assertEquals(List.of(), Schemas.metaSchemaErrors(schema));
    assertEquals("object", schema.path("type").asText());
    assertEquals(false, schema.path("additionalProperties").booleanValue(),
        "unknown fields are errors, as in the contract");
  }

  /**
   * On the module path a resource in one of core's packages could be read only by modules the
   * package is opened to, and a package of resources alone cannot be opened; a folder whose name
   * is not a package name is readable by every module, as on the class path.
   */
  @Test
  void theSchemaFolderIsNotAJavaPackageSoEveryModuleCanReadIt() {
    String folder = Schemas.FOLDER.substring(1, Schemas.FOLDER.length() - 1);
    assertFalse(folder.matches("([A-Za-z_][A-Za-z0-9_]*/)*[A-Za-z_][A-Za-z0-9_]*"), folder);
    assertNotNull(AdvisorJson.class.getResource(Schemas.FOLDER + Schemas.SITUATION));
    assertNotNull(AdvisorJson.class.getResource(Schemas.FOLDER + Schemas.ASSESSMENT));
  }

  @Test
  void theMetaSchemaCheckFindsABrokenSchema() {
    JsonNode broken = Schemas.parse("{\"$schema\": \"https://json-schema.org/draft/2020-12/schema\","
        + " \"type\": \"whole number\", \"minimum\": \"0\", \"required\": \"childAge\"}");
    String errors = Schemas.metaSchemaErrors(broken).toString();
    for (String keyword : List.of("/type", "/minimum", "/required")) {
      assertTrue(errors.contains(keyword), keyword + " in " + errors);
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {Schemas.SITUATION, Schemas.ASSESSMENT})
  void docsCopyIsIdenticalToTheShippedSchema(String name) throws IOException {
    byte[] shipped;
    try (InputStream in = Schemas.class.getResourceAsStream(Schemas.FOLDER + name)) {
      assertNotNull(in, "the core jar has the schema " + name);
      shipped = in.readAllBytes();
    }
    Path copy = ProjectFiles.root().resolve("docs/schema").resolve(name);
    assertArrayEquals(shipped, Files.readAllBytes(copy),
        "docs/schema/" + name + " differs from the shipped schema: run\n  cp core/src/main/resources"
            + Schemas.FOLDER + name + " docs/schema/");
  }
}
