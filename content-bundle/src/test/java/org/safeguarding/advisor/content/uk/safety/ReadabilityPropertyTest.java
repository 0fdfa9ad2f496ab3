package org.safeguarding.advisor.content.uk.safety;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.safeguarding.advisor.content.uk.UkBundleProvider;
import org.safeguarding.advisor.content.uk.safety.ReaderWords.Entry;

/**
 * Property 22, words a reader understands, measured on every text of the UK bundle (every
 * audience's words and every {@code when} variant). The measurements are written as a table to
 * {@value #REPORT} (Markdown, and TSV beside it) and summarised in the test output; the tests fail
 * on the limits: a young person's text at Flesch-Kincaid grade 6.0 or below with no sentence over
 * 25 words and no unexplained jargon ({@link Wording#YOUNG_PERSON_JARGON}), a parent's or other
 * adult's at grade 8.0 or below; a professional's is measured but not limited. A text written for
 * several audiences meets the strictest of their limits.
 */
class ReadabilityPropertyTest {
  static final Path UK = Path.of("src/main/resources" + UkBundleProvider.FOLDER);
  static final String REPORT = "target/readability/readability.md";
  static final int LONGEST_SENTENCE = 25;

  private static List<Entry> entries;
  private static Map<Entry, Readability.Measure> measures;

  @BeforeAll
  static void measureEveryText() throws IOException {
    entries = ReaderWords.entries(UK);
    measures = new LinkedHashMap<>();
    for (Entry e : entries) {
      measures.put(e, Readability.measure(e.text()));
    }
    writeReport();
  }

  @Test
  void youngPersonTextsReadAtGradeSixWithNoSentenceOverTwentyFiveWords() {
    List<String> over = new ArrayList<>();
    for (Entry e : entries) {
      Readability.Measure m = measures.get(e);
      if (!e.isFor("YOUNG_PERSON")) {
        continue;
      }
      if (e.prose() && m.grade() > 6.0) {
        over.add(e.label() + ": grade " + ReaderWords.format(m.grade()) + " > 6.0: " + e.text());
      }
      if (m.longestSentence() > LONGEST_SENTENCE) {
        over.add(e.label() + ": a sentence of " + m.longestSentence() + " words > "
            + LONGEST_SENTENCE + ": " + m.longest());
      }
    }
    assertEquals(List.of(), over, "young-person texts over the limits (table in " + REPORT + ")");
  }

  @Test
  void parentAndOtherAdultTextsReadAtGradeEight() {
    List<String> over = new ArrayList<>();
    for (Entry e : entries) {
      Readability.Measure m = measures.get(e);
      if (e.prose() && !e.isFor("YOUNG_PERSON")
          && (e.isFor("PARENT_OR_CARER") || e.isFor("OTHER_ADULT")) && m.grade() > 8.0) {
        over.add(e.label() + " (" + ReaderWords.audienceLabel(e) + "): grade "
            + ReaderWords.format(m.grade()) + " > 8.0: " + e.text());
      }
    }
    assertEquals(List.of(), over, "parent and other-adult texts over grade 8 (table in " + REPORT
        + ")");
  }

  @Test
  void youngPersonTextsHaveNoUnexplainedJargon() {
    List<String> jargon = new ArrayList<>();
    for (Entry e : entries) {
      if (e.isFor("YOUNG_PERSON")) {
        for (Wording.Phrase p : Wording.unexplainedJargon(e.text())) {
          jargon.add(e.label() + ": " + p.name() + " (" + p.why() + "): " + e.text());
        }
      }
    }
    assertEquals(List.of(), jargon);
  }

  /**
   * Every step, warning, risk factor and question a young person can be shown has a text written
   * for young people alone: an entry whose {@code for} names YOUNG_PERSON names no other audience
   * (one text cannot say "your child" and "you" at once), and warnings, risk factors and questions,
   * which every audience is shown, have such an entry.
   */
  @Test
  void everyTextAYoungPersonCanSeeHasAYoungPersonVariant() {
    List<String> missing = new ArrayList<>();
    Set<String> items = new LinkedHashSet<>();
    Set<String> withVariant = new LinkedHashSet<>();
    for (Entry e : entries) {
      if (!e.prose()) {
        continue;
      }
      items.add(e.item());
      if (e.isFor("YOUNG_PERSON")) {
        if (e.audiences().size() > 1) {
          missing.add(e.label() + " is shared by a young person with "
              + ReaderWords.audienceLabel(e) + ": " + e.text());
        } else {
          withVariant.add(e.item());
        }
      }
    }
    for (String item : items) {
      if (!item.startsWith("step ") && !withVariant.contains(item)) {
        missing.add(item + " has no young-person variant");
      }
    }
    assertEquals(List.of(), missing);
  }

