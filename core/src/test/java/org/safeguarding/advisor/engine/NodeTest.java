package org.safeguarding.advisor.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The strict JSON view every bundle reader goes through: each accessor returns the value of the
 * type it expects, or records one problem naming the file and path (and never throws), so a broken
 * bundle is refused with all its problems. Checked here value by value, with the exact problems,
 * since the bundle tests see these only through whole files.
 */
class NodeTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private final Problems problems = new Problems();

  private Node node(String json) {
    try {
      return new Node(JSON.readTree(json), "f.json", "", problems);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalArgumentException(e);
    }
  }

  private Node field(String object, String name) {
    return node(object).field(name);
  }

  @Test
  void aProblemNamesTheFileAloneAtTheTopAndTheFileAndPathBelowIt() {
    Node top = node("{\"a\": [1, {\"b\": 2}]}");
    Node inner = top.field("a").elements().get(1).field("b");

    assertEquals("f.json", top.location());
    assertEquals("f.json: a[1].b", inner.location());
    inner.problem("is wrong");
    assertEquals(List.of("f.json: a[1].b: is wrong"), problems.list());
  }

  @Test
  void booleansAreReadAsTheyAreAndAnythingElseIsAProblem() {
    assertEquals(Boolean.TRUE, field("{\"x\": true}", "x").asBoolean());
    assertEquals(Boolean.FALSE, field("{\"x\": false}", "x").asBoolean());
    assertTrue(problems.isEmpty(), problems.list().toString());

    assertNull(field("{\"x\": \"true\"}", "x").asBoolean());
    assertNull(field("{}", "x").asBoolean());
    assertEquals(List.of("f.json: x: must be true or false", "f.json: x: must be true or false"),
        problems.list());
  }

  @Test
  void wholeNumbersAreReadAndFractionsTextOrHugeNumbersAreProblems() {
    assertEquals(7, field("{\"x\": 7}", "x").asInt());
    assertEquals(-3, field("{\"x\": -3}", "x").asInt());
    assertTrue(problems.isEmpty(), problems.list().toString());

    assertNull(field("{\"x\": 2.5}", "x").asInt());
    assertNull(field("{\"x\": \"7\"}", "x").asInt());
    assertNull(field("{\"x\": 12345678901}", "x").asInt());
    assertNull(field("{}", "x").asInt());
    assertEquals(4, problems.size());
    assertTrue(problems.list().stream().allMatch("f.json: x: must be a whole number"::equals),
        problems.list().toString());
  }

  @Test
  void stringsMustBeTextNotBlankAndWithoutSurroundingSpace() {
    assertEquals("kept", field("{\"x\": \"kept\"}", "x").asString());
    assertTrue(problems.isEmpty(), problems.list().toString());

    assertNull(field("{\"x\": 5}", "x").asString());
    assertNull(field("{\"x\": \"  \"}", "x").asString());
    // Returned all the same, so a later check of the value does not report it again.
    assertEquals(" padded", field("{\"x\": \" padded\"}", "x").asString());
    assertEquals(List.of("f.json: x: must be a string", "f.json: x: must not be blank",
        "f.json: x: must not start or end with white space"), problems.list());
  }

  @Test
  void anIdMustBeLowerCaseKebabCase() {
    assertEquals("report-remove", node("{\"id\": \"report-remove\"}").requiredId("id"));
    assertNull(node("{\"id\": \"Report_Remove\"}").requiredId("id"));
    assertNull(node("{}").requiredId("id"));
    assertEquals(List.of("f.json: id: 'Report_Remove' is not a lower-case kebab-case id",
        "f.json: id: is required"), problems.list());
  }

  @Test
  void onlyAnObjectHasFieldsAndAnythingElseIsAProblemWhereAnObjectIsRequired() {
    Node array = node("[{\"x\": 1}]");
    assertFalse(array.isObject());
    assertFalse(array.has("x"));
    assertTrue(array.field("x").isNull());
    assertFalse(array.requireObject());
    assertFalse(node("{\"y\": 1}").has("x"));
    assertTrue(node("{\"x\": 1}").has("x"));
    assertTrue(node("{\"x\": 1}").requireObject());
    assertFalse(new Node(null, "f.json", "", problems).isObject());
    assertEquals(List.of("f.json: must be an object"), problems.list());
  }

  @Test
  void aFieldNobodyAskedForIsRefusedNamingTheOnesThatAreAllowed() {
    Node object = node("{\"id\": \"a\", \"title\": \"T\", \"priority\": 1}");
    object.requiredId("id");
    object.optionalString("title");
    object.has("sources");
    object.checkNoOtherFields();
    // Not an object: nothing to check (its own problem is reported where it is read).
    node("[1]").checkNoOtherFields();

    assertEquals(List.of("f.json: unknown field 'priority' (allowed: id, title, sources)"),
        problems.list());
  }

  @Test
  void aListOfStringsRefusesRepeatsAndIsRequiredAndNotEmptyOnlyWhenAskedTo() {
    assertEquals(List.of("a", "b"), node("{\"x\": [\"a\", \"b\", \"a\"]}").stringList("x", true));
    assertEquals(List.of(), node("{}").stringList("x", false));
    assertEquals(List.of(), node("{\"x\": []}").stringList("x", false));
    assertEquals(List.of("f.json: x[2]: 'a' is listed twice"), problems.list());

    assertEquals(List.of(), node("{}").stringList("x", true));
    assertEquals(List.of(), node("{\"x\": []}").stringList("x", true));
    assertEquals(List.of("f.json: x[2]: 'a' is listed twice", "f.json: x: is required",
        "f.json: x: must not be empty"), problems.list());
  }
}
