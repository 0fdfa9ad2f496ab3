package org.safeguarding.advisor.content.book;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.Optional;
import org.safeguarding.advisor.BundleIdentity;
import org.safeguarding.advisor.Condition;
import org.safeguarding.advisor.Contact;
import org.safeguarding.advisor.ContentBundle;
import org.safeguarding.advisor.Declaration;
import org.safeguarding.advisor.DoFirstRank;
import org.safeguarding.advisor.Jurisdiction;
import org.safeguarding.advisor.LintFinding;
import org.safeguarding.advisor.Question;
import org.safeguarding.advisor.ReferralTrigger;
import org.safeguarding.advisor.Reporter;
import org.safeguarding.advisor.RiskFactorDefinition;
import org.safeguarding.advisor.Rule;
import org.safeguarding.advisor.Situation;
import org.safeguarding.advisor.SituationFact;
import org.safeguarding.advisor.Source;
import org.safeguarding.advisor.StepDefinition;
import org.safeguarding.advisor.TextVariant;
import org.safeguarding.advisor.WarningDefinition;

/**
 * Renders a content bundle as a book a reviewer can read and print: every rule in plain English
 * with what it gives, every step, warning and question in each audience's words, every contact and
 * every source with its verification, the named conditions, and a diagram of the decision flow.
 * The same content is written as a self-contained HTML page and as Markdown. Everything comes from
 * the library's views of the loaded bundle ({@link ContentBundle#rules()}, {@link
 * ContentBundle#steps()} and the rest), never from its JSON files; the output depends on the bundle
 * only, so the committed copy can be checked for staleness byte for byte.
 *
 * <p>Run by {@code ContentBookTest} on every build; to write a book by hand:
 * {@code java ... ContentBook BUNDLE_DIR OUT_DIR}.
 */
public final class ContentBook {
  static final String HTML = "index.html";
  static final String MARKDOWN = "content-book.md";

  private final BundleIdentity identity;
  private final ContentBundle bundle;
  private final ConditionText conditions = new ConditionText();

  // Reverse indexes, each in the bundle's declared order.
  private final Map<String, List<String>> rulesByStep = new LinkedHashMap<>();
  private final Map<String, List<String>> rulesByWarning = new LinkedHashMap<>();
  private final Map<String, List<String>> rulesByRisk = new LinkedHashMap<>();
  private final Map<String, List<String>> rulesByTrigger = new LinkedHashMap<>();
  private final Map<String, List<String>> stepsByContact = new LinkedHashMap<>();
  private final Map<String, Set<String>> citedBy = new LinkedHashMap<>();
  private final Map<String, Set<String>> readersByFact = new LinkedHashMap<>();
  private final Map<String, Set<String>> usersByCondition = new LinkedHashMap<>();

  /** What the lint found: the declarations some plan breaks, by "id kind otherId". */
  private final Map<String, LintFinding> broken = new LinkedHashMap<>();

  private ContentBook(ContentBundle bundle) {
    this.identity = bundle.identity();
    this.bundle = bundle;
    for (LintFinding f : bundle.lint()) {
      broken.put(f.id() + " " + f.kind() + " " + f.otherId(), f);
    }
    index();
  }

  /** The book of the bundle in this folder, checked first by the library's own loader. */
  public static Map<String, String> render(Path bundleDir) {
    ContentBundle bundle = ContentBundle.load(bundleDir);
    ContentBook book = new ContentBook(bundle);
    Map<String, String> out = new LinkedHashMap<>();
    HtmlDoc html = new HtmlDoc(book.title());
    book.write(html);
    out.put(HTML, html.finish());
    MarkdownDoc md = new MarkdownDoc();
    book.write(md);
    out.put(MARKDOWN, md.finish());
    return out;
  }

  /** Writes the book of a bundle folder into a folder: {@code ContentBook BUNDLE_DIR OUT_DIR}. */
  public static void main(String[] args) throws IOException {
    if (args.length != 2) {
      System.err.println("usage: ContentBook BUNDLE_DIR OUT_DIR");
      System.exit(2);
    }
    write(Path.of(args[0]), Path.of(args[1]));
  }

  static void write(Path bundleDir, Path outDir) throws IOException {
    Files.createDirectories(outDir);
    for (Map.Entry<String, String> file : render(bundleDir).entrySet()) {
      Files.writeString(outDir.resolve(file.getKey()), file.getValue(), StandardCharsets.UTF_8);
    }
  }

  private String title() {
    return "Content book: the " + identity.id() + " bundle, version " + identity.version();
  }

  // --- indexes ----------------------------------------------------------------------------------

  private static void add(Map<String, List<String>> index, String key, String value) {
    index.computeIfAbsent(key, k -> new ArrayList<>()).add(value);
  }

  private void cite(List<String> sources, String by) {
    for (String source : sources) {
      citedBy.computeIfAbsent(source, k -> new LinkedHashSet<>()).add(by);
    }
  }

  private void index() {
    for (Rule rule : bundle.rules()) {
      String id = rule.id();
      rule.steps().forEach(s -> add(rulesByStep, s.id(), id));
      rule.warnings().forEach(w -> add(rulesByWarning, w, id));
      rule.riskFactors().forEach(r -> add(rulesByRisk, r, id));
      rule.triggers().forEach(t -> add(rulesByTrigger, t.name(), id));
      cite(rule.sources(), "rule " + id);
      readFacts(rule.when(), "rule " + id, new LinkedHashSet<>());
    }
    for (StepDefinition step : bundle.steps()) {
      step.contacts().forEach(c -> add(stepsByContact, c, step.id()));
      step.texts().forEach(t -> t.contacts().ifPresent(ids -> ids.stream()
          .filter(c -> !stepsByContact.getOrDefault(c, List.of()).contains(step.id()))
          .forEach(c -> add(stepsByContact, c, step.id()))));
      cite(step.sources(), "step " + step.id());
    }
    bundle.warnings().forEach(w -> cite(w.sources(), "warning " + w.id()));
    bundle.riskFactors().forEach(r -> cite(r.sources(), "risk factor " + r.id()));
    bundle.contacts().forEach(c -> cite(c.sources(), "contact " + c.id()));
    bundle.questions().forEach(q -> {
      String field = q.fact().path();
      cite(q.sources(), "question " + field);
      q.askFirstWhen().ifPresent(when -> readFacts(when, "question " + field,
          new LinkedHashSet<>()));
    });
    bundle.conditions().forEach(c -> readFacts(c.definition(), "condition " + c.id(),
        new LinkedHashSet<>()));
  }

