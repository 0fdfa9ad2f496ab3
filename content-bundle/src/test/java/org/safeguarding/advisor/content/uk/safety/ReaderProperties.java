package org.safeguarding.advisor.content.uk.safety;

import static org.safeguarding.advisor.content.uk.safety.SafetyProperties.isAdult;
import static org.safeguarding.advisor.content.uk.safety.SafetyProperties.isChildOrUnknownAge;
import static org.safeguarding.advisor.content.uk.safety.SafetyProperties.yes;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.safeguarding.advisor.Answer;
import org.safeguarding.advisor.Assessment;
import org.safeguarding.advisor.Concern;
import org.safeguarding.advisor.Contact;
import org.safeguarding.advisor.Indicator;
import org.safeguarding.advisor.OpenQuestion;
import org.safeguarding.advisor.OtherParty;
import org.safeguarding.advisor.Reporter;
import org.safeguarding.advisor.RiskFactor;
import org.safeguarding.advisor.Situation;
import org.safeguarding.advisor.Spread;
import org.safeguarding.advisor.Step;
import org.safeguarding.advisor.Warning;

/**
 * The properties of decision-model.md section 3 that hold for one situation and its assessment:
 * what the reader needs, beyond a structurally safe plan (12 to 18 and 20; 19 is the nations'
 * test, 21 the bundle lint's, 22 {@code ReadabilityTest}'s). Each violation is a sentence that
 * starts with its property, as in {@link SafetyProperties}.
 */
final class ReaderProperties {
  /** Concerns that are only something done to the young person, never something they did. */
  static final Set<Concern> DONE_TO_THEM = EnumSet.of(Concern.IMAGE_SHARED_BY_OTHERS,
      Concern.ASKED_FOR_IMAGES, Concern.RECEIVED_SEXUAL_IMAGE, Concern.SEXTORTION,
      Concern.INTIMATE_IMAGE_ABUSE, Concern.DEEPFAKE, Concern.GROOMING,
      Concern.SEXUAL_CHAT_OR_LIVESTREAM);

  /** A person to turn to: what a child must meet first (property 13, contract doFirst). */
  static final Set<String> PERSON_STEPS = Set.of("call-999", "get-help-for-self-harm-risk",
      "tell-a-trusted-adult", "talk-to-childline");

  /** Steps that send the reader to the image: to list, find, save or report where it is. */
  static final Set<String> IMAGE_CHORES = Set.of("list-where-image-has-been-shared",
      "report-url-to-iwf", "report-to-platform", "use-report-remove", "use-take-it-down",
      "use-stopncii", "keep-evidence");

  /** Someone who can act on a threat by a peer: the school, or for a professional the DSL. */
  static final Set<String> SCHOOL_ROUTES = Set.of("contact-the-school",
      "tell-designated-safeguarding-lead");

  /** Someone who can act on a threat by an adult or unknown online contact. */
  static final Set<String> POLICE_ROUTES = Set.of("call-999", "report-to-ceop",
      "report-to-police-101", "refer-to-police-and-social-care");

  /**
   * Concerns about the person's own image (for property 18): an image of someone else (received,
   * or passed on by them) is not "their image taken when under 18".
   */
  static final Set<Concern> OWN_IMAGE_CONCERNS = EnumSet.of(Concern.SHARED_OWN_IMAGE,
      Concern.IMAGE_SHARED_BY_OTHERS, Concern.SEXTORTION, Concern.INTIMATE_IMAGE_ABUSE,
      Concern.DEEPFAKE);

  /** Concerns about an image of someone else, who may be under 18. */
  static final Set<Concern> OTHERS_IMAGE_CONCERNS = EnumSet.of(Concern.RECEIVED_SEXUAL_IMAGE,
      Concern.SHARED_SOMEONE_ELSES_IMAGE);

  /** Contract 1.1's indicator, looked up by name so this compiles before the engine has it. */
  static final Optional<Indicator> IMAGE_TAKEN_UNDER_18 = indicator("IMAGE_TAKEN_UNDER_18");

  private ReaderProperties() {}

  static Optional<Indicator> indicator(String name) {
    for (Indicator i : Indicator.values()) {
      if (i.name().equals(name)) {
        return Optional.of(i);
      }
    }
    return Optional.empty();
  }

  /** One text the reader sees, with where it comes from ("step call-999", "question ..."). */
  record Text(String where, String text) {}

