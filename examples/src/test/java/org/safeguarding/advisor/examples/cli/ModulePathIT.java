package org.safeguarding.advisor.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.safeguarding.advisor.Advisor;
import org.safeguarding.advisor.json.AdvisorJson;

/**
 * The CLI run as a modular application: the library, the UK content and Jackson on the module path,
 * nothing on the class path, launched with {@code -m}. This is where the module descriptors are
 * proved: the content module is found through {@code provides} (its {@code META-INF/services} file
 * is ignored on the module path) and reads its own encapsulated bundle files.
 *
 * <p>The equivalent command, from the project root after {@code mvn package}:
 * <pre>
 * java --module-path core/target/advisor-core-VERSION.jar:content-bundle/target/advisor-content-uk-VERSION.jar:JACKSON_JARS:examples/target/advisor-examples-VERSION.jar \
 *      -m org.safeguarding.advisor.examples/org.safeguarding.advisor.examples.cli.AdvisorCli \
 *      assess examples/situations/FILE.json
 * </pre>
 */
class ModulePathIT {
  private static final String MAIN =
      "org.safeguarding.advisor.examples/org.safeguarding.advisor.examples.cli.AdvisorCli";
  private static final Path SITUATIONS =
      Path.of(System.getProperty("situations.dir", "situations"));

  record Run(int status, String out, String err) {}

  /** The runtime dependencies (set by the build) and this module's own jar. */
  private static String modulePath() {
    String dependencies = System.getProperty("cli.module.path");
    String examples = System.getProperty("examples.jar");
    assertTrue(dependencies != null && !dependencies.isBlank() && examples != null,
        "run by failsafe, which passes cli.module.path and examples.jar");
    assertTrue(Files.isRegularFile(Path.of(examples)), "the examples jar is built: " + examples);
    return dependencies + File.pathSeparator + examples;
  }

  private static Run run(List<String> jvmOptions, String... args)
      throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(jvmOptions);
    command.addAll(List.of("--module-path", modulePath(), "-m", MAIN));
    command.addAll(List.of(args));
    ProcessBuilder builder = new ProcessBuilder(command);
    builder.environment().remove("CLASSPATH");
    builder.environment().remove("JDK_JAVA_OPTIONS");
    builder.redirectError(ProcessBuilder.Redirect.PIPE);
    Process p = builder.start();
    p.getOutputStream().close();
    byte[] out = p.getInputStream().readAllBytes();
    byte[] err = p.getErrorStream().readAllBytes();
    assertTrue(p.waitFor(60, TimeUnit.SECONDS), "the CLI finished");
    return new Run(p.exitValue(), new String(out, StandardCharsets.UTF_8),
        new String(err, StandardCharsets.UTF_8));
  }

  /** The first shipped example situation. */
  private static Path shippedSituation() throws IOException {
    try (Stream<Path> files = Files.list(SITUATIONS)) {
      return files.filter(f -> f.toString().endsWith(".json")).sorted().findFirst()
          .orElseThrow(() -> new AssertionError("no example situation in " + SITUATIONS));
    }
  }

  @Test
  void assessesAShippedSituationOnTheModulePath() throws Exception {
    Path situation = shippedSituation();
    Run run = run(List.of(), "assess", "--json", situation.toString());
    assertEquals(0, run.status(), run.err());
    assertEquals("", run.err());
    String expected = AdvisorJson.write(
        Advisor.assess(AdvisorJson.readSituation(Files.readAllBytes(situation))));
    assertEquals(expected, run.out(), "the same assessment as on the class path");
  }

  @Test
  void printsTheReadablePlanOnTheModulePath() throws Exception {
    Run run = run(List.of(), "assess", shippedSituation().toString());
    assertEquals(0, run.status(), run.err());
    assertTrue(run.out().startsWith("DO THIS FIRST\n"), run.out());
    assertTrue(run.out().contains("\nURGENCY: "), run.out());
    assertTrue(run.out().contains("Content: bundle uk "), run.out());
  }

  @Test
  void theContentModuleIsBoundAsTheBundleProviderOfTheCore() throws Exception {
    Run run = run(List.of("--show-module-resolution"), "assess", "--json",
        shippedSituation().toString());
    assertEquals(0, run.status(), run.err());
    List<String> resolution = run.out().lines()
        .filter(l -> l.startsWith("root ") || l.contains(" requires ") || l.contains(" binds "))
        .collect(Collectors.toList());
    assertTrue(resolution.stream().anyMatch(l -> l.startsWith("root org.safeguarding.advisor.examples ")),
        String.join("\n", resolution));
    assertTrue(resolution.stream().anyMatch(l -> l.startsWith(
            "org.safeguarding.advisor binds org.safeguarding.advisor.content.uk ")),
        "the core's 'uses' is bound to the content module's 'provides':\n"
            + String.join("\n", resolution));
    // Every module of ours is a named module from its own jar, not an automatic one.
    assertFalse(resolution.stream().anyMatch(l -> l.contains("automatic")),
        String.join("\n", resolution));
  }

  @Test
  void rejectsBadInputWithStatusTwoOnTheModulePath() throws Exception {
    Path bad = Files.createTempFile("situation", ".json");
    try {
      Files.writeString(bad, "{\"childAge\": 26}", StandardCharsets.UTF_8);
      Run run = run(List.of(), "assess", bad.toString());
      assertEquals(2, run.status(), run.err());
      assertEquals("", run.out());
      assertTrue(run.err().contains("childAge"), run.err());
    } finally {
      Files.delete(bad);
    }
  }
}
