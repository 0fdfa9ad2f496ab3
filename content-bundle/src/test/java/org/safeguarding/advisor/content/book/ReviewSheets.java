package org.safeguarding.advisor.content.book;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.safeguarding.advisor.Advisor;
import org.safeguarding.advisor.Answer;
import org.safeguarding.advisor.Assessment;
import org.safeguarding.advisor.Contact;
import org.safeguarding.advisor.ContentBundle;
import org.safeguarding.advisor.OpenQuestion;
import org.safeguarding.advisor.Reporter;
import org.safeguarding.advisor.RiskFactor;
import org.safeguarding.advisor.Situation;
import org.safeguarding.advisor.Step;
import org.safeguarding.advisor.Warning;
import org.safeguarding.advisor.json.AdvisorJson;

/**
 * Review sheets: the plan exactly as its reader sees it, for a fixed matrix of everyday situations
 * ({@value #SITUATIONS}), so a safeguarding reviewer reads plans, not rules. Each sheet shows what
 * to do first, then the steps in order, the warnings, why it is serious, the contacts and the
 * questions still open, in the reader's own words, and names the rules behind each line. Written
 * as Markdown and as a self-contained HTML page; the output depends on the bundle's files and the
 * situations only, so the committed copy in docs/review is checked byte for byte.
 */
public final class ReviewSheets {
  static final String INDEX = "README.md";
  static final String HTML = "index.html";
  static final String SITUATIONS = "src/test/resources/review/situations.json";

  /** One situation of the matrix. */
  record Case(String id, String title, Situation situation) {
    /** Who reads the plan: a young person under 18 and an adult victim read differently. */
    String reader() {
      Reporter r = situation.audience();
      if (r == Reporter.YOUNG_PERSON) {
        boolean adult = situation.childAge().isPresent() && situation.childAge().getAsInt() >= 18;
        return adult ? "adult" : "young-person";
      }
      return switch (r) {
        case PARENT_OR_CARER -> "parent";
        case PROFESSIONAL -> "professional";
        default -> "other-adult";
      };
    }
  }

  /** The readers, in the order the sheets are grouped, with their section titles. */
  static final Map<String, String> READERS = new LinkedHashMap<>();

  static {
    READERS.put("young-person", "Young people under 18, reading for themselves");
    READERS.put("parent", "Parents and carers");
    READERS.put("professional", "Professionals (school designated safeguarding leads and others)");
    READERS.put("other-adult", "Other adults");
    READERS.put("adult", "Adults 18 and over, reading for themselves");
  }

  private final ContentBundle bundle;
  private final Advisor advisor;
  private final List<Case> cases;

  private ReviewSheets(ContentBundle bundle, List<Case> cases) {
    this.bundle = bundle;
    this.advisor = Advisor.forBundle(bundle);
    this.cases = cases;
  }