  /** Every text the reader sees in steps, warnings, risk factors and open questions. */
  static List<Text> texts(Assessment a) {
    List<Text> out = new ArrayList<>();
    for (Step s : a.steps()) {
      out.add(new Text("step " + s.id(), s.title()));
      out.add(new Text("step " + s.id(), s.detail()));
    }
    for (Warning w : a.warnings()) {
      out.add(new Text("warning " + w.id(), w.text()));
    }
    for (RiskFactor r : a.riskFactors()) {
      out.add(new Text("risk factor " + r.id(), r.explanation()));
    }
    for (OpenQuestion q : a.openQuestions()) {
      out.add(new Text("question " + q.field(), q.question()));
      out.add(new Text("question " + q.field(), q.whyItMatters()));
    }
    return out;
  }

  static List<String> violations(Situation s, Assessment a) {
    List<String> v = new ArrayList<>();
    victimFraming(s, a, v);
    personFirst(s, a, v);
    threatsActedOn(s, a, v);
    contactCut(s, a, v);
    liveStreams(s, a, v);
    adultWords(s, a, v);
    imagesTakenUnder18(s, a, v);
    doFirst(s, a, v);
    reportRemoveException(s, a, v);
    return v;
  }

  /**
   * 21, the one safe exception: where a young person, parent or other adult is told never to send
   * the image to anyone, the warning names Report Remove as the exception exactly when the plan
   * offers it (second reading, MEDIUM 9), and never where it does not (Report Remove is only for
   * an under-18's own image, so naming it to someone who forwarded another child's image would
   * send that image on).
   */
  static void reportRemoveException(Situation s, Assessment a, List<String> v) {
    if (s.audience() == Reporter.PROFESSIONAL) {
      return;
    }
    Optional<Warning> never = a.warnings().stream()
        .filter(w -> w.id().equals("never-copy-or-forward-image")).findFirst();
    if (never.isEmpty()) {
      return;
    }
    boolean named = never.get().text().contains("Report Remove");
    boolean offered = a.hasStep("use-report-remove");
    if (named != offered) {
      v.add("P21: the never-copy warning " + (named ? "names" : "does not name")
          + " Report Remove as the safe exception, but the plan " + (offered ? "offers" : "does not"
          + " offer") + " use-report-remove");
    }
  }

  /** 12. Concerns only done to the young person: no offender advice, no talk of their offending. */
  static void victimFraming(Situation s, Assessment a, List<String> v) {
    if (s.concerns().isEmpty() || !DONE_TO_THEM.containsAll(s.concerns())) {
      return;
    }
    if (a.hasStep("talk-about-consent-and-respect")) {
      v.add("P12: a victim is given talk-about-consent-and-respect");
    }
    for (Text t : texts(a)) {
      for (Wording.Phrase p : Wording.hits(Wording.OFFENDING, t.text())) {
        v.add("P12: " + t.where() + " speaks of the young person's offending (" + p.name()
            + ": " + p.why() + ")");
      }
    }
  }

  /** What the reader meets first: doFirst, then the steps, each id once. */
  static List<String> readingOrder(Assessment a) {
    Set<String> order = new LinkedHashSet<>(DoFirst.of(a));
    a.steps().forEach(st -> order.add(st.id()));
    return new ArrayList<>(order);
  }

  /** 13. A child reporting for themself meets a person first, and is not sent to the image first. */
  static void personFirst(Situation s, Assessment a, List<String> v) {
    if (s.reporter().orElse(null) != Reporter.YOUNG_PERSON || !isChildOrUnknownAge(s)) {
      return;
    }
    List<Step> steps = a.steps();
    if (steps.isEmpty() || !PERSON_STEPS.contains(steps.get(0).id())) {
      v.add("P13: a young person's first step is "
          + (steps.isEmpty() ? "missing" : steps.get(0).id()) + ", not a person to turn to");
    }
    List<String> order = readingOrder(a);
    int person = firstOf(order, PERSON_STEPS);
    int chore = firstOf(order, IMAGE_CHORES);
    if (chore >= 0 && (person < 0 || chore < person)) {
      v.add("P13: a young person is sent to the image (" + order.get(chore)
          + ") before a person to turn to");
    }
  }

