package org.safeguarding.advisor;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Where the young person lives, as an ISO 3166 code: a country ({@code IE}, ISO 3166-1 alpha-2) or
 * a subdivision ({@code GB-SCT}, ISO 3166-2), as written in JSON. Which jurisdictions are allowed
 * is the bundle's to say ({@link ContentBundle#jurisdictions()}, from its manifest); core knows
 * only the shape of a code. An advisor refuses a situation whose jurisdiction its bundle does not
 * cover, rather than give another country's advice.
 *
 * <p>Immutable; equal exactly when the codes are equal, and ordered by code. The four UK nations
 * are kept as constants for the UK bundle's users.
 */
public final class Jurisdiction implements Comparable<Jurisdiction> {
  /** Two capital letters, then optionally a hyphen and one to three capital letters or digits. */
  private static final Pattern CODE = Pattern.compile("[A-Z]{2}(-[A-Z0-9]{1,3})?");

  /** What a code must look like, for error messages (which never repeat the rejected text). */
  public static final String CODE_SHAPE = "an ISO 3166 code: two capital letters (ISO 3166-1,"
      + " such as IE), optionally followed by a hyphen and one to three capital letters or digits"
      + " (ISO 3166-2, such as GB-SCT)";

  /** England ({@code GB-ENG}). */
  public static final Jurisdiction GB_ENG = new Jurisdiction("GB-ENG");
  /** Wales ({@code GB-WLS}). */
  public static final Jurisdiction GB_WLS = new Jurisdiction("GB-WLS");
  /** Scotland ({@code GB-SCT}). */
  public static final Jurisdiction GB_SCT = new Jurisdiction("GB-SCT");
  /** Northern Ireland ({@code GB-NIR}). */
  public static final Jurisdiction GB_NIR = new Jurisdiction("GB-NIR");

  private final String code;

  private Jurisdiction(String code) {
    this.code = code;
  }

  /**
   * {@return the jurisdiction with this code}
   *
   * @param code an ISO 3166-1 alpha-2 or ISO 3166-2 code, such as {@code IE} or {@code GB-SCT}
   * @throws IllegalArgumentException if the code does not have that shape (the message says what
   *     is allowed, not what was given)
   */
  public static Jurisdiction of(String code) {
    Objects.requireNonNull(code, "code");
    if (!isCode(code)) {
      throw new IllegalArgumentException("not a jurisdiction code; allowed: " + CODE_SHAPE);
    }
    for (Jurisdiction uk : new Jurisdiction[] {GB_ENG, GB_WLS, GB_SCT, GB_NIR}) {
      if (uk.code.equals(code)) {
        return uk;
      }
    }
    return new Jurisdiction(code);
  }

  /**
   * {@return whether the text has the shape of a code {@link #of} accepts}
   *
   * @param code any text
   */
  public static boolean isCode(String code) {
    return code != null && CODE.matcher(code).matches();
  }

  /** {@return the ISO 3166 code, as written in JSON} */
  public String code() {
    return code;
  }

  /** Compares by code, so sorted collections keep working as they did with an enum. */
  @Override
  public int compareTo(Jurisdiction other) {
    return code.compareTo(other.code);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Jurisdiction && ((Jurisdiction) other).code.equals(code);
  }

  @Override
  public int hashCode() {
    return code.hashCode();
  }

  /** {@return the code} */
  @Override
  public String toString() {
    return code;
  }
}
