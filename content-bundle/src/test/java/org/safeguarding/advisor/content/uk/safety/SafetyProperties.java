package org.safeguarding.advisor.content.uk.safety;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.safeguarding.advisor.Answer;
import org.safeguarding.advisor.Assessment;
import org.safeguarding.advisor.Concern;
import org.safeguarding.advisor.ContentBundle;
import org.safeguarding.advisor.Contact;
import org.safeguarding.advisor.Indicator;
import org.safeguarding.advisor.OtherParty;
import org.safeguarding.advisor.ReferralTrigger;
import org.safeguarding.advisor.Reporter;
import org.safeguarding.advisor.Situation;
import org.safeguarding.advisor.Step;
import org.safeguarding.advisor.Urgency;
import org.safeguarding.advisor.Warning;

/**
 * The safety properties of decision-model.md section 2 that hold for one situation and its
 * assessment. Each check returns the violations it finds, as sentences, so a failing run shows
 * every broken property of a situation at once.
 */
final class SafetyProperties {
  /** Steps that report to the police, CEOP or children's social care. */
  static final Set<String> REPORTING_STEPS = Set.of("call-999", "report-to-ceop",
      "report-to-police-101", "refer-to-police-and-social-care");

  /** Steps that report or remove: self-harm help must come before all of them. */
  static final Set<String> REMOVAL_OR_REPORTING_STEPS = Set.of("report-to-ceop",
      "report-to-police-101", "refer-to-police-and-social-care", "use-report-remove",
      "use-take-it-down", "report-url-to-iwf", "use-stopncii", "report-to-platform",
      "contact-revenge-porn-helpline");

  /** Concerns in which an image of someone exists. */
  static final Set<Concern> IMAGE_CONCERNS = EnumSet.of(Concern.SHARED_OWN_IMAGE,
      Concern.IMAGE_SHARED_BY_OTHERS, Concern.RECEIVED_SEXUAL_IMAGE, Concern.SEXTORTION,
      Concern.INTIMATE_IMAGE_ABUSE, Concern.DEEPFAKE, Concern.SHARED_SOMEONE_ELSES_IMAGE);

  private SafetyProperties() {}

  static boolean isChildOrUnknownAge(Situation s) {
    return s.childAge().isEmpty() || s.childAge().getAsInt() < 18;
  }

  static boolean isAdult(Situation s) {
    return s.childAge().isPresent() && s.childAge().getAsInt() >= 18;
  }

  /**
   * The triggers decision-model.md section 1.3 requires, read independently of the bundle's rules:
   * the bundle may add more (a possible adult), never fewer.
   */
  static Set<ReferralTrigger> requiredTriggers(Situation s) {
    Set<ReferralTrigger> triggers = EnumSet.noneOf(ReferralTrigger.class);
    if (isAdult(s)) {
      return triggers;
    }
    // An adult involved with a child is the first trigger, whatever else is known or not, unless
    // the reporter says nothing has happened yet (prevention only). An unknown concern is not
    // "nothing happened".
    boolean preventionOnly = s.concerns().equals(EnumSet.of(Concern.PREVENTION));
    if (s.otherParty() == OtherParty.ADULT && !preventionOnly) {
      triggers.add(ReferralTrigger.ADULT_INVOLVED);
    }
    if (yes(s, Indicator.COERCION) || yes(s, Indicator.BLACKMAIL)
        || yes(s, Indicator.GROOMING_SIGNS) || s.concerns().contains(Concern.SEXTORTION)
        || s.concerns().contains(Concern.GROOMING)) {
      triggers.add(ReferralTrigger.COERCION_OR_BLACKMAIL);
    }
    // Capacity to consent to what happened: unless nothing has happened (prevention only).
    if (yes(s, Indicator.CAPACITY_CONCERN) && !preventionOnly) {
      triggers.add(ReferralTrigger.CAPACITY_TO_CONSENT);
    }
    if (yes(s, Indicator.EXTREME_CONTENT)) {
      triggers.add(ReferralTrigger.EXTREME_CONTENT);
    }
    if (yes(s, Indicator.SEXUAL_ACTS_DEPICTED) && s.childAge().isPresent()
        && s.childAge().getAsInt() < 13) {
      triggers.add(ReferralTrigger.SEXUAL_ACTS_UNDER_13);
    }
    if (yes(s, Indicator.IMMEDIATE_DANGER) || yes(s, Indicator.SELF_HARM_RISK)) {
      triggers.add(ReferralTrigger.IMMEDIATE_RISK_OF_HARM);
    }
    return triggers;
  }

  static boolean yes(Situation s, Indicator indicator) {
    return s.indicator(indicator) == Answer.YES;
  }

