package org.safeguarding.advisor;

/** The kind of service where it happened; decides which removal routes can work. */
public enum Platform {
  /** A social network. */
  SOCIAL_NETWORK,
  /** An end-to-end encrypted messaging app. */
  ENCRYPTED_MESSAGING,
  /** Messages, photos or videos that are meant to disappear. */
  DISAPPEARING_MESSAGES,
  /** An online game or its chat. */
  ONLINE_GAME,
  /** A live stream or webcam. */
  LIVE_STREAM_OR_WEBCAM,
  /** A dating app. */
  DATING_APP,
  /** Anything else. */
  OTHER
}