  /** Records which facts and named conditions a condition reads, through named conditions too. */
  private void readFacts(Condition c, String reader, Set<String> seen) {
    if (c instanceof Condition.Named named) {
      usersByCondition.computeIfAbsent(named.id(), k -> new LinkedHashSet<>()).add(reader);
      if (seen.add(named.id())) {
        readFacts(named.definition(), reader, seen);
      }
    } else if (c instanceof Condition.Not not) {
      readFacts(not.condition(), reader, seen);
    } else if (c instanceof Condition.All all) {
      all.conditions().forEach(p -> readFacts(p, reader, seen));
    } else if (c instanceof Condition.Any any) {
      any.conditions().forEach(p -> readFacts(p, reader, seen));
    } else {
      // A test of one fact.
      readersByFact.computeIfAbsent(c.reads().get(0).path(), k -> new LinkedHashSet<>())
          .add(reader);
    }
  }

  // --- small inline pieces ------------------------------------------------------------------------

  private static String anchorFor(String kind, String id) {
    return switch (kind) {
      case "rule" -> "rule-" + id;
      case "step" -> "step-" + id;
      case "warning" -> "warning-" + id;
      case "risk factor" -> "risk-" + id;
      case "contact" -> "contact-" + id;
      case "question" -> "question-" + id;
      case "condition" -> ConditionText.anchor(id);
      case "source" -> "source-" + id;
      default -> throw new IllegalArgumentException(kind);
    };
  }

  /** "rule r-danger" as a link. */
  private static Inline ref(String kindAndId) {
    int space = kindAndId.lastIndexOf(' ');
    String kind = kindAndId.substring(0, space);
    String id = kindAndId.substring(space + 1);
    return Inline.of(kind + " ").linkCode(anchorFor(kind, id), id);
  }

  private static Inline urgency(String urgency) {
    return new Inline().flag(urgency.toLowerCase(Locale.ROOT), urgency);
  }

  private static Inline trigger(String trigger) {
    return new Inline().flag("trigger", trigger);
  }

  private Inline source(String id) {
    Inline out = new Inline().linkCode(anchorFor("source", id), id);
    String v = bundle.source(id).orElseThrow().verification().name();
    if (!v.equals("VERIFIED")) {
      out.text(" ").append(verification(v));
    }
    return out;
  }

  private static Inline verification(String v) {
    return new Inline().flag(v.toLowerCase(Locale.ROOT).replace('_', '-'),
        Words.label(Words.VERIFICATION, v));
  }

  private Inline sources(List<String> ids) {
    List<Inline> parts = new ArrayList<>();
    ids.forEach(s -> parts.add(source(s)));
    return Inline.of("Sources: ").append(Inline.join(parts, ", "));
  }

  /** The title of a step in the parent's words, or in its first text's. */
  private String stepTitle(String stepId) {
    return parentsText(bundle.step(stepId).orElseThrow().texts()).title();
  }

  /** The first text a parent or carer is named in, or the first text. */
  private static <T extends TextVariant> T parentsText(List<T> texts) {
    return texts.stream().filter(t -> t.audiences().contains(Reporter.PARENT_OR_CARER))
        .findFirst().orElse(texts.get(0));
  }

  private Inline stepLink(String stepId) {
    return new Inline().link(anchorFor("step", stepId), stepTitle(stepId)).text(" (")
        .code(stepId).text(")");
  }

  /**
   * The audiences a text entry is for and, if it has a {@code when}, the condition in words: an
   * audience reads the first of its entries whose condition holds (docs/bundle-format.md).
   */
  private Inline audiences(TextVariant variant) {
    return audiences(variant.audiences(), variant.when());
  }

  private Inline audiences(Set<Reporter> audiences, Optional<Condition> when) {
    List<String> names = new ArrayList<>();
    audiences.forEach(a -> names.add(Words.label(Words.AUDIENCE, a.name())));
    Inline out = Inline.of(String.join(", ", names));
    return when.map(w -> out.text(", when ").append(conditions.render(w))).orElse(out);
  }

  /** A text's own sources, cited where a reader is shown that text; null if it has none. */
  private Inline textSources(TextVariant variant, List<String> ids) {
    if (ids.isEmpty()) {
      return null;
    }
    List<Inline> parts = new ArrayList<>();
    ids.forEach(s -> parts.add(source(s)));
    return Inline.of("The text for ").append(audiences(variant)).text(" also cites: ")
        .append(Inline.join(parts, ", "));
  }

  /** The contacts a text gives its reader in place of the step's: none, or these. */
  private Inline textContacts(TextVariant variant, List<String> ids) {
    Inline line = Inline.of("The text for ").append(audiences(variant));
    return ids.isEmpty() ? line.text(" gives no contacts (in place of the step's)")
        : line.text(" gives these contacts in place of the step's: ")
            .append(links("contact", ids));
  }

  /**
   * Where an item is put forward to be read first: each doFirst entry, in order (the first that
   * applies gives the rank); null if it has none.
   */
  private Inline doFirstLine(List<DoFirstRank> entries) {
    if (entries.isEmpty()) {
      return null;
    }
    List<Inline> parts = new ArrayList<>();
    for (DoFirstRank e : entries) {
      parts.add(Inline.of("rank " + e.rank() + " for ").append(audiences(e.audiences(), e.when())));
    }
    return Inline.of(entries.size() == 1 ? "Read first: " : "Read first (the first that applies): ")
        .append(Inline.join(parts, "; otherwise "));
  }

  private static void addIfAny(List<Inline> into, Inline line) {
    if (line != null) {
      into.add(line);
    }
  }

  private static Inline links(String kind, List<String> ids) {
    List<Inline> parts = new ArrayList<>();
    ids.forEach(id -> parts.add(new Inline().linkCode(anchorFor(kind, id), id)));
    return Inline.join(parts, ", ");
  }

  private static Inline refs(Set<String> kindAndIds) {
    List<Inline> parts = new ArrayList<>();
    kindAndIds.forEach(k -> parts.add(ref(k)));
    return Inline.join(parts, ", ");
  }

  /** The highest urgency a rule gives any of its steps, or null if it gives none. */
  private static String ruleUrgency(Rule rule) {
    for (String u : Words.URGENCIES) {
      for (Rule.GivenStep s : rule.steps()) {
        if (s.urgency().name().equals(u)) {
          return u;
        }
      }
    }
    return null;
  }

