package org.safeguarding.advisor.content.book;

import java.util.List;
import java.util.Map;

/**
 * Plain English for the contract's names. These are the contract's meanings (they hold for any
 * bundle), so they live with the book, not in a bundle.
 */
final class Words {
  private Words() {}

  static final Map<String, String> AUDIENCE = Map.of(
      "PARENT_OR_CARER", "Parent or carer",
      "YOUNG_PERSON", "Young person",
      "PROFESSIONAL", "Professional",
      "OTHER_ADULT", "Other adult");

  /** The reporter as the object of "the person asking is ...". */
  static final Map<String, String> REPORTER = Map.of(
      "PARENT_OR_CARER", "a parent or carer",
      "YOUNG_PERSON", "the young person themself",
      "PROFESSIONAL", "a professional (school or other children's workforce)",
      "OTHER_ADULT", "another adult");

  static final Map<String, String> JURISDICTION = Map.of(
      "GB-ENG", "England",
      "GB-WLS", "Wales",
      "GB-SCT", "Scotland",
      "GB-NIR", "Northern Ireland");

  /** A whole clause per spread value. */
  static final Map<String, String> SPREAD = Map.of(
      "NOT_SHARED", "the image has not been shared",
      "ONE_RECIPIENT", "the image went to one person",
      "PEER_GROUP", "the image went to a few people (for example at school)",
      "SOCIAL_MEDIA", "the image is on social media",
      "PUBLIC_WEBSITE", "the image is on a public website",
      "UNKNOWN", "how far the image has spread is not known");

  /** A whole clause per other-party value. */
  static final Map<String, String> OTHER_PARTY = Map.of(
      "PEER", "the other person is a peer (under 18)",
      "ADULT", "an adult is involved",
      "UNKNOWN_ONLINE_CONTACT", "an online contact whose identity or age is not known is involved",
      "NONE", "nobody else is involved",
      "UNKNOWN", "it is not known who else is involved");

  static final Map<String, String> CONCERN = Map.ofEntries(
      Map.entry("SHARED_OWN_IMAGE", "sharing an image of themselves"),
      Map.entry("IMAGE_SHARED_BY_OTHERS", "their image passed on by others"),
      Map.entry("ASKED_FOR_IMAGES", "being asked for images"),
      Map.entry("RECEIVED_SEXUAL_IMAGE", "receiving a sexual image"),
      Map.entry("SEXTORTION", "sextortion"),
      Map.entry("INTIMATE_IMAGE_ABUSE", "intimate image abuse"),
      Map.entry("DEEPFAKE", "a deepfake"),
      Map.entry("GROOMING", "grooming"),
      Map.entry("SEXUAL_CHAT_OR_LIVESTREAM", "sexual chat or live-streaming"),
      Map.entry("SHARED_SOMEONE_ELSES_IMAGE", "sharing someone else's image"),
      Map.entry("PREVENTION", "prevention (nothing has happened yet)"));

  static final Map<String, String> PLATFORM = Map.of(
      "SOCIAL_NETWORK", "a social network",
      "ENCRYPTED_MESSAGING", "encrypted messaging",
      "DISAPPEARING_MESSAGES", "disappearing messages",
      "ONLINE_GAME", "an online game",
      "LIVE_STREAM_OR_WEBCAM", "a live stream or webcam",
      "DATING_APP", "a dating app",
      "OTHER", "another kind of service");

  /** The clause that holds when an indicator is YES. */
  static final Map<String, String> INDICATOR_CLAUSE = Map.ofEntries(
      Map.entry("IMMEDIATE_DANGER", "the child is in danger now (or someone is about to meet them)"),
      Map.entry("SELF_HARM_RISK", "the child is suicidal, self-harming or in acute distress"),
      Map.entry("COERCION", "the child was pressured, manipulated or coerced"),
      Map.entry("BLACKMAIL", "there are threats or demands attached to the images"),
      Map.entry("PAYMENT_MADE", "money or more images have already been handed over"),
      Map.entry("GROOMING_SIGNS", "there are signs of grooming"),
      Map.entry("ASKED_TO_MEET", "the child was asked to meet someone they only know online"),
      Map.entry("CAPACITY_CONCERN", "there is reason to doubt the child's capacity to consent"),
      Map.entry("SEXUAL_ACTS_DEPICTED", "the imagery shows sexual acts"),
      Map.entry("EXTREME_CONTENT",
          "the content is extreme (unusual for the child's developmental stage, or violent)"),
      Map.entry("MALICIOUS_SHARING", "the image was shared on purpose to hurt or humiliate"),
      Map.entry("REPEATED", "it has happened before or there are several victims"),
      Map.entry("IMAGE_TAKEN_UNDER_18",
          "the image was taken (or made to look as if it was) when they were under 18"));

