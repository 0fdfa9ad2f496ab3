package org.safeguarding.advisor;

import java.util.Objects;
import java.util.regex.Pattern;
import org.safeguarding.advisor.engine.CompiledBundle;

/**
 * Turns a {@link Situation} into an {@link Assessment}: the ordered, cited next steps.
 *
 * <p>{@link #assess(Situation)} uses the default UK bundle with no set-up. An {@code Advisor} built
 * with {@link #forBundle(ContentBundle)} or {@link #builder()} uses any other bundle, and its own
 * settings. Either way an assessment is a pure function of the situation and the bundle: the same
 * input gives the same assessment on any thread. Nothing is logged.
 *
 * <p>Each advisor remembers the assessments of the last few thousand distinct situations, in memory
 * only, so a situation seen again costs a lookup; a situation holds only enums and an age (there is
 * no field for a name, an image or free text), and so does the memo. {@link Builder#memoSize}
 * sets its size or turns it off; where it is not set, the system property {@code
 * org.safeguarding.advisor.memoSlots}, read when the advisor is built, gives the default: a power
 * of two (default 4096), or 0 to remember nothing. {@link #memoStats()} says how it does.
 *
 * {@snippet class=org.safeguarding.advisor.snippets.Snippets region=assess}
 *
 * <p>With a bundle of your own, checked once and then shared by every thread:
 *
 * {@snippet class=org.safeguarding.advisor.snippets.Snippets region=own-bundle}
 *
 * <p>Configured explicitly, with the digest of the bundle a reviewer signed off pinned:
 *
 * {@snippet class=org.safeguarding.advisor.snippets.Snippets region=builder}
 */
public final class Advisor {
  private static final Object DEFAULT_LOCK = new Object();
  private static final Pattern DIGEST = Pattern.compile("sha256:[0-9a-f]{64}");
  // Set once, on first use, so applications that bring their own bundle never load the default one.
  // Not a holder class: a failure to load (no content module, a broken bundle) must reach the caller
  // as the documented exception on every call, not as an ExceptionInInitializerError once.
  private static volatile Advisor defaultAdvisor;

  private final ContentBundle bundle;
  /** The bundle's compiled form with this advisor's own memo. */
  private final CompiledBundle engine;

  private Advisor(ContentBundle bundle, int memoSlots) {
    this.bundle = bundle;
    this.engine = bundle.compiled().withMemo(memoSlots);
  }

  /**
   * {@return an advisor that uses this bundle, with the default memo ({@code
   * builder().bundle(bundle).build()})}
   *
   * @param bundle a loaded, checked bundle, such as {@link ContentBundle#load(java.nio.file.Path)}
   *     gives
   * @throws IllegalStateException if the system property {@code
   *     org.safeguarding.advisor.memoSlots} is set to something other than 0 or a power of two
   */
  public static Advisor forBundle(ContentBundle bundle) {
    return builder().bundle(bundle).build();
  }

