package org.safeguarding.advisor.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The headers and the stored-nothing promise, over plain HTTP against the packaged jar. */
class HeadersIT {

  private static final HttpClient HTTP = HttpClient.newHttpClient();

  private static HttpResponse<String> get(String path) throws IOException, InterruptedException {
    return HTTP.send(HttpRequest.newBuilder(URI.create(WebApp.get().base + path)).GET().build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private static HttpResponse<String> post(String path, String json) throws IOException, InterruptedException {
    return HTTP.send(HttpRequest.newBuilder(URI.create(WebApp.get().base + path))
        .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void thePageHasAStrictPolicyAndNoCookie() throws Exception {
    HttpResponse<String> page = get("/");
    assertEquals(200, page.statusCode());
    String csp = page.headers().firstValue("Content-Security-Policy").orElse("");
    for (String directive : List.of("default-src 'self'", "script-src 'self'", "style-src 'self'",
        "frame-ancestors 'none'", "form-action 'self'", "object-src 'none'", "base-uri 'none'")) {
      assertTrue(csp.contains(directive), "CSP has " + directive + ": " + csp);
    }
    assertFalse(csp.contains("unsafe-inline") || csp.contains("unsafe-eval"), csp);
    assertEquals("nosniff", page.headers().firstValue("X-Content-Type-Options").orElse(""));
    assertEquals("no-referrer", page.headers().firstValue("Referrer-Policy").orElse(""));
    assertTrue(page.headers().firstValue("Permissions-Policy").orElse("").contains("camera=()"));
    assertEquals("no-store", page.headers().firstValue("Cache-Control").orElse(""));
    assertTrue(page.headers().allValues("Set-Cookie").isEmpty(), "no cookie: " + page.headers().allValues("Set-Cookie"));
    // No inline script or style, and nothing loaded from another origin.
    String html = page.body();
    Matcher scripts = Pattern.compile("<script([^>]*)>").matcher(html);
    while (scripts.find()) {
      assertTrue(scripts.group(1).contains("src=\"/"), "only same-origin script files: " + scripts.group());
    }
    assertFalse(html.contains("<style") || html.contains(" style="), "no inline style");
    assertFalse(Pattern.compile("(src|href)=\"(https?:)?//(?!127\\.0\\.0\\.1)[^\"]*\"[^>]*>")
        .matcher(html.replaceAll("<a [^>]*>", "")).find(), "no resource from another origin");
    // The page says what it is, and that 999 comes first.
    assertTrue(html.contains("decision support built from UK public guidance"));
    assertTrue(html.contains("call <a class=\"govuk-link\" href=\"tel:999\">999</a>"));
    assertTrue(html.matches("(?s).*version\\s*<span id=\"bundle-version\">\\d{4}\\.\\d+\\.\\d+</span>.*"));
  }

  @Test
  void apiAnswersAreNeverStoredAndNeverMakeASession() throws Exception {
    HttpResponse<String> assess = post("/api/assess", "{\"reporter\":\"YOUNG_PERSON\",\"concerns\":[\"SEXTORTION\"]}");
    assertEquals(200, assess.statusCode());
    assertTrue(assess.headers().firstValue("Cache-Control").orElse("").contains("no-store"));
    assertTrue(assess.headers().allValues("Set-Cookie").isEmpty());
    assertTrue(assess.body().contains("\"do-not-pay\""));
    HttpResponse<String> bundle = get("/api/bundle");
    assertEquals(200, bundle.statusCode());
    assertTrue(bundle.headers().firstValue("Cache-Control").orElse("").contains("no-store"));
    for (HttpResponse<String> r : List.of(assess, bundle, get("/"), get("/js/app.js"), get("/actuator/health"))) {
      for (String cookie : r.headers().allValues("Set-Cookie")) {
        assertFalse(cookie.contains("JSESSIONID"), "no server-side session: " + r.uri());
      }
      assertTrue(r.headers().allValues("Set-Cookie").isEmpty(), "no cookie at all: " + r.uri());
    }
    HttpResponse<String> bad = post("/api/assess", "{\"concerns\":[\"NOT_A_CONCERN\"],\"childAge\":\"Alice\"}");
    assertEquals(400, bad.statusCode());
    assertTrue(bad.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
    assertFalse(bad.body().contains("Alice"), "the rejected input is not echoed");
  }
}
