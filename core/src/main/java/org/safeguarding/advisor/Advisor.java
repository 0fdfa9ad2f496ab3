package org.safeguarding.advisor;

import java.util.Objects;

/**
 * Turns a {@link Situation} into an {@link Assessment}: the ordered, cited next steps.
 *
 * <p>{@link #assess(Situation)} uses the default UK bundle with no set-up. An {@code Advisor} built
 * with {@link #forBundle(ContentBundle)} uses any other bundle. Either way an assessment is a pure
 * function of the situation and the bundle: the same input gives the same assessment on any
 * thread. Nothing is logged. The bundle remembers the assessments of the last few thousand
 * distinct situations, in memory only, so a situation seen again costs a lookup; a situation
 * holds only enums and an age (there is no field for a name, an image or free text), and so does
 * the memo. The system property {@code org.safeguarding.advisor.memoSlots}, read when a bundle is
 * loaded, sets its size: a power of two (default 4096), or 0 to remember nothing.
 *
 * {@snippet class=org.safeguarding.advisor.snippets.Snippets region=assess}
 *
 * <p>With a bundle of your own, checked once and then shared by every thread:
 *
 * {@snippet class=org.safeguarding.advisor.snippets.Snippets region=own-bundle}
 */
public final class Advisor {
  private static final Object DEFAULT_LOCK = new Object();
  // Set once, on first use, so applications that bring their own bundle never load the default one.
  // Not a holder class: a failure to load (no content module, a broken bundle) must reach the caller
  // as the documented exception on every call, not as an ExceptionInInitializerError once.
  private static volatile Advisor defaultAdvisor;

  private final ContentBundle bundle;

  private Advisor(ContentBundle bundle) {
    this.bundle = bundle;
  }

  /**
   * {@return an advisor that uses this bundle}
   *
   * @param bundle a loaded, checked bundle, such as {@link ContentBundle#load(java.nio.file.Path)}
   *     gives
   */
  public static Advisor forBundle(ContentBundle bundle) {
    return new Advisor(Objects.requireNonNull(bundle, "bundle"));
  }

  /**
   * {@return the advisor on the default UK bundle, loaded and checked once, on first use and then
   * shared}
   *
   * @throws IllegalStateException if the content module is not on the class or module path
   * @throws InvalidBundleException if the bundle found is broken; every later call tries again
   */
  public static Advisor defaultAdvisor() {
    Advisor advisor = defaultAdvisor;
    if (advisor == null) {
      synchronized (DEFAULT_LOCK) {
        advisor = defaultAdvisor;
        if (advisor == null) {
          advisor = new Advisor(ContentBundle.defaultBundle());
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
   */
  public static Assessment assess(Situation situation) {
    return defaultAdvisor().evaluate(situation);
  }

  /**
   * Assesses a situation with this advisor's bundle.
   *
   * @param situation what is known
   * @return the assessment: urgency, referral, ordered steps, warnings, contacts, open questions
   */
  public Assessment evaluate(Situation situation) {
    return bundle.compiled().evaluate(Objects.requireNonNull(situation, "situation"));
  }

  /** {@return the bundle this advisor uses} */
  public ContentBundle bundle() {
    return bundle;
  }
}
