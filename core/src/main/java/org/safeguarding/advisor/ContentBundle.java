package org.safeguarding.advisor;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.ServiceLoader;
import org.safeguarding.advisor.engine.BundleDigest;
import org.safeguarding.advisor.engine.CompiledBundle;

/**
 * A checked and compiled content bundle: the vetted rules, steps, warnings, contacts and sources of
 * one jurisdiction. Loading checks everything (shape, references, ordering, sources, URLs, phone
 * numbers, the content digest) and refuses a bad bundle with every problem listed. A loaded bundle
 * is immutable and safe to share between threads.
 */
public final class ContentBundle {
  /** The id of the bundle {@link #defaultBundle()} looks for. */
  public static final String DEFAULT_BUNDLE_ID = "uk";

  private final CompiledBundle compiled;

  private ContentBundle(CompiledBundle compiled) {
    this.compiled = compiled;
  }

  /**
   * Loads and checks a bundle.
   *
   * @param source where the bundle's files are read from
   * @return the checked, compiled bundle
   * @throws InvalidBundleException listing every problem, if the bundle is broken or tampered with
   * @throws IllegalStateException if the system property {@code org.safeguarding.advisor.memoSlots}
   *     is set to something other than 0 or a power of two (see {@link Advisor})
   */
  public static ContentBundle load(BundleSource source) {
    return new ContentBundle(CompiledBundle.load(Objects.requireNonNull(source, "source")));
  }

  /**
   * Loads and checks the bundle in a directory on disk.
   *
   * @param directory the directory that holds the bundle's files
   * @return the checked, compiled bundle
   * @throws InvalidBundleException listing every problem, if the bundle is broken or tampered with
   */
  public static ContentBundle load(Path directory) {
    return load(BundleSource.directory(directory));
  }

  /**
   * Loads the default ({@value #DEFAULT_BUNDLE_ID}) bundle offered by a {@link BundleProvider} on
   * the class path or module path.
   *
   * @return the checked, compiled default bundle
   * @throws IllegalStateException if no provider offers it (the content module is missing)
   */
  public static ContentBundle defaultBundle() {
    return fromProvider(DEFAULT_BUNDLE_ID);
  }

  /**
   * Loads the bundle with this id from the {@link BundleProvider}s that {@link ServiceLoader}
   * finds.
   *
   * @param bundleId the id of the bundle, such as {@code uk}
   * @return the checked, compiled bundle
   * @throws IllegalStateException if no provider offers it
   * @throws InvalidBundleException if the bundle offered is broken
   */
  public static ContentBundle fromProvider(String bundleId) {
    List<String> offered = new ArrayList<>();
    for (BundleProvider provider : ServiceLoader.load(BundleProvider.class)) {
      if (provider.bundleId().equals(bundleId)) {
        return load(provider.source());
      }
      offered.add(provider.bundleId());
    }
    throw new IllegalStateException(
        "no content bundle '" + bundleId + "' found (bundles offered: " + offered
            + "); add the content module, such as advisor-content-uk, to the class or module path");
  }

  /**
   * The content digest of the bundle files as they are now ({@code sha256:<hex>}): what the
   * manifest's {@code digest} must say after a content change. Does not check the bundle.
   *
   * @param source where the bundle's files are read from
   * @return the digest, {@code sha256:<hex>}
   * @throws java.io.IOException if a file cannot be read
   */
  public static String computeDigest(BundleSource source) throws java.io.IOException {
    java.util.Map<String, byte[]> files = new java.util.LinkedHashMap<>();
    for (String name : CONTENT_FILES) {
      byte[] bytes = source.readAll(name);
      if (bytes == null) {
        throw new java.io.FileNotFoundException("the bundle has no " + name);
      }
      files.put(name, bytes);
    }
    return BundleDigest.of(files);
  }

  /** The bundle's content files, in the order the digest reads them; the manifest is apart. */
  public static final List<String> CONTENT_FILES = BundleDigest.CONTENT_FILES;

  /** {@return the bundle's id, version and content digest} */
  public BundleIdentity identity() {
    return compiled.identity();
  }

  /** {@return the date by which the content must be reviewed again} */
  public LocalDate reviewBy() {
    return compiled.reviewBy();
  }

  /**
   * {@return whether the review-by date has passed on {@code today}: the content may be out of date}
   *
   * @param today the date to check against, from the application's clock
   */
  public boolean isPastReviewBy(LocalDate today) {
    return today.isAfter(compiled.reviewBy());
  }

  /** {@return every source the bundle cites, in its declared order} */
  public List<Source> sources() {
    return compiled.sources();
  }

  /**
   * {@return the source with this id, if the bundle declares it}
   *
   * @param id a source id, as a step's or warning's {@code sources} lists it
   */
  public java.util.Optional<Source> source(String id) {
    return compiled.sources().stream().filter(s -> s.id().equals(id)).findFirst();
  }

  /**
   * {@return the labels of the allowed answers to an open question's field, in the bundle's words,
   * such as {@code YES -> "Yes"}; empty for {@code childAge}, which takes a number}
   *
   * @param field the JSON path of the fact, as {@link OpenQuestion#field()} gives it
   */
  public java.util.Map<String, String> choices(String field) {
    return compiled.choices(field);
  }

  /**
   * Proves the bundle's {@code conflictsWith} and {@code needs} declarations (docs/bundle-format.md)
   * over every reachable situation: not by sampling, but by a search over every combination of
   * the facts the rules that give each declared id read. Loading checks that the declarations
   * name real steps and warnings; this checks that every plan keeps them.
   *
   * @return one finding, with a witness situation, for each declaration that some plan breaks (a
   *     conflict declared on both ids counts once); empty if every plan keeps every declaration
   */
  public List<LintFinding> lint() {
    return compiled.lint();
  }

  CompiledBundle compiled() {
    return compiled;
  }

  @Override
  public String toString() {
    BundleIdentity id = identity();
    return "ContentBundle[" + id.id() + " " + id.version() + " " + id.digest() + "]";
  }
}
