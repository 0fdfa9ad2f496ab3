package org.safeguarding.advisor;

/** Who is asking for advice: decides the audience every step and warning is written for. */
public enum Reporter {
  /** A parent or carer of the young person (the default when no reporter is given). */
  PARENT_OR_CARER,
  /** The young person the concern is about, asking for themself. */
  YOUNG_PERSON,
  /** Someone in a school or the wider children's workforce, following their setting's procedures. */
  PROFESSIONAL,
  /** Another adult: a relative, a friend of the family, a youth leader outside a formal setting. */
  OTHER_ADULT
}
