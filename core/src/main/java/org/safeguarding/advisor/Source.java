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

  /** {@return what kind of document it is} */
  @Value.Parameter
  public abstract Kind kind();

  /** {@return how far its facts were checked} */
  @Value.Parameter
  public abstract Verification verification();

  /** {@return the bundle's note on it, if any: what was checked, what to watch} */
  @Value.Parameter
  public abstract Optional<String> note();

  /** What kind of document a source is, as sources.json says. */
  public enum Kind {
    /** One of the vetted guidance documents the bundle was first built from. */
    SEED,
    /** Other published guidance. */
    GUIDANCE,
    /** Legislation. */
    LAW,
    /** A service's own page. */
    SERVICE
  }

  /**
   * A source with every field given.
   *
   * @param id the source's id in the bundle
   * @param title its title
   * @param publisher who published it, if known
   * @param url its https address, if it has one
   * @param kind what kind of document it is
   * @param verification how far its facts were checked
   * @param note the bundle's note on it, if any
   * @return the source
   */
  public static Source of(
      String id, String title, Optional<String> publisher, Optional<String> url, Kind kind,
      Verification verification, Optional<String> note) {
    return ImmutableSource.of(id, title, publisher, url, kind, verification, note);
  }
}
