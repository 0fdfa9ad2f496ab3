package org.safeguarding.advisor.spring;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import org.safeguarding.advisor.BundleProvider;
import org.safeguarding.advisor.BundleSource;
import org.safeguarding.advisor.ContentBundle;
import org.safeguarding.advisor.InvalidBundleException;

/**
 * A bundle loaded from one snapshot of its files: the files are read into memory once, then
 * checked and compiled from those bytes, so what is checked is exactly what is served (a file
 * changed on disk after the check cannot slip in).
 */
final class LoadedBundle {
  private final ContentBundle bundle;
  private LoadedBundle(ContentBundle bundle) {
    this.bundle = bundle;
  }

  ContentBundle bundle() {
    return bundle;
  }

  /**
   * Loads the bundle the properties name and checks its digest against the pinned one.
   *
   * @throws BundleRefusedException for every reason the bundle cannot be used
   */
  static LoadedBundle load(AdvisorProperties.Bundle settings, ClassLoader classLoader) {
    Path path = settings.getPath();
    String where;
    BundleSource source;
    if (path != null) {
      where = "the bundle directory " + path + " (advisor.bundle.path)";
      if (!Files.isDirectory(path)) {
        throw new BundleRefusedException(BundleRefusedException.Reason.NOT_FOUND, where,
            List.of("there is no directory at " + path.toAbsolutePath()), null, null);
      }
      source = BundleSource.directory(path);
    } else {
      where = "the default bundle '" + ContentBundle.DEFAULT_BUNDLE_ID + "' on the class path";
      source = defaultSource(classLoader, where);
    }
    Map<String, byte[]> files = snapshot(source, where);
    ContentBundle bundle;
    try {
      bundle = ContentBundle.load(name -> open(files, name));
    } catch (InvalidBundleException e) {
      throw new BundleRefusedException(BundleRefusedException.Reason.INVALID, where, e.problems(),
          null, null);
    }
    String expected = settings.getExpectedDigest();
    if (expected != null && !expected.isBlank()
        && !expected.strip().equals(bundle.identity().digest())) {
      throw new BundleRefusedException(BundleRefusedException.Reason.DIGEST_MISMATCH, where,
          List.of("its digest is " + bundle.identity().digest() + ", but "
              + "advisor.bundle.expected-digest is " + expected.strip()),
          bundle.identity().digest(), expected.strip());
    }
    return new LoadedBundle(bundle);
  }

  private static ByteArrayInputStream open(Map<String, byte[]> files, String name) {
    byte[] bytes = files.get(name);
    return bytes == null ? null : new ByteArrayInputStream(bytes);
  }

  private static BundleSource defaultSource(ClassLoader classLoader, String where) {
    List<String> offered = new ArrayList<>();
    for (BundleProvider provider : ServiceLoader.load(BundleProvider.class, classLoader)) {
      if (provider.bundleId().equals(ContentBundle.DEFAULT_BUNDLE_ID)) {
        return provider.source();
      }
      offered.add(provider.bundleId());
    }
    throw new BundleRefusedException(BundleRefusedException.Reason.NOT_FOUND, where,
        List.of("no content module offers it (bundles offered: " + offered + ")"), null, null);
  }

  private static Map<String, byte[]> snapshot(BundleSource source, String where) {
    List<String> names = new ArrayList<>();
    names.add("manifest.json");
    names.addAll(ContentBundle.CONTENT_FILES);
    Map<String, byte[]> files = new LinkedHashMap<>();
    for (String name : names) {
      try {
        byte[] bytes = source.readAll(name);
        if (bytes != null) {
          files.put(name, bytes);
        }
      } catch (IOException | UncheckedIOException e) {
        throw new BundleRefusedException(BundleRefusedException.Reason.INVALID, where,
            List.of(name + ": cannot be read (" + e.getClass().getSimpleName() + ")"), null, null);
      }
    }
    return Map.copyOf(files);
  }
}
