package org.safeguarding.advisor.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.safeguarding.advisor.Advisor;
import org.safeguarding.advisor.BundleSource;
import org.safeguarding.advisor.ContentBundle;
import org.safeguarding.advisor.content.uk.UkBundleProvider;

/**
 * The bundles the benchmarks run on: the UK bundle from the class path (what {@code
 * Advisor.assess} uses), the core's small test fixture (copied into this module's resources by
 * the build), and synthetic bundles with the rules replicated, re-signed, for the scaling run.
 */
public final class Bundles {
  /** The UK bundle, as the content module offers it. */
  public static final String UK = "uk";
  /** The core's fixture bundle (src/test/resources/fixture-bundle). */
  public static final String FIXTURE = "fixture";

  private static final String FIXTURE_FOLDER = "/org/safeguarding/advisor/benchmarks/fixture-bundle";
  private static final ObjectMapper JSON = new ObjectMapper();

  private Bundles() {}

  /** Where a named bundle's files are read from: {@value #UK} or {@value #FIXTURE}. */
  public static BundleSource source(String name) {
    switch (name) {
      case UK:
        return new UkBundleProvider().source();
      case FIXTURE:
        return BundleSource.resources(Bundles.class, FIXTURE_FOLDER);
      default:
        throw new IllegalArgumentException("no bundle '" + name + "' (uk, fixture)");
    }
  }

  /** Loads and checks a named bundle. */
  public static ContentBundle load(String name) {
    return ContentBundle.load(source(name));
  }

  /** The values of the benchmarks' {@code memo} parameter. */
  public static final String MEMO_ON = "on";
  public static final String MEMO_OFF = "off";

  /**
   * Loads and checks a bundle, and builds an advisor on it with its memo of recent assessments on
   * (the default size) or off ({@code memoSize(0)}): with it off, every assessment is worked out
   * in full, which is what a situation seen for the first time costs.
   */
  public static Advisor advisor(BundleSource source, String memo) {
    Advisor.Builder builder = Advisor.builder().bundle(ContentBundle.load(source));
    switch (memo) {
      case MEMO_ON:
        builder.memoSize(4096); // the default size
        break;
      case MEMO_OFF:
        builder.memoSize(0);
        break;
      default:
        throw new IllegalArgumentException("memo must be on or off");
    }
    return builder.build();
  }

  /** Whether the UK bundle's files are on the class path (it is written in parallel). */
  public static boolean ukPresent() {
    try {
      return source(UK).readAll("manifest.json") != null;
    } catch (IOException e) {
      return false;
    }
  }

  /**
   * The bundle with every rule replicated {@code factor} times: the original rules, then {@code
   * factor - 1} copies of each with a new id ({@code <id>-copy-<n>}), and the digest re-signed
   * through {@link ContentBundle#computeDigest}. The copies fire exactly when their originals do,
   * so the assessment keeps its steps and urgency while every rule-dependent cost (conditions
   * tested, rules merged, rule ids in {@code firedBy}) grows {@code factor} times.
   */
  public static BundleSource replicated(BundleSource base, int factor) {
    if (factor < 1) {
      throw new IllegalArgumentException("factor must be at least 1: " + factor);
    }
    Map<String, byte[]> files = new LinkedHashMap<>();
    try {
      files.put("manifest.json", require(base, "manifest.json"));
      for (String name : ContentBundle.CONTENT_FILES) {
        files.put(name, require(base, name));
      }
      JsonNode rules = JSON.readTree(files.get("rules.json"));
      ArrayNode out = JSON.createArrayNode();
      out.addAll((ArrayNode) rules);
      for (int copy = 1; copy < factor; copy++) {
        for (JsonNode rule : rules) {
          ObjectNode clone = ((ObjectNode) rule).deepCopy();
          clone.put("id", rule.get("id").asText() + "-copy-" + copy);
          out.add(clone);
        }
      }
      files.put("rules.json", JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(out));
      files.put("manifest.json",
          ContentBundle.signedManifest(inMemory(files)).getBytes(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return inMemory(files);
  }

  /** The number of rules in a bundle's rules.json. */
  public static int ruleCount(BundleSource source) {
    try {
      return JSON.readTree(require(source, "rules.json")).size();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A source over files held in memory (read once, so loading measures no I/O). */
  public static BundleSource inMemory(Map<String, byte[]> files) {
    Map<String, byte[]> copy = new LinkedHashMap<>(files);
    return name -> {
      byte[] bytes = copy.get(name);
      return bytes == null ? null : new ByteArrayInputStream(bytes);
    };
  }

  /** A source's files read into memory. */
  public static BundleSource inMemory(BundleSource source) {
    Map<String, byte[]> files = new LinkedHashMap<>();
    try {
      files.put("manifest.json", require(source, "manifest.json"));
      for (String name : ContentBundle.CONTENT_FILES) {
        files.put(name, require(source, name));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return inMemory(files);
  }

  private static byte[] require(BundleSource source, String name) throws IOException {
    byte[] bytes = source.readAll(name);
    if (bytes == null) {
      throw new FileNotFoundException("the bundle has no " + name);
    }
    return bytes;
  }
}
