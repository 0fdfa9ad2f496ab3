package org.safeguarding.advisor.engine;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.safeguarding.advisor.Choice;
import org.safeguarding.advisor.Condition;
import org.safeguarding.advisor.Contact;
import org.safeguarding.advisor.Declaration;
import org.safeguarding.advisor.DoFirstRank;
import org.safeguarding.advisor.Jurisdiction;
import org.safeguarding.advisor.LintFinding;
import org.safeguarding.advisor.Question;
import org.safeguarding.advisor.ReferralTrigger;
import org.safeguarding.advisor.Reporter;
import org.safeguarding.advisor.RiskFactorDefinition;
import org.safeguarding.advisor.Rule;
import org.safeguarding.advisor.SituationFact;
import org.safeguarding.advisor.StepDefinition;
import org.safeguarding.advisor.Urgency;
import org.safeguarding.advisor.WarningDefinition;

/**
 * What a checked bundle holds, as immutable values for an application to list: its contacts (for
 * a helpline page), steps, warnings, risk factors, rules, questions and named conditions with
 * every text and condition, the declarations the lint proves, the jurisdictions it covers and its
 * release date. Built once, when the bundle has loaded without a problem, from the same JSON trees
 * the loader checked: so it can trust their shape, and it never reads a file.
 */
final class BundleInventory {
  private final List<Contact> contacts;
  private final List<StepDefinition> steps;
  private final List<WarningDefinition> warnings;
  private final List<RiskFactorDefinition> riskFactors;
  private final List<Rule> rules;
  private final List<Question> questions;
  private final List<Condition.Named> conditions;
  private final List<Declaration> declarations;
  private final List<Jurisdiction> jurisdictions;
  private final LocalDate releaseDate;

  private BundleInventory(Manifest manifest, Map<String, ContactDef> contactDefs,
      Map<String, JsonNode> files) {
    List<Contact> contactValues = new ArrayList<>();
    contactDefs.values().forEach(def -> contactValues.add(def.contact()));
    this.contacts = List.copyOf(contactValues);
    Conditions named = new Conditions(files.get("conditions.json"));
    this.conditions = named.all();
    List<StepDefinition> stepViews = new ArrayList<>();
    List<Declaration> declared = new ArrayList<>();
    for (JsonNode step : elements(files.get("steps.json"))) {
      List<StepDefinition.Text> texts = new ArrayList<>();
      for (JsonNode t : step.get("text")) {
        texts.add(new StepDefinition.Text(audiences(t), named.when(t), text(t, "title"),
            text(t, "detail"), strings(t, "sources"),
            t.has("contacts") ? Optional.of(strings(t, "contacts")) : Optional.empty()));
      }
      stepViews.add(StepDefinition.of(text(step, "id"), texts, strings(step, "contacts"),
          strings(step, "sources"), strings(step, "after"), doFirst(step, named)));
      declarations(step, declared);
    }
    this.steps = List.copyOf(stepViews);
    List<WarningDefinition> warningViews = new ArrayList<>();
    for (JsonNode warning : elements(files.get("warnings.json"))) {
      List<WarningDefinition.Text> texts = new ArrayList<>();
      for (JsonNode t : warning.get("text")) {
        texts.add(new WarningDefinition.Text(audiences(t), named.when(t), text(t, "text"),
            strings(t, "sources")));
      }
      warningViews.add(WarningDefinition.of(text(warning, "id"), texts,
          strings(warning, "sources"), doFirst(warning, named)));
      declarations(warning, declared);
    }
    this.warnings = List.copyOf(warningViews);
    this.declarations = List.copyOf(declared);
    List<RiskFactorDefinition> riskViews = new ArrayList<>();
    for (JsonNode risk : elements(files.get("risk-factors.json"))) {
      List<RiskFactorDefinition.Text> texts = new ArrayList<>();
      if (risk.has("text")) {
        for (JsonNode t : risk.get("text")) {
          texts.add(new RiskFactorDefinition.Text(audiences(t), named.when(t),
              text(t, "explanation"), strings(t, "sources")));
        }
      } else {
        texts.add(new RiskFactorDefinition.Text(EnumSet.allOf(Reporter.class), Optional.empty(),
            text(risk, "explanation")));
      }
      riskViews.add(RiskFactorDefinition.of(text(risk, "id"), texts, strings(risk, "sources")));
    }
    this.riskFactors = List.copyOf(riskViews);
    List<Rule> ruleViews = new ArrayList<>();
    for (JsonNode rule : elements(files.get("rules.json"))) {
      ruleViews.add(rule(rule, named));
    }
    this.rules = List.copyOf(ruleViews);
    List<Question> questionViews = new ArrayList<>();
    for (JsonNode question : elements(files.get("questions.json"))) {
      questionViews.add(question(question, named));
    }
    this.questions = List.copyOf(questionViews);
    this.jurisdictions = List.copyOf(manifest.jurisdictions());
    this.releaseDate = manifest.releaseDate();
  }

