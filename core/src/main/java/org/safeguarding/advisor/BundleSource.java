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
   * @param fileName the file's name within the bundle
   * @return the file's content, or {@code null} if there is no such file
   * @throws IOException if the file exists but cannot be read
   */
  InputStream open(String fileName) throws IOException;

  /**
   * {@return the bundle in a directory on disk}
   *
   * @param directory the directory that holds the bundle's files
   */
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
   * The bundle among the resources of {@code anchor}'s class loader or module, in the folder {@code
   * folder} (an absolute resource path such as {@code /org/example/bundles/uk}).
   *
   * <p>On the module path the resources are looked up by this module, so a folder that is a
   * package of a named module is found only if that module opens the package to {@code
   * org.safeguarding.advisor}. A bundle module that keeps its folder encapsulated looks its files
   * up itself instead: {@code name -> MyProvider.class.getResourceAsStream(FOLDER + "/" + name)}.
   *
   * @param anchor a class of the module or class loader that holds the bundle
   * @param folder the absolute resource folder of the bundle's files
   * @return a source that opens {@code folder + "/" + fileName}
   */
  static BundleSource resources(Class<?> anchor, String folder) {
    String prefix = folder.endsWith("/") ? folder : folder + "/";
    return name -> anchor.getResourceAsStream(prefix + name);
  }

  /**
   * Reads one file whole; used by the loader.
   *
   * @param fileName the file's name within the bundle
   * @return the file's bytes, or {@code null} if there is no such file
   * @throws IOException if the file exists but cannot be read
   */
  default byte[] readAll(String fileName) throws IOException {
    try (InputStream in = open(fileName)) {
      return in == null ? null : in.readAllBytes();
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }
}