  /** {@return a builder for an advisor with explicit settings} */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * {@return the advisor on the default UK bundle, loaded and checked once, on first use and then
   * shared}
   *
   * <p>The bundle is looked for with the class loader that loaded this library, never the calling
   * thread's, so in a container the first application to call it does not decide for the others.
   * An application that brings its own content module builds its own advisor with {@link
   * Builder#classLoader}.
   *
   * @throws IllegalStateException if the content module is not on the class or module path, or two
   *     providers offer it, or a provider fails to load
   * @throws InvalidBundleException if the bundle found is broken; every later call tries again
   */
  public static Advisor defaultAdvisor() {
    Advisor advisor = defaultAdvisor;
    if (advisor == null) {
      synchronized (DEFAULT_LOCK) {
        advisor = defaultAdvisor;
        if (advisor == null) {
          advisor = builder().build();
          defaultAdvisor = advisor;
        }
      }
    }
    return advisor;
  }

  /**
   * Assesses a situation with the default UK bundle: {@code defaultAdvisor().evaluate(situation)}.
   *
   * @param situation what is known
   * @return the assessment: urgency, referral, ordered steps, warnings, contacts, open questions
   * @throws IllegalStateException if the content module is not on the class or module path
   * @throws InvalidBundleException if the default bundle is broken
   * @throws InvalidSituationException if the situation's jurisdiction is not one the bundle covers
   */
  public static Assessment assess(Situation situation) {
    return defaultAdvisor().evaluate(situation);
  }

  /**
   * Assesses a situation with this advisor's bundle.
   *
   * @param situation what is known
   * @return the assessment: urgency, referral, ordered steps, warnings, contacts, open questions
   * @throws InvalidSituationException if the situation's jurisdiction is not one the bundle covers
   *     ({@link ContentBundle#jurisdictions()}): path {@code jurisdiction}, the covered codes as
   *     what is allowed; never another jurisdiction's advice
   */
  public Assessment evaluate(Situation situation) {
    return engine.evaluate(Objects.requireNonNull(situation, "situation"));
  }

  /** {@return the bundle this advisor uses} */
  public ContentBundle bundle() {
    return bundle;
  }

  /** {@return how this advisor's memo of assessments has done so far} */
  public MemoStats memoStats() {
    return engine.memoStats();
  }

  @Override
  public String toString() {
    return "Advisor[" + bundle + ", memo " + engine.memoStats().slots() + " slots]";
  }

  /**
   * Builds an {@link Advisor}. Every setting is checked when it is given, and may be given once.
   * Where a setting is not given: the bundle is the default ({@value
   * ContentBundle#DEFAULT_BUNDLE_ID}) one from the {@link BundleProvider}s that this library's
   * class loader finds; the memo size is the system property's, or 4096;
   * any digest is accepted.
   *
   * <p>A builder is not thread-safe; the advisor it builds is.
   */
  public static final class Builder {
    private static final int UNSET = -1;

    private ContentBundle bundle;
    private String bundleId;
    private ClassLoader classLoader;
    private int memoSlots = UNSET;
    private String expectedDigest;

    private Builder() {}

    /**
     * Uses a bundle already loaded.
     *
     * @param bundle the bundle, such as {@link ContentBundle#load(java.nio.file.Path)} gives
     * @return this builder
     * @throws IllegalStateException if a bundle, a bundle id or a class loader was already given
     */
    public Builder bundle(ContentBundle bundle) {
      Objects.requireNonNull(bundle, "bundle");
      requireNoBundleYet();
      if (classLoader != null) {
        throw new IllegalStateException(
            "a class loader finds a bundle by its id; it cannot be used with a loaded bundle");
      }
      this.bundle = bundle;
      return this;
    }

    /**
     * Loads the bundle with this id from a {@link BundleProvider}.
     *
     * @param bundleId the id, such as {@code uk}
     * @return this builder
     * @throws IllegalStateException if a bundle or a bundle id was already given
     * @throws IllegalArgumentException if the id is blank
     */
    public Builder bundleId(String bundleId) {
      Objects.requireNonNull(bundleId, "bundleId");
      requireNoBundleYet();
      if (bundleId.isBlank()) {
        throw new IllegalArgumentException("a bundle id must not be blank");
      }
      this.bundleId = bundleId;
      return this;
    }

    /**
     * Finds bundle providers with this class loader (and the module layers it sees) instead of the
     * one that loaded this library: in a container, the application's own.
     *
     * @param classLoader the class loader
     * @return this builder
     * @throws IllegalStateException if a class loader or a loaded bundle was already given
     */
    public Builder classLoader(ClassLoader classLoader) {
      Objects.requireNonNull(classLoader, "classLoader");
      if (this.classLoader != null) {
        throw new IllegalStateException("the class loader was already set");
      }
      if (bundle != null) {
        throw new IllegalStateException(
            "a class loader finds a bundle by its id; it cannot be used with a loaded bundle");
      }
      this.classLoader = classLoader;
      return this;
    }

    /**
     * Sets how many assessments the advisor remembers.
     *
     * @param slots a power of two from 2 to 1048576, or 0 to remember nothing
     *     at all (no assessments and no built steps)
     * @return this builder
     * @throws IllegalStateException if the memo size was already set
     * @throws IllegalArgumentException if {@code slots} is not allowed
     */
    public Builder memoSize(int slots) {
      if (memoSlots != UNSET) {
        throw new IllegalStateException("the memo size was already set to " + memoSlots);
      }
      if (!MemoSize.allowed(slots)) {
        throw new IllegalArgumentException("memo size must be 0 (remember nothing) or a power of"
            + " two from 2 to " + MemoSize.MAX_SLOTS + ", was " + slots);
      }
      this.memoSlots = slots;
      return this;
    }

    /**
     * Refuses any bundle but the one with this content digest: pin the digest of the bundle a
     * reviewer signed off, and a bundle changed since, even one re-signed with a recomputed
     * digest, is refused when the advisor is built.
     *
     * @param digest {@code sha256:} and 64 lower-case hex digits, as {@link
     *     BundleIdentity#digest()} and the manifest give it
     * @return this builder
     * @throws IllegalStateException if a digest was already given
     * @throws IllegalArgumentException if it is not written as a digest
     */
    public Builder expectedDigest(String digest) {
      Objects.requireNonNull(digest, "digest");
      if (expectedDigest != null) {
        throw new IllegalStateException("the expected digest was already set");
      }
      if (!DIGEST.matcher(digest).matches()) {
        throw new IllegalArgumentException(
            "an expected digest is 'sha256:' and 64 lower-case hex digits");
      }
      this.expectedDigest = digest;
      return this;
    }

    /**
     * {@return the advisor; loads and checks the bundle if none was given}
     *
     * @throws IllegalStateException if no provider offers the bundle id, two offer it, or a
     *     provider fails to load; or if the memo size is left to a system property that is not
     *     0 or a power of two
     * @throws InvalidBundleException if the bundle is broken, or its digest is not the expected
     *     one
     */
    public Advisor build() {
      int slots = memoSlots != UNSET ? memoSlots
          : MemoSize.slots(System.getProperty(MemoSize.PROPERTY));
      ContentBundle chosen = bundle;
      if (chosen == null) {
        chosen = ContentBundle.fromProvider(
            bundleId == null ? ContentBundle.DEFAULT_BUNDLE_ID : bundleId,
            classLoader == null ? Advisor.class.getClassLoader() : classLoader);
      }
      String digest = chosen.identity().digest();
      if (expectedDigest != null && !expectedDigest.equals(digest)) {
        throw new InvalidBundleException(java.util.List.of("bundle '" + chosen.identity().id()
            + "' has the digest " + digest + ", not the expected " + expectedDigest
            + ": its content is not the content that was pinned"));
      }
      return new Advisor(chosen, slots);
    }

    private void requireNoBundleYet() {
      if (bundle != null || bundleId != null) {
        throw new IllegalStateException("the bundle was already given");
      }
    }
  }
}