  /**
   * The inventory of a bundle that loaded without a problem.
   *
   * @param files the checked JSON tree of each file, by file name
   */
  static BundleInventory of(Manifest manifest, Map<String, ContactDef> contacts,
      Map<String, JsonNode> files) {
    return new BundleInventory(manifest, contacts, files);
  }

  // --- reading the checked trees ------------------------------------------------------------------

  private static List<JsonNode> elements(JsonNode array) {
    List<JsonNode> out = new ArrayList<>();
    if (array != null) {
      array.forEach(out::add);
    }
    return out;
  }

  private static String text(JsonNode node, String field) {
    JsonNode value = node.get(field);
    return value == null || value.isNull() ? null : value.textValue();
  }

  private static List<String> strings(JsonNode node, String field) {
    List<String> out = new ArrayList<>();
    JsonNode value = node.get(field);
    if (value != null) {
      value.forEach(e -> out.add(e.textValue()));
    }
    return out;
  }

  private static Set<Reporter> audiences(JsonNode text) {
    Set<Reporter> out = EnumSet.noneOf(Reporter.class);
    text.get("for").forEach(a -> out.add(Reporter.valueOf(a.textValue())));
    return out;
  }

  /**
   * A step's or warning's doFirst entries: one object is a list of one; an entry without "for" is
   * for every audience the item has text for.
   */
  private static List<DoFirstRank> doFirst(JsonNode item, Conditions named) {
    JsonNode doFirst = item.get("doFirst");
    if (doFirst == null) {
      return List.of();
    }
    Set<Reporter> given = EnumSet.noneOf(Reporter.class);
    item.get("text").forEach(t -> given.addAll(audiences(t)));
    List<DoFirstRank> out = new ArrayList<>();
    for (JsonNode entry : doFirst.isArray() ? elements(doFirst) : List.of(doFirst)) {
      out.add(new DoFirstRank(entry.get("rank").intValue(),
          entry.has("for") ? audiences(entry) : given, named.when(entry)));
    }
    return List.copyOf(out);
  }

  private static void declarations(JsonNode item, List<Declaration> into) {
    String id = text(item, "id");
    strings(item, "conflictsWith").forEach(other ->
        into.add(Declaration.of(LintFinding.Kind.CONFLICTS_WITH, id, other)));
    strings(item, "needs").forEach(other ->
        into.add(Declaration.of(LintFinding.Kind.NEEDS, id, other)));
  }

  private static Rule rule(JsonNode rule, Conditions named) {
    String defaultUrgency = text(rule, "urgency");
    List<Rule.GivenStep> steps = new ArrayList<>();
    for (JsonNode entry : elements(rule.get("steps"))) {
      String id = entry.isObject() ? text(entry, "id") : entry.textValue();
      String urgency = entry.isObject() && entry.has("urgency") ? text(entry, "urgency")
          : defaultUrgency;
      steps.add(new Rule.GivenStep(id, Urgency.valueOf(urgency)));
    }
    List<ReferralTrigger> triggers = new ArrayList<>();
    strings(rule, "triggers").forEach(t -> triggers.add(ReferralTrigger.valueOf(t)));
    return Rule.of(text(rule, "id"), text(rule, "description"), named.of(rule.get("when")), steps,
        strings(rule, "warnings"), triggers, strings(rule, "riskFactors"),
        strings(rule, "sources"));
  }

  private static Question question(JsonNode question, Conditions named) {
    SituationFact<?> fact = SituationFact.ofPath(text(question, "field")).orElseThrow();
    List<Question.Text> texts = new ArrayList<>();
    for (JsonNode t : question.get("text")) {
      texts.add(new Question.Text(audiences(t), named.when(t), text(t, "question"),
          text(t, "whyItMatters")));
    }
    List<Choice<?>> choices = new ArrayList<>();
    JsonNode labels = question.get("choices");
    if (labels != null && labels.isObject()) {
      for (Iterator<Map.Entry<String, JsonNode>> it = labels.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> e = it.next();
        if (!e.getKey().equals("UNKNOWN")) {
          choices.add(choice(fact, e.getKey(), e.getValue().textValue(),
              question.path("choicesFor")));
        }
      }
    }
    return Question.of(fact, texts, choices, Optional.ofNullable(question.get("askFirstWhen"))
        .map(named::of), strings(question, "sources"));
  }

  /** A choice's label for every audience: its own in {@code choicesFor}, or the common one. */
  private static <V> Choice<V> choice(SituationFact<V> fact, String name, String label,
      JsonNode choicesFor) {
    Map<Reporter, String> labels = new EnumMap<>(Reporter.class);
    for (Reporter audience : Reporter.values()) {
      JsonNode own = choicesFor.path(audience.name()).path(name);
      labels.put(audience, own.isTextual() ? own.textValue() : label);
    }
    return Choice.of(fact, fact.valueNamed(name).orElseThrow(), labels);
  }

