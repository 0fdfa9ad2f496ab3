package org.safeguarding.advisor;

/** How far an image has spread, from contained to public. Declared from least to most spread. */
public enum Spread {
  /** The image has not been sent to anyone. */
  NOT_SHARED,
  /** Sent to one person. */
  ONE_RECIPIENT,
  /** Seen by a few people, for example at school. */
  PEER_GROUP,
  /** Posted on or shared through social media. */
  SOCIAL_MEDIA,
  /** On a public website. */
  PUBLIC_WEBSITE,
  /** Not known (the default when none is given). */
  UNKNOWN
}
