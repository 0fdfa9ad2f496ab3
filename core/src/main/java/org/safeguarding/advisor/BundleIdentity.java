package org.safeguarding.advisor;

import org.immutables.value.Value;

/** Which content bundle produced an assessment: its id, version and content digest. */
@Value.Immutable
public abstract class BundleIdentity {
  BundleIdentity() {}

  /** The bundle id, such as {@code uk}. */
  @Value.Parameter
  public abstract String id();

  /** The bundle's own content version, such as {@code 2026.11.0}. */
  @Value.Parameter
  public abstract String version();

  /** The SHA-256 digest of the bundle's content, as {@code sha256:<hex>}. */
  @Value.Parameter
  public abstract String digest();

  /** An identity with every field given. */
  public static BundleIdentity of(String id, String version, String digest) {
    return ImmutableBundleIdentity.of(id, version, digest);
  }
}
