package org.safeguarding.advisor.spring;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.safeguarding.advisor.Advisor;
import org.safeguarding.advisor.Answer;
import org.safeguarding.advisor.Concern;
import org.safeguarding.advisor.Indicator;
import org.safeguarding.advisor.Jurisdiction;
import org.safeguarding.advisor.OtherParty;
import org.safeguarding.advisor.Platform;
import org.safeguarding.advisor.Reporter;
import org.safeguarding.advisor.Situation;
import org.safeguarding.advisor.Spread;
import org.safeguarding.advisor.json.AdvisorJson;
import org.safeguarding.advisor.spring.testapp.TestApplication;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A real server on a random port of 127.0.0.1: the CLI's answers, a bounded load test beside the
 * same server's trivial endpoint, and bad input while it serves. Every request goes to 127.0.0.1
 * only; every loop is bounded in count and in time.
 */
@SpringBootTest(classes = TestApplication.class,
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {"advisor.web.enabled=true", "server.address=127.0.0.1",
        // Tomcat closes a keep-alive connection after 100 requests by default; the JDK client can
        // lose the race with that close and see a reset. Clients of a real service retry; this
        // test counts every failure, so its connections are kept open.
        "server.tomcat.max-keep-alive-requests=-1"})
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class AdvisorServerIT {
  static final Path SITUATIONS = Path.of(System.getProperty("situations.dir",
      "../examples/situations"));
  static final Path CLI_JAR = Path.of(System.getProperty("cli.jar",
      "../examples/target/advisor-cli.jar"));
  static final Path REPORT_DIR = Path.of(System.getProperty("report.dir", "target"));

  static final int THREADS = Integer.getInteger("load.threads", 8);
  static final int REQUESTS = Integer.getInteger("load.requests", 20_000);
  static final int WARM_UP = Integer.getInteger("load.warmUp", 4_000);
  /** A safety stop, not a performance target: a phase that takes longer than this fails. */
  static final Duration PHASE_LIMIT = Duration.ofSeconds(240);

  @LocalServerPort
  int port;

  static HttpClient client;

  @BeforeAll
  static void client() {
    client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
        .connectTimeout(Duration.ofSeconds(10)).build();
  }

  URI uri(String path) {
    return URI.create("http://127.0.0.1:" + port + path);
  }

  static List<Path> exampleFiles() throws IOException {
    try (Stream<Path> files = Files.list(SITUATIONS)) {
      return files.filter(f -> f.toString().endsWith(".json")).sorted()
          .collect(Collectors.toList());
    }
  }

  HttpResponse<byte[]> post(String path, String contentType, byte[] body)
      throws IOException, InterruptedException {
    return client.send(HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(30))
        .header("Content-Type", contentType).POST(HttpRequest.BodyPublishers.ofByteArray(body))
        .build(), HttpResponse.BodyHandlers.ofByteArray());
  }

  @Test
  @Order(1)
  void everyExampleIsAnsweredByteForByteAsTheClisJson() throws Exception {
    assertThat(CLI_JAR).as("the CLI jar, built by the examples module").exists();
    List<Path> files = exampleFiles();
    assertThat(files).hasSizeGreaterThanOrEqualTo(10);
    for (Path file : files) {
      Process cli = new ProcessBuilder(javaBin(), "-jar", CLI_JAR.toString(), "assess", "--json",
          file.toString()).redirectError(ProcessBuilder.Redirect.DISCARD).start();
      byte[] expected = cli.getInputStream().readAllBytes();
      assertThat(cli.waitFor(60, TimeUnit.SECONDS)).isTrue();
      assertThat(cli.exitValue()).as(file.toString()).isZero();
      HttpResponse<byte[]> response = post("/api/assess", "application/json",
          Files.readAllBytes(file));
      assertThat(response.statusCode()).as(file.toString()).isEqualTo(200);
      assertThat(response.body()).as(file.toString()).isEqualTo(expected);
    }
  }

  static String javaBin() {
    return Path.of(System.getProperty("java.home"), "bin", "java").toString();
  }

  /** One kind of request, with the answer each body must get. */
  record Load(String name, String method, String path, List<byte[]> bodies,
      List<byte[]> answers) {}

  /** What a phase measured. */
  record Result(String name, int requests, int errors, int wrong, double seconds,
      long p50Micros, long p99Micros) {
    double perSecond() {
      return requests / seconds;
    }
  }

  @Test
  @Order(2)
  void underLoadEveryAnswerIsTheLibrarysAndTheWebLayerCostsLittle() throws Exception {
    List<byte[]> situations = new ArrayList<>();
    for (Path file : exampleFiles()) {
      situations.add(Files.readAllBytes(file));
    }
    Random random = new Random(20261201L);
    while (situations.size() < 256) {
      situations.add(AdvisorJson.write(randomSituation(random)).getBytes(StandardCharsets.UTF_8));
    }
    List<byte[]> assessments = new ArrayList<>();
    for (byte[] s : situations) {
      assessments.add(AdvisorJson.write(Advisor.assess(AdvisorJson.readSituation(s)))
          .getBytes(StandardCharsets.UTF_8));
    }
    byte[] ok = "{\"ok\":true}\n".getBytes(StandardCharsets.UTF_8);
    List<byte[]> oks = situations.stream().map(s -> ok).collect(Collectors.toList());
    Load assess = new Load("POST /api/assess", "POST", "/api/assess", situations, assessments);
    Load trivialPost = new Load("POST /trivial (same bodies, read and ignored)", "POST",
        "/trivial", situations, oks);
    Load trivialGet = new Load("GET /trivial", "GET", "/trivial", List.of(new byte[0]),
        List.of(ok));

    for (Load load : List.of(trivialGet, trivialPost, assess)) {
      Result warm = run(load, WARM_UP);
      assertThat(warm.errors() + warm.wrong()).as("warm-up of " + load.name()).isZero();
    }
    String loadBefore = loadAverage();
    Result getResult = run(trivialGet, REQUESTS);
    Result postResult = run(trivialPost, REQUESTS);
    Result assessResult = run(assess, REQUESTS);

    String report = report(List.of(getResult, postResult, assessResult))
        + "Machine load average (1, 5, 15 min) before: " + loadBefore + "; after: "
        + loadAverage() + "\n";
    Files.createDirectories(REPORT_DIR);
    Files.writeString(REPORT_DIR.resolve("load-test.md"), report, StandardCharsets.UTF_8);
    System.out.println(report);

    for (Result r : List.of(getResult, postResult, assessResult)) {
      assertThat(r.errors()).as(r.name() + ": errors").isZero();
      assertThat(r.wrong()).as(r.name() + ": answers unlike the library's").isZero();
      assertThat(r.requests()).isEqualTo(REQUESTS);
    }
  }

  Result run(Load load, int requests) throws Exception {
    AtomicInteger next = new AtomicInteger();
    AtomicInteger errors = new AtomicInteger();
    AtomicInteger wrong = new AtomicInteger();
    java.util.concurrent.atomic.AtomicReference<String> firstError =
        new java.util.concurrent.atomic.AtomicReference<>();
    long[] latencies = new long[requests];
    long deadline = System.nanoTime() + PHASE_LIMIT.toNanos();
    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    long start = System.nanoTime();
    try {
      List<Future<?>> workers = new ArrayList<>();
      for (int t = 0; t < THREADS; t++) {
        workers.add(pool.submit(() -> {
          for (int i = next.getAndIncrement(); i < requests; i = next.getAndIncrement()) {
            if (System.nanoTime() > deadline) {
              errors.incrementAndGet();
              continue;
            }
            int which = i % load.bodies().size();
            HttpRequest.Builder request = HttpRequest.newBuilder(uri(load.path()))
                .timeout(Duration.ofSeconds(30));
            if (load.method().equals("POST")) {
              request.header("Content-Type", "application/json")
                  .POST(HttpRequest.BodyPublishers.ofByteArray(load.bodies().get(which)));
            }
            long sent = System.nanoTime();
            try {
              HttpResponse<byte[]> response =
                  client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
              latencies[i] = System.nanoTime() - sent;
              if (response.statusCode() != 200) {
                errors.incrementAndGet();
                firstError.compareAndSet(null, "status " + response.statusCode());
              } else if (!Arrays.equals(response.body(), load.answers().get(which))) {
                wrong.incrementAndGet();
              }
            } catch (IOException e) {
              errors.incrementAndGet();
              firstError.compareAndSet(null, e.toString());
            } catch (InterruptedException e) {
              Thread.currentThread().interrupt();
              errors.incrementAndGet();
              return;
            }
          }
        }));
      }
      for (Future<?> worker : workers) {
        worker.get(PHASE_LIMIT.toSeconds() + 30, TimeUnit.SECONDS);
      }
    } finally {
      pool.shutdownNow();
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    long[] sorted = latencies.clone();
    Arrays.sort(sorted);
    if (firstError.get() != null) {
      System.out.println(load.name() + ": first error: " + firstError.get());
    }
    return new Result(load.name(), requests, errors.get(), wrong.get(), seconds,
        sorted[(int) (requests * 0.50)] / 1_000, sorted[(int) Math.min(requests - 1,
            Math.ceil(requests * 0.99) - 1)] / 1_000);
  }

  /** The machine's load average, to say how busy it was; "unknown" off Linux. */
  static String loadAverage() {
    try {
      String[] parts = Files.readString(Path.of("/proc/loadavg")).split(" ");
      return parts[0] + " " + parts[1] + " " + parts[2];
    } catch (IOException | RuntimeException e) {
      return "unknown";
    }
  }

  static String report(List<Result> results) {
    Result get = results.get(0);
    Result post = results.get(1);
    Result assess = results.get(2);
    StringBuilder out = new StringBuilder();
    out.append(String.format(Locale.ROOT, "Load test: %d client threads, %d requests per endpoint"
        + " (after %d warm-up), one server on 127.0.0.1, %d available processors, Java %s%n%n",
        THREADS, REQUESTS, WARM_UP, Runtime.getRuntime().availableProcessors(),
        System.getProperty("java.version")));
    out.append("| endpoint | requests | errors | wrong answers | requests/s | p50 µs | p99 µs |\n");
    out.append("|---|---:|---:|---:|---:|---:|---:|\n");
    for (Result r : results) {
      out.append(String.format(Locale.ROOT, "| %s | %d | %d | %d | %.0f | %d | %d |%n", r.name(),
          r.requests(), r.errors(), r.wrong(), r.perSecond(), r.p50Micros(), r.p99Micros()));
    }
    out.append(String.format(Locale.ROOT, "%nPOST /api/assess serves %.2f of the requests/s of"
        + " POST /trivial and %.2f of GET /trivial (target: at least 0.50).%n",
        assess.perSecond() / post.perSecond(), assess.perSecond() / get.perSecond()));
    return out.toString();
  }

  static Situation randomSituation(Random random) {
    Situation.Builder b = Situation.builder();
    if (random.nextBoolean()) {
      b.reporter(pick(random, Reporter.values()));
    }
    if (random.nextInt(3) > 0) {
      b.jurisdiction(pick(random, Jurisdiction.values()));
    }
    if (random.nextInt(4) > 0) {
      b.childAge(random.nextInt(26));
    }
    for (Concern c : Concern.values()) {
      if (random.nextInt(6) == 0) {
        b.addConcern(c);
      }
    }
    b.spread(pick(random, Spread.values()));
    b.otherParty(pick(random, OtherParty.values()));
    for (Platform p : Platform.values()) {
      if (random.nextInt(5) == 0) {
        b.addPlatform(p);
      }
    }
    for (Indicator i : Indicator.values()) {
      if (random.nextInt(3) == 0) {
        b.putIndicator(i, pick(random, Answer.values()));
      }
    }
    return b.build();
  }

  static <T> T pick(Random random, T[] values) {
    return values[random.nextInt(values.length)];
  }

  /** Bad input over a real connection: each gets its 4xx problem, and the server keeps serving. */
  @Test
  @Order(3)
  void badInputGetsAProblemAndTheServerKeepsServing() throws Exception {
    byte[] good = Files.readAllBytes(SITUATIONS.resolve("sextortion-boy-15.json"));
    byte[] goodAnswer = AdvisorJson.write(Advisor.assess(AdvisorJson.readSituation(good)))
        .getBytes(StandardCharsets.UTF_8);
    record Bad(String what, String contentType, byte[] body, int status) {}
    List<Bad> bad = List.of(
        new Bad("malformed JSON", "application/json", bytes("{\"reporter\": "), 400),
        new Bad("unknown field", "application/json", bytes("{\"name\": \"x\"}"), 400),
        new Bad("unknown value", "application/json", bytes("{\"spread\": \"ALL\"}"), 400),
        new Bad("1 MB body", "application/json",
            bytes("{\"x\": \"" + "a".repeat(1 << 20) + "\"}"), 413),
        new Bad("wrong content type", "text/plain", good, 415),
        new Bad("deep nesting", "application/json",
            bytes("[".repeat(10_000) + "]".repeat(10_000)), 400));
    for (int round = 0; round < 3; round++) {
      for (Bad b : bad) {
        HttpResponse<byte[]> response = post("/api/assess", b.contentType(), b.body());
        assertThat(response.statusCode()).as(b.what()).isEqualTo(b.status());
        assertThat(response.headers().firstValue("Content-Type")).as(b.what())
            .hasValue("application/problem+json");
        JsonNode problem = JsonSchemas.tree(response.body());
        assertThat(problem.path("status").asInt()).isEqualTo(b.status());
        HttpResponse<byte[]> after = post("/api/assess", "application/json", good);
        assertThat(after.statusCode()).as("after " + b.what()).isEqualTo(200);
        assertThat(after.body()).isEqualTo(goodAnswer);
      }
    }
    // A 1 MB body with no Content-Length (chunked) is cut off after 64 KiB, not read whole.
    HttpResponse<byte[]> chunked = client.send(HttpRequest.newBuilder(uri("/api/assess"))
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofInputStream(() ->
            new ByteArrayInputStream(new byte[1 << 20]))).build(),
        HttpResponse.BodyHandlers.ofByteArray());
    assertThat(chunked.statusCode()).isEqualTo(413);
    assertThat(post("/api/assess", "application/json", good).body()).isEqualTo(goodAnswer);
  }

  static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }
}