  static List<Case> cases(Path file) {
    try {
      JsonNode array = new ObjectMapper().readTree(Files.readAllBytes(file));
      List<Case> out = new ArrayList<>();
      for (JsonNode c : array) {
        out.add(new Case(c.get("id").textValue(), c.get("title").textValue(),
            AdvisorJson.readSituation(c.get("situation").toString())));
      }
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The sheets of the bundle in this folder for the situations in this file: {@value #INDEX} (the
   * contents), one Markdown file per reader, and one HTML page with every sheet.
   */
  static Map<String, String> render(Path bundleDir, Path situations) {
    ReviewSheets sheets = new ReviewSheets(ContentBundle.load(bundleDir), cases(situations));
    Map<String, String> out = new LinkedHashMap<>();
    HtmlDoc html = new HtmlDoc(sheets.title());
    sheets.intro(html);
    sheets.contents(html, true);
    for (String reader : READERS.keySet()) {
      sheets.sheets(html, reader);
    }
    out.put(HTML, html.finish());
    MarkdownDoc index = new MarkdownDoc();
    sheets.intro(index);
    sheets.contents(index, false);
    out.put(INDEX, index.finish());
    for (String reader : READERS.keySet()) {
      MarkdownDoc md = new MarkdownDoc();
      md.paragraph(new Inline().fileLink(INDEX, "All review sheets").text(" (contents and how to"
          + " read them)"));
      sheets.sheets(md, reader);
      out.put(reader + ".md", md.finish());
    }
    return out;
  }

  static void write(Path bundleDir, Path situations, Path outDir) throws IOException {
    Files.createDirectories(outDir);
    for (Map.Entry<String, String> file : render(bundleDir, situations).entrySet()) {
      Files.writeString(outDir.resolve(file.getKey()), file.getValue(), StandardCharsets.UTF_8);
    }
  }

  private String title() {
    return "Review sheets: " + cases.size() + " plans from the " + bundle.identity().id()
        + " bundle, version " + bundle.identity().version();
  }

  private void intro(Doc doc) {
    doc.heading(1, null, Inline.of(title()));
    doc.paragraph(Inline.of("Each sheet is one everyday situation and the plan exactly as the"
        + " person asking reads it: what to do first, then the steps in order, the warnings, why"
        + " it is serious, the contacts and the questions still open, in that reader's words."
        + " After each line, the rules that put it there (each rule is in the content book,"
        + " docs/content-book). Read them as a parent, a young person, a school safeguarding"
        + " lead or an adult victim would, and report what is wrong, unclear or missing."));
    doc.callout("note", Inline.of("Generated from the bundle and content-bundle/" + SITUATIONS
        + " by ReviewSheets; do not edit by hand. After a change to either, run: "
        + CommittedReviewSheetsTest.UPDATE));
  }

  /** The contents: every situation with its reader, urgency and length, linked to its sheet. */
  private void contents(Doc doc, boolean samePage) {
    doc.heading(2, "contents", Inline.of("Contents"));
    List<List<Inline>> rows = new ArrayList<>();
    int n = 0;
    for (String reader : READERS.keySet()) {
      for (Case c : cases) {
        if (c.reader().equals(reader)) {
          n++;
          Assessment a = advisor.evaluate(c.situation());
          Inline link = samePage ? new Inline().link(anchor(c), c.title())
              : new Inline().fileLink(reader + ".md#" + anchor(c), c.title());
          rows.add(List.of(Inline.of(Integer.toString(n)), link,
              Inline.of(reader.replace('-', ' ')), urgency(a.urgency().name()),
              Inline.of(Integer.toString(a.steps().size()))));
        }
      }
    }
    doc.table(List.of("#", "situation", "reader", "urgency", "steps"), rows);
  }

  /** The sheets of one reader, numbered as in the contents. */
  private void sheets(Doc doc, String reader) {
    doc.heading(2, "reader-" + reader, Inline.of(READERS.get(reader)));
    int n = 0;
    for (String r : READERS.keySet()) {
      for (Case c : cases) {
        if (c.reader().equals(r)) {
          n++;
          if (r.equals(reader)) {
            sheet(doc, n, c);
          }
        }
      }
    }
  }

  private static String anchor(Case c) {
    return "sheet-" + c.id();
  }

  private void sheet(Doc doc, int number, Case c) {
    Situation s = c.situation();
    Assessment a = advisor.evaluate(s);
    doc.beginEntry();
    doc.heading(3, anchor(c), Inline.of(number + ". " + c.title()));
    doc.paragraph(new Inline().strong("The situation:").text(" " + facts(s)));
    Inline behind = new Inline().strong("Behind the plan:").text(" urgency ")
        .append(urgency(a.urgency().name()));
    if (a.referral().required()) {
      behind.text("; immediate referral (UKCIS screen): ");
      List<Inline> triggers = new ArrayList<>();
      a.referral().triggers().forEach(t -> triggers.add(new Inline().flag("trigger", t.name())));
      behind.append(Inline.join(triggers, ", "));
      behind.append(rules(firedBy(a.referral())));
    } else {
      behind.text("; no immediate referral");
    }
    doc.paragraph(behind);

    List<Inline> first = new ArrayList<>();
    for (String id : doFirst(a)) {
      Optional<Step> step = a.step(id);
      if (step.isPresent()) {
        first.add(new Inline().strong(step.get().title()).append(rules(step.get().firedBy())));
      } else {
        a.warnings().stream().filter(w -> w.id().equals(id)).findFirst().ifPresent(
            w -> first.add(Inline.of(w.text()).append(rules(firedBy(w)))));
      }
    }
    doc.heading(4, null, Inline.of("Do this first"));
    if (first.isEmpty()) {
      doc.paragraph(Inline.of("(the assessment names nothing to do first)"));
    } else {
      doc.bullets(first);
    }

    doc.heading(4, null, Inline.of("Steps, in order"));
    List<Inline> steps = new ArrayList<>();
    int i = 0;
    for (Step step : a.steps()) {
      Inline line = new Inline().text(++i + ". ").strong(step.title()).text(" ")
          .append(urgency(step.urgency().name())).text(" " + step.detail());
      if (!step.contacts().isEmpty()) {
        List<Inline> named = new ArrayList<>();
        step.contacts().forEach(id -> named.add(contactInShort(a, id)));
        line.text(" Contacts: ").append(Inline.join(named, "; ")).text(".");
      }
      steps.add(line.append(rules(step.firedBy())));
    }
    doc.bullets(steps);

    if (!a.warnings().isEmpty()) {
      doc.heading(4, null, Inline.of("Warnings"));
      List<Inline> warnings = new ArrayList<>();
      for (Warning w : a.warnings()) {
        warnings.add(Inline.of(w.text()).append(rules(firedBy(w))));
      }
      doc.bullets(warnings);
    }
    if (!a.riskFactors().isEmpty()) {
      doc.heading(4, null, Inline.of("Why this is serious"));
      List<Inline> risks = new ArrayList<>();
      for (RiskFactor r : a.riskFactors()) {
        risks.add(Inline.of(r.explanation()).append(rules(firedBy(r))));
      }
      doc.bullets(risks);
    }
    if (!a.contacts().isEmpty()) {
      doc.heading(4, null, Inline.of("Contacts"));
      List<Inline> contacts = new ArrayList<>();
      for (Contact ct : a.contacts()) {
        Inline line = new Inline().strong(ct.name());
        ct.phone().ifPresent(p -> line.text(", " + p));
        ct.url().ifPresent(u -> line.text(", ").url(u));
        ct.hours().ifPresent(h -> line.text(". " + h));
        contacts.add(line.text(". For: " + ct.forWhom()));
      }
      doc.bullets(contacts);
    }
    if (!a.openQuestions().isEmpty()) {
      doc.heading(4, null, Inline.of("Questions still open"));
      List<Inline> questions = new ArrayList<>();
      for (OpenQuestion q : a.openQuestions()) {
        questions.add(new Inline().strong(q.question()).text(" " + q.whyItMatters())
            .text(" (").code(q.field()).text(")"));
      }
      doc.bullets(questions);
    }
    doc.endEntry();
  }

  /**
   * A step's contact as its reader finds it in the plan's contact list, in short: the name, and
   * the phone number (unless the name says it), or the web address where there is no number (the
   * plan's Contacts section below gives every detail).
   */
  static Inline contactInShort(Assessment a, String id) {
    Contact ct = a.contacts().stream().filter(c -> c.id().equals(id)).findFirst()
        .orElseThrow(() -> new IllegalStateException("a step names contact " + id
            + " that the plan does not list"));
    Inline line = Inline.of(ct.name());
    if (ct.phone().isPresent()) {
      // "Police emergency (999)" already says its number.
      ct.phone().filter(p -> !ct.name().contains(p)).ifPresent(p -> line.text(", " + p));
    } else {
      ct.url().ifPresent(u -> line.text(", ").url(u));
    }
    return line;
  }

  /** The situation in words: who asks, the age, the nation, what happened, and what is known. */
  static String facts(Situation s) {
    List<String> parts = new ArrayList<>();
    parts.add("asked by " + Words.label(Words.REPORTER, s.audience().name()));
    parts.add(s.childAge().isPresent() ? "age " + s.childAge().getAsInt() : "age not known");
    parts.add(s.jurisdiction().map(j -> Words.label(Words.JURISDICTION, j.code()))
        .orElse("nation not known"));
    if (s.concerns().isEmpty()) {
      parts.add("what happened not known");
    } else {
      List<String> concerns = new ArrayList<>();
      s.concerns().forEach(c -> concerns.add(Words.label(Words.CONCERN, c.name())));
      parts.add(String.join(" and ", concerns));
    }
    parts.add(Words.label(Words.SPREAD, s.spread().name()));
    parts.add(Words.label(Words.OTHER_PARTY, s.otherParty().name()));
    if (!s.platforms().isEmpty()) {
      List<String> platforms = new ArrayList<>();
      s.platforms().forEach(p -> platforms.add(p.name().toLowerCase(Locale.ROOT).replace('_', ' ')));
      parts.add("on " + String.join(", ", platforms));
    }
    s.indicators().forEach((indicator, answer) -> {
      if (answer != Answer.UNKNOWN) {
        parts.add(indicator.name() + " " + answer.name().toLowerCase(Locale.ROOT));
      }
    });
    return String.join("; ", parts) + ".";
  }

  private static Inline urgency(String urgency) {
    return new Inline().flag(urgency.toLowerCase(Locale.ROOT), urgency);
  }

  private static Inline rules(List<String> ids) {
    Inline out = new Inline().text(" (rules: ");
    if (ids.isEmpty()) {
      return out.text("not given)");
    }
    List<Inline> parts = new ArrayList<>();
    ids.forEach(id -> parts.add(new Inline().code(id)));
    return out.append(Inline.join(parts, ", ")).text(")");
  }

  // Contract 1.1 accessors, read by reflection while the engine that adds them is being built.

  @SuppressWarnings("unchecked")
  private static List<String> call(Class<?> type, Object target, String method) {
    try {
      Method m = type.getMethod(method);
      return (List<String>) m.invoke(target);
    } catch (NoSuchMethodException e) {
      return List.of();
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
  }

  static List<String> doFirst(Assessment a) {
    return call(Assessment.class, a, "doFirst");
  }

  static List<String> firedBy(Warning w) {
    return call(Warning.class, w, "firedBy");
  }

  static List<String> firedBy(RiskFactor r) {
    return call(RiskFactor.class, r, "firedBy");
  }

  static List<String> firedBy(org.safeguarding.advisor.Referral r) {
    return call(org.safeguarding.advisor.Referral.class, r, "firedBy");
  }
}
