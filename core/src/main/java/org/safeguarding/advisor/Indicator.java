package org.safeguarding.advisor;

/** A risk indicator, each answered {@link Answer#YES}, {@link Answer#NO} or {@link Answer#UNKNOWN}. */
public enum Indicator {
  /** The child is in danger now, or someone is about to meet them. */
  IMMEDIATE_DANGER,
  /** Suicidal, self-harming, or in acute distress. */
  SELF_HARM_RISK,
  /** Pressured, manipulated or coerced into it. */
  COERCION,
  /** Threats or demands are attached to the images. */
  BLACKMAIL,
  /** Money or more images have already been handed over. */
  PAYMENT_MADE,
  /** Gifts, secrecy, flattery, an online "friend" who wants them to themselves. */
  GROOMING_SIGNS,
  /** Asked to meet face to face someone they only know online. */
  ASKED_TO_MEET,
  /** Special educational needs or another reason to doubt their capacity to consent. */
  CAPACITY_CONCERN,
  /** The imagery shows sexual acts, not only nudity. */
  SEXUAL_ACTS_DEPICTED,
  /** Acts unusual for the young person's developmental stage, or violent. */
  EXTREME_CONTENT,
  /** Shared on purpose to hurt, humiliate or take revenge. */
  MALICIOUS_SHARING,
  /** It has happened before, or there are several victims. */
  REPEATED,
  /**
   * For someone 18 or over now: the image was taken (or made to look as if they were) when they
   * were under 18. Such an image is still a child sexual abuse image: the child-image routes that
   * serve adults apply (Take It Down, the IWF, never copy it), and StopNCII, which is for images of
   * adults, does not. Unknown for an adult with an image concern: the never-copy rule holds, and the
   * question is asked (contract 1.1).
   */
  IMAGE_TAKEN_UNDER_18
}
