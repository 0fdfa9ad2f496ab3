package org.safeguarding.advisor.engine;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

/**
 * The content digest of a bundle: SHA-256 over the content files in a fixed order, each as its
 * name, its length and its bytes, so that no change to any file, nor moving bytes between files,
 * goes unnoticed.
 */
final class BundleDigest {
  /** The manifest, which holds the digest and so is not part of it. */
  static final String MANIFEST = "manifest.json";

  /** The content files, in digest order. */
  static final List<String> CONTENT_FILES = List.of(
      "sources.json", "contacts.json", "steps.json", "warnings.json", "risk-factors.json",
      "conditions.json", "rules.json", "questions.json");

  private BundleDigest() {}

  /** The digest, as {@code sha256:<hex>}, of the files (name to bytes; a missing file is empty). */
  static String of(Map<String, byte[]> files) {
    MessageDigest sha;
    try {
      sha = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
    }
    for (String name : CONTENT_FILES) {
      byte[] bytes = files.getOrDefault(name, new byte[0]);
      sha.update((name + "\n" + bytes.length + "\n").getBytes(StandardCharsets.UTF_8));
      sha.update(bytes);
    }
    return "sha256:" + HexFormat.of().formatHex(sha.digest());
  }
}
