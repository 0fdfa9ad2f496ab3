package org.safeguarding.advisor;

/**
 * The immediate-referral triggers of the UKCIS screen: any one present means the incident goes to
 * the police and/or children's social care at once. The names are fixed by the JSON contract.
 */
public enum ReferralTrigger {
  /** An adult is involved. */
  ADULT_INVOLVED,
  /** Coercion, blackmail or grooming, including any sextortion. */
  COERCION_OR_BLACKMAIL,
  /** A reason to doubt the young person's capacity to consent, such as special educational needs. */
  CAPACITY_TO_CONSENT,
  /** Sexual acts unusual for the young person's developmental stage, or violent acts. */
  EXTREME_CONTENT,
  /** The imagery shows sexual acts and a child in it is under 13. */
  SEXUAL_ACTS_UNDER_13,
  /** The young person is at immediate risk of harm: in danger, suicidal or self-harming. */
  IMMEDIATE_RISK_OF_HARM
}