  // --- the book ---------------------------------------------------------------------------------

  private void write(Doc doc) {
    doc.heading(1, "top", Inline.of(title()));
    doc.paragraph(Inline.of("Everything the ").code(identity.id()).text(" content bundle decides,"
        + " written out for review: every rule in plain English with the steps, warnings, referral"
        + " triggers and risk factors it gives; every step, warning and question in the words each"
        + " audience reads; every contact and every source, with how far each source has been"
        + " verified. This book is generated from the bundle's files: do not edit it by hand."));
    identity(doc);
    verificationSummary(doc);
    contents(doc);
    howToRead(doc);
    flow(doc);
    referral(doc);
    rules(doc);
    namedConditions(doc);
    steps(doc);
    warnings(doc);
    declarations(doc);
    riskFactors(doc);
    contacts(doc);
    questions(doc);
    nations(doc);
    sourcesSection(doc);
  }

  private void identity(Doc doc) {
    List<String> jurisdictions = new ArrayList<>();
    bundle.jurisdictions().forEach(j -> jurisdictions.add(
        Words.label(Words.JURISDICTION, j.code()) + " (" + j.code() + ")"));
    List<List<Inline>> rows = new ArrayList<>();
    rows.add(List.of(Inline.of("Bundle id"), new Inline().code(identity.id())));
    rows.add(List.of(Inline.of("Version"), Inline.of(identity.version())));
    rows.add(List.of(Inline.of("Released"), Inline.of(bundle.releaseDate().toString())));
    rows.add(List.of(Inline.of("Review by"), Inline.of(bundle.reviewBy().toString())));
    rows.add(List.of(Inline.of("Jurisdictions"), Inline.of(String.join(", ", jurisdictions))));
    rows.add(List.of(Inline.of("Content digest"), new Inline().code(identity.digest())));
    rows.add(List.of(Inline.of("Contents"), Inline.of(bundle.rules().size() + " rules, "
        + bundle.conditions().size() + " named conditions, " + bundle.steps().size() + " steps, "
        + bundle.warnings().size() + " warnings, " + bundle.riskFactors().size() + " risk factors, "
        + bundle.contacts().size() + " contacts, " + bundle.questions().size() + " questions, "
        + bundle.sources().size() + " sources")));
    doc.table(List.of("Bundle", ""), rows);
  }

  private void verificationSummary(Doc doc) {
    Map<String, List<String>> byLevel = new LinkedHashMap<>();
    for (String level : List.of("VERIFIED", "PARTLY_VERIFIED", "UNVERIFIED")) {
      byLevel.put(level, new ArrayList<>());
    }
    bundle.sources().forEach(s -> byLevel.get(s.verification().name()).add(s.id()));
    Inline text = Inline.of("Sources: " + byLevel.get("VERIFIED").size() + " verified, "
        + byLevel.get("PARTLY_VERIFIED").size() + " partly verified, "
        + byLevel.get("UNVERIFIED").size() + " unverified.");
    List<String> doubtful = new ArrayList<>(byLevel.get("PARTLY_VERIFIED"));
    doubtful.addAll(byLevel.get("UNVERIFIED"));
    if (doubtful.isEmpty()) {
      doc.callout("note", text.text(" Every source is verified."));
      return;
    }
    List<Inline> parts = new ArrayList<>();
    doubtful.forEach(id -> parts.add(source(id)));
    doc.callout(byLevel.get("UNVERIFIED").isEmpty() ? "caution" : "warning",
        text.text(" Check what rests on these before relying on it: ")
            .append(Inline.join(parts, ", "))
            .text(". Each is flagged wherever it is cited."));
  }

  private void contents(Doc doc) {
    doc.heading(2, "contents", Inline.of("Contents"));
    doc.bullets(List.of(
        new Inline().link("how-to-read", "How to read this book"),
        new Inline().link("flow", "The decision flow"),
        new Inline().link("referral", "The referral screen"),
        new Inline().link("rules", "Rules (" + bundle.rules().size() + ")"),
        new Inline().link("conditions", "Named conditions (" + bundle.conditions().size() + ")"),
        new Inline().link("steps", "Steps (" + bundle.steps().size() + ")"),
        new Inline().link("warnings", "Warnings (" + bundle.warnings().size() + ")"),
        new Inline().link("declarations", "Declared conflicts and needs, proved ("
            + declarationCount() + ")"),
        new Inline().link("risk-factors", "Risk factors (" + bundle.riskFactors().size() + ")"),
        new Inline().link("contacts", "Contacts (" + bundle.contacts().size() + ")"),
        new Inline().link("questions", "Questions (" + bundle.questions().size() + ")"),
        new Inline().link("nations", "The four nations side by side"),
        new Inline().link("sources", "Sources (" + bundle.sources().size() + ")")));
  }

  private void howToRead(Doc doc) {
    doc.heading(2, "how-to-read", Inline.of("How to read this book"));
    doc.paragraph(Inline.of("Every rule whose condition holds fires, and the plan is the union of"
        + " what the fired rules give: a step fired by several rules appears once, with the highest"
        + " urgency any of them gives. Steps are ordered most urgent first, then in the order the"
        + " bundle declares them. A referral is required exactly when some fired rule raises a"
        + " referral trigger."));
    List<List<Inline>> rows = new ArrayList<>();
    for (String u : Words.URGENCIES) {
      rows.add(List.of(urgency(u), Inline.of(Words.capitalise(Words.label(Words.URGENCY, u)))));
    }
    doc.table(List.of("Urgency", "Meaning"), rows);
    doc.paragraph(Inline.of("Facts that are not given: a missing reporter is read as a parent or"
        + " carer; a missing jurisdiction as a nation not known and an unknown age as under 18"
        + " wherever a condition says so (each nation or age test states its result when it is"
        + " not known); and every"
        + " indicator that is not answered as not known. Texts are written for four audiences: "
        + "Parent or carer, Young person (the child themself), Professional (school or other"
        + " children's workforce) and Other adult; a step is given only to the audiences it has"
        + " text for."));
    doc.paragraph(Inline.of("Sources carry their verification: ").append(verification("VERIFIED"))
        .text(" checked against the source; ").append(verification("PARTLY_VERIFIED"))
        .text(" only partly checked; ").append(verification("UNVERIFIED"))
        .text(" not checked. Every citation of a source that is not verified is flagged."));
  }

