package org.safeguarding.advisor;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.ServiceLoader;
import org.safeguarding.advisor.engine.CompiledBundle;

/**
 * A checked and compiled content bundle: the vetted rules, steps, warnings, contacts and sources for
 * the jurisdictions its manifest lists ({@link #jurisdictions()}). Loading checks everything
 * (shape, references, ordering, sources, URLs, phone numbers in the manifest's form, the content
 * digest) and refuses a bad bundle with every problem listed. A loaded bundle is immutable and
 * safe to share between threads.
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
   * @throws InvalidBundleException listing every problem, if the bundle is broken or its digest
   *     does not match its content
   */
  public static ContentBundle load(BundleSource source) {
    return new ContentBundle(CompiledBundle.load(Objects.requireNonNull(source, "source")));
  }

  /**
   * Loads and checks the bundle in a directory on disk.
   *
   * @param directory the directory that holds the bundle's files
   * @return the checked, compiled bundle
   * @throws InvalidBundleException listing every problem, if the bundle is broken or its digest
   *     does not match its content
   */
  public static ContentBundle load(Path directory) {
    return load(BundleSource.directory(directory));
  }

  /**
   * Loads the default ({@value #DEFAULT_BUNDLE_ID}) bundle offered by a {@link BundleProvider} on
   * the class path or module path, as this library's class loader sees them.
   *
   * @return the checked, compiled default bundle
   * @throws IllegalStateException if no provider offers it (the content module is missing), two
   *     offer it, or a provider fails to load
   */
  public static ContentBundle defaultBundle() {
    return fromProvider(DEFAULT_BUNDLE_ID);
  }

  /**
   * Loads the bundle with this id from the {@link BundleProvider}s that {@link ServiceLoader}
   * finds with this library's class loader.
   *
   * @param bundleId the id of the bundle, such as {@code uk}
   * @return the checked, compiled bundle
   * @throws IllegalStateException if no provider offers it, two offer it, or a provider fails to
   *     load
   * @throws InvalidBundleException if the bundle offered is broken
   */
  public static ContentBundle fromProvider(String bundleId) {
    return fromProvider(bundleId, ContentBundle.class.getClassLoader());
  }

  /**
   * Loads the bundle with this id from the {@link BundleProvider}s that {@link ServiceLoader}
   * finds with a class loader: in a container, the application's own. A provider that fails to
   * load, or a second provider of the same id, is an error, never passed over: either could be
   * the content the application meant.
   *
   * @param bundleId the id of the bundle, such as {@code uk}
   * @param classLoader where to look for providers (and the module layers it sees)
   * @return the checked, compiled bundle
   * @throws IllegalStateException if no provider offers it, two offer it, or a provider fails to
   *     load
   * @throws InvalidBundleException if the bundle offered is broken
   */
  public static ContentBundle fromProvider(String bundleId, ClassLoader classLoader) {
    Objects.requireNonNull(bundleId, "bundleId");
    return load(provider(bundleId,
        ServiceLoader.load(BundleProvider.class, classLoader).iterator()).source());
  }

  /** The one provider of the id among those the iterator gives; see {@link #fromProvider}. */
  static BundleProvider provider(String bundleId, java.util.Iterator<BundleProvider> providers) {
    List<String> offered = new ArrayList<>();
    List<String> offering = new ArrayList<>();
    List<String> failures = new ArrayList<>();
    BundleProvider chosen = null;
    // Bounded: an iterator that keeps failing at the same place must not loop for ever.
    for (int step = 0; step < 10_000; step++) {
      BundleProvider provider;
      String id;
      try {
        if (!providers.hasNext()) {
          break;
        }
        provider = providers.next();
        id = provider.bundleId();
      } catch (java.util.ServiceConfigurationError | RuntimeException e) {
        failures.add(String.valueOf(e.getMessage()));
        continue;
      }
      offered.add(id);
      if (bundleId.equals(id)) {
        offering.add(provider.getClass().getName());
        chosen = provider;
      }
    }
    if (!failures.isEmpty()) {
      throw new IllegalStateException("cannot choose the content bundle '" + bundleId + "': "
          + failures.size() + (failures.size() == 1 ? " bundle provider" : " bundle providers")
          + " failed to load (" + String.join("; ", failures) + ")");
    }
    if (offering.size() > 1) {
      throw new IllegalStateException(offering.size() + " bundle providers offer the content bundle"
          + " '" + bundleId + "' (" + String.join(", ", offering) + "); keep one content module"
          + " for it on the class or module path");
    }
    if (chosen == null) {
      throw new IllegalStateException(
          "no content bundle '" + bundleId + "' found (bundles offered: " + offered
              + "); add the content module, such as advisor-content-uk, to the class or module"
              + " path");
    }
    return chosen;
  }

  /**
   * The digest of the bundle files as they are now ({@code sha256:<hex>}): what the manifest's
   * {@code digest} must say after any change to the content or to the manifest's other fields
   * (the manifest is digested with its own digest's value left out). Does not check the bundle.
   *
   * @param source where the bundle's files are read from
   * @return the digest, {@code sha256:<hex>}
   * @throws java.io.IOException if a file cannot be read
   */
  public static String computeDigest(BundleSource source) throws java.io.IOException {
    return CompiledBundle.digest(digestedFiles(source));
  }

  /**
   * The manifest's text with its {@code digest} set to {@link #computeDigest the digest of the
   * files as they are now}: what a content editor writes back to sign off a change. Nothing else
   * in the manifest changes, byte for byte. Does not check the bundle.
   *
   * @param source where the bundle's files are read from
   * @return the signed manifest, as UTF-8 text
   * @throws java.io.IOException if a file cannot be read
   * @throws InvalidBundleException if the manifest has no {@code digest} field to set
   */
  public static String signedManifest(BundleSource source) throws java.io.IOException {
    java.util.Map<String, byte[]> files = digestedFiles(source);
    String signed = CompiledBundle.signedManifest(files);
    if (signed == null) {
      throw new InvalidBundleException(List.of(CompiledBundle.MANIFEST
          + ": digest: missing; add \"digest\": \"\" so that the manifest can be signed"));
    }
    return signed;
  }

  /** The manifest and the content files, by name; any missing is an error. */
  private static java.util.Map<String, byte[]> digestedFiles(BundleSource source)
      throws java.io.IOException {
    java.util.Map<String, byte[]> files = new java.util.LinkedHashMap<>();
    java.util.List<String> names = new java.util.ArrayList<>();
    names.add(CompiledBundle.MANIFEST);
    names.addAll(CONTENT_FILES);
    for (String name : names) {
      byte[] bytes = source.readAll(name);
      if (bytes == null) {
        throw new java.io.FileNotFoundException("the bundle has no " + name);
      }
      files.put(name, bytes);
    }
    return files;
  }

  /** The bundle's content files, in the order the digest reads them after the manifest. */
  public static final List<String> CONTENT_FILES = CompiledBundle.CONTENT_FILES;

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

  /** {@return every contact the bundle holds, in its order: for a page of helplines} */
  public List<Contact> contacts() {
    return compiled.contacts();
  }

  /**
   * {@return every step, in the bundle's declared order, with its texts for each audience and the
   * conditions that choose between them}
   */
  public List<StepDefinition> steps() {
    return compiled.steps();
  }

  /**
   * {@return the step with this id, if the bundle has one}
   *
   * @param id a step id, as a plan's step or {@code doFirst} names it
   */
  public java.util.Optional<StepDefinition> step(String id) {
    Objects.requireNonNull(id, "id");
    return steps().stream().filter(s -> s.id().equals(id)).findFirst();
  }

  /** {@return every warning, in the bundle's order (the order plans give them in)} */
  public List<WarningDefinition> warnings() {
    return compiled.warnings();
  }

  /**
   * {@return the warning with this id, if the bundle has one}
   *
   * @param id a warning id, as a plan's warning or {@code doFirst} names it
   */
  public java.util.Optional<WarningDefinition> warning(String id) {
    Objects.requireNonNull(id, "id");
    return warnings().stream().filter(w -> w.id().equals(id)).findFirst();
  }

  /** {@return every risk factor, in the bundle's order (the order plans give them in)} */
  public List<RiskFactorDefinition> riskFactors() {
    return compiled.riskFactors();
  }

  /**
   * {@return the risk factor with this id, if the bundle has one}
   *
   * @param id a risk factor id, as a plan's risk factor names it
   */
  public java.util.Optional<RiskFactorDefinition> riskFactor(String id) {
    Objects.requireNonNull(id, "id");
    return riskFactors().stream().filter(r -> r.id().equals(id)).findFirst();
  }

  /**
   * {@return every rule, in the bundle's order (the order of every {@code firedBy}), with its
   * description, its condition and what it gives}
   */
  public List<Rule> rules() {
    return compiled.rules();
  }

  /**
   * {@return every question, in the bundle's order (the tie-break between equally consequential
   * questions), with its wording for each audience and its labelled answers}
   */
  public List<Question> questions() {
    return compiled.questions();
  }

  /**
   * {@return the question about this fact, if the bundle has one}
   *
   * @param fact the fact, as {@link OpenQuestion#fact()} gives it
   */
  public java.util.Optional<Question> question(SituationFact<?> fact) {
    Objects.requireNonNull(fact, "fact");
    return questions().stream().filter(q -> q.fact().equals(fact)).findFirst();
  }

  /** {@return the bundle's named conditions (conditions.json), in its order} */
  public List<Condition.Named> conditions() {
    return compiled.conditions();
  }

  /**
   * {@return every {@code conflictsWith} and {@code needs} declaration, as written: the steps'
   * in their order, then the warnings'; {@link #lint()} proves them}
   */
  public List<Declaration> declarations() {
    return compiled.declarations();
  }

  /**
   * {@return the rule with this id, if the bundle has one: how a plan's {@code firedBy} is put
   * into words}
   *
   * @param id a rule id, as {@code firedBy} lists it
   */
  public java.util.Optional<Rule> rule(String id) {
    Objects.requireNonNull(id, "id");
    return rules().stream().filter(r -> r.id().equals(id)).findFirst();
  }

  /** {@return the jurisdictions the bundle covers, as its manifest lists them} */
  public List<Jurisdiction> jurisdictions() {
    return compiled.jurisdictions();
  }

  /** {@return the date the content was released} */
  public LocalDate releaseDate() {
    return compiled.releaseDate();
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
   * {@return the answers the bundle offers to the question about a fact, in the contract's declared
   * order (so numbered choices never move), each with its label for every audience; never an
   * {@code UNKNOWN} value (a "don't know" leaves the fact unknown); empty for {@code childAge},
   * which takes a number}
   *
   * <p>A fact the bundle has no question about gets every allowed value, labelled with its JSON
   * name.
   *
   * @param fact the fact, as {@link OpenQuestion#fact()} gives it
   * @param <V> the type of the fact's answers
   */
  public <V> List<Choice<V>> choices(SituationFact<V> fact) {
    Objects.requireNonNull(fact, "fact");
    if (fact.kind() == SituationFact.Kind.AGE) {
      return List.of();
    }
    // The labels are the question's view (choicesFor over choices); the order is the contract's.
    java.util.Map<String, Choice<?>> labelled = new java.util.HashMap<>();
    question(fact).ifPresent(q -> q.choices().forEach(c -> labelled.put(c.valueName(), c)));
    List<Choice<V>> out = new ArrayList<>();
    // The jurisdictions are the bundle's, not the contract's: its manifest's, in its order.
    List<V> values = fact == SituationFact.JURISDICTION
        ? jurisdictions().stream().map(fact.valueType()::cast).toList() : fact.values();
    for (V value : values) {
      String name = fact.valueName(value);
      if (name.equals("UNKNOWN")) {
        continue;
      }
      Choice<?> own = labelled.get(name);
      java.util.Map<Reporter, String> byAudience = new java.util.EnumMap<>(Reporter.class);
      for (Reporter audience : Reporter.values()) {
        byAudience.put(audience, own == null ? name : own.label(audience));
      }
      out.add(Choice.of(fact, value, byAudience));
    }
    return List.copyOf(out);
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
