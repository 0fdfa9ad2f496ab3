package org.safeguarding.advisor;

import org.immutables.value.Value;

/** Which content bundle produced an assessment: its id, version and content digest. */
@Value.Immutable
public abstract class BundleIdentity {
  BundleIdentity() {}

  /** {@return the bundle id, such as {@code uk}} */
  @Value.Parameter
  public abstract String id();

  /** {@return the bundle's own content version, such as {@code 2026.11.0}} */
  @Value.Parameter
  public abstract String version();

  /** {@return the SHA-256 digest of the bundle's content, as {@code sha256:<hex>}} */
  @Value.Parameter
  public abstract String digest();

  /**
   * An identity with every field given.
   *
   * @param id the bundle id
   * @param version the bundle's content version
   * @param digest the content digest, {@code sha256:<hex>}
   * @return the identity
   */
  public static BundleIdentity of(String id, String version, String digest) {
    return ImmutableBundleIdentity.of(id, version, digest);
  }
}
