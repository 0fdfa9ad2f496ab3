package org.safeguarding.advisor.content.book;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The content book covers the whole bundle, in both formats: every id has its entry, every text of
 * every audience is in it, every unverified source is flagged, and every link lands.
 */
class ContentBookTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  /** The committed book, in the project's docs (Surefire runs in the content module). */
  static final Path DOCS = Path.of("../docs/content-book");

  /** The bundles the book is checked on, relative to the content module. */
  static Path bundle(String name) {
    return switch (name) {
      case "fixture" -> Path.of("../core/src/test/resources/fixture-bundle");
      case "uk" -> CommittedBookTest.UK;
      default -> throw new IllegalArgumentException(name);
    };
  }

  private static JsonNode read(Path dir, String file) throws IOException {
    return MAPPER.readTree(Files.readAllBytes(dir.resolve(file)));
  }

  @ParameterizedTest
  @ValueSource(strings = {"uk", "fixture"})
  void theBookCoversEveryIdAndEveryText(String name) throws IOException {
    Path dir = bundle(name);
    Map<String, String> book = ContentBook.render(dir);
    String html = book.get(ContentBook.HTML);
    String md = book.get(ContentBook.MARKDOWN);
    List<String> missing = new ArrayList<>();
    Set<String> anchors = new LinkedHashSet<>();
    String[][] kinds = {{"sources.json", "source-", "id"}, {"contacts.json", "contact-", "id"},
        {"steps.json", "step-", "id"}, {"warnings.json", "warning-", "id"},
        {"risk-factors.json", "risk-", "id"}, {"conditions.json", "condition-", "id"},
        {"rules.json", "rule-", "id"}, {"questions.json", "question-", "field"}};
    int ids = 0;
    for (String[] kind : kinds) {
      for (JsonNode item : read(dir, kind[0])) {
        ids++;
        String anchor = kind[1] + item.get(kind[2]).textValue();
        anchors.add(anchor);
        if (!html.contains(" id=\"" + anchor + "\"")) {
          missing.add("HTML has no entry " + anchor);
        }
        if (!md.contains("<a id=\"" + anchor + "\"></a>")) {
          missing.add("Markdown has no entry " + anchor);
        }
        texts(item).forEach(text -> {
          if (!html.contains(HtmlDoc.escape(text))) {
            missing.add("HTML lacks the text of " + anchor + ": " + text);
          }
          // In Markdown a text is escaped (in a table cell or not); a web address is an autolink.
          if (!md.contains(MarkdownDoc.escape(text, true))
              && !md.contains(MarkdownDoc.escape(text, false)) && !md.contains("<" + text + ">")) {
            missing.add("Markdown lacks the text of " + anchor + ": " + text);
          }
        });
        String verification = item.path("verification").asText("VERIFIED");
        if (!verification.equals("VERIFIED")) {
          String flag = verification.equals("UNVERIFIED") ? "UNVERIFIED" : "PARTLY VERIFIED";
          int at = html.indexOf(" id=\"" + anchor + "\"");
          String heading = at < 0 ? "" : html.substring(at, html.indexOf("</h3>", at));
          if (!heading.contains(">" + flag + "</span>")) {
            missing.add("HTML does not flag " + anchor + " as " + flag);
          }
          int mdAt = md.indexOf("<a id=\"" + anchor + "\"></a>");
          String mdHeading = mdAt < 0 ? "" : md.substring(mdAt, md.indexOf('\n', md.indexOf("###",
              mdAt)));
          if (!mdHeading.contains("**[" + flag + "]**")) {
            missing.add("Markdown does not flag " + anchor + " as " + flag);
          }
        }
      }
    }
    assertEquals(List.of(), missing);
    assertTrue(ids > 0);
    // Every link in the book lands on an entry.
    for (String target : matches(html, "href=\"#([^\"]+)\"")) {
      assertTrue(html.contains(" id=\"" + target + "\""), "HTML link to #" + target);
    }
    for (String target : matches(md, "\\]\\(#([^)]+)\\)")) {
      assertTrue(md.contains("<a id=\"" + target + "\"></a>"), "Markdown link to #" + target);
    }
  }

  /** The texts of an item a reader must find in the book: every audience's words, every field. */
  private static List<String> texts(JsonNode item) {
    List<String> out = new ArrayList<>();
    for (String field : List.of("description", "explanation", "title", "name", "phone", "url",
        "hours", "forWhom", "publisher", "note")) {
      if (item.hasNonNull(field)) {
        out.add(item.get(field).textValue());
      }
    }
    JsonNode variants = item.get("text");
    if (variants != null) {
      for (JsonNode v : variants) {
        for (String field : List.of("title", "detail", "text", "question", "whyItMatters")) {
          if (v.hasNonNull(field)) {
            out.add(v.get(field).textValue());
          }
        }
      }
    }
    JsonNode choices = item.get("choices");
    if (choices != null) {
      choices.forEach(c -> out.add(c.textValue()));
    }
    return out;
  }

  private static List<String> matches(String text, String regex) {
    List<String> out = new ArrayList<>();
    Matcher m = Pattern.compile(regex).matcher(text);
    while (m.find()) {
      out.add(m.group(1));
    }
    return out;
  }

  @Test
  void theLocalMermaidIsThePinnedRelease() throws Exception {
    String script = Files.readString(DOCS.resolve("fetch-mermaid.sh"));
    List<String> pinned = matches(script, "(?m)^SHA256=([0-9a-f]{64})$");
    assertEquals(1, pinned.size(), "fetch-mermaid.sh pins one SHA-256");
    byte[] digest = MessageDigest.getInstance("SHA-256")
        .digest(Files.readAllBytes(DOCS.resolve(HtmlDoc.MERMAID_SCRIPT)));
    assertEquals(pinned.get(0), HexFormat.of().formatHex(digest),
        "docs/content-book/mermaid.min.js is not the pinned release: run"
            + " docs/content-book/fetch-mermaid.sh");
    assertTrue(Files.readString(DOCS.resolve("mermaid.LICENSE")).contains("MIT License"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"uk", "fixture"})
  void theHtmlIsSelfContainedAndTheMarkdownHasTheDiagram(String name) {
    Map<String, String> book = ContentBook.render(bundle(name));
    String html = book.get(ContentBook.HTML);
    assertEquals(List.of(HtmlDoc.MERMAID_SCRIPT), matches(html, "<script src=\"([^\"]*)\""),
        "the only script file is the local copy of Mermaid");
    assertEquals(List.of(), matches(html, "<(link|iframe|img|object|embed)[ >]"),
        "no stylesheet, frame or image is loaded");
    assertEquals(List.of(), matches(html, "(?:src|@import|url\\()\\s*=?\\s*\"?(https?:)"));
    assertTrue(html.contains("<pre class=\"mermaid\">\n---\nconfig:\n"));
    assertTrue(html.contains("\n---\nflowchart LR\n"));
    assertTrue(html.contains("id=\"pathways\""), "the pathways are also listed in HTML");
    String md = book.get(ContentBook.MARKDOWN);
    assertTrue(md.contains("```mermaid\n---\nconfig:\n"), "the Markdown has a mermaid block");
    assertEquals(book, ContentBook.render(bundle(name)), "the book is the same on every run");
  }

  /**
   * A doFirst list and a text variant's own sources are shown where a reviewer reads the item: on
   * a copy of the fixture that uses both.
   */
  @Test
  void theBookShowsDoFirstEntriesAndEachTextsOwnSources(@TempDir Path dir) throws IOException {
    Path fixture = bundle("fixture");
    try (var files = Files.list(fixture)) {
      for (Path file : files.toList()) {
        Files.copy(file, dir.resolve(file.getFileName()));
      }
    }
    edit(dir, "warnings.json", "\"doFirst\": { \"rank\": 20 }", "\"doFirst\": [ { \"rank\": 50,"
        + " \"when\": { \"fact\": \"indicators.BLACKMAIL\", \"in\": [\"NO\"] } }, { \"rank\": 20 } ]");
    edit(dir, "steps.json", "\"detail\": \"Report for your child in Scotland.\" }",
        "\"detail\": \"Report for your child in Scotland.\", \"sources\": [\"src-a\"] }");
    Files.writeString(dir.resolve("manifest.json"), org.safeguarding.advisor.ContentBundle
        .signedManifest(name -> Files.newInputStream(dir.resolve(name))));
    String md = ContentBook.render(dir).get(ContentBook.MARKDOWN);
    assertTrue(md.contains("- Read first (the first that applies): rank 50 for Parent or carer,"
        + " Young person, Professional, Other adult, when "), md);
    assertTrue(md.contains("; otherwise rank 20 for Parent or carer, Young person, Professional,"
        + " Other adult\n"), "the second entry, without a condition");
    assertTrue(md.contains("- Read first: rank 1 for "), "a single doFirst object");
    assertTrue(md.contains("- The text for Parent or carer, Other adult, when "), md);
    assertTrue(matches(md, "(?m)^(- The text for .* also cites: .*src-a.*)$").size() == 1,
        "exactly the one text with its own sources cites them");
  }

  /**
   * A text variant's own contacts (none, or a list that replaces the step's) are shown under its
   * step, and a contact only a text names is listed as named by that step.
   */
  @Test
  void theBookShowsEachTextsOwnContacts(@TempDir Path dir) throws IOException {
    Path fixture = bundle("fixture");
    try (var files = Files.list(fixture)) {
      for (Path file : files.toList()) {
        Files.copy(file, dir.resolve(file.getFileName()));
      }
    }
    edit(dir, "steps.json", "\"detail\": \"Report for your child in Scotland.\" }",
        "\"detail\": \"Report for your child in Scotland.\", \"contacts\": [] }");
    edit(dir, "steps.json", "\"detail\": \"You can report it.\" }",
        "\"detail\": \"You can report it.\", \"contacts\": [\"help-line\"] }");
    String digest = org.safeguarding.advisor.ContentBundle.computeDigest(
        name -> Files.newInputStream(dir.resolve(name)));
    edit(dir, "manifest.json", matches(Files.readString(dir.resolve("manifest.json")),
        "(sha256:[0-9a-f]{64})").get(0), digest);
    String md = ContentBook.render(dir).get(ContentBook.MARKDOWN);
    assertEquals(1, matches(md, "(?m)^(- The text for Parent or carer, Other adult, when .* gives"
        + " no contacts \\(in place of the step's\\))$").size(), md);
    assertEquals(1, matches(md, "(?m)^(- The text for Young person gives these contacts in place"
        + " of the step's: .*help-line.*)$").size(), md);
    assertTrue(md.contains("report-online"), md);
    assertEquals(2, matches(md, "(?m)^(- The text for .* contacts.*)$").size(),
        "only the two texts with contacts of their own say so");
  }

  private static void edit(Path dir, String file, String what, String with) throws IOException {
    String text = Files.readString(dir.resolve(file));
    assertTrue(text.contains(what), file + " has no " + what);
    Files.writeString(dir.resolve(file), text.replace(what, with));
  }
}