  /** Every property that concerns one situation and its assessment. */
  static List<String> violations(Situation s, Assessment a, ContentBundle bundle) {
    List<String> v = new ArrayList<>();
    List<Step> steps = a.steps();

    // 1. Immediate danger: an emergency, and 999 first.
    if (yes(s, Indicator.IMMEDIATE_DANGER)) {
      if (a.urgency() != Urgency.EMERGENCY) {
        v.add("P1: IMMEDIATE_DANGER=YES but urgency " + a.urgency());
      }
      if (steps.isEmpty() || !steps.get(0).id().equals("call-999")) {
        v.add("P1: IMMEDIATE_DANGER=YES but the first step is not call-999");
      }
    }
    // 0. Self-harm risk: at least URGENT, help before any removal or reporting step.
    if (yes(s, Indicator.SELF_HARM_RISK)) {
      if (a.urgency().ordinal() > Urgency.URGENT.ordinal()) {
        v.add("P0: SELF_HARM_RISK=YES but urgency " + a.urgency());
      }
      int help = index(steps, "get-help-for-self-harm-risk");
      if (help < 0) {
        v.add("P0: SELF_HARM_RISK=YES but no get-help-for-self-harm-risk");
      } else {
        for (int i = 0; i < help; i++) {
          if (REMOVAL_OR_REPORTING_STEPS.contains(steps.get(i).id())) {
            v.add("P0: " + steps.get(i).id() + " comes before get-help-for-self-harm-risk");
          }
        }
      }
    }
    // 2. Handling rules for an image of someone under 18 (or of unknown age).
    if (isChildOrUnknownAge(s) && s.concerns().stream().anyMatch(IMAGE_CONCERNS::contains)) {
      for (String warning : List.of("never-copy-or-forward-image", "do-not-ask-for-the-image",
          "do-not-blame-the-child")) {
        if (!a.hasWarning(warning)) {
          v.add("P2: child image concern without warning " + warning);
        }
      }
    }
    // 3 and 4. The referral screen.
    Set<ReferralTrigger> required = requiredTriggers(s);
    if (!a.referral().triggers().containsAll(required)) {
      v.add("P3: triggers " + a.referral().triggers() + " miss required " + required);
    }
    if (!a.referral().triggers().isEmpty()) {
      if (!a.referral().required()) {
        v.add("P3: triggers present but referral not required");
      }
      if (steps.stream().noneMatch(st -> REPORTING_STEPS.contains(st.id()))) {
        v.add("P3: triggers " + a.referral().triggers()
            + " but no step reports to the police, CEOP or social care");
      }
      if (s.audience() == Reporter.PROFESSIONAL && !a.hasStep("refer-to-police-and-social-care")) {
        v.add("P3: a professional with triggers is not told to refer to police and social care");
      }
    }
    if (!a.referral().required() && (!a.referral().triggers().isEmpty() || !required.isEmpty())) {
      v.add("P4: referral not required while triggers stand");
    }
    if (isAdult(s) && a.referral().required()) {
      v.add("P4: the UKCIS screen does not apply to an adult, but referral is required");
    }
    // 5. Removal routes by age.
    if (isAdult(s)) {
      for (String forChildren : List.of("use-report-remove", "report-to-ceop")) {
        if (a.hasStep(forChildren)) {
          v.add("P5: adult given " + forChildren);
        }
      }
    } else if (a.hasStep("use-stopncii")) {
      v.add("P5: child or unknown age given use-stopncii");
    }
    // 6. Sextortion overlay.
    if (s.concerns().contains(Concern.SEXTORTION)) {
      for (String step : List.of("stop-contact-and-block", "keep-evidence")) {
        if (!a.hasStep(step)) {
          v.add("P6: SEXTORTION without step " + step);
        }
      }
      for (String warning : List.of("do-not-pay", "do-not-blame-the-child")) {
        if (!a.hasWarning(warning)) {
          v.add("P6: SEXTORTION without warning " + warning);
        }
      }
      if (a.urgency().ordinal() > Urgency.URGENT.ordinal()) {
        v.add("P6: SEXTORTION but urgency " + a.urgency());
      }
    }
    // 7. Sources and references.
    Set<String> contactIds = new HashSet<>();
    for (Contact c : a.contacts()) {
      if (!contactIds.add(c.id())) {
        v.add("P7: contact " + c.id() + " listed twice");
      }
    }
    for (Step step : steps) {
      if (step.sources().isEmpty()) {
        v.add("P7: step " + step.id() + " has no source");
      }
      step.sources().stream().filter(src -> bundle.source(src).isEmpty())
          .forEach(src -> v.add("P7: step " + step.id() + " cites unknown source " + src));
      step.contacts().stream().filter(c -> !contactIds.contains(c))
          .forEach(c -> v.add("P7: step " + step.id() + " names contact " + c + " not listed"));
      if (step.firedBy().isEmpty()) {
        v.add("P7: step " + step.id() + " has no firedBy explanation");
      }
      if (step.title().isBlank() || step.detail().isBlank()) {
        v.add("P7: step " + step.id() + " has no text for " + s.audience());
      }
    }
    for (Warning w : a.warnings()) {
      if (w.sources().isEmpty()) {
        v.add("P7: warning " + w.id() + " has no source");
      }
    }
    // 8. Order, uniqueness, never empty.
    if (steps.isEmpty()) {
      v.add("P8: no steps");
    }
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < steps.size(); i++) {
      if (!seen.add(steps.get(i).id())) {
        v.add("P8: step " + steps.get(i).id() + " repeated");
      }
      if (i > 0 && steps.get(i).urgency().isHigherThan(steps.get(i - 1).urgency())) {
        v.add("P8: step " + steps.get(i).id() + " is more urgent than the one before it");
      }
    }
    if (!steps.isEmpty() && steps.get(0).urgency() != a.urgency()) {
      v.add("P8: urgency " + a.urgency() + " is not that of the most urgent step");
    }
    // Pathway 13 and the professional's first step.
    if (s.audience() == Reporter.PROFESSIONAL && !s.concerns().isEmpty()
        && !s.concerns().equals(EnumSet.of(Concern.PREVENTION))) {
      int dsl = index(steps, "tell-designated-safeguarding-lead");
      if (dsl < 0 || dsl > 2) {
        v.add("P13: a professional is not told to tell the DSL among the first steps (at "
            + dsl + ")");
      }
    }
    return v;
  }

  static int index(List<Step> steps, String id) {
    for (int i = 0; i < steps.size(); i++) {
      if (steps.get(i).id().equals(id)) {
        return i;
      }
    }
    return -1;
  }
}