  // --- the decision flow --------------------------------------------------------------------------

  private void flow(Doc doc) {
    doc.heading(2, "flow", Inline.of("The decision flow"));
    doc.paragraph(Inline.of("The situation's facts are checked against every rule, and every rule"
        + " whose condition holds adds its outputs to the plan. Rules are grouped here "
        + (groups().stream().anyMatch(g -> g.key().startsWith("p")) ? "by the pathway of the decision model their"
            + " description names (a rule can serve several)" : "by the highest urgency they give")
        + "; the rules that raise a referral trigger lead to the immediate referral. The same"
        + " flow is listed in words below the diagram."));
    doc.mermaid(mermaid());
    doc.heading(3, "pathways", Inline.of("The pathways in words"));
    for (Group group : groups()) {
      doc.heading(4, null, Inline.of(group.title() + ": " + group.rules().size()
          + (group.rules().size() == 1 ? " rule" : " rules")));
      List<Inline> items = new ArrayList<>();
      for (String id : group.rules()) {
        Rule rule = bundle.rule(id).orElseThrow();
        Inline item = new Inline().linkCode(anchorFor("rule", id), id).text(": ")
            .text(shortDescription(id)).text(" \u2192 ");
        List<Inline> outputs = new ArrayList<>();
        for (Rule.GivenStep s : rule.steps()) {
          outputs.add(new Inline().linkCode(anchorFor("step", s.id()), s.id()).text(" ")
              .append(urgency(s.urgency().name())));
        }
        rule.warnings().forEach(w -> outputs.add(
            Inline.of("warning ").linkCode(anchorFor("warning", w), w)));
        rule.triggers().forEach(t -> outputs.add(trigger(t.name())));
        rule.riskFactors().forEach(r -> outputs.add(
            Inline.of("risk ").linkCode(anchorFor("risk factor", r), r)));
        items.add(item.append(Inline.join(outputs, ", ")));
      }
      doc.bullets(items);
    }
    List<Inline> screen = new ArrayList<>();
    for (String t : Words.TRIGGERS) {
      List<String> by = rulesByTrigger.getOrDefault(t, List.of());
      screen.add(trigger(t).text(by.isEmpty() ? " is raised by no rule of this bundle"
          : " \u2190 ").append(links("rule", by)));
    }
    doc.heading(4, null, Inline.of("Referral triggers \u2192 immediate referral to the police"
        + " and/or children's social care"));
    doc.bullets(screen);
  }

  /** A box of the diagram: a group of rules. */
  private record Group(String key, String title, String urgency, List<String> rules) {}

  /** "Pathway 3: ...", "Pathways 0 and 7 ...": the pathways a rule's description starts with. */
  private static final Pattern PATHWAY = Pattern.compile("^Pathways? (\\d+(?:(?:, | and )\\d+)*)\\b");

  /**
   * The rules in groups. When rule descriptions name the pathways of the decision model they serve
   * ("Pathway 5: ...", as the UK bundle's do), by pathway, a rule in each pathway it names, and
   * the rules that name none in a last group; otherwise by the highest urgency a rule gives.
   */
  private List<Group> groups() {
    Map<Integer, List<String>> byPathway = new TreeMap<>();
    List<String> unnamed = new ArrayList<>();
    for (Rule rule : bundle.rules()) {
      Matcher m = PATHWAY.matcher(rule.description());
      if (!m.find()) {
        unnamed.add(rule.id());
        continue;
      }
      for (String n : m.group(1).split(", | and ")) {
        byPathway.computeIfAbsent(Integer.valueOf(n), k -> new ArrayList<>()).add(rule.id());
      }
    }
    List<Group> groups = new ArrayList<>();
    if (!byPathway.isEmpty()) {
      byPathway.forEach((n, rules) -> groups.add(group("p" + n, "Pathway " + n, rules)));
      if (!unnamed.isEmpty()) {
        groups.add(group("other", "Rules of no named pathway", unnamed));
      }
      return groups;
    }
    for (String u : Words.URGENCIES) {
      List<String> rules = new ArrayList<>();
      bundle.rules().forEach(rule -> {
        if (u.equals(ruleUrgency(rule))) {
          rules.add(rule.id());
        }
      });
      if (!rules.isEmpty()) {
        groups.add(new Group(u.toLowerCase(Locale.ROOT), u + " rules ("
            + Words.label(Words.URGENCY, u) + ")", u, rules));
      }
    }
    List<String> none = new ArrayList<>();
    bundle.rules().forEach(rule -> {
      if (ruleUrgency(rule) == null) {
        none.add(rule.id());
      }
    });
    if (!none.isEmpty()) {
      groups.add(new Group("none", "Rules that give no steps (warnings, triggers, risks)", null,
          none));
    }
    return groups;
  }

  private Group group(String key, String title, List<String> rules) {
    String urgency = highest(rules);
    return new Group(key, title + (urgency == null ? "" : " (up to " + urgency + ")"), urgency,
        rules);
  }

  /** The highest urgency any of these rules gives, or null. */
  private String highest(List<String> rules) {
    for (String u : Words.URGENCIES) {
      for (String id : rules) {
        if (u.equals(ruleUrgency(bundle.rule(id).orElseThrow()))) {
          return u;
        }
      }
    }
    return null;
  }

  /** A rule's description without its "Pathway N" prefix, which its group already says. */
  private String shortDescription(String ruleId) {
    String d = bundle.rule(ruleId).orElseThrow().description();
    Matcher m = PATHWAY.matcher(d);
    if (m.find()) {
      // "Pathway 2 and seeds 000/001: ..." drops its further citations too; "Pathway 5 for
      // adults: ..." keeps its qualifier.
      d = d.substring(m.end()).replaceFirst("^\\s+and [^:]*:", ":").replaceFirst("^:\\s*", "")
          .strip();
    }
    return d;
  }

  /**
   * What a rule is about, for a line of the diagram: its short description up to the first colon
   * or semicolon (descriptions read "situation: what to do"), or up to the second when the first
   * part is only a short label ("Risk factor: ..."); the whole text is in the book.
   */
  private String situationOf(String ruleId) {
    String[] parts = shortDescription(ruleId).split("[:;]", 3);
    String head = parts[0].strip();
    if (head.length() < 25 && parts.length > 1) {
      head = head + ": " + parts[1].strip();
    }
    return head.endsWith(".") ? head.substring(0, head.length() - 1) : head;
  }

