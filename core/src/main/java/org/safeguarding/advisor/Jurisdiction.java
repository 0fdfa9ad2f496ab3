package org.safeguarding.advisor;

/** Where the young person lives, as an ISO 3166-2 subdivision code (the JSON value). */
public enum Jurisdiction {
  /** England ({@code GB-ENG}). */
  GB_ENG("GB-ENG"),
  /** Wales ({@code GB-WLS}). */
  GB_WLS("GB-WLS"),
  /** Scotland ({@code GB-SCT}). */
  GB_SCT("GB-SCT"),
  /** Northern Ireland ({@code GB-NIR}). */
  GB_NIR("GB-NIR");

  private final String code;

  Jurisdiction(String code) {
    this.code = code;
  }

  /** {@return the ISO 3166-2 code, as written in JSON} */
  public String code() {
    return code;
  }

  /**
   * {@return the jurisdiction with this ISO 3166-2 code, or {@code null} if there is none}
   *
   * @param code an ISO 3166-2 code, such as {@code GB-SCT}
   */
  public static Jurisdiction fromCode(String code) {
    for (Jurisdiction j : values()) {
      if (j.code.equals(code)) {
        return j;
      }
    }
    return null;
  }
}
