package org.safeguarding.advisor.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.safeguarding.advisor.Advisor;
import org.safeguarding.advisor.BundleIdentity;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Serves the one page. It is rendered once, at start-up: the only values in it are the bundle's
 * identity and review date and the "Exit this page" address, none of them about a user.
 */
@RestController
class PageController {

  private static final DateTimeFormatter REVIEW_DATE =
      DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

  private final String page;

  PageController(Advisor advisor, @Value("${advisor.page.exit-url}") String exitUrl) {
    URI exit = URI.create(exitUrl);
    if (!"https".equals(exit.getScheme()) && !"http".equals(exit.getScheme())) {
      throw new IllegalArgumentException(
          "advisor.page.exit-url must be an http or https address of a neutral page");
    }
    BundleIdentity bundle = advisor.bundle().identity();
    this.page = template()
        .replace("{{exitUrl}}", escape(exit.toString()))
        .replace("{{bundleId}}", escape(bundle.id()))
        .replace("{{bundleVersion}}", escape(bundle.version()))
        .replace("{{reviewBy}}", escape(REVIEW_DATE.format(advisor.bundle().reviewBy())));
  }

  @GetMapping(path = "/", produces = MediaType.TEXT_HTML_VALUE)
  ResponseEntity<String> page() {
    return ResponseEntity.ok().contentType(new MediaType("text", "html", StandardCharsets.UTF_8))
        .body(page);
  }

  private static String template() {
    try (InputStream in = PageController.class.getResourceAsStream("/page/index.html")) {
      if (in == null) {
        throw new IllegalStateException("page/index.html is missing from the class path");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String escape(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
        .replace("\"", "&quot;").replace("'", "&#39;");
  }
}
