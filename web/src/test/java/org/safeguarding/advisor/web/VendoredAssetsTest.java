package org.safeguarding.advisor.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The committed GOV.UK Frontend and axe-core files are exactly what vendor/fetch-frontend.sh
 * pins, with their licences beside them, and the stylesheet carries no GDS Transport font and no
 * crown (both only for government services).
 */
class VendoredAssetsTest {

  private static final Path SCRIPT = Path.of("vendor", "fetch-frontend.sh");
  private static final Path STATIC = Path.of("src", "main", "resources", "static", "vendor", "govuk-frontend");

  private static String pinned(String name) throws IOException {
    Matcher m = Pattern.compile("(?m)^" + name + "=([0-9a-f]{64})$").matcher(Files.readString(SCRIPT));
    assertTrue(m.find(), name + " in " + SCRIPT);
    return m.group(1);
  }

  private static String sha256(Path file) throws IOException, NoSuchAlgorithmException {
    return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
  }

  @Test
  void committedFilesAreThePinnedOnes() throws Exception {
    assertEquals(pinned("GOVUK_CSS_SHA256"), sha256(STATIC.resolve("govuk-frontend.min.css")));
    assertEquals(pinned("GOVUK_JS_SHA256"), sha256(STATIC.resolve("govuk-frontend.min.js")));
    assertEquals(pinned("AXE_JS_SHA256"), sha256(Path.of("src", "test", "resources", "axe", "axe.min.js")));
    assertTrue(Files.readString(STATIC.resolve("govuk-frontend.LICENSE")).startsWith("The MIT License"));
    assertTrue(Files.readString(Path.of("src", "test", "resources", "axe", "axe-core.LICENSE"))
        .startsWith("Mozilla Public License"));
  }

  @Test
  void noGovernmentFontOrCrown() throws IOException {
    String css = Files.readString(STATIC.resolve("govuk-frontend.min.css"));
    assertFalse(css.contains("GDS Transport"), "no GDS Transport font");
    assertFalse(css.contains("@font-face"), "no font is fetched");
    assertFalse(css.contains("crest") || css.contains("crown"), "no crown or crest");
    assertFalse(Pattern.compile("url\\((?!\"?data:)").matcher(css).find(), "the stylesheet loads nothing");
  }
}
