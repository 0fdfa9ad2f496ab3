package org.safeguarding.advisor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentSkipListMap;

/**
 * A committed Markdown file of the problems each broken test bundle gives, one section per case:
 * checked against what the loader says, or rewritten with {@code -Drefusals.update=true} (then
 * review the diff). Cases are kept in name order so that the file's diff shows only what changed.
 */
final class RefusalsFile {
  static final String UPDATE = "mvn -B -ntp -pl core -am test -Dtest=BundleValidationTest"
      + " -Dsurefire.failIfNoSpecifiedTests=false -Drefusals.update=true";

  private final String name;
  private final Map<String, List<String>> committed;
  private final Map<String, List<String>> seen = new ConcurrentSkipListMap<>();

  RefusalsFile(String name) {
    this.name = name;
    this.committed = update() ? Map.of() : parse(read(name));
  }

  private static boolean update() {
    return Boolean.getBoolean("refusals.update");
  }

  /** Checks (or, when updating, records) the problems of one case. */
  void check(String what, List<String> problems) {
    seen.put(what, List.copyOf(problems));
    if (!update()) {
      List<String> expected = committed.get(what);
      assertNotNull(expected, "'" + what + "' is not in src/test/resources/" + name + "; run: "
          + UPDATE);
      assertEquals(expected, problems, "the problems of '" + what + "' differ from "
          + "src/test/resources/" + name + " (if the change is right, run: " + UPDATE + ")");
    }
  }

  /** After every case ran: writes the file when updating, else refuses sections no case has. */
  void finish(long cases) {
    if (seen.size() != cases) {
      return; // only some cases ran (a filtered run): nothing to write or compare as a whole
    }
    if (update()) {
      StringBuilder md = new StringBuilder("# What the loader says about each broken test bundle\n\n"
          + "Written by BundleValidationTest; do not edit by hand. After a change to the loader's"
          + " problems, run\n`" + UPDATE + "`\nand review the diff.\n");
      for (Map.Entry<String, List<String>> c : seen.entrySet()) {
        md.append("\n## ").append(c.getKey()).append("\n\n");
        c.getValue().forEach(p -> md.append("- ").append(p.replace("\n", " ")).append('\n'));
      }
      try {
        Files.writeString(Path.of("src/test/resources", name), md, StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    } else {
      assertEquals(committed.keySet(), seen.keySet(), "the cases of src/test/resources/" + name
          + " (run: " + UPDATE + ")");
    }
  }

  private static String read(String name) {
    try (InputStream in = RefusalsFile.class.getResourceAsStream("/" + name)) {
      assertNotNull(in, name + " is missing; run: " + UPDATE);
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Map<String, List<String>> parse(String md) {
    Map<String, List<String>> out = new TreeMap<>();
    List<String> current = null;
    for (String line : md.split("\n")) {
      if (line.startsWith("## ")) {
        current = new ArrayList<>();
        out.put(line.substring(3), current);
      } else if (line.startsWith("- ") && current != null) {
        current.add(line.substring(2));
      }
    }
    return out;
  }
}
