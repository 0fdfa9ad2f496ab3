package org.safeguarding.advisor;

/** The answer to an indicator: a tri-state, because "not known" must never read as "no". */
public enum Answer {
  /** The indicator is present. */
  YES,
  /** The indicator is known to be absent. */
  NO,
  /** Not known (the default for every indicator not given). */
  UNKNOWN
}