  /** 14. A threat to share, or sharing without consent: evidence kept and someone who can act. */
  static void threatsActedOn(Situation s, Assessment a, List<String> v) {
    if (!isChildOrUnknownAge(s) || !(s.concerns().contains(Concern.INTIMATE_IMAGE_ABUSE)
        || s.concerns().contains(Concern.SEXTORTION) || yes(s, Indicator.BLACKMAIL))) {
      return;
    }
    if (!a.hasStep("keep-evidence")) {
      v.add("P14: a threat or sharing without keep-evidence");
    }
    if (!a.hasWarning("do-not-delete-evidence")) {
      v.add("P14: a threat or sharing without do-not-delete-evidence");
    }
    Set<String> routes = switch (s.otherParty()) {
      case PEER -> SCHOOL_ROUTES;
      case ADULT, UNKNOWN_ONLINE_CONTACT -> POLICE_ROUTES;
      default -> union(SCHOOL_ROUTES, POLICE_ROUTES);
    };
    if (a.steps().stream().noneMatch(st -> routes.contains(st.id()))) {
      v.add("P14: a threat or sharing by " + s.otherParty() + " with no route to someone who can"
          + " act (one of " + new java.util.TreeSet<>(routes) + ")");
    }
  }

  /** 15. An adult or unknown contact is cut off after the evidence is kept, and never met. */
  static void contactCut(Situation s, Assessment a, List<String> v) {
    if (!isChildOrUnknownAge(s)) {
      return;
    }
    boolean concern = s.concerns().stream().anyMatch(c -> c != Concern.PREVENTION);
    if (concern && (s.otherParty() == OtherParty.ADULT
        || s.otherParty() == OtherParty.UNKNOWN_ONLINE_CONTACT)) {
      int block = SafetyProperties.index(a.steps(), "stop-contact-and-block");
      int keep = SafetyProperties.index(a.steps(), "keep-evidence");
      if (block < 0) {
        v.add("P15: " + s.otherParty() + " in contact with a child but no stop-contact-and-block");
      } else if (keep < 0 || keep > block) {
        v.add("P15: stop-contact-and-block is not after keep-evidence ("
            + (keep < 0 ? "no keep-evidence" : "keep-evidence comes later") + ")");
      }
    }
    if (yes(s, Indicator.ASKED_TO_MEET) && !a.hasWarning("do-not-go-to-meet")) {
      v.add("P15: ASKED_TO_MEET=YES for a child without do-not-go-to-meet");
    }
  }

  /** 16. A live stream or sexual chat is never recorded, and never asked for. */
  static void liveStreams(Situation s, Assessment a, List<String> v) {
    if (isChildOrUnknownAge(s) && s.concerns().contains(Concern.SEXUAL_CHAT_OR_LIVESTREAM)) {
      for (String w : List.of("never-copy-or-forward-image", "do-not-ask-for-the-image")) {
        if (!a.hasWarning(w)) {
          v.add("P16: SEXUAL_CHAT_OR_LIVESTREAM for a child without " + w);
        }
      }
    }
  }

  /** 17. Someone 18 or over is not called a child nor sent down a children's route. */
  static void adultWords(Situation s, Assessment a, List<String> v) {
    if (!isAdult(s)) {
      return;
    }
    boolean over18 = s.childAge().getAsInt() >= 19;
    for (Text t : texts(a)) {
      for (Wording.Phrase p : Wording.hits(Wording.CHILD_WORDS, t.text())) {
        v.add("P17: " + t.where() + " calls an adult a child (" + p.name() + ")");
      }
      for (Wording.Phrase p : Wording.hits(Wording.CHILDRENS_ROUTES, t.text())) {
        v.add("P17: " + t.where() + " names a children's route (" + p.name() + ": " + p.why()
            + ")");
      }
      if (over18 && !Wording.hits(List.of(Wording.CHILDLINE), t.text()).isEmpty()) {
        v.add("P17: " + t.where() + " names Childline to someone 19 or over");
      }
    }
    for (Step st : a.steps()) {
      if (Wording.CHILDRENS_STEPS.contains(st.id())
          || (over18 && st.id().equals("talk-to-childline"))) {
        v.add("P17: an adult is given the children's route " + st.id());
      }
    }
    for (Contact c : a.contacts()) {
      if (Wording.CHILDRENS_CONTACTS.contains(c.id())
          || (over18 && c.id().equals("childline"))) {
        v.add("P17: an adult is given the children's contact " + c.id());
      }
      // A contact's name is read like the steps ("The child's school" was listed in a
      // 19-year-old's plan, issue 11). Its scope (forWhom) describes the service's users, such as
      // "the children's workforce", not the reader, so it is not read here.
      for (Wording.Phrase p : Wording.hits(Wording.CHILD_WORDS, c.name())) {
        v.add("P17: contact " + c.id() + " calls an adult a child (" + p.name() + ")");
      }
    }
  }

