package org.safeguarding.advisor.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.module.ModuleReader;
import java.lang.reflect.Constructor;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Pins the engine's public surface on the class path, where the module's encapsulation does not
 * hold: one public class, {@link CompiledBundle}, with no public constructor; no other class here,
 * nested ones included, can be named from another package.
 */
class EngineSurfaceTest {
  private static final String PACKAGE = "org/safeguarding/advisor/engine/";

  @Test
  void theOnlyPublicClassIsTheCompiledBundleWithNoPublicConstructor() throws Exception {
    List<String> classes = engineClasses();
    assertTrue(classes.size() > 20, "found the engine's classes: " + classes);
    TreeSet<String> isPublic = new TreeSet<>();
    for (String name : classes) {
      Class<?> type = Class.forName(name, false, CompiledBundle.class.getClassLoader());
      if (reachable(type)) {
        isPublic.add(type.getName());
      }
    }
    assertEquals(new TreeSet<>(List.of(CompiledBundle.class.getName())), isPublic);
    for (Constructor<?> c : CompiledBundle.class.getDeclaredConstructors()) {
      assertTrue(!Modifier.isPublic(c.getModifiers()) && !Modifier.isProtected(c.getModifiers()),
          c.toString());
    }
  }

  /**
   * Whether code in another package can name the class: it is public, and so is every class it is
   * nested in (a member of an interface is public, but not reachable through a hidden interface).
   */
  private static boolean reachable(Class<?> type) {
    for (Class<?> c = type; c != null; c = c.getEnclosingClass()) {
      if (!Modifier.isPublic(c.getModifiers())) {
        return false;
      }
    }
    return true;
  }

  /** The binary names of every class compiled into the engine package. */
  private static List<String> engineClasses() throws IOException, URISyntaxException {
    Module module = CompiledBundle.class.getModule();
    Stream<String> resources;
    if (module.isNamed()) {
      ModuleReader reader = module.getLayer().configuration().findModule(module.getName())
          .orElseThrow().reference().open();
      try (reader) {
        resources = reader.list().collect(Collectors.toList()).stream();
      }
    } else {
      Path root = Path.of(CompiledBundle.class.getProtectionDomain().getCodeSource().getLocation()
          .toURI());
      try (Stream<Path> files = Files.walk(root)) {
        resources = files.map(p -> root.relativize(p).toString().replace('\\', '/'))
            .collect(Collectors.toList()).stream();
      }
    }
    return resources.filter(r -> r.startsWith(PACKAGE) && r.endsWith(".class")
            && r.indexOf('/', PACKAGE.length()) < 0 && !r.endsWith("package-info.class"))
        .map(r -> r.substring(0, r.length() - ".class".length()).replace('/', '.'))
        .sorted().collect(Collectors.toList());
  }
}
