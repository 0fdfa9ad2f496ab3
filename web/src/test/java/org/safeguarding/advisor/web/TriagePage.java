package org.safeguarding.advisor.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.safeguarding.advisor.Advisor;
import org.safeguarding.advisor.json.AdvisorJson;

/**
 * The triage page as a person uses it: pick who you are, answer what is asked (or "I don't
 * know"), read the plan. It keeps, beside the page, the situation the answers add up to, so that
 * every plan shown can be compared with the library's own assessment of that situation.
 */
final class TriagePage {

  static final String DONT_KNOW = "DONT_KNOW";
  private static final ObjectMapper JSON = new ObjectMapper();

  final Browser browser;
  final WebApp app;
  final ObjectNode said = JSON.createObjectNode();
  final List<String> asked = new ArrayList<>();

  TriagePage(Browser browser, WebApp app) {
    this.browser = browser;
    this.app = app;
  }

  TriagePage open() {
    browser.driver.get(app.base + "/");
    browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("form#question-form")));
    return this;
  }

  /** The field of the question on screen, or "done" when every question has been asked. */
  String field() {
    if (!browser.driver.findElements(By.id("finished")).isEmpty()) {
      return "done";
    }
    return browser.driver.findElement(By.id("question-form")).getAttribute("data-field");
  }

  String heading() {
    return browser.driver.findElement(By.id("question-heading")).getText();
  }

  void who(String reporter) {
    said.put("reporter", reporter);
    choose(reporter);
  }

  /** Ticks the given choices (by value) and presses Continue. */
  void choose(String... values) {
    String field = field();
    for (String value : values) {
      WebElement input = browser.driver.findElement(By.cssSelector("input[name='answer'][value='" + value + "']"));
      browser.driver.findElement(By.cssSelector("label[for='" + input.getAttribute("id") + "']")).click();
    }
    record(field, values);
    submit(By.cssSelector("#question-form button[type='submit']"));
  }

  void age(int years) {
    assertEquals("childAge", field());
    WebElement input = browser.driver.findElement(By.id("age"));
    input.clear();
    input.sendKeys(Integer.toString(years));
    said.put("childAge", Math.min(years, 25));
    asked.add("childAge");
    submit(By.cssSelector("#question-form button[type='submit']"));
  }

  void dontKnow() {
    String field = field();
    if ("childAge".equals(field)) {
      asked.add(field);
      submit(By.id("age-dont-know"));
    } else {
      choose(DONT_KNOW);
    }
  }

  private void record(String field, String... values) {
    asked.add(field);
    if (List.of(values).contains(DONT_KNOW) || "reporter".equals(field)) {
      return;
    }
    if (field.startsWith("indicators.")) {
      ObjectNode indicators = said.has("indicators") ? (ObjectNode) said.get("indicators") : said.putObject("indicators");
      indicators.put(field.substring("indicators.".length()), values[0]);
    } else if (field.equals("concerns") || field.equals("platforms")) {
      var array = said.putArray(field);
      for (String v : values) {
        array.add(v);
      }
    } else {
      said.put(field, values[0]);
    }
  }

  /** Presses a button and waits for the next question (or the end), focused as it should be. */
  void submit(By button) {
    WebElement form = browser.driver.findElement(By.id("question-form"));
    browser.driver.findElement(button).click();
    awaitNextQuestion(form);
  }

  void awaitNextQuestion(WebElement oldForm) {
    browser.waiting().until(ExpectedConditions.stalenessOf(oldForm));
    // Focus moves to the next question's heading, or to the finished plan's.
    browser.waiting().until(d -> List.of("question-heading", "plan-heading").contains(
        browser.js("return document.activeElement && document.activeElement.id")));
  }

  /**
   * Answers every question as this person would: from what they know, "I don't know" to the
   * rest, checking the page after each answer. Returns the fields in the order they were asked.
   */
  List<String> walk(Map<String, List<String>> knows, String journey) {
    return walkUntil("done", knows, journey);
  }

  /** As {@link #walk}, stopping when the given field is asked. */
  List<String> walkUntil(String stopAt, Map<String, List<String>> knows, String journey) {
    int guard = 0;
    while (!field().equals("done") && !field().equals(stopAt)) {
      if (++guard > 40) {
        throw new AssertionError("more than 40 questions: " + asked);
      }
      String field = field();
      assertTrue(!asked.contains(field), "asked twice: " + field + " after " + asked);
      List<String> answer = knows.get(field);
      if (answer == null) {
        dontKnow();
      } else if (field.equals("childAge")) {
        age(Integer.parseInt(answer.get(0)));
      } else {
        choose(answer.toArray(String[]::new));
      }
      checkPlan(journey + " after " + field);
    }
    return asked;
  }

  /** The plan shown is the library's plan for what has been said, in the same order. */
  void checkPlan(String state) {
    JsonNode expected = libraryAssessment();
    assertEquals(ids(expected.path("steps")), steps(), "steps, " + state);
    assertEquals(ids(expected.path("warnings")), warnings(), "warnings, " + state);
    List<String> doFirst = new ArrayList<>();
    expected.path("doFirst").forEach(n -> doFirst.add(n.asText()));
    assertEquals(doFirst, doFirst(), "do this first, " + state);
    assertEquals("EMERGENCY".equals(expected.path("urgency").asText()), emergencyShown(), "999 box, " + state);
    // "Do this first" comes before the steps, and the 999 box before everything else.
    assertTrue((Boolean) browser.js("const f = document.getElementById('do-first') || document.getElementById('warnings'),"
        + " s = document.getElementById('steps');"
        + "return !f || f.compareDocumentPosition(s) === Node.DOCUMENT_POSITION_FOLLOWING;"), "do first above the steps");
    if (emergencyShown()) {
      assertTrue((Boolean) browser.js("const e = document.getElementById('emergency'), q = document.getElementById('questions');"
          + "return e.compareDocumentPosition(q) === Node.DOCUMENT_POSITION_FOLLOWING;"), "999 above the questions");
    }
    browser.assertAccessible(state);
  }

  JsonNode libraryAssessment() {
    try {
      String json = AdvisorJson.write(Advisor.assess(AdvisorJson.readSituation(JSON.writeValueAsString(said))));
      return JSON.readTree(json);
    } catch (java.io.IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private static List<String> ids(JsonNode array) {
    List<String> ids = new ArrayList<>();
    array.forEach(n -> ids.add(n.path("id").asText()));
    return ids;
  }

  List<String> steps() {
    return dataIds("#steps > li");
  }

  List<String> warnings() {
    return dataIds("#warnings > .app-warning");
  }

  List<String> doFirst() {
    return dataIds("#do-first li");
  }

  /**
   * Whether the warning is read before any step: in "Do this first", or in "Do not do these",
   * which the page puts above the steps. (Only "Do this first" puts it before everything; that
   * needs the bundle's doFirst ranks, which the UK bundle does not carry yet.)
   */
  boolean beforeEveryStep(String warningId) {
    if (doFirst().contains(warningId)) {
      return true;
    }
    return (Boolean) browser.js("const w = document.querySelector('#warnings [data-id=\"' + arguments[0] + '\"]'),"
        + " s = document.getElementById('steps');"
        + "return !!w && w.compareDocumentPosition(s) === Node.DOCUMENT_POSITION_FOLLOWING;", warningId);
  }

  boolean emergencyShown() {
    return browser.driver.findElement(By.id("emergency")).isDisplayed();
  }

  String planText() {
    return browser.driver.findElement(By.id("plan")).getText();
  }

  String pageText() {
    return browser.driver.findElement(By.tagName("body")).getText();
  }

  private List<String> dataIds(String css) {
    return browser.driver.findElements(By.cssSelector(css)).stream()
        .map(e -> e.getAttribute("data-id")).collect(Collectors.toList());
  }
}
