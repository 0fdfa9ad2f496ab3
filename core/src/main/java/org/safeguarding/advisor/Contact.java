package org.safeguarding.advisor;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/** A service or person a step sends the reporter to. */
@Value.Immutable
public abstract class Contact {
  Contact() {}

  /** {@return the contact's id in the bundle, such as {@code childline}} */
  @Value.Parameter
  public abstract String id();

  /** {@return its name} */
  @Value.Parameter
  public abstract String name();

  /** {@return its phone number, if it has one} */
  @Value.Parameter
  public abstract Optional<String> phone();

  /** {@return its https web address, if it has one} */
  @Value.Parameter
  public abstract Optional<String> url();

  /** {@return when it can be reached, if known} */
  @Value.Parameter
  public abstract Optional<String> hours();

  /** {@return who it is for, including its age scope} */
  @Value.Parameter
  public abstract String forWhom();

  /** {@return ids of the sources its details rest on (contract 1.1)} */
  @Value.Parameter
  public abstract List<String> sources();

  /**
   * {@return the details that rest only on an unverified fact, as the bundle marks them (the
   * text of such an {@code hours} or {@code forWhom} says so too)}
   */
  public abstract Set<Detail> unverified();

  /** A detail of a contact that the bundle can mark unverified. */
  public enum Detail {
    /** {@link #phone()} */
    PHONE,
    /** {@link #url()} */
    URL,
    /** {@link #hours()} */
    HOURS,
    /** {@link #forWhom()} */
    FOR_WHOM
  }

  /**
   * A contact with every field given.
   *
   * @param id the contact's id in the bundle
   * @param name its name
   * @param phone its phone number, if it has one
   * @param url its https web address, if it has one
   * @param hours when it can be reached, if known
   * @param forWhom who it is for
   * @param sources ids of the sources its details rest on
   * @return the contact
   */
  public static Contact of(
      String id,
      String name,
      Optional<String> phone,
      Optional<String> url,
      Optional<String> hours,
      String forWhom,
      List<String> sources) {
    return ImmutableContact.of(id, name, phone, url, hours, forWhom, sources);
  }

  /**
   * A contact with every field given, some details marked unverified.
   *
   * @param id the contact's id in the bundle
   * @param name its name
   * @param phone its phone number, if it has one
   * @param url its https web address, if it has one
   * @param hours when it can be reached, if known
   * @param forWhom who it is for
   * @param sources ids of the sources its details rest on
   * @param unverified the details that rest only on an unverified fact
   * @return the contact
   */
  public static Contact of(
      String id,
      String name,
      Optional<String> phone,
      Optional<String> url,
      Optional<String> hours,
      String forWhom,
      List<String> sources,
      Set<Detail> unverified) {
    return ImmutableContact.builder().id(id).name(name).phone(phone).url(url).hours(hours)
        .forWhom(forWhom).addAllSources(sources).addAllUnverified(unverified).build();
  }
}
