package org.safeguarding.advisor;

/** Who else is involved: who asked for, received, shared or threatens with the image. */
public enum OtherParty {
  /** Someone under 18. */
  PEER,
  /** Someone 18 or over. */
  ADULT,
  /** Someone met online whose identity or age is not known. */
  UNKNOWN_ONLINE_CONTACT,
  /** Nobody else is involved. */
  NONE,
  /** Not known (the default when none is given). */
  UNKNOWN
}
