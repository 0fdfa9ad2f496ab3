package org.safeguarding.advisor.engine;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.safeguarding.advisor.Jurisdiction;

/**
 * Reads manifest.json: the bundle's id, version and dates, the format version, the jurisdictions
 * it covers, the form of its contacts' phone numbers, the words that mark an unverified fact, and
 * the digest it was signed off with.
 */
final class ManifestReader {
  static final int FORMAT_VERSION = 1;
  private static final Pattern SHA256 = Pattern.compile("sha256:[0-9a-f]{64}");

  private ManifestReader() {}

  static Manifest read(Node root) {
    if (root == null || !root.requireObject()) {
      return null;
    }
    Integer format = root.field("formatVersion").asInt();
    if (format != null && format != FORMAT_VERSION) {
      root.field("formatVersion").problem("format version " + format
          + " is not supported (this engine reads version " + FORMAT_VERSION + ")");
    }
    String id = root.requiredId("id");
    String version = root.requiredString("version");
    LocalDate released = date(root, "releaseDate");
    LocalDate reviewBy = date(root, "reviewBy");
    if (released != null && reviewBy != null && !reviewBy.isAfter(released)) {
      root.field("reviewBy").problem("must be after the release date " + released);
    }
    Node jurisdictions = root.field("jurisdictions");
    List<Node> codes = jurisdictions.elements();
    if (jurisdictions.isArray() && codes.isEmpty()) {
      jurisdictions.problem("must list at least one jurisdiction");
    }
    List<Jurisdiction> covered = new ArrayList<>();
    for (Node code : codes) {
      String text = code.asString();
      if (text == null) {
        continue;
      }
      if (!Jurisdiction.isCode(text)) {
        code.problem("is not a jurisdiction code (allowed: " + Jurisdiction.CODE_SHAPE + ")");
      } else if (covered.contains(Jurisdiction.of(text))) {
        code.problem("'" + text + "' is listed twice");
      } else if (covered.size() == Jurisdictions.MAX) {
        code.problem("one jurisdiction too many: a bundle covers at most " + Jurisdictions.MAX);
      } else {
        covered.add(Jurisdiction.of(text));
      }
    }
    String digest = root.requiredString("digest");
    if (digest != null && !SHA256.matcher(digest).matches()) {
      root.field("digest").problem("must be sha256: and 64 lower-case hex digits");
      digest = null;
    }
    Manifest.PhoneFormat phoneFormat = phoneFormat(root.field("phoneFormat"));
    List<String> unverifiedWords = null;
    if (!root.field("unverifiedWords").isNull()) {
      // Matched without regard to case; a blank word is refused where it is read.
      unverifiedWords = root.stringList("unverifiedWords", true).stream()
          .map(word -> word.toLowerCase(Locale.ROOT)).toList();
    }
    root.checkNoOtherFields();
    return new Manifest(id, version, reviewBy, digest, released, List.copyOf(covered),
        phoneFormat, unverifiedWords);
  }

  private static Manifest.PhoneFormat phoneFormat(Node node) {
    if (node.isNull() || !node.requireObject()) {
      return null;
    }
    String pattern = node.requiredString("pattern");
    String description = node.requiredString("description");
    node.checkNoOtherFields();
    if (pattern == null || description == null) {
      return null;
    }
    try {
      return new Manifest.PhoneFormat(Pattern.compile(pattern), description);
    } catch (PatternSyntaxException e) {
      node.field("pattern").problem("is not a valid Java regular expression: "
          + e.getDescription());
      return null;
    }
  }

  private static LocalDate date(Node root, String name) {
    String text = root.requiredString(name);
    if (text == null) {
      return null;
    }
    try {
      return LocalDate.parse(text);
    } catch (DateTimeParseException e) {
      root.field(name).problem("'" + text + "' is not a date of the form 2026-11-21");
      return null;
    }
  }
}
