package org.safeguarding.advisor;

import java.util.Optional;
import org.immutables.value.Value;

/** A service or person a step sends the reporter to. */
@Value.Immutable
public abstract class Contact {
  Contact() {}

  /** The contact's id in the bundle, such as {@code childline}. */
  @Value.Parameter
  public abstract String id();

  /** Its name. */
  @Value.Parameter
  public abstract String name();

  /** Its phone number, if it has one. */
  @Value.Parameter
  public abstract Optional<String> phone();

  /** Its https web address, if it has one. */
  @Value.Parameter
  public abstract Optional<String> url();

  /** When it can be reached, if known. */
  @Value.Parameter
  public abstract Optional<String> hours();

  /** Who it is for, including its age scope. */
  @Value.Parameter
  public abstract String forWhom();

  /** A contact with every field given. */
  public static Contact of(
      String id,
      String name,
      Optional<String> phone,
      Optional<String> url,
      Optional<String> hours,
      String forWhom) {
    return ImmutableContact.of(id, name, phone, url, hours, forWhom);
  }
}
