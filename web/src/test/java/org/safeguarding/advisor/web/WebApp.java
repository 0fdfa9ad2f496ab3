package org.safeguarding.advisor.web;

import com.sun.net.httpserver.HttpServer;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The packaged jar, started once for all the integration tests in this JVM as a user starts it
 * ({@code java -jar advisor-web.jar --server.port=...}), on a free port of 127.0.0.1, with "Exit
 * this page" pointed at a neutral page served by another origin on this machine.
 */
final class WebApp {

  private static final Pattern STARTED = Pattern.compile("Tomcat started on port (\\d+)");
  private static WebApp running;

  final String base;
  final String neutralPage;
  private final Process process;
  private final List<String> log = new CopyOnWriteArrayList<>();

  private WebApp() throws IOException, InterruptedException {
    HttpServer neutral = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    neutral.createContext("/", exchange -> {
      byte[] body = "<!DOCTYPE html><html lang=\"en\"><head><title>Weather</title></head><body><h1>Weather</h1></body></html>"
          .getBytes(StandardCharsets.UTF_8);
      exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
      exchange.sendResponseHeaders(200, body.length);
      exchange.getResponseBody().write(body);
      exchange.close();
    });
    neutral.start();
    neutralPage = "http://127.0.0.1:" + neutral.getAddress().getPort() + "/weather";

    Path jar = Path.of(System.getProperty("web.jar", "target/advisor-web.jar"));
    if (!Files.isRegularFile(jar)) {
      throw new IllegalStateException(jar + " is missing: run 'mvn -B -ntp verify' (it packages the jar first)");
    }
    List<String> command = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx256m", "-jar",
        jar.toString(), "--server.port=0", "--server.address=127.0.0.1",
        "--advisor.page.exit-url=" + neutralPage));
    process = new ProcessBuilder(command).redirectErrorStream(true).start();
    Thread reader = new Thread(() -> {
      try (BufferedReader in = new BufferedReader(
          new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
        for (String line; (line = in.readLine()) != null; ) {
          log.add(line);
        }
      } catch (IOException e) {
        // the process ended
      }
    }, "advisor-web-log");
    reader.setDaemon(true);
    reader.start();
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      process.destroy();
      neutral.stop(0);
    }));

    Instant deadline = Instant.now().plus(Duration.ofSeconds(180));
    Integer port = null;
    while (port == null) {
      for (String line : log) {
        Matcher m = STARTED.matcher(line);
        if (m.find()) {
          port = Integer.valueOf(m.group(1));
        }
      }
      if (port == null) {
        if (!process.isAlive()) {
          throw new IllegalStateException("advisor-web.jar exited at start-up:\n" + String.join("\n", log));
        }
        if (Instant.now().isAfter(deadline)) {
          throw new IllegalStateException("advisor-web.jar did not start in 180 s:\n" + String.join("\n", log));
        }
        Thread.sleep(100);
      }
    }
    base = "http://127.0.0.1:" + port;
  }

  static synchronized WebApp get() {
    if (running == null) {
      try {
        running = new WebApp();
      } catch (IOException e) {
        throw new IllegalStateException(e);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }
    return running;
  }

  /** Everything the application has written to its standard output and error so far. */
  String log() {
    return String.join("\n", log);
  }
}
