package org.safeguarding.advisor.content.book;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.safeguarding.advisor.Advisor;
import org.safeguarding.advisor.Assessment;
import org.safeguarding.advisor.Contact;
import org.safeguarding.advisor.ContentBundle;
import org.safeguarding.advisor.Jurisdiction;
import org.safeguarding.advisor.OpenQuestion;
import org.safeguarding.advisor.Step;
import org.safeguarding.advisor.Warning;

/**
 * The review sheets cover the matrix issue 11 asks for, and each sheet is the plan as its reader
 * sees it: every step in order with its rules, every warning and open question, what to do first
 * before the steps.
 */
class ReviewSheetsTest {
  private static final Path SITUATIONS = Path.of(ReviewSheets.SITUATIONS);
  private static final List<ReviewSheets.Case> CASES = ReviewSheets.cases(SITUATIONS);

  @Test
  void theMatrixHasSixtyEverydaySituationsAcrossEveryReaderAndNation() {
    assertTrue(CASES.size() >= 60, "situations: " + CASES.size());
    Set<String> ids = new HashSet<>();
    Map<String, Integer> readers = new TreeMap<>();
    Map<Jurisdiction, Integer> nations = new TreeMap<>();
    for (ReviewSheets.Case c : CASES) {
      assertTrue(ids.add(c.id()), "duplicate id " + c.id());
      readers.merge(c.reader(), 1, Integer::sum);
      c.situation().jurisdiction().ifPresent(j -> nations.merge(j, 1, Integer::sum));
    }
    for (String reader : ReviewSheets.READERS.keySet()) {
      assertTrue(readers.getOrDefault(reader, 0) >= 6, reader + ": " + readers);
    }
    for (Jurisdiction j : List.of(Jurisdiction.GB_WLS, Jurisdiction.GB_SCT,
        Jurisdiction.GB_NIR)) {
      assertTrue(nations.getOrDefault(j, 0) >= 2, j + ": " + nations);
    }
    // The situations issue 11 names.
    for (String id : List.of("yp-sextorted-boy-15", "parent-son-sextorted-15",
        "yp-deepfake-girl-16", "yp-asked-for-pictures-12-gamer", "adult-victim-22-sextortion",
        "dsl-peer-incident-15", "yp-in-danger-now-14", "parent-self-harm-16",
        "parent-grooming-meet-13", "adult-18-image-taken-at-16", "parent-livestream-9",
        "parent-prevention-10", "parent-everything-unknown")) {
      assertTrue(ids.contains(id), id);
    }
  }

  @Test
  void eachSheetIsThePlanInTheOrderItsReaderSeesItWithTheRulesBehindEachLine() {
    Map<String, String> files = ReviewSheets.render(CommittedBookTest.UK, SITUATIONS);
    Advisor advisor = Advisor.forBundle(ContentBundle.load(CommittedBookTest.UK));
    List<String> wrong = new ArrayList<>();
    for (ReviewSheets.Case c : CASES) {
      String sheet = section(files.get(c.reader() + ".md"), c.id());
      Assessment a = advisor.evaluate(c.situation());
      int first = sheet.indexOf("#### Do this first");
      int at = sheet.indexOf("#### Steps, in order");
      if (first < 0 || at < first) {
        wrong.add(c.id() + ": 'Do this first' does not come before the steps");
      }
      for (Step step : a.steps()) {
        int next = sheet.indexOf("**" + MarkdownDoc.escape(step.title(), false) + "**", at + 1);
        if (next < 0) {
          wrong.add(c.id() + ": step " + step.id() + " missing or out of order");
          continue;
        }
        at = next;
        String line = sheet.substring(at, sheet.indexOf('\n', at));
        for (String rule : step.firedBy()) {
          if (!line.contains("`" + rule + "`")) {
            wrong.add(c.id() + ": step " + step.id() + " does not name rule " + rule);
          }
        }
        // Each contact as the reader finds it (name, then number or web address), not its id.
        for (String id : step.contacts()) {
          Contact ct = a.contacts().stream().filter(x -> x.id().equals(id)).findFirst()
              .orElseThrow();
          String number = ct.phone().filter(p -> !ct.name().contains(p)).orElse("");
          String shown = MarkdownDoc.escape(ct.name(), false) + (ct.phone().isPresent()
              ? (number.isEmpty() ? "" : ", " + number)
              : ct.url().map(u -> ", <" + u + ">").orElse(""));
          if (!line.contains(shown)) {
            wrong.add(c.id() + ": step " + step.id() + " does not show contact " + id
                + " as " + shown);
          }
        }
      }
      for (Warning w : a.warnings()) {
        if (!sheet.contains(MarkdownDoc.escape(w.text(), false))) {
          wrong.add(c.id() + ": warning " + w.id() + " missing");
        }
      }
      for (OpenQuestion q : a.openQuestions()) {
        if (!sheet.contains(MarkdownDoc.escape(q.question(), false))) {
          wrong.add(c.id() + ": question " + q.field() + " missing");
        }
      }
    }
    assertEquals(List.of(), wrong);
  }

  @Test
  void theIndexLinksEverySheetInItsReadersFile() {
    Map<String, String> files = ReviewSheets.render(CommittedBookTest.UK, SITUATIONS);
    String index = files.get(ReviewSheets.INDEX);
    for (ReviewSheets.Case c : CASES) {
      assertTrue(index.contains("](" + c.reader() + ".md#sheet-" + c.id() + ")"), c.id());
      assertTrue(files.get(c.reader() + ".md").contains("<a id=\"sheet-" + c.id() + "\"></a>"),
          c.id());
    }
  }

  @Test
  void theHtmlIsSelfContained() {
    String html = ReviewSheets.render(CommittedBookTest.UK, SITUATIONS).get(ReviewSheets.HTML);
    assertTrue(!html.contains("<script") && !html.contains("<link"), "no script, no stylesheet");
    for (ReviewSheets.Case c : CASES) {
      assertTrue(html.contains(" id=\"sheet-" + c.id() + "\""), c.id());
      assertTrue(html.contains("href=\"#sheet-" + c.id() + "\""), "contents link to " + c.id());
    }
  }

  private static String section(String md, String id) {
    int start = md.indexOf("<a id=\"sheet-" + id + "\"></a>");
    assertTrue(start >= 0, "no sheet " + id);
    int end = md.indexOf("<a id=\"", start + 1);
    return md.substring(start, end < 0 ? md.length() : end);
  }
}
