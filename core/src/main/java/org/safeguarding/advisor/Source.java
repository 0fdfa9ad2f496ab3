package org.safeguarding.advisor;

import java.util.Optional;
import org.immutables.value.Value;

/** A document that a step, warning, contact or rule rests on: a seed, guidance, law or service page. */
@Value.Immutable
public abstract class Source {
  Source() {}

  /** The source's id in the bundle, such as {@code seed-002}. */
  @Value.Parameter
  public abstract String id();

  /** Its title. */
  @Value.Parameter
  public abstract String title();

  /** Who published it, if known. */
  @Value.Parameter
  public abstract Optional<String> publisher();

  /** Its https address, if it has one. */
  @Value.Parameter
  public abstract Optional<String> url();

  /** How far its facts were checked. */
  @Value.Parameter
  public abstract Verification verification();

  /** A source with every field given. */
  public static Source of(
      String id, String title, Optional<String> publisher, Optional<String> url,
      Verification verification) {
    return ImmutableSource.of(id, title, publisher, url, verification);
  }
}
