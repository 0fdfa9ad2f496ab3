package org.safeguarding.advisor;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Re-derives a plan from the bundle's views alone (each rule's condition through {@link
 * Condition#holds}, what it gives, each text through {@code textFor}) and lists every way it
 * differs from the engine's assessment: the views describe the engine exactly, or this says where
 * not.
 */
final class ViewsAgreement {
  private ViewsAgreement() {}

  static List<String> differences(ContentBundle bundle, Assessment a, Situation s) {
    List<String> out = new ArrayList<>();
    Map<String, List<String>> steps = new LinkedHashMap<>();
    Map<String, Urgency> urgency = new LinkedHashMap<>();
    Map<String, List<String>> warnings = new LinkedHashMap<>();
    Map<String, List<String>> risks = new LinkedHashMap<>();
    List<ReferralTrigger> triggers = new ArrayList<>();
    List<String> referralBy = new ArrayList<>();
    for (Rule rule : bundle.rules()) {
      if (!rule.when().holds(s)) {
        continue;
      }
      for (Rule.GivenStep given : rule.steps()) {
        if (bundle.step(given.id()).orElseThrow().audiences().contains(s.audience())) {
          steps.computeIfAbsent(given.id(), k -> new ArrayList<>()).add(rule.id());
          urgency.merge(given.id(), given.urgency(),
              (x, y) -> x.compareTo(y) <= 0 ? x : y);
        }
      }
      rule.warnings().forEach(w -> warnings.computeIfAbsent(w, k -> new ArrayList<>())
          .add(rule.id()));
      rule.riskFactors().forEach(r -> risks.computeIfAbsent(r, k -> new ArrayList<>())
          .add(rule.id()));
      rule.triggers().stream().filter(t -> !triggers.contains(t)).forEach(triggers::add);
      if (!rule.triggers().isEmpty()) {
        referralBy.add(rule.id());
      }
    }
    Map<String, List<String>> planSteps = new LinkedHashMap<>();
    for (Step step : a.steps()) {
      planSteps.put(step.id(), step.firedBy());
      if (urgency.get(step.id()) != step.urgency()) {
        out.add("step " + step.id() + ": urgency " + step.urgency() + ", views " + urgency.get(step.id()));
      }
      StepDefinition.Text text = bundle.step(step.id()).orElseThrow().textFor(s).orElseThrow();
      if (!text.title().equals(step.title()) || !text.detail().equals(step.detail())) {
        out.add("step " + step.id() + ": the plan's text is not the view's chosen text");
      }
    }
    same(out, "steps and their firedBy", steps, planSteps);
    Map<String, List<String>> planWarnings = new LinkedHashMap<>();
    for (Warning w : a.warnings()) {
      planWarnings.put(w.id(), w.firedBy());
      if (!bundle.warning(w.id()).orElseThrow().textFor(s).orElseThrow().text().equals(w.text())) {
        out.add("warning " + w.id() + ": the plan's text is not the view's chosen text");
      }
    }
    same(out, "warnings and their firedBy", sortedLike(bundle.warnings().stream()
        .map(WarningDefinition::id).toList(), warnings), planWarnings);
    Map<String, List<String>> planRisks = new LinkedHashMap<>();
    for (RiskFactor r : a.riskFactors()) {
      planRisks.put(r.id(), r.firedBy());
      if (!bundle.riskFactor(r.id()).orElseThrow().textFor(s).orElseThrow().explanation()
          .equals(r.explanation())) {
        out.add("risk factor " + r.id() + ": the plan's text is not the view's chosen text");
      }
    }
    same(out, "risk factors and their firedBy", sortedLike(bundle.riskFactors().stream()
        .map(RiskFactorDefinition::id).toList(), risks), planRisks);
    if (!new java.util.HashSet<>(triggers).equals(new java.util.HashSet<>(a.referral().triggers()))
        || !referralBy.equals(a.referral().firedBy())) {
      out.add("referral: plan " + a.referral().triggers() + " by " + a.referral().firedBy()
          + ", views " + triggers + " by " + referralBy);
    }
    sources(out, bundle, a, s);
    contacts(out, bundle, a, s);
    List<String> doFirst = doFirst(bundle, a, s);
    if (!doFirst.equals(a.doFirst())) {
      out.add("doFirst: plan " + a.doFirst() + ", views " + doFirst);
    }
    for (OpenQuestion q : a.openQuestions()) {
      Question.Text text = bundle.question(q.fact()).orElseThrow().textFor(s).orElseThrow();
      if (!text.question().equals(q.question()) || !text.whyItMatters().equals(q.whyItMatters())) {
        out.add("question " + q.field() + ": the plan's text is not the view's chosen text");
      }
    }
    return out;
  }

  /**
   * Each item's sources from the views: its own, then those of the text the reader is shown, then
   * (for a step) those of the rules that gave it, in rule order, each once.
   */
  private static void sources(List<String> out, ContentBundle bundle, Assessment a, Situation s) {
    for (Step step : a.steps()) {
      StepDefinition def = bundle.step(step.id()).orElseThrow();
      List<String> expected = new ArrayList<>(def.sources());
      addNew(expected, def.textFor(s).orElseThrow().sources());
      for (String rule : step.firedBy()) {
        addNew(expected, bundle.rule(rule).orElseThrow().sources());
      }
      if (!expected.equals(step.sources())) {
        out.add("step " + step.id() + ": sources " + step.sources() + ", views " + expected);
      }
    }
    for (Warning w : a.warnings()) {
      WarningDefinition def = bundle.warning(w.id()).orElseThrow();
      List<String> expected = new ArrayList<>(def.sources());
      addNew(expected, def.textFor(s).orElseThrow().sources());
      if (!expected.equals(w.sources())) {
        out.add("warning " + w.id() + ": sources " + w.sources() + ", views " + expected);
      }
    }
    for (RiskFactor r : a.riskFactors()) {
      RiskFactorDefinition def = bundle.riskFactor(r.id()).orElseThrow();
      List<String> expected = new ArrayList<>(def.sources());
      addNew(expected, def.textFor(s).orElseThrow().sources());
      if (!expected.equals(r.sources())) {
        out.add("risk factor " + r.id() + ": sources " + r.sources() + ", views " + expected);
      }
    }
  }

  /**
   * Each step's contacts from the views (its shown text's where that names its own, else the
   * step's), and the plan's contact list: those, each once, in the order the steps first name them.
   */
  private static void contacts(List<String> out, ContentBundle bundle, Assessment a,
      Situation s) {
    List<String> expected = new ArrayList<>();
    for (Step step : a.steps()) {
      List<String> shown = bundle.step(step.id()).orElseThrow().contactsFor(s);
      if (!shown.equals(step.contacts())) {
        out.add("step " + step.id() + ": contacts " + step.contacts() + ", views " + shown);
      }
      addNew(expected, shown);
    }
    List<Contact> contacts = new ArrayList<>();
    for (String id : expected) {
      bundle.contacts().stream().filter(c -> c.id().equals(id)).forEach(contacts::add);
    }
    if (!contacts.equals(a.contacts())) {
      out.add("contacts: plan " + a.contacts().stream().map(Contact::id).toList() + ", views "
          + expected);
    }
  }

  private static void addNew(List<String> into, List<String> more) {
    more.stream().filter(id -> !into.contains(id)).forEach(into::add);
  }

  /**
   * doFirst from the views: the plan's steps and warnings that some doFirst entry ranks for this
   * situation (the first entry that applies), lowest rank first, at most three; else the plan's
   * first step.
   */
  static List<String> doFirst(ContentBundle bundle, Assessment a, Situation s) {
    List<Map.Entry<Integer, String>> ranked = new ArrayList<>();
    for (Step step : a.steps()) {
      bundle.step(step.id()).orElseThrow().doFirstRank(s)
          .ifPresent(rank -> ranked.add(Map.entry(rank, step.id())));
    }
    for (Warning w : a.warnings()) {
      bundle.warning(w.id()).orElseThrow().doFirstRank(s)
          .ifPresent(rank -> ranked.add(Map.entry(rank, w.id())));
    }
    ranked.sort(Map.Entry.comparingByKey());
    List<String> out = new ArrayList<>();
    ranked.stream().limit(3).forEach(e -> out.add(e.getValue()));
    if (out.isEmpty() && !a.steps().isEmpty()) {
      out.add(a.steps().get(0).id());
    }
    return out;
  }

  private static Map<String, List<String>> sortedLike(List<String> order,
      Map<String, List<String>> map) {
    Map<String, List<String>> out = new LinkedHashMap<>();
    order.stream().filter(map::containsKey).forEach(id -> out.put(id, map.get(id)));
    return out;
  }

  private static void same(List<String> out, String what, Map<String, List<String>> views,
      Map<String, List<String>> plan) {
    // Steps are compared as sets (the plan orders them by urgency); the rest in order too.
    boolean equal = what.startsWith("steps") ? views.equals(plan)
        : new ArrayList<>(views.entrySet()).equals(new ArrayList<>(plan.entrySet()));
    if (!equal) {
      out.add(what + ": plan " + plan + ", views " + views);
    }
  }

  /** A situation with every fact drawn at random, each possibly left unknown. */
  static Situation random(SplittableRandom r) {
    Situation.Builder b = Situation.builder();
    if (r.nextBoolean()) {
      b.reporter(pick(r, Reporter.values()));
    }
    if (r.nextBoolean()) {
      b.jurisdiction(pick(r, new Jurisdiction[] {Jurisdiction.GB_ENG, Jurisdiction.GB_WLS,
          Jurisdiction.GB_SCT, Jurisdiction.GB_NIR}));
    }
    if (r.nextInt(3) > 0) {
      b.childAge(r.nextInt(Situation.MAX_AGE + 1));
    }
    for (Concern c : Concern.values()) {
      if (r.nextInt(5) == 0) {
        b.addConcern(c);
      }
    }
    b.spread(pick(r, Spread.values()));
    b.otherParty(pick(r, OtherParty.values()));
    for (Platform p : Platform.values()) {
      if (r.nextInt(6) == 0) {
        b.addPlatform(p);
      }
    }
    for (Indicator i : Indicator.values()) {
      if (r.nextInt(3) == 0) {
        b.putIndicator(i, pick(r, Answer.values()));
      }
    }
    return b.build();
  }

  private static <T> T pick(SplittableRandom r, T[] values) {
    return values[r.nextInt(values.length)];
  }
}
