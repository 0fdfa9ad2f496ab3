package org.safeguarding.advisor.schema;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Files of the whole project that the core tests check without depending on the other modules:
 * the example situations, the UK bundle's data and its worked examples. Found from the module's
 * working directory (Surefire runs in core/), whatever the clone is called.
 */
public final class ProjectFiles {
  private ProjectFiles() {}

  /** The root of the Maven build: the folder with the parent pom and the core module. */
  public static Path root() {
    Path dir = Path.of("").toAbsolutePath();
    for (Path p = dir; p != null; p = p.getParent()) {
      if (Files.isRegularFile(p.resolve("pom.xml")) && Files.isDirectory(p.resolve("core"))
          && Files.isDirectory(p.resolve("content-bundle"))) {
        return p;
      }
    }
    throw new IllegalStateException("no project root above " + dir);
  }

  /** The UK bundle's folder in the content module's sources (it may not exist yet). */
  public static Path ukBundle() {
    return root().resolve(
        "content-bundle/src/main/resources/org/safeguarding/advisor/bundles/uk");
  }

  /** The worked examples of the UK bundle (they may not exist yet). */
  public static Path workedExamples() {
    return root().resolve("content-bundle/src/test/resources/worked-examples.json");
  }

  /** The example situations of the examples module (the folder may not exist yet). */
  public static Path situationsFolder() {
    return root().resolve("examples/situations");
  }

  /** Every *.json file directly in a folder, sorted by name; empty if there is no such folder. */
  public static List<Path> jsonFiles(Path folder) {
    if (!Files.isDirectory(folder)) {
      return List.of();
    }
    try (Stream<Path> files = Files.list(folder)) {
      return files.filter(f -> f.getFileName().toString().endsWith(".json"))
          .sorted().collect(Collectors.toList());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
