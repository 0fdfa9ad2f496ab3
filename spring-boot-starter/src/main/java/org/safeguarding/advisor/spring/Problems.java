package org.safeguarding.advisor.spring;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.safeguarding.advisor.InvalidSituationException;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * RFC 9457 problem details, written by hand so they are the same whichever JSON library the
 * application has. A problem never repeats what the client sent: it names the JSON path and what
 * is allowed there, and says what is wrong in the library's words with any quoted input cut off.
 */
final class Problems {
  static final String TYPE_PREFIX = "urn:safeguarding-advisor:problem:";
  private static final ObjectMapper JSON = new ObjectMapper();

  private Problems() {}

  static ResponseEntity<byte[]> invalidSituation(InvalidSituationException e) {
    String path = e.path();
    String problem = withoutInput(e.problem());
    if (problem.startsWith("unknown field") || problem.startsWith("unknown indicator")) {
      // The last segment of the path is the unknown name itself: input, so it is not repeated.
      path = parentOf(path);
    }
    Map<String, Object> body = body("invalid-situation", "The situation was not accepted",
        HttpStatus.BAD_REQUEST, path + ": " + problem + "; allowed: " + e.allowed());
    body.put("path", path);
    body.put("allowed", e.allowed());
    return respond(HttpStatus.BAD_REQUEST, body);
  }

  static ResponseEntity<byte[]> tooLarge(int limit) {
    Map<String, Object> body = body("too-large", "The request body is too large",
        HttpStatus.CONTENT_TOO_LARGE,
        "A situation is at most " + limit + " bytes of JSON; this request was refused unread.");
    body.put("limitBytes", limit);
    return respond(HttpStatus.CONTENT_TOO_LARGE, body);
  }

  static ResponseEntity<byte[]> unsupportedMediaType() {
    return respond(HttpStatus.UNSUPPORTED_MEDIA_TYPE, body("unsupported-media-type",
        "The request body must be JSON", HttpStatus.UNSUPPORTED_MEDIA_TYPE,
        "Send the situation with Content-Type: application/json (UTF-8)."));
  }

  static ResponseEntity<byte[]> methodNotAllowed(String allowed) {
    ResponseEntity<byte[]> response = respond(HttpStatus.METHOD_NOT_ALLOWED,
        body("method-not-allowed", "Method not allowed", HttpStatus.METHOD_NOT_ALLOWED,
            "This resource answers " + allowed + " only."));
    return ResponseEntity.status(response.getStatusCode()).headers(response.getHeaders())
        .header("Allow", allowed).body(response.getBody());
  }

  static ResponseEntity<byte[]> notFound() {
    return respond(HttpStatus.NOT_FOUND, body("not-found", "Not found", HttpStatus.NOT_FOUND,
        "There is no such resource."));
  }

  static ResponseEntity<byte[]> unreadable() {
    return respond(HttpStatus.BAD_REQUEST, body("unreadable-body",
        "The request body could not be read", HttpStatus.BAD_REQUEST,
        "The request body ended early or could not be read."));
  }

  static ResponseEntity<byte[]> bundleUnavailable() {
    return respond(HttpStatus.SERVICE_UNAVAILABLE, body("bundle-unavailable",
        "The advice is not available", HttpStatus.SERVICE_UNAVAILABLE,
        "The content bundle did not load, so no advice can be given. If a child is in immediate"
            + " danger, call 999."));
  }

  static ResponseEntity<byte[]> internalError() {
    return respond(HttpStatus.INTERNAL_SERVER_ERROR, body("internal-error",
        "The advice could not be worked out", HttpStatus.INTERNAL_SERVER_ERROR,
        "Something went wrong on the server. If a child is in immediate danger, call 999."));
  }

  private static Map<String, Object> body(String type, String title, HttpStatus status,
      String detail) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("type", TYPE_PREFIX + type);
    body.put("title", title);
    body.put("status", status.value());
    body.put("detail", detail);
    return body;
  }

  private static ResponseEntity<byte[]> respond(HttpStatus status, Map<String, Object> body) {
    byte[] bytes;
    try {
      bytes = JSON.writeValueAsBytes(body);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
    return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON)
        .cacheControl(CacheControl.noStore()).body(bytes);
  }

  /**
   * The library's description of a problem, cut before anything it quotes from the input: a
   * quoted value, a number after a colon, a parser's excerpt in brackets.
   */
  static String withoutInput(String problem) {
    int cut = problem.length();
    for (String mark : new String[] {"\"", "(", ":", "'"}) {
      int at = problem.indexOf(mark);
      if (at >= 0 && at < cut) {
        cut = at;
      }
    }
    return problem.substring(0, cut).strip();
  }

  /** The path of the object that holds the value at {@code path}. */
  static String parentOf(String path) {
    int bracket = path.indexOf("[\"");
    if (bracket >= 0) {
      return bracket == 0 ? "$" : path.substring(0, bracket);
    }
    int dot = path.lastIndexOf('.');
    return dot < 0 ? "$" : path.substring(0, dot);
  }
}
