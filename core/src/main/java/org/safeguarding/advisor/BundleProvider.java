package org.safeguarding.advisor;

/**
 * A service that offers a content bundle, found with {@link java.util.ServiceLoader}. The UK bundle
 * module provides one, which is how {@link Advisor#assess} finds its content with no set-up.
 */
public interface BundleProvider {
  /** {@return the id of the bundle this provider offers, such as {@code uk}} */
  String bundleId();

  /** {@return where the bundle's files are read from} */
  BundleSource source();
}
