package org.safeguarding.advisor;

import java.util.Optional;
import org.immutables.value.Value;

/** A document that a step, warning, contact or rule rests on: a seed, guidance, law or service page. */
@Value.Immutable
public abstract class Source {
  Source() {}

  /** {@return the source's id in the bundle, such as {@code seed-002}} */
  @Value.Parameter
  public abstract String id();

  /** {@return its title} */
  @Value.Parameter
  public abstract String title();

  /** {@return who published it, if known} */
  @Value.Parameter
  public abstract Optional<String> publisher();

  /** {@return its https address, if it has one} */
  @Value.Parameter
  public abstract Optional<String> url();

  /** {@return how far its facts were checked} */
  @Value.Parameter
  public abstract Verification verification();

  /**
   * A source with every field given.
   *
   * @param id the source's id in the bundle
   * @param title its title
   * @param publisher who published it, if known
   * @param url its https address, if it has one
   * @param verification how far its facts were checked
   * @return the source
   */
  public static Source of(
      String id, String title, Optional<String> publisher, Optional<String> url,
      Verification verification) {
    return ImmutableSource.of(id, title, publisher, url, verification);
  }
}
