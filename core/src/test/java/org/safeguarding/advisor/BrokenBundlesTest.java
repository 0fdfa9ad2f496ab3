package org.safeguarding.advisor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * A broken bundle is refused with its problems listed, whatever is wrong with it: over generated
 * copies of the fixture, each broken in one to three places (a field removed, made null, given
 * another type or value; an array element removed, copied or replaced; a file missing or not
 * JSON), loading either succeeds or throws {@link InvalidBundleException} whose every problem names
 * its file; never another exception, and the same list on every load. (This found a doFirst
 * {@code "for": null} that the checks let through and the views then failed on.)
 */
class BrokenBundlesTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final List<String> FILES = new ArrayList<>();

  static {
    FILES.add("manifest.json");
    FILES.addAll(ContentBundle.CONTENT_FILES);
  }

  @Test
  void everyBrokenBundleIsRefusedWithProblemsThatNameTheirFile() {
    long seed = Long.getLong("broken-bundles.seed", System.nanoTime());
    SplittableRandom random = new SplittableRandom(seed);
    Map<String, String> fixture = Fixture.files();
    List<String> wrong = new ArrayList<>();
    int refused = 0;
    // 1,000 broken bundles; the mutation-testing profile asks for fewer (system property
    // broken-bundles.count), since every loader mutant that survives runs them all again.
    int count = Integer.getInteger("broken-bundles.count", 1000);
    for (int i = 0; i < count && wrong.size() < 5; i++) {
      Map<String, String> files = broken(fixture, random);
      List<String> problems = problems(files, wrong);
      if (problems == null) {
        continue;
      }
      refused += problems.isEmpty() ? 0 : 1;
      for (String problem : problems) {
        if (FILES.stream().noneMatch(f -> problem.startsWith(f + ": "))) {
          wrong.add("a problem that names no file: " + problem);
        }
      }
      if (!problems.equals(problems(files, wrong))) {
        wrong.add("a different list on a second load: " + problems);
      }
    }
    assertEquals(List.of(), wrong, "seed " + seed);
    assertTrue(refused > count * 65 / 100, "too few broken bundles were refused: " + refused);
  }

  /** The problems listed (empty if it loads), or null after noting an unexpected exception. */
  private static List<String> problems(Map<String, String> files, List<String> wrong) {
    try {
      ContentBundle.load(Fixture.source(files));
      return List.of();
    } catch (InvalidBundleException e) {
      return e.problems();
    } catch (RuntimeException e) {
      wrong.add(e.getClass().getName() + ": " + e.getMessage() + " for " + files);
      return null;
    }
  }

  /** A copy of the files with one to three breaks, the digest re-signed three times in four. */
  private static Map<String, String> broken(Map<String, String> fixture, SplittableRandom r) {
    Map<String, String> files = new LinkedHashMap<>(fixture);
    int breaks = 1 + r.nextInt(3);
    for (int b = 0; b < breaks; b++) {
      String file = FILES.get(r.nextInt(FILES.size()));
      String text = files.get(file);
      if (text == null) {
        continue;
      }
      int how = r.nextInt(40);
      if (how == 0) {
        files.remove(file);
      } else if (how == 1) {
        files.put(file, text + "{");
      } else {
        try {
          JsonNode root = JSON.readTree(text);
          breakOnePlace(root, r);
          files.put(file, JSON.writerWithDefaultPrettyPrinter().writeValueAsString(root));
        } catch (IOException e) {
          // Already not JSON: leave it so.
        }
      }
    }
    if (r.nextInt(4) > 0 && files.containsKey("manifest.json")) {
      try {
        String digest = ContentBundle.computeDigest(Fixture.source(files));
        files.put("manifest.json", files.get("manifest.json")
            .replaceAll("sha256:[0-9a-f]{64}", digest));
      } catch (IOException | RuntimeException e) {
        // A missing file: the digest cannot be computed, and the bundle is refused for that.
      }
    }
    return files;
  }

  private static void breakOnePlace(JsonNode root, SplittableRandom r) {
    List<JsonNode> containers = new ArrayList<>();
    collect(root, containers);
    JsonNode container = containers.get(r.nextInt(containers.size()));
    if (container instanceof ObjectNode object) {
      List<String> names = new ArrayList<>();
      object.fieldNames().forEachRemaining(names::add);
      if (names.isEmpty()) {
        object.put("extra", 1);
        return;
      }
      String name = names.get(r.nextInt(names.size()));
      JsonNode value = object.get(name);
      switch (r.nextInt(8)) {
        case 0 -> object.remove(name);
        case 1 -> object.putNull(name);
        case 2 -> object.put(name, 7);
        case 3 -> object.put(name, "x-y");
        case 4 -> object.set(name + "s", value);
        case 5 -> object.set(name, JSON.createArrayNode());
        case 6 -> object.put(name, value.isTextual() ? value.textValue() + "-z" : "z");
        default -> object.set(name, JSON.createObjectNode());
      }
    } else if (container instanceof ArrayNode array) {
      if (array.isEmpty()) {
        array.add("q");
        return;
      }
      int i = r.nextInt(array.size());
      switch (r.nextInt(4)) {
        case 0 -> array.remove(i);
        case 1 -> array.add(array.get(i).deepCopy());
        case 2 -> array.set(i, new TextNode("zz"));
        default -> array.removeAll();
      }
    }
  }

  private static void collect(JsonNode node, List<JsonNode> into) {
    if (node.isContainerNode()) {
      into.add(node);
      node.forEach(child -> collect(child, into));
    }
  }
}
