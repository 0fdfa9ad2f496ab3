package org.safeguarding.advisor.examples.cli;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.safeguarding.advisor.Assessment;
import org.safeguarding.advisor.Contact;
import org.safeguarding.advisor.ContentBundle;
import org.safeguarding.advisor.OpenQuestion;
import org.safeguarding.advisor.Reporter;
import org.safeguarding.advisor.RiskFactor;
import org.safeguarding.advisor.Source;
import org.safeguarding.advisor.Step;
import org.safeguarding.advisor.Urgency;
import org.safeguarding.advisor.Verification;
import org.safeguarding.advisor.Warning;

/**
 * Renders an assessment as a plain-text plan a person can follow: what to do first, then the
 * urgency, the plan and the rest. The referral screen's header and trigger codes are framing for
 * adults; a young person reporting for themself is not shown them.
 */
final class PlanPrinter {
  private static final int WIDTH = 92;

  private final ContentBundle bundle;

  PlanPrinter(ContentBundle bundle) {
    this.bundle = bundle;
  }

  /**
   * The plan as text for the reporter it was written for.
   *
   * @param a the assessment
   * @param audience the reporter the advice is written for ({@code Situation#audience()})
   */
  String print(Assessment a, Reporter audience) {
    StringBuilder out = new StringBuilder();
    if (!a.doFirst().isEmpty()) {
      out.append("DO THIS FIRST\n");
      int first = 1;
      for (String id : a.doFirst()) {
        wrap(out, String.format("%3d. ", first++), "     ", firstText(a, id));
      }
      out.append('\n');
    }
    out.append("URGENCY: ").append(a.urgency()).append(" - ").append(meaning(a.urgency()))
        .append('\n');
    if (audience == Reporter.YOUNG_PERSON) {
      // No referral header or trigger codes: a child reads the plan itself, not the screen.
    } else if (a.referral().required()) {
      out.append("IMMEDIATE REFERRAL REQUIRED to the police and/or children's social care (")
          .append(a.referral().triggers().stream().map(Enum::name)
              .collect(Collectors.joining(", ")))
          .append(")\n");
    } else {
      out.append("No immediate-referral trigger is present on what is known so far.\n");
    }
    if (!a.riskFactors().isEmpty()) {
      out.append("\nRISK FACTORS\n");
      for (RiskFactor r : a.riskFactors()) {
        wrap(out, "  - ", "    ", r.explanation());
      }
    }
    out.append("\nWHAT TO DO, IN THIS ORDER\n");
    int n = 1;
    for (Step s : a.steps()) {
      String number = String.format("%3d. ", n++);
      wrap(out, number, "     ", "[" + s.urgency() + "] " + s.title());
      wrap(out, "     ", "     ", s.detail());
      for (String id : s.contacts()) {
        a.contacts().stream().filter(c -> c.id().equals(id)).findFirst()
            .ifPresent(c -> wrap(out, "     Contact: ", "              ", describe(c)));
      }
      out.append("     Sources: ").append(String.join(", ", s.sources())).append('\n');
    }
    if (!a.warnings().isEmpty()) {
      out.append("\nDO NOT\n");
      for (Warning w : a.warnings()) {
        wrap(out, "  ! ", "    ", w.text());
      }
    }
    if (!a.contacts().isEmpty()) {
      out.append("\nCONTACTS\n");
      for (Contact c : a.contacts()) {
        wrap(out, "  - ", "    ", describe(c) + ". For: " + c.forWhom());
      }
    }
    if (!a.openQuestions().isEmpty()) {
      out.append("\nSTILL WORTH FINDING OUT (most important first)\n");
      for (OpenQuestion q : a.openQuestions()) {
        wrap(out, "  ? ", "    ", q.question());
        wrap(out, "    ", "    ", "Why: " + q.whyItMatters());
      }
    }
    out.append("\nSOURCES\n");
    for (String id : citedSources(a)) {
      bundle.source(id).ifPresentOrElse(
          s -> wrap(out, "  [" + id + "] ", "    ", describe(s)),
          () -> out.append("  [").append(id).append("]\n"));
    }
    out.append("\nContent: bundle ").append(a.bundle().id()).append(' ')
        .append(a.bundle().version()).append(" (").append(a.bundle().digest()).append(")\n");
    return out.toString();
  }

  /** The title of the step, or the text of the warning, that {@code id} names. */
  private static String firstText(Assessment a, String id) {
    return a.step(id).map(Step::title).orElseGet(() -> a.warnings().stream()
        .filter(w -> w.id().equals(id)).map(Warning::text).findFirst().orElse(id));
  }

  static String meaning(Urgency urgency) {
    switch (urgency) {
      case EMERGENCY:
        return "act now: call 999";
      case URGENT:
        return "act today";
      case PROMPT:
        return "act within days";
      default:
        return "ongoing good practice";
    }
  }

  private static String describe(Contact c) {
    List<String> parts = new ArrayList<>();
    parts.add(c.name());
    c.phone().ifPresent(p -> parts.add("phone " + p));
    c.url().ifPresent(parts::add);
    c.hours().ifPresent(parts::add);
    return String.join(", ", parts);
  }

  private static String describe(Source s) {
    List<String> parts = new ArrayList<>();
    parts.add(s.title());
    s.publisher().ifPresent(parts::add);
    s.url().ifPresent(parts::add);
    if (s.verification() != Verification.VERIFIED) {
      parts.add(s.verification() == Verification.UNVERIFIED ? "UNVERIFIED" : "partly verified");
    }
    return String.join(". ", parts);
  }

  private static Set<String> citedSources(Assessment a) {
    Set<String> ids = new LinkedHashSet<>();
    a.steps().forEach(s -> ids.addAll(s.sources()));
    a.warnings().forEach(w -> ids.addAll(w.sources()));
    return ids;
  }

  /** Word-wraps text at {@link #WIDTH}, the first line after {@code first}, then {@code rest}. */
  static void wrap(StringBuilder out, String first, String rest, String text) {
    String prefix = first;
    StringBuilder line = new StringBuilder();
    for (String word : text.split(" ")) {
      if (line.length() > 0 && prefix.length() + line.length() + 1 + word.length() > WIDTH) {
        out.append(prefix).append(line).append('\n');
        prefix = rest;
        line.setLength(0);
      }
      if (line.length() > 0) {
        line.append(' ');
      }
      line.append(word);
    }
    out.append(prefix).append(line).append('\n');
  }
}
