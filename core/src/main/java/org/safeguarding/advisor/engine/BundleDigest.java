package org.safeguarding.advisor.engine;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The digest of a bundle: SHA-256 over the manifest (with its own digest's value left out) and
 * then the content files in a fixed order, each as its name, its length and its bytes, so that no
 * change to any file, the manifest's jurisdictions and phone format included, nor moving bytes
 * between files, goes unnoticed.
 */
final class BundleDigest {
  /** The manifest, which holds the digest: it is digested with that value emptied. */
  static final String MANIFEST = "manifest.json";

  /** The manifest's digest field; the value between the quotes is what is left out. */
  private static final Pattern DIGEST_VALUE = Pattern.compile("(\"digest\"\\s*:\\s*\")[^\"]*(\")");

  /** The content files, in digest order. */
  static final List<String> CONTENT_FILES = List.of(
      "sources.json", "contacts.json", "steps.json", "warnings.json", "risk-factors.json",
      "conditions.json", "rules.json", "questions.json");

  private BundleDigest() {}

  /**
   * The digest, as {@code sha256:<hex>}, of the files (name to bytes; a missing file is empty):
   * first the manifest with the value of its {@code "digest"} field emptied (so a manifest can
   * hold its own digest), then the content files.
   */
  static String of(Map<String, byte[]> files) {
    MessageDigest sha;
    try {
      sha = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
    }
    feed(sha, MANIFEST, withoutDigestValue(files.getOrDefault(MANIFEST, new byte[0])));
    for (String name : CONTENT_FILES) {
      feed(sha, name, files.getOrDefault(name, new byte[0]));
    }
    return "sha256:" + HexFormat.of().formatHex(sha.digest());
  }

  private static void feed(MessageDigest sha, String name, byte[] bytes) {
    sha.update((name + "\n" + bytes.length + "\n").getBytes(StandardCharsets.UTF_8));
    sha.update(bytes);
  }

  /** The manifest's bytes with the first {@code "digest": "..."} value emptied. */
  static byte[] withoutDigestValue(byte[] manifest) {
    String signed = withDigestValue(new String(manifest, StandardCharsets.UTF_8), "");
    return signed == null ? manifest : signed.getBytes(StandardCharsets.UTF_8);
  }

  /**
   * The manifest's text with the first {@code "digest": "..."} value set to the digest of the
   * files, or null if it has none.
   */
  static String signedManifest(Map<String, byte[]> files) {
    String manifest = new String(files.getOrDefault(MANIFEST, new byte[0]), StandardCharsets.UTF_8);
    return withDigestValue(manifest, of(files));
  }

  private static String withDigestValue(String manifest, String value) {
    Matcher field = DIGEST_VALUE.matcher(manifest);
    return field.find()
        ? manifest.substring(0, field.start()) + field.group(1) + value + field.group(2)
            + manifest.substring(field.end())
        : null;
  }
}