  /** 18. An adult's image taken when under 18 is still a child's image. */
  static void imagesTakenUnder18(Situation s, Assessment a, List<String> v) {
    if (!isAdult(s) || s.concerns().stream().noneMatch(OWN_IMAGE_CONCERNS::contains)) {
      return;
    }
    if (IMAGE_TAKEN_UNDER_18.isEmpty()) {
      v.add("P18: the model has no IMAGE_TAKEN_UNDER_18 indicator (contract 1.1)");
      return;
    }
    Indicator taken = IMAGE_TAKEN_UNDER_18.get();
    Answer answer = s.indicator(taken);
    if (answer == Answer.NO) {
      // Pathway 17: an adult may screenshot online content of themselves, with its URL, as
      // evidence (the Revenge Porn Helpline's advice); the never-copy rule is for images of
      // under-18s. Someone else's image (received, or passed on) may be a child's: left alone.
      if (s.concerns().stream().noneMatch(OTHERS_IMAGE_CONCERNS::contains)
          && a.hasWarning("never-copy-or-forward-image")) {
        v.add("P18: IMAGE_TAKEN_UNDER_18=NO, an adult's own image, given never-copy-or-forward-image"
            + " (adults may keep screenshots as evidence)");
      }
      return;
    }
    if (!a.hasWarning("never-copy-or-forward-image")) {
      v.add("P18: IMAGE_TAKEN_UNDER_18=" + answer + " without never-copy-or-forward-image");
    }
    if (answer == Answer.YES) {
      if (!a.hasStep("use-take-it-down")) {
        v.add("P18: IMAGE_TAKEN_UNDER_18=YES without use-take-it-down");
      }
      if ((s.spread() == Spread.SOCIAL_MEDIA || s.spread() == Spread.PUBLIC_WEBSITE)
          && !a.hasStep("report-url-to-iwf")) {
        v.add("P18: IMAGE_TAKEN_UNDER_18=YES and online without report-url-to-iwf");
      }
      if (a.hasStep("use-stopncii")) {
        v.add("P18: IMAGE_TAKEN_UNDER_18=YES given use-stopncii (for images of adults)");
      }
    } else if (a.openQuestions().stream()
        .noneMatch(q -> q.field().equals("indicators." + taken.name()))) {
      v.add("P18: IMAGE_TAKEN_UNDER_18 unknown for an adult's image but not asked");
    }
  }

  /** 20. At most three things to read first, with the one that matters most among them. */
  static void doFirst(Situation s, Assessment a, List<String> v) {
    if (DoFirst.METHOD.isEmpty()) {
      v.add("P20: the assessment has no doFirst (contract 1.1)");
      return;
    }
    List<String> first = DoFirst.of(a);
    if (first.isEmpty() || first.size() > 3) {
      v.add("P20: doFirst holds " + first.size() + " ids, not one to three");
    }
    if (new LinkedHashSet<>(first).size() != first.size()) {
      v.add("P20: doFirst repeats an id");
    }
    for (String id : first) {
      if (!a.hasStep(id) && !a.hasWarning(id)) {
        v.add("P20: doFirst names " + id + ", which is not in the plan");
      }
    }
    if (yes(s, Indicator.IMMEDIATE_DANGER) && (first.isEmpty() || !first.get(0).equals("call-999"))) {
      v.add("P20: an emergency whose doFirst does not start with call-999");
    }
    if ((s.concerns().contains(Concern.SEXTORTION) || yes(s, Indicator.BLACKMAIL))
        && !first.contains("do-not-pay")) {
      v.add("P20: sextortion or blackmail without do-not-pay in doFirst");
    }
    if (s.reporter().orElse(null) == Reporter.YOUNG_PERSON && isChildOrUnknownAge(s)
        && first.stream().noneMatch(PERSON_STEPS::contains)) {
      v.add("P20: a young person's doFirst has no person to turn to");
    }
    if (isChildOrUnknownAge(s) && yes(s, Indicator.ASKED_TO_MEET)
        && !first.contains("do-not-go-to-meet")) {
      v.add("P20: ASKED_TO_MEET=YES for a child without do-not-go-to-meet in doFirst");
    }
  }

  private static int firstOf(List<String> order, Set<String> ids) {
    for (int i = 0; i < order.size(); i++) {
      if (ids.contains(order.get(i))) {
        return i;
      }
    }
    return -1;
  }

  private static Set<String> union(Set<String> a, Set<String> b) {
    Set<String> out = new LinkedHashSet<>(a);
    out.addAll(b);
    return out;
  }
}