  /** A short name per indicator. */
  static final Map<String, String> INDICATOR = Map.ofEntries(
      Map.entry("IMMEDIATE_DANGER", "immediate danger"),
      Map.entry("SELF_HARM_RISK", "self-harm risk"),
      Map.entry("COERCION", "coercion"),
      Map.entry("BLACKMAIL", "blackmail"),
      Map.entry("PAYMENT_MADE", "payment made"),
      Map.entry("GROOMING_SIGNS", "grooming signs"),
      Map.entry("ASKED_TO_MEET", "asked to meet"),
      Map.entry("CAPACITY_CONCERN", "capacity concern"),
      Map.entry("SEXUAL_ACTS_DEPICTED", "sexual acts depicted"),
      Map.entry("EXTREME_CONTENT", "extreme content"),
      Map.entry("MALICIOUS_SHARING", "malicious sharing"),
      Map.entry("REPEATED", "repeated"),
      Map.entry("IMAGE_TAKEN_UNDER_18", "image taken under 18"));

  static final Map<String, String> URGENCY = Map.of(
      "EMERGENCY", "act now: call 999",
      "URGENT", "today",
      "PROMPT", "within days",
      "ROUTINE", "when you can");

  static final List<String> URGENCIES = List.of("EMERGENCY", "URGENT", "PROMPT", "ROUTINE");

  static final Map<String, String> TRIGGER = Map.of(
      "ADULT_INVOLVED", "an adult is involved",
      "COERCION_OR_BLACKMAIL", "coercion, blackmail or grooming, including any sextortion",
      "CAPACITY_TO_CONSENT", "a reason to doubt the young person's capacity to consent",
      "EXTREME_CONTENT",
      "sexual acts unusual for the young person's developmental stage, or violent acts",
      "SEXUAL_ACTS_UNDER_13", "the imagery shows sexual acts and a child in it is under 13",
      "IMMEDIATE_RISK_OF_HARM",
      "the young person is at immediate risk of harm: in danger, suicidal or self-harming");

  static final List<String> TRIGGERS = List.of("ADULT_INVOLVED", "COERCION_OR_BLACKMAIL",
      "CAPACITY_TO_CONSENT", "EXTREME_CONTENT", "SEXUAL_ACTS_UNDER_13", "IMMEDIATE_RISK_OF_HARM");

  static final Map<String, String> VERIFICATION = Map.of(
      "VERIFIED", "Verified",
      "PARTLY_VERIFIED", "PARTLY VERIFIED",
      "UNVERIFIED", "UNVERIFIED");

  static final Map<String, String> KIND = Map.of(
      "SEED", "Seed document",
      "GUIDANCE", "Guidance",
      "LAW", "Law",
      "SERVICE", "Service");

  /** "a", "a or b", "a, b or c". */
  static String or(List<String> items) {
    return joined(items, "or");
  }

  /** "a", "a and b", "a, b and c". */
  static String and(List<String> items) {
    return joined(items, "and");
  }

  static String joined(List<String> items, String word) {
    if (items.size() == 1) {
      return items.get(0);
    }
    return String.join(", ", items.subList(0, items.size() - 1)) + " " + word + " "
        + items.get(items.size() - 1);
  }

  static String label(Map<String, String> words, String value) {
    String w = words.get(value);
    if (w == null) {
      throw new IllegalArgumentException("no words for '" + value + "'");
    }
    return w;
  }

  static String capitalise(String text) {
    return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
  }
}