  /**
   * The diagram: the situation, one box per urgency group listing its rules, the referral
   * triggers with the rules that raise them on the arrows, and the plan. One box per group rather
   * than one per rule keeps a bundle of many rules legible at page width.
   */
  private String mermaid() {
    // The front matter keeps each rule on one line of its box (Mermaid would wrap at 200 px).
    StringBuilder m = new StringBuilder("---\nconfig:\n  markdownAutoWrap: false\n---\n"
        + "flowchart LR\n");
    m.append("  situation([\"Situation: the facts given\"])\n");
    Map<String, String> groupOfRule = new LinkedHashMap<>();
    List<Group> groups = groups();
    for (Group group : groups) {
      group.rules().forEach(id -> groupOfRule.putIfAbsent(id, "g_" + group.key()));
    }
    for (Group group : groups) {
      String g = "g_" + group.key();
      // A Markdown string label: bold title, one line per rule, wrapped at wrappingWidth.
      m.append("  ").append(g).append("[\"`**").append(label(group.title())).append("**");
      for (String id : group.rules()) {
        m.append('\n').append(label(id)).append(": ").append(label(situationOf(id)));
      }
      m.append("`\"]\n");
      m.append("  situation --> ").append(g).append('\n');
    }
    m.append("  plan([\"Plan: steps most urgent first, warnings, contacts, open questions\"])\n");
    for (Group group : groups) {
      m.append("  g_").append(group.key()).append(" --> plan\n");
    }
    boolean anyTrigger = false;
    for (String t : Words.TRIGGERS) {
      List<String> by = rulesByTrigger.getOrDefault(t, List.of());
      if (by.isEmpty()) {
        continue;
      }
      anyTrigger = true;
      m.append("  t_").append(t).append("{{\"").append(t).append("\"}}\n");
      Map<String, List<String>> byGroup = new LinkedHashMap<>();
      by.forEach(rule -> byGroup.computeIfAbsent(groupOfRule.get(rule), k -> new ArrayList<>())
          .add(rule));
      byGroup.forEach((g, rules) -> m.append("  ").append(g).append(" -->|\"")
          .append(label(String.join(", ", rules))).append("\"| t_").append(t).append('\n'));
      m.append("  t_").append(t).append(" --> referral\n");
    }
    if (anyTrigger) {
      m.append("  referral[[\"Immediate referral: police and/or children's social care\"]]\n");
    }
    m.append("  classDef emergency fill:#ffebe9,stroke:#a40e26\n");
    m.append("  classDef urgent fill:#fff1e5,stroke:#bc4c00\n");
    m.append("  classDef prompt fill:#fbefff,stroke:#7d4e00\n");
    m.append("  classDef routine fill:#dafbe1,stroke:#1a7f37\n");
    m.append("  classDef trigger fill:#fbefff,stroke:#8250df\n");
    for (Group group : groups) {
      if (group.urgency() != null) {
        m.append("  class g_").append(group.key()).append(' ')
            .append(group.urgency().toLowerCase(Locale.ROOT)).append('\n');
      }
    }
    for (String t : Words.TRIGGERS) {
      if (rulesByTrigger.containsKey(t)) {
        m.append("  class t_").append(t).append(" trigger\n");
      }
    }
    return m.toString();
  }

  /**
   * Text for a Mermaid label in double quotes: entities for what Mermaid or Markdown would read,
   * and non-breaking hyphens, so an id such as repeated-child-school is never split over lines.
   */
  private static String label(String text) {
    return text.replace("\"", "#quot;").replace("<", "#lt;").replace(">", "#gt;")
        .replace("`", "'").replace("*", "#42;").replace("_", "#95;").replace('-', '\u2011');
  }

  // --- the referral screen ------------------------------------------------------------------------

  private void referral(Doc doc) {
    doc.heading(2, "referral", Inline.of("The referral screen"));
    doc.paragraph(Inline.of("Any one of these triggers makes an immediate referral to the police"
        + " and/or children's social care required."));
    List<List<Inline>> rows = new ArrayList<>();
    for (String t : Words.TRIGGERS) {
      List<String> by = rulesByTrigger.getOrDefault(t, List.of());
      rows.add(List.of(trigger(t), Inline.of(Words.capitalise(Words.label(Words.TRIGGER, t))),
          by.isEmpty() ? Inline.of("no rule") : links("rule", by)));
    }
    doc.table(List.of("Trigger", "Meaning", "Raised by"), rows);
  }

  // --- rules and named conditions -----------------------------------------------------------------

  private void rules(Doc doc) {
    doc.heading(2, "rules", Inline.of("Rules"));
    doc.paragraph(Inline.of("In the bundle's order, which is also the order of explanation."));
    for (Rule rule : bundle.rules()) {
      String id = rule.id();
      doc.beginEntry();
      doc.heading(3, anchorFor("rule", id), new Inline().code(id).text(": ")
          .text(rule.description()));
      doc.paragraph(Inline.of("When ").append(conditions.render(rule.when()))
          .text(", the plan gets:"));
      List<Inline> outputs = new ArrayList<>();
      for (Rule.GivenStep s : rule.steps()) {
        outputs.add(urgency(s.urgency().name()).text(" step ").append(stepLink(s.id())));
      }
      for (String w : rule.warnings()) {
        outputs.add(Inline.of("the warning ").link(anchorFor("warning", w), warningText(w))
            .text(" (").code(w).text(")"));
      }
      for (ReferralTrigger t : rule.triggers()) {
        outputs.add(Inline.of("the referral trigger ").append(trigger(t.name()))
            .text(": a referral is required"));
      }
      for (String r : rule.riskFactors()) {
        outputs.add(Inline.of("the risk factor ").linkCode(anchorFor("risk factor", r), r)
            .text(": " + parentsText(bundle.riskFactor(r).orElseThrow().texts())
                .explanation()));
      }
      doc.bullets(outputs);
      doc.paragraph(sources(rule.sources()));
      doc.endEntry();
    }
  }

  private String warningText(String warningId) {
    return parentsText(bundle.warning(warningId).orElseThrow().texts()).text();
  }

