package org.safeguarding.advisor;

import java.util.Objects;

/**
 * Turns a {@link Situation} into an {@link Assessment}: the ordered, cited next steps.
 *
 * <p>{@link #assess(Situation)} uses the default UK bundle with no set-up. An {@code Advisor} built
 * with {@link #forBundle(ContentBundle)} uses any other bundle. Either way an assessment is a pure
 * function of the situation and the bundle: the same input gives the same assessment on any
 * thread, and nothing about the situation is kept or logged.
 *
 * <pre>{@code
 * Assessment assessment = Advisor.assess(Situation.builder()
 *     .reporter(Reporter.PARENT_OR_CARER)
 *     .childAge(15)
 *     .addConcern(Concern.SEXTORTION)
 *     .build());
 * assessment.steps().forEach(step -> System.out.println(step.title()));
 * }</pre>
 */
public final class Advisor {
  private final ContentBundle bundle;

  private Advisor(ContentBundle bundle) {
    this.bundle = bundle;
  }

  /** An advisor that uses this bundle. */
  public static Advisor forBundle(ContentBundle bundle) {
    return new Advisor(Objects.requireNonNull(bundle, "bundle"));
  }

  /**
   * The advisor on the default UK bundle, loaded and checked once, on first use and then shared.
   *
   * @throws IllegalStateException if the content module is not on the class or module path
   * @throws InvalidBundleException if the bundle found is broken; every later call tries again
   */
  public static Advisor defaultAdvisor() {
    Advisor advisor = defaultAdvisor;
    if (advisor == null) {
      synchronized (Advisor.class) {
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
   * Assesses a situation with the default UK bundle.
   *
   * @throws IllegalStateException if the content module is not on the class or module path
   */
  public static Assessment assess(Situation situation) {
    return defaultAdvisor().evaluate(situation);
  }

  /** Assesses a situation with this advisor's bundle. */
  public Assessment evaluate(Situation situation) {
    return bundle.compiled().evaluate(Objects.requireNonNull(situation, "situation"));
  }

  /** The bundle this advisor uses. */
  public ContentBundle bundle() {
    return bundle;
  }

  // Set once, on first use, to an immutable advisor: applications that bring their own bundle
  // never load the default one. Not a holder class, so a failed load throws its own exception
  // (not an ExceptionInInitializerError) and can be retried.
  private static volatile Advisor defaultAdvisor;
}
