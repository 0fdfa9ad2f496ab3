package org.safeguarding.advisor;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * Where the files of a content bundle are read from: a directory, class-path resources, or
 * anything else that can open a file by name. Opening through a function keeps the loader
 * independent of class loaders and modules: a bundle module hands in its own resource lookup.
 */
@FunctionalInterface
public interface BundleSource {
  /**
   * Opens one bundle file, such as {@code rules.json}.
   *
   * @return the file's content, or {@code null} if there is no such file
   * @throws IOException if the file exists but cannot be read
   */
  InputStream open(String fileName) throws IOException;

  /** The bundle in a directory on disk. */
  static BundleSource directory(Path directory) {
    return name -> {
      try {
        return Files.newInputStream(directory.resolve(name));
      } catch (NoSuchFileException e) {
        return null;
      }
    };
  }

  /**
   * The bundle among the resources next to {@code anchor} in the folder {@code folder} (an absolute
   * resource path such as {@code /org/example/bundles/uk}); {@code anchor}'s own module reads them.
   */
  static BundleSource resources(Class<?> anchor, String folder) {
    String prefix = folder.endsWith("/") ? folder : folder + "/";
    return name -> anchor.getResourceAsStream(prefix + name);
  }

  /** Reads one file whole; used by the loader. */
  default byte[] readAll(String fileName) throws IOException {
    try (InputStream in = open(fileName)) {
      return in == null ? null : in.readAllBytes();
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }
}