  private void namedConditions(Doc doc) {
    doc.heading(2, "conditions", Inline.of("Named conditions"));
    doc.paragraph(Inline.of("Conditions with a name, used by rules, questions and other"
        + " conditions. Where a rule uses one, its plain English above is this definition written"
        + " out."));
    for (Condition.Named c : bundle.conditions()) {
      String id = c.id();
      doc.beginEntry();
      doc.heading(3, anchorFor("condition", id), new Inline().code(id).text(": ")
          .text(c.description()));
      doc.paragraph(Inline.of("Holds when ").append(conditions.render(c.definition())).text("."));
      Set<String> users = usersByCondition.getOrDefault(id, Set.of());
      doc.paragraph(users.isEmpty() ? Inline.of("Used by nothing.")
          : Inline.of("Used, directly or through other named conditions, by ").append(refs(users))
              .text("."));
      doc.endEntry();
    }
  }

  // --- steps, warnings, risk factors ----------------------------------------------------------------

  private void steps(Doc doc) {
    doc.heading(2, "steps", Inline.of("Steps"));
    doc.paragraph(Inline.of("In the bundle's declared order: within one urgency, steps are done"
        + " in this order. Each step in the words of every audience it is given to."));
    for (StepDefinition step : bundle.steps()) {
      String id = step.id();
      doc.beginEntry();
      doc.heading(3, anchorFor("step", id), new Inline().code(id).text(": ").text(stepTitle(id)));
      List<List<Inline>> rows = new ArrayList<>();
      for (StepDefinition.Text v : step.texts()) {
        rows.add(List.of(audiences(v), Inline.of(v.title()), Inline.of(v.detail())));
      }
      doc.table(List.of("For", "Title", "Detail"), rows);
      List<Reporter> missing = new ArrayList<>(List.of(Reporter.values()));
      missing.removeAll(step.audiences());
      List<Inline> facts = new ArrayList<>();
      if (!missing.isEmpty()) {
        List<String> names = new ArrayList<>();
        missing.forEach(a -> names.add(Words.label(Words.AUDIENCE, a.name())));
        facts.add(Inline.of("Not given to: " + String.join(", ", names)));
      }
      List<String> contacts = step.contacts();
      if (!contacts.isEmpty()) {
        facts.add(Inline.of("Contacts: ").append(links("contact", contacts)));
      }
      List<String> after = step.after();
      if (!after.isEmpty()) {
        facts.add(Inline.of("Comes after, at the same urgency: ").append(links("step", after)));
      }
      List<Inline> firedBy = new ArrayList<>();
      for (String ruleId : rulesByStep.getOrDefault(id, List.of())) {
        for (Rule.GivenStep s : bundle.rule(ruleId).orElseThrow().steps()) {
          if (s.id().equals(id)) {
            firedBy.add(new Inline().linkCode(anchorFor("rule", ruleId), ruleId).text(" ")
                .append(urgency(s.urgency().name())));
          }
        }
      }
      facts.add(firedBy.isEmpty() ? Inline.of("Given by no rule.")
          : Inline.of("Given by: ").append(Inline.join(firedBy, ", ")));
      addIfAny(facts, doFirstLine(step.doFirst()));
      facts.add(sources(step.sources()));
      step.texts().forEach(v -> addIfAny(facts, textSources(v, v.sources())));
      step.texts().forEach(v -> v.contacts().ifPresent(ids -> facts.add(textContacts(v, ids))));
      doc.bullets(facts);
      doc.endEntry();
    }
  }

  private void warnings(Doc doc) {
    doc.heading(2, "warnings", Inline.of("Warnings"));
    doc.paragraph(Inline.of("The things not to do, in the order they are given."));
    for (WarningDefinition warning : bundle.warnings()) {
      String id = warning.id();
      doc.beginEntry();
      doc.heading(3, anchorFor("warning", id), new Inline().code(id));
      List<List<Inline>> rows = new ArrayList<>();
      for (WarningDefinition.Text v : warning.texts()) {
        rows.add(List.of(audiences(v), Inline.of(v.text())));
      }
      doc.table(List.of("For", "Text"), rows);
      List<String> by = rulesByWarning.getOrDefault(id, List.of());
      List<Inline> facts = new ArrayList<>();
      facts.add(by.isEmpty() ? Inline.of("Given by no rule.")
          : Inline.of("Given by: ").append(links("rule", by)));
      addIfAny(facts, doFirstLine(warning.doFirst()));
      facts.add(sources(warning.sources()));
      warning.texts().forEach(v -> addIfAny(facts, textSources(v, v.sources())));
      doc.bullets(facts);
      doc.endEntry();
    }
  }

  /** Every conflictsWith and needs declaration: [kind, id, otherId], steps then warnings. */
  private List<String[]> declared() {
    List<String[]> out = new ArrayList<>();
    for (Declaration d : bundle.declarations()) {
      out.add(new String[] {d.kind() == LintFinding.Kind.CONFLICTS_WITH ? "conflictsWith"
          : "needs", d.id(), d.otherId()});
    }
    return out;
  }

  private int declarationCount() {
    return declared().size();
  }

  private Inline item(String id) {
    return ref((bundle.step(id).isPresent() ? "step " : "warning ") + id);
  }

  private void declarations(Doc doc) {
    doc.heading(2, "declarations", Inline.of("Declared conflicts and needs, proved"));
    doc.paragraph(Inline.of("The bundle declares which steps and warnings must never be in one"
        + " plan together (they would tell the reader opposite things) and which must never be"
        + " given without another. The build proves each declaration over every reachable"
        + " situation, not over examples: for each one it searches every combination of the"
        + " facts read by the rules that can give either text (the reporter too, since a step is"
        + " only given to the audiences it has text for), and refuses the bundle, naming a"
        + " situation that breaks it, if any plan does. "
        + "The same check runs in ").code("advisor-cli bundle check DIR").text(". What is not"
        + " declared here is not proved: a reviewer who finds two texts that contradict each"
        + " other should ask for a declaration, so that no later change can bring them together"
        + " again."));
    List<String[]> declared = declared();
    if (declared.isEmpty()) {
      doc.callout("warning", Inline.of("This bundle declares no conflicts or needs: nothing here"
          + " is proved."));
      return;
    }
    List<List<Inline>> rows = new ArrayList<>();
    for (String[] d : declared) {
      boolean conflict = d[0].equals("conflictsWith");
      Inline what = item(d[1])
          .text(conflict ? " is never in a plan with " : " is never given without ")
          .append(item(d[2]));
      LintFinding finding = findingFor(d);
      Inline status = finding == null
          ? Inline.of("Proved: holds in every reachable situation")
          : Inline.of("BROKEN: ").text(finding.message().replace('\n', ' '));
      rows.add(List.of(what, status));
    }
    doc.table(List.of("Declaration", "Proof"), rows);
  }

