package org.safeguarding.advisor.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/** What the browser tests measured, one line each, in target/web-metrics.txt for the report. */
final class AxeLog {

  private static final Path FILE = Path.of("target", "web-metrics.txt");

  private AxeLog() {}

  static synchronized void record(String state, int width, int seriousOrCritical) {
    write("axe " + width + "px " + state + ": " + seriousOrCritical + " serious or critical");
  }

  static synchronized void write(String line) {
    System.out.println("[web] " + line);
    try {
      Files.createDirectories(FILE.getParent());
      Files.writeString(FILE, line + "\n", StandardCharsets.UTF_8, StandardOpenOption.CREATE,
          StandardOpenOption.APPEND);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
