package org.safeguarding.advisor.spring;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.safeguarding.advisor.BundleSource;
import org.safeguarding.advisor.ContentBundle;
import org.safeguarding.advisor.content.uk.UkBundleProvider;

/** Copies of the UK bundle on disk, as an application would deploy one. */
final class Bundles {
  private Bundles() {}

  static Path copyOfUk(Path dir) throws IOException {
    BundleSource uk = new UkBundleProvider().source();
    List<String> names = new ArrayList<>(ContentBundle.CONTENT_FILES);
    names.add("manifest.json");
    for (String name : names) {
      Files.write(dir.resolve(name), uk.readAll(name));
    }
    return dir;
  }

  /** Writes the digest of the bundle on disk as it now is into its manifest. */
  static void resign(Path dir) throws IOException {
    Files.writeString(dir.resolve("manifest.json"),
        ContentBundle.signedManifest(BundleSource.directory(dir)), StandardCharsets.UTF_8);
  }

  /** Replaces text in one file of a bundle on disk; the text must be there. */
  static void edit(Path dir, String file, String from, String to) throws IOException {
    String text = Files.readString(dir.resolve(file), StandardCharsets.UTF_8);
    if (!text.contains(from)) {
      throw new IllegalArgumentException(file + " has no " + from);
    }
    Files.writeString(dir.resolve(file), text.replace(from, to), StandardCharsets.UTF_8);
  }
}