  /** The lint's finding for a declaration (a conflict may be reported under either id). */
  private LintFinding findingFor(String[] d) {
    String kind = d[0].equals("conflictsWith") ? "CONFLICTS_WITH" : "NEEDS";
    LintFinding f = broken.get(d[1] + " " + kind + " " + d[2]);
    return f != null || !kind.equals("CONFLICTS_WITH") ? f
        : broken.get(d[2] + " " + kind + " " + d[1]);
  }

  private void riskFactors(Doc doc) {
    doc.heading(2, "risk-factors", Inline.of("Risk factors"));
    doc.paragraph(Inline.of("The facts that raise the risk, as the assessment explains them."));
    for (RiskFactorDefinition risk : bundle.riskFactors()) {
      String id = risk.id();
      doc.beginEntry();
      doc.heading(3, anchorFor("risk factor", id), new Inline().code(id));
      RiskFactorDefinition.Text first = risk.texts().get(0);
      boolean oneForEveryone = risk.texts().size() == 1 && first.when().isEmpty()
          && first.audiences().size() == Reporter.values().length;
      if (oneForEveryone) {
        doc.paragraph(Inline.of(first.explanation()));
      } else {
        List<List<Inline>> rows = new ArrayList<>();
        for (RiskFactorDefinition.Text v : risk.texts()) {
          rows.add(List.of(audiences(v), Inline.of(v.explanation())));
        }
        doc.table(List.of("For", "Explanation"), rows);
      }
      List<String> by = rulesByRisk.getOrDefault(id, List.of());
      List<Inline> facts = new ArrayList<>();
      facts.add(by.isEmpty() ? Inline.of("Raised by no rule.")
          : Inline.of("Raised by: ").append(links("rule", by)));
      facts.add(sources(risk.sources()));
      risk.texts().forEach(v -> addIfAny(facts, textSources(v, v.sources())));
      doc.bullets(facts);
      doc.endEntry();
    }
  }

  // --- contacts, questions, sources -----------------------------------------------------------------

  private void contacts(Doc doc) {
    doc.heading(2, "contacts", Inline.of("Contacts"));
    doc.paragraph(Inline.of("Every service a step sends someone to. A field marked unverified"
        + " rests only on an unverified fact."));
    for (Contact contact : bundle.contacts()) {
      String id = contact.id();
      doc.beginEntry();
      doc.heading(3, anchorFor("contact", id), new Inline().code(id).text(": ")
          .text(contact.name()));
      List<List<Inline>> rows = new ArrayList<>();
      Map<Contact.Detail, Optional<String>> details = new LinkedHashMap<>();
      details.put(Contact.Detail.PHONE, contact.phone());
      details.put(Contact.Detail.URL, contact.url());
      details.put(Contact.Detail.HOURS, contact.hours());
      details.put(Contact.Detail.FOR_WHOM, Optional.of(contact.forWhom()));
      Map<Contact.Detail, String> names = Map.of(Contact.Detail.PHONE, "Phone",
          Contact.Detail.URL, "Web", Contact.Detail.HOURS, "Hours", Contact.Detail.FOR_WHOM,
          "For whom");
      for (Map.Entry<Contact.Detail, Optional<String>> f : details.entrySet()) {
        String value = f.getValue().orElse(null);
        Inline cell = value == null ? Inline.of("none")
            : f.getKey() == Contact.Detail.URL ? new Inline().url(value) : Inline.of(value);
        if (contact.unverified().contains(f.getKey())) {
          cell.text(" ").append(verification("UNVERIFIED"));
        }
        rows.add(List.of(Inline.of(names.get(f.getKey())), cell));
      }
      doc.table(List.of("Field", "Value"), rows);
      List<String> by = stepsByContact.getOrDefault(id, List.of());
      doc.bullets(List.of(by.isEmpty() ? Inline.of("Named by no step.")
          : Inline.of("Named by the steps: ").append(links("step", by)),
          sources(contact.sources())));
      doc.endEntry();
    }
  }

  private void questions(Doc doc) {
    doc.heading(2, "questions", Inline.of("Questions"));
    doc.paragraph(Inline.of("What is asked when a fact is not known and its answer could change"
        + " the plan: most consequential first, then in this order."));
    for (Question q : bundle.questions()) {
      String field = q.fact().path();
      doc.beginEntry();
      doc.heading(3, anchorFor("question", field), new Inline().code(field));
      List<List<Inline>> rows = new ArrayList<>();
      for (Question.Text v : q.texts()) {
        rows.add(List.of(audiences(v), Inline.of(v.question()), Inline.of(v.whyItMatters())));
      }
      doc.table(List.of("For", "Question", "Why it matters"), rows);
      List<Inline> facts = new ArrayList<>();
      if (!q.choices().isEmpty()) {
        List<Inline> labels = new ArrayList<>();
        q.choices().forEach(c -> labels.add(new Inline().code(c.valueName())
            .text(" \u201c" + c.label(Reporter.PARENT_OR_CARER) + "\u201d")));
        facts.add(Inline.of("Answers: ").append(Inline.join(labels, "; "))
            .text("; and \u201cdon't know\u201d"));
      } else if (field.equals("childAge")) {
        facts.add(Inline.of("Answer: a whole number of years, 0 to 25, or \u201cdon't know\u201d"));
      }
      q.askFirstWhen().ifPresent(when -> facts.add(
          Inline.of("Asked before every other question while ").append(conditions.render(when))));
      Set<String> readers = readersByFact.getOrDefault(field, Set.of());
      facts.add(readers.isEmpty() ? Inline.of("Read by no rule or condition.")
          : Inline.of("Read, directly or through named conditions, by: ").append(refs(readers)));
      facts.add(sources(q.sources()));
      doc.bullets(facts);
      doc.endEntry();
    }
  }

  // --- the four nations ------------------------------------------------------------------------------