  @Test
  void theReportHasEveryText() throws IOException {
    String report = Files.readString(Path.of(REPORT), StandardCharsets.UTF_8);
    for (Entry e : entries) {
      assertTrue(report.contains("| " + e.label() + " |"), e.label());
    }
    assertTrue(entries.size() > 100, "texts measured: " + entries.size());
  }

  private static void writeReport() throws IOException {
    StringBuilder md = new StringBuilder("# Readability of the UK bundle's texts\n\n")
        .append("Generated by ReadabilityPropertyTest (property 22). Grade: Flesch-Kincaid;")
        .append(" limit: young person 6.0 and no sentence over ").append(LONGEST_SENTENCE)
        .append(" words, parent and other adult 8.0, professional none. Labels (choices, contact")
        .append(" details) are checked for jargon only.\n\n");
    StringBuilder tsv = new StringBuilder(
        "item\taudiences\tgrade\tlimit\twords\tsentences\tlongest sentence\tjargon\tverdict\n");
    md.append(summary()).append('\n');
    md.append("| text | audiences | grade | limit | words | longest sentence | jargon | verdict |\n")
        .append("|---|---|---|---|---|---|---|---|\n");
    for (Entry e : entries) {
      Readability.Measure m = measures.get(e);
      double limit = ReaderWords.gradeLimit(e);
      List<String> jargon = e.isFor("YOUNG_PERSON")
          ? Wording.unexplainedJargon(e.text()).stream().map(Wording.Phrase::name).toList()
          : List.of();
      boolean over = (e.prose() && m.grade() > limit) || !jargon.isEmpty()
          || (e.isFor("YOUNG_PERSON") && m.longestSentence() > LONGEST_SENTENCE);
      String limitText = e.prose() && limit < Double.POSITIVE_INFINITY
          ? ReaderWords.format(limit) : "-";
      String verdict = over ? "OVER" : "ok";
      md.append("| ").append(e.label()).append(" | ").append(ReaderWords.audienceLabel(e))
          .append(" | ").append(ReaderWords.format(m.grade())).append(" | ").append(limitText)
          .append(" | ").append(m.words()).append(" | ").append(m.longestSentence())
          .append(" | ").append(String.join(", ", jargon)).append(" | ").append(verdict)
          .append(" |\n");
      tsv.append(e.label()).append('\t').append(ReaderWords.audienceLabel(e)).append('\t')
          .append(ReaderWords.format(m.grade())).append('\t').append(limitText).append('\t')
          .append(m.words()).append('\t').append(m.sentences()).append('\t')
          .append(m.longestSentence()).append('\t').append(String.join(",", jargon)).append('\t')
          .append(verdict).append('\n');
    }
    Path out = Path.of(REPORT);
    Files.createDirectories(out.getParent());
    Files.writeString(out, md, StandardCharsets.UTF_8);
    Files.writeString(out.resolveSibling("readability.tsv"), tsv, StandardCharsets.UTF_8);
    System.out.println("Readability (property 22), table in content-bundle/" + REPORT + ":\n"
        + summary());
  }

  /** Per audience: texts, worst grade, longest sentence, and how many are over the limits. */
  private static String summary() {
    StringBuilder s = new StringBuilder(
        "| audience | texts | worst grade | longest sentence (words) | over a limit |\n"
            + "|---|---|---|---|---|\n");
    for (String audience : ReaderWords.AUDIENCES) {
      int count = 0;
      int over = 0;
      Entry worst = null;
      Entry longest = null;
      for (Entry e : entries) {
        if (!e.isFor(audience) || !e.prose()) {
          continue;
        }
        count++;
        Readability.Measure m = measures.get(e);
        if (worst == null || m.grade() > measures.get(worst).grade()) {
          worst = e;
        }
        if (longest == null || m.longestSentence() > measures.get(longest).longestSentence()) {
          longest = e;
        }
        double limit = audience.equals("YOUNG_PERSON") ? 6.0
            : audience.equals("PROFESSIONAL") ? Double.POSITIVE_INFINITY : 8.0;
        if (m.grade() > limit || (audience.equals("YOUNG_PERSON")
            && (m.longestSentence() > LONGEST_SENTENCE
            || !Wording.unexplainedJargon(e.text()).isEmpty()))) {
          over++;
        }
      }
      s.append("| ").append(audience).append(" | ").append(count).append(" | ")
          .append(worst == null ? "-" : ReaderWords.format(measures.get(worst).grade()) + " ("
              + worst.label() + ")")
          .append(" | ")
          .append(longest == null ? "-" : measures.get(longest).longestSentence() + " ("
              + longest.label() + ")")
          .append(" | ").append(over).append(" |\n");
    }
    return s.toString();
  }
}
