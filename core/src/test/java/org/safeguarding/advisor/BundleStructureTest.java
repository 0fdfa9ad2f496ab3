package org.safeguarding.advisor;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/**
 * Every value in every file of the fixture bundle, broken in every way its type allows: a field no
 * reader knows added to each object, a number for each string, a blank for each string, a string
 * for each number and flag, an object for each array. The loader must refuse each one with a
 * problem at exactly that file and path: nothing in a bundle is read loosely.
 */
class BundleStructureTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  record Breakage(String file, String path, String expected, Consumer<JsonNode> apply) {}

  @Test
  void everyValueOfEveryFileIsCheckedAtItsPath() {
    List<String> failures = new ArrayList<>();
    int cases = 0;
    for (Map.Entry<String, String> file : Fixture.files().entrySet()) {
      JsonNode root = read(file.getValue());
      List<Breakage> breakages = new ArrayList<>();
      collect(file.getKey(), root, "", null, null, -1, breakages);
      for (Breakage b : breakages) {
        cases++;
        JsonNode copy = read(file.getValue());
        b.apply().accept(copy);
        Map<String, String> files = Fixture.files();
        files.put(file.getKey(), copy.toString());
        List<String> problems;
        try {
          ContentBundle.load(Fixture.source(Fixture.resign(files)));
          failures.add(b.file() + ": " + b.path() + ": accepted although " + b.expected());
          continue;
        } catch (InvalidBundleException e) {
          problems = e.problems();
        }
        String at = b.path().isEmpty() ? b.file() + ": " : b.file() + ": " + b.path();
        boolean found = problems.stream()
            .anyMatch(p -> p.startsWith(at) && p.contains(b.expected()));
        if (!found) {
          failures.add(at + ": expected a problem '" + b.expected() + "' there, got " + problems);
        }
      }
    }
    assertTrue(cases > 400, "broke " + cases + " values");
    if (!failures.isEmpty()) {
      fail(failures.size() + " of " + cases + " breakages not reported at their path:\n  "
          + String.join("\n  ", failures.subList(0, Math.min(40, failures.size()))));
    }
  }

  /** Every way to break the value at {@code path}, and the problem each must give. */
  private static void collect(String file, JsonNode node, String path, JsonNode parent,
      String field, int index, List<Breakage> out) {
    if (node.isObject()) {
      if (path.endsWith(".choices")) {
        // A question's choices are keyed by the fact's values: an unknown key is an unknown value.
        out.add(new Breakage(file, path + ".zz-unknown", "'zz-unknown' is not a value of",
            root -> ((ObjectNode) at(root, path)).put("zz-unknown", "label")));
      } else if (path.endsWith(".choicesFor")) {
        // Keyed by audience: an unknown key is not an audience.
        out.add(new Breakage(file, path + ".zz-unknown", "is not an audience",
            root -> ((ObjectNode) at(root, path)).putObject("zz-unknown")));
      } else if (path.matches(".*\\.choicesFor\\.[A-Z_]+")) {
        // An audience's labels are keyed by the values the question's choices label.
        out.add(new Breakage(file, path + ".zz-unknown", "'zz-unknown' has no label in choices",
            root -> ((ObjectNode) at(root, path)).put("zz-unknown", "label")));
      } else {
        out.add(new Breakage(file, path, "unknown field 'zz-unknown'",
            root -> ((ObjectNode) at(root, path)).put("zz-unknown", 1)));
      }
      if (!path.isEmpty()) {
        // A rule's step entry is a step id or an object: anything else is "must be a string".
        boolean idOrObject = file.equals("rules.json") && path.matches(".*\\.steps\\[\\d+\\]");
        // doFirst is one entry or a list of them: an empty list is refused as empty.
        boolean entryOrList = path.matches("\\[\\d+\\]\\.doFirst");
        out.add(new Breakage(file, path, idOrObject ? "must be a string"
            : entryOrList ? "must have at least one entry" : "must be an object",
            root -> replace(root, path, JsonNodeFactory.instance.arrayNode())));
      }
      for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> child = it.next();
        // Object keys that are data (question choices) are values, not fields.
        collect(file, child.getValue(), path.isEmpty() ? child.getKey()
            : path + "." + child.getKey(), node, child.getKey(), -1, out);
      }
      return;
    }
    if (path.isEmpty()) {
      // The root array of a file: each element.
      for (int i = 0; i < node.size(); i++) {
        collect(file, node.get(i), "[" + i + "]", node, null, i, out);
      }
      return;
    }
    if (node.isArray()) {
      out.add(new Breakage(file, path, "must be an array",
          root -> replace(root, path, JsonNodeFactory.instance.objectNode())));
      for (int i = 0; i < node.size(); i++) {
        collect(file, node.get(i), path + "[" + i + "]", node, null, i, out);
      }
    } else if (node.isTextual()) {
      out.add(new Breakage(file, path, "must be a string",
          root -> replace(root, path, JsonNodeFactory.instance.numberNode(7))));
      out.add(new Breakage(file, path, "must not be blank",
          root -> replace(root, path, JsonNodeFactory.instance.textNode(" "))));
    } else if (node.isIntegralNumber()) {
      out.add(new Breakage(file, path, "must be a whole number",
          root -> replace(root, path, JsonNodeFactory.instance.textNode("7"))));
    } else if (node.isBoolean()) {
      out.add(new Breakage(file, path, "must be true or false",
          root -> replace(root, path, JsonNodeFactory.instance.textNode("yes"))));
    } else if (node.isNull() && !path.endsWith("]")) {
      out.add(new Breakage(file, path, "must be a string",
          root -> replace(root, path, JsonNodeFactory.instance.numberNode(7))));
    }
  }

  @Test
  void everyFileMissingOrUnreadableIsReportedByName() {
    for (String file : Fixture.files().keySet()) {
      Map<String, String> missing = Fixture.files();
      missing.remove(file);
      InvalidBundleException gone = org.junit.jupiter.api.Assertions.assertThrows(
          InvalidBundleException.class, () -> ContentBundle.load(Fixture.source(missing)));
      assertTrue(gone.problems().contains(file + ": is missing"), gone.getMessage());

      Map<String, String> broken = Fixture.files();
      broken.put(file, broken.get(file) + " trailing");
      InvalidBundleException garbled = org.junit.jupiter.api.Assertions.assertThrows(
          InvalidBundleException.class, () -> ContentBundle.load(Fixture.source(broken)));
      assertTrue(garbled.problems().stream().anyMatch(p -> p.startsWith(file
          + ": is not valid JSON")), garbled.getMessage());

      Map<String, String> wrongShape = Fixture.files();
      wrongShape.put(file, file.equals("manifest.json") ? "[]" : "{}");
      InvalidBundleException shape = org.junit.jupiter.api.Assertions.assertThrows(
          InvalidBundleException.class,
          () -> ContentBundle.load(Fixture.source(Fixture.resign(wrongShape))));
      assertTrue(shape.problems().stream().anyMatch(p -> p.startsWith(file + ": must be an")),
          shape.getMessage());
    }
  }

  /** The node at a path of the form {@code [0].text[1].title}. */
  private static JsonNode at(JsonNode root, String path) {
    JsonNode node = root;
    for (String part : parts(path)) {
      node = part.startsWith("[") ? node.get(Integer.parseInt(part.substring(1, part.length() - 1)))
          : node.get(part);
    }
    return node;
  }

  private static void replace(JsonNode root, String path, JsonNode value) {
    List<String> parts = parts(path);
    String last = parts.remove(parts.size() - 1);
    JsonNode parent = at(root, String.join("", parts.stream()
        .map(p -> p.startsWith("[") ? p : "." + p).toList()).replaceFirst("^\\.", ""));
    if (last.startsWith("[")) {
      ((ArrayNode) parent).set(Integer.parseInt(last.substring(1, last.length() - 1)), value);
    } else {
      ((ObjectNode) parent).set(last, value);
    }
  }

  private static List<String> parts(String path) {
    List<String> parts = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    for (char c : path.toCharArray()) {
      if (c == '.' || c == '[') {
        if (current.length() > 0) {
          parts.add(current.toString());
        }
        current.setLength(0);
        if (c == '[') {
          current.append('[');
        }
      } else {
        current.append(c);
        if (c == ']') {
          parts.add(current.toString());
          current.setLength(0);
        }
      }
    }
    if (current.length() > 0) {
      parts.add(current.toString());
    }
    return parts;
  }

  private static JsonNode read(String text) {
    try {
      return JSON.readTree(text);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