  /**
   * The condition language, read from checked trees into {@link Condition} values. Each named
   * condition is built once, and shared by every condition that refers to it.
   */
  private static final class Conditions {
    private final Map<String, JsonNode> definitions = new java.util.LinkedHashMap<>();
    private final Map<String, Condition.Named> built = new HashMap<>();

    Conditions(JsonNode file) {
      for (JsonNode c : elements(file)) {
        definitions.put(text(c, "id"), c);
      }
    }

    List<Condition.Named> all() {
      List<Condition.Named> out = new ArrayList<>();
      definitions.keySet().forEach(id -> out.add(named(id)));
      return List.copyOf(out);
    }

    /** A text entry's condition, if it has one. */
    Optional<Condition> when(JsonNode text) {
      return Optional.ofNullable(text.get("when")).map(this::of);
    }

    private Condition.Named named(String id) {
      Condition.Named done = built.get(id);
      if (done == null) {
        // The loader refused cycles, so this recursion ends.
        JsonNode definition = definitions.get(id);
        done = new Condition.Named(id, text(definition, "description"),
            of(definition.get("when")));
        built.put(id, done);
      }
      return done;
    }

    Condition of(JsonNode c) {
      if (c.has("all") || c.has("any")) {
        List<Condition> parts = new ArrayList<>();
        c.get(c.has("all") ? "all" : "any").forEach(p -> parts.add(of(p)));
        return c.has("all") ? new Condition.All(parts) : new Condition.Any(parts);
      }
      if (c.has("not")) {
        return new Condition.Not(of(c.get("not")));
      }
      if (c.has("ref")) {
        return named(c.get("ref").textValue());
      }
      SituationFact<?> fact = SituationFact.ofPath(text(c, "fact")).orElseThrow();
      switch (fact.kind()) {
        case SEVERAL:
          if (c.has("isEmpty")) {
            return new Condition.IsEmpty(fact, c.get("isEmpty").booleanValue());
          }
          return c.has("containsAny") ? containsAny(fact, c.get("containsAny"))
              : containsAll(fact, c.get("containsAll"));
        case ONE:
          return in(fact, c.get("in"), c.has("ifUnknown")
              ? Optional.of(c.get("ifUnknown").booleanValue()) : Optional.empty());
        default:
          if (c.has("isUnknown")) {
            return new Condition.AgeUnknown(c.get("isUnknown").booleanValue());
          }
          for (Condition.AgeComparison.Operator op : Condition.AgeComparison.Operator.values()) {
            String name = op.name().toLowerCase(java.util.Locale.ROOT);
            if (c.has(name)) {
              return new Condition.AgeComparison(op, c.get(name).intValue(),
                  c.get("ifUnknown").booleanValue());
            }
          }
          throw new IllegalStateException("a checked age test has an operator");
      }
    }

    private static <V> List<V> values(SituationFact<V> fact, JsonNode names) {
      List<V> out = new ArrayList<>();
      names.forEach(n -> out.add(fact.valueNamed(n.textValue()).orElseThrow()));
      return out;
    }

    private static <V> Condition containsAny(SituationFact<V> fact, JsonNode names) {
      return new Condition.ContainsAny<>(fact, values(fact, names));
    }

    private static <V> Condition containsAll(SituationFact<V> fact, JsonNode names) {
      return new Condition.ContainsAll<>(fact, values(fact, names));
    }

    private static <V> Condition in(SituationFact<V> fact, JsonNode names,
        Optional<Boolean> ifUnknown) {
      return new Condition.In<>(fact, values(fact, names), ifUnknown);
    }
  }

  // --- what the API offers ---------------------------------------------------------------------

  /** {@return every contact, in the bundle's order} */
  List<Contact> contacts() {
    return contacts;
  }

  /** {@return every step, in the bundle's order} */
  List<StepDefinition> steps() {
    return steps;
  }

  /** {@return every warning, in the bundle's order} */
  List<WarningDefinition> warnings() {
    return warnings;
  }

  /** {@return every risk factor, in the bundle's order} */
  List<RiskFactorDefinition> riskFactors() {
    return riskFactors;
  }

  /** {@return every rule, in the bundle's order} */
  List<Rule> rules() {
    return rules;
  }

  /** {@return every question, in the bundle's order} */
  List<Question> questions() {
    return questions;
  }

  /** {@return every named condition, in the bundle's order} */
  List<Condition.Named> conditions() {
    return conditions;
  }

  /** {@return every conflictsWith and needs declaration: steps' then warnings', in order} */
  List<Declaration> declarations() {
    return declarations;
  }

  /** {@return the jurisdictions the bundle covers, as its manifest lists them} */
  List<Jurisdiction> jurisdictions() {
    return jurisdictions;
  }

  /** {@return the date the content was released} */
  LocalDate releaseDate() {
    return releaseDate;
  }
}
