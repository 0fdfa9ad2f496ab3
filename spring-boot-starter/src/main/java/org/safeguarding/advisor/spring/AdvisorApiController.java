package org.safeguarding.advisor.spring;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.safeguarding.advisor.Advisor;
import org.safeguarding.advisor.Assessment;
import org.safeguarding.advisor.InvalidSituationException;
import org.safeguarding.advisor.Situation;
import org.safeguarding.advisor.json.AdvisorJson;
import org.springframework.http.CacheControl;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The REST endpoints. Requests are read and answered with the library's own JSON code, not the
 * application's message converters, so an assessment is byte for byte what {@code
 * AdvisorJson.write} (and the CLI's {@code --json}) gives. Every method is mapped here, so a wrong
 * method gets a problem document too, not the application's error page.
 */
@RestController
@RequestMapping("/api")
final class AdvisorApiController {
  private static final Log LOG = LogFactory.getLog(AdvisorApiController.class);
  private static final int LIMIT = AdvisorJson.MAX_INPUT_BYTES;
  private static final String SCHEMAS = "/org/safeguarding/advisor/json-schema/";
  private static final String OPENAPI = "/org/safeguarding/advisor/spring/openapi.json";

  private final Advisor advisor;
  private final AssessmentCounter counter;
  private final Clock clock;
  private volatile DatedDocument bundleDocument;

  /** The bundle document of one day: whether the review date has passed changes with the date. */
  private record DatedDocument(LocalDate day, byte[] bytes) {}

  AdvisorApiController(Advisor advisor, AssessmentCounter counter, Clock clock) {
    this.advisor = advisor;
    this.counter = counter;
    this.clock = clock;
  }

  @RequestMapping("/assess")
  ResponseEntity<byte[]> assess(HttpServletRequest request) {
    if (!"POST".equals(request.getMethod())) {
      return Problems.methodNotAllowed("POST");
    }
    if (!isJson(request.getContentType())) {
      return Problems.unsupportedMediaType();
    }
    if (request.getContentLengthLong() > LIMIT) {
      return Problems.tooLarge(LIMIT);
    }
    byte[] body;
    try (InputStream in = request.getInputStream()) {
      // One byte past the limit tells a body that is too long without reading it whole.
      body = in.readNBytes(LIMIT + 1);
    } catch (IOException e) {
      return Problems.unreadable();
    }
    if (body.length > LIMIT) {
      return Problems.tooLarge(LIMIT);
    }
    if (advisor == null) {
      return Problems.bundleUnavailable();
    }
    Situation situation;
    try {
      situation = AdvisorJson.readSituation(body);
    } catch (InvalidSituationException e) {
      return Problems.invalidSituation(e);
    }
    Assessment assessment = advisor.evaluate(situation);
    counter.count(assessment.urgency());
    return json(AdvisorJson.write(assessment).getBytes(StandardCharsets.UTF_8));
  }

  @RequestMapping("/bundle")
  ResponseEntity<byte[]> bundle(HttpServletRequest request) {
    if (!isRead(request)) {
      return Problems.methodNotAllowed("GET, HEAD");
    }
    if (advisor == null) {
      return Problems.bundleUnavailable();
    }
    LocalDate today = LocalDate.now(clock);
    DatedDocument doc = bundleDocument;
    if (doc == null || !doc.day().equals(today)) {
      doc = new DatedDocument(today, BundleDocument.of(advisor.bundle(), today));
      bundleDocument = doc;
    }
    return json(doc.bytes());
  }

  @RequestMapping("/openapi.json")
  ResponseEntity<byte[]> openApi(HttpServletRequest request) throws IOException {
    if (!isRead(request)) {
      return Problems.methodNotAllowed("GET, HEAD");
    }
    return resource(OPENAPI);
  }

  @RequestMapping("/schemas/{name}")
  ResponseEntity<byte[]> schema(@PathVariable("name") String name, HttpServletRequest request)
      throws IOException {
    if (!isRead(request)) {
      return Problems.methodNotAllowed("GET, HEAD");
    }
    if (!name.equals("situation.schema.json") && !name.equals("assessment.schema.json")) {
      return Problems.notFound();
    }
    return resource(SCHEMAS + name);
  }

  /** Never a stack trace or the request in the answer; the log gets the error, not the input. */
  @ExceptionHandler(Exception.class)
  ResponseEntity<byte[]> failed(Exception e) {
    LOG.error("Safeguarding Advisor endpoint failed: " + e.getClass().getName(), e);
    return Problems.internalError();
  }

  private static ResponseEntity<byte[]> resource(String path) throws IOException {
    try (InputStream in = AdvisorApiController.class.getResourceAsStream(path)) {
      if (in == null) {
        return Problems.notFound();
      }
      return json(in.readAllBytes());
    }
  }

  private static ResponseEntity<byte[]> json(byte[] bytes) {
    return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON)
        .cacheControl(CacheControl.noStore()).body(bytes);
  }

  private static boolean isRead(HttpServletRequest request) {
    return "GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod());
  }

  private static boolean isJson(String contentType) {
    if (contentType == null) {
      return false;
    }
    MediaType type;
    try {
      type = MediaType.parseMediaType(contentType);
    } catch (InvalidMediaTypeException e) {
      return false;
    }
    return type.getType().equalsIgnoreCase("application")
        && type.getSubtype().equalsIgnoreCase("json")
        && Optional.ofNullable(type.getCharset()).map(StandardCharsets.UTF_8::equals).orElse(true);
  }
}
