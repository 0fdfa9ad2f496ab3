package org.safeguarding.advisor;

/** What has happened, or what the reporter is worried about. A situation may have several. */
public enum Concern {
  /** The young person sent or posted a nude or semi-nude image or video of themselves. */
  SHARED_OWN_IMAGE,
  /** An image of the young person has been passed on or posted by someone else: control is lost. */
  IMAGE_SHARED_BY_OTHERS,
  /** Someone is asking or pressuring them to send images or to live-stream. */
  ASKED_FOR_IMAGES,
  /** They were sent a sexual image (of another child, of an adult, unsolicited). */
  RECEIVED_SEXUAL_IMAGE,
  /** Someone threatens to share images unless they pay, send more or do something ("sextortion"). */
  SEXTORTION,
  /** Intimate images shared, or threatened to be shared, without consent ("revenge porn"). */
  INTIMATE_IMAGE_ABUSE,
  /** A sexual image of them was digitally created or altered (AI, "nudify", merged images). */
  DEEPFAKE,
  /** Someone seems to be building a relationship with them in order to abuse them. */
  GROOMING,
  /** Sexual chat, or being asked to do sexual things on webcam or live stream. */
  SEXUAL_CHAT_OR_LIVESTREAM,
  /** The young person forwarded, showed or pestered for someone else's image. */
  SHARED_SOMEONE_ELSES_IMAGE,
  /** Nothing has happened yet: how to keep them safe. */
  PREVENTION
}
