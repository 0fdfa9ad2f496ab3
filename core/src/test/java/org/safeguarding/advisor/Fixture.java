package org.safeguarding.advisor;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * The small fixture bundle under src/test/resources/fixture-bundle: engine tests run on it, so they
 * never change with the UK content. {@link #files()} gives an editable copy for broken-bundle tests.
 */
public final class Fixture {
  private static final List<String> FILES = List.of(
      "manifest.json", "sources.json", "contacts.json", "steps.json", "warnings.json",
      "risk-factors.json", "conditions.json", "rules.json", "questions.json");

  /** The jurisdictions the fixture's manifest lists, in its order: the four UK nations. */
  public static final List<Jurisdiction> NATIONS = List.of(
      Jurisdiction.GB_ENG, Jurisdiction.GB_WLS, Jurisdiction.GB_SCT, Jurisdiction.GB_NIR);

  private Fixture() {}

  public static Path directory() {
    try {
      return Path.of(Fixture.class.getResource("/fixture-bundle/manifest.json").toURI()).getParent();
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  public static ContentBundle bundle() {
    return ContentBundle.load(directory());
  }

  public static Advisor advisor() {
    return Advisor.forBundle(bundle());
  }

  /** An advisor of the fixture that remembers nothing, so every assessment is worked out in full. */
  public static Advisor advisorWithoutMemo() {
    return Advisor.builder().bundle(ContentBundle.load(directory())).memoSize(0).build();
  }

  /** The fixture's files as editable text, by file name. */
  public static Map<String, String> files() {
    Map<String, String> files = new LinkedHashMap<>();
    for (String name : FILES) {
      try {
        files.put(name, Files.readString(directory().resolve(name), StandardCharsets.UTF_8));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return files;
  }

  /** A source over in-memory files; a missing key is a missing file. */
  public static BundleSource source(Map<String, String> files) {
    return name -> {
      String text = files.get(name);
      return text == null ? null : new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    };
  }

  /** The fixture with one file edited and the digest re-signed, so only the edit is wrong. */
  public static BundleSource edited(String file, UnaryOperator<String> edit) {
    Map<String, String> files = files();
    files.put(file, edit.apply(files.get(file)));
    return source(resign(files));
  }

  /**
   * The fixture file's text with {@code what} replaced; fails the test if the fixture no longer
   * holds {@code what}, so an edit cannot silently stop applying.
   */
  public static String replace(String text, String what, String with) {
    org.junit.jupiter.api.Assertions.assertTrue(text.contains(what),
        "the fixture has changed: no " + what);
    return text.replace(what, with);
  }

  /** A JSON array of objects without the element whose "id" is {@code id}. */
  public static String withoutElement(String jsonArray, String id) {
    try {
      com.fasterxml.jackson.databind.ObjectMapper json = new com.fasterxml.jackson.databind.ObjectMapper();
      com.fasterxml.jackson.databind.node.ArrayNode array =
          (com.fasterxml.jackson.databind.node.ArrayNode) json.readTree(jsonArray);
      for (int i = 0; i < array.size(); i++) {
        if (id.equals(array.get(i).path("id").asText())) {
          array.remove(i);
          return json.writerWithDefaultPrettyPrinter().writeValueAsString(array);
        }
      }
      throw new IllegalArgumentException("no element with id " + id);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Signs the manifest over the files as they are, unless the test broke the digest's own form
   * (which must then stay broken).
   */
  public static Map<String, String> resign(Map<String, String> files) {
    if (!files.get("manifest.json").matches("(?s).*\"sha256:[0-9a-f]{64}\".*")) {
      return files;
    }
    try {
      files.put("manifest.json", ContentBundle.signedManifest(source(files)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return files;
  }
}
