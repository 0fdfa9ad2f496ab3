package org.safeguarding.advisor.content.uk;

import org.safeguarding.advisor.BundleProvider;
import org.safeguarding.advisor.BundleSource;

/**
 * Offers the UK content bundle to {@link java.util.ServiceLoader}, so that {@code
 * Advisor.assess(situation)} finds it with no set-up. The content itself is data, next to this
 * class in {@value #FOLDER}.
 */
public final class UkBundleProvider implements BundleProvider {
  /** Where the bundle's files are, as an absolute resource folder. */
  public static final String FOLDER = "/org/safeguarding/advisor/bundles/uk";

  /** Called by {@link java.util.ServiceLoader}. */
  public UkBundleProvider() {}

  @Override
  public String bundleId() {
    return "uk";
  }

  @Override
  public BundleSource source() {
    // The lookup runs here, in this module: on the module path the bundle folder is an
    // encapsulated package of this module, which only this module's own classes can read.
    return name -> UkBundleProvider.class.getResourceAsStream(FOLDER + "/" + name);
  }
}
