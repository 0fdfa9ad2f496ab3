package org.safeguarding.advisor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleFinder;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Pins the module's public surface: what {@code module-info.java} exports, requires, uses and opens.
 * The descriptor is read from the compiled classes with a {@link ModuleFinder}, the way the module
 * system reads it, so a new export or an open package has to be made on purpose, here.
 */
class ModuleTest {
  private static final String MODULE = "org.safeguarding.advisor";

  private static ModuleDescriptor compiledDescriptor() {
    Path classes;
    try {
      classes = Path.of(Advisor.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
    return ModuleFinder.of(classes).find(MODULE)
        .orElseThrow(() -> new AssertionError("no module " + MODULE + " in " + classes))
        .descriptor();
  }

  @Test
  void exportsOnlyTheApiAndJsonPackagesToEveryone() {
    ModuleDescriptor descriptor = compiledDescriptor();
    assertEquals(Set.of("org.safeguarding.advisor", "org.safeguarding.advisor.json"),
        descriptor.exports().stream().map(ModuleDescriptor.Exports::source)
            .collect(Collectors.toSet()));
    assertTrue(descriptor.exports().stream().noneMatch(ModuleDescriptor.Exports::isQualified),
        "no qualified exports: the engine is reached by nobody outside the module");
    assertTrue(descriptor.packages().contains("org.safeguarding.advisor.engine"),
        "the engine is in the module, and not exported");
  }

  @Test
  void opensNothing() {
    ModuleDescriptor descriptor = compiledDescriptor();
    assertFalse(descriptor.isOpen());
    assertEquals(Set.of(), descriptor.opens());
  }

  @Test
  void findsContentThroughTheBundleProviderServiceAndProvidesNone() {
    ModuleDescriptor descriptor = compiledDescriptor();
    assertEquals(Set.of(BundleProvider.class.getName()), descriptor.uses());
    assertEquals(Set.of(), descriptor.provides());
  }

  @Test
  void needsJacksonAtRunTimeAndImmutablesOnlyToCompile() {
    Set<String> requires = compiledDescriptor().requires().stream()
        .filter(r -> !r.modifiers().contains(ModuleDescriptor.Requires.Modifier.MANDATED))
        .map(r -> r.name() + (r.modifiers().contains(ModuleDescriptor.Requires.Modifier.STATIC)
            ? " (static)" : ""))
        .collect(Collectors.toSet());
    assertEquals(Set.of("com.fasterxml.jackson.databind",
        "org.immutables.value.annotations (static)"), requires);
  }

  @Test
  void unitTestsRunInsideTheNamedModule() {
    // Surefire patches the tests into the module: package-private access and the module's own
    // rules hold in the tests as in production. If this fails, the tests run on the class path.
    Module module = Advisor.class.getModule();
    assertTrue(module.isNamed(), "the tests run on the class path, not in the module");
    assertEquals(compiledDescriptor().exports(), module.getDescriptor().exports());
  }
}
