package org.safeguarding.advisor;

/** How far a source's facts were checked against the cited page. */
public enum Verification {
  /** Seen on the cited page. */
  VERIFIED,
  /** Partly seen: older wording, a secondary copy, or part of the sentence. */
  PARTLY_VERIFIED,
  /** Not verified: shown to users as unverified. */
  UNVERIFIED
}