  /**
   * Every text that reads the nation, shown side by side: for each audience (and, where the text
   * also reads the age, for a child of 15 and an adult of 21), what England, Wales, Scotland,
   * Northern Ireland and a reader whose nation is not known are given.
   */
  private void nations(Doc doc) {
    doc.heading(2, "nations", Inline.of("The four nations side by side"));
    doc.paragraph(Inline.of("The law, the school's safeguarding role, the guidance it follows and"
        + " the children's-services route differ between the nations. The rules are the same in"
        + " all four; these texts are not. A reader whose nation is not known gets the last column:"
        + " only what is true in all four, and the question \u201cwhich part of the UK?\u201d."));
    List<Jurisdiction> nations = List.of(Jurisdiction.GB_ENG, Jurisdiction.GB_WLS,
        Jurisdiction.GB_SCT, Jurisdiction.GB_NIR);
    List<String> headers = new ArrayList<>(List.of("For"));
    nations.forEach(n -> headers.add(Words.label(Words.JURISDICTION, n.code())));
    headers.add("Nation not known");
    List<Map.Entry<String, List<? extends TextVariant>>> items = new ArrayList<>();
    bundle.steps().forEach(i -> items.add(Map.entry("step " + i.id(), i.texts())));
    bundle.warnings().forEach(i -> items.add(Map.entry("warning " + i.id(), i.texts())));
    bundle.questions().forEach(i -> items.add(Map.entry("question " + i.fact().path(),
        i.texts())));
    for (Map.Entry<String, List<? extends TextVariant>> e : items) {
      List<? extends TextVariant> texts = e.getValue();
      if (!readsNation(texts)) {
        continue;
      }
      String[] kindAndId = e.getKey().split(" ", 2);
      boolean question = kindAndId[0].equals("question");
      List<List<Inline>> rows = new ArrayList<>();
      for (Reporter audience : audiencesOf(texts)) {
        Map<Integer, List<String>> byAge = new LinkedHashMap<>();
        for (Integer age : List.of(15, 21)) {
          List<String> cells = new ArrayList<>();
          for (Jurisdiction nation : nations) {
            cells.add(chosenText(texts, question, audience, nation, age));
          }
          cells.add(chosenText(texts, question, audience, null, age));
          byAge.put(age, cells);
        }
        boolean sameForAdults = byAge.get(15).equals(byAge.get(21));
        for (Map.Entry<Integer, List<String>> row : byAge.entrySet()) {
          if (sameForAdults && row.getKey() == 21) {
            continue;
          }
          String who = Words.label(Words.AUDIENCE, audience.name())
              + (sameForAdults ? "" : row.getKey() < 18 ? ", under 18" : ", 18 or over");
          List<Inline> cells = new ArrayList<>(List.of(Inline.of(who)));
          row.getValue().forEach(t -> cells.add(Inline.of(t)));
          rows.add(cells);
        }
      }
      doc.beginEntry();
      doc.heading(3, "nations-" + kindAndId[0] + "-" + kindAndId[1], new Inline()
          .link(anchorFor(kindAndId[0], kindAndId[1]), kindAndId[0] + " " + kindAndId[1]));
      doc.table(headers, rows);
      doc.endEntry();
    }
  }

  /** The audiences any of the texts names, in the contract's order. */
  private static Set<Reporter> audiencesOf(List<? extends TextVariant> texts) {
    Set<Reporter> out = EnumSet.noneOf(Reporter.class);
    texts.forEach(t -> out.addAll(t.audiences()));
    return out;
  }

  /** Whether any text of the item has a condition that reads the nation. */
  private static boolean readsNation(List<? extends TextVariant> texts) {
    return texts.stream().anyMatch(t -> t.when().map(Condition::reads).orElse(List.of())
        .contains(SituationFact.JURISDICTION));
  }

  /** The facts a side-by-side row is about: the nation and the age. */
  private static final Set<SituationFact<?>> NATION_AND_AGE =
      Set.of(SituationFact.JURISDICTION, SituationFact.CHILD_AGE);

  /**
   * The text an audience reads for this nation (null: not known) and age, as the bundle's views
   * choose it: the first of its texts whose condition holds, or a note where a condition before it
   * reads more of the situation than the nation and the age.
   */
  private static String chosenText(List<? extends TextVariant> texts, boolean question,
      Reporter audience, Jurisdiction nation, int age) {
    Situation.Builder b = Situation.builder().reporter(audience).childAge(age);
    if (nation != null) {
      b.jurisdiction(nation);
    }
    Situation situation = b.build();
    for (TextVariant v : texts) {
      if (!v.audiences().contains(audience)) {
        continue;
      }
      if (v.when().isPresent() && !NATION_AND_AGE.containsAll(v.when().get().reads())) {
        return "(depends on more of the situation: see the " + (question ? "question"
            : "entry") + ")";
      }
      if (v.when().map(c -> c.holds(situation)).orElse(true)) {
        if (v instanceof StepDefinition.Text step) {
          return step.title() + ": " + step.detail();
        }
        return v instanceof WarningDefinition.Text warning ? warning.text()
            : ((Question.Text) v).question();
      }
    }
    return "(not given)";
  }

  private void sourcesSection(Doc doc) {
    doc.heading(2, "sources", Inline.of("Sources"));
    doc.paragraph(Inline.of("Everything the bundle rests on, with how far each has been verified."));
    for (Source s : bundle.sources()) {
      String id = s.id();
      String v = s.verification().name();
      doc.beginEntry();
      doc.heading(3, anchorFor("source", id), new Inline().code(id).text(": ")
          .text(s.title()).text(" ").append(verification(v)));
      List<List<Inline>> rows = new ArrayList<>();
      rows.add(List.of(Inline.of("Publisher"), Inline.of(s.publisher().orElse("not given"))));
      rows.add(List.of(Inline.of("Kind"), Inline.of(Words.label(Words.KIND, s.kind().name()))));
      rows.add(List.of(Inline.of("Verification"), verification(v)));
      rows.add(List.of(Inline.of("Web"), s.url().isEmpty() ? Inline.of("none (a document)")
          : new Inline().url(s.url().get())));
      s.note().ifPresent(note -> rows.add(List.of(Inline.of("Note"), Inline.of(note))));
      doc.table(List.of("Field", "Value"), rows);
      if (!v.equals("VERIFIED")) {
        doc.callout(v.equals("UNVERIFIED") ? "warning" : "caution", Inline.of("This source is ")
            .append(verification(v)).text(": what cites it needs checking before it is relied"
                + " on."));
      }
      Set<String> by = citedBy.getOrDefault(id, Set.of());
      doc.paragraph(by.isEmpty() ? Inline.of("Cited by nothing.")
          : Inline.of("Cited by: ").append(refs(by)).text("."));
      doc.endEntry();
    }
  }
}
