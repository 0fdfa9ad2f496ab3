package org.safeguarding.advisor.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * Six people, end to end in a real browser at phone width, answering as they would: what they
 * know, "I don't know" to the rest. After every answer the plan on screen must be the library's
 * plan for what they have said, with "Do this first" above the steps, and axe-core must find no
 * serious or critical problem.
 */
class JourneysIT {

  private static final List<String> TRIGGER_CODES = List.of("ADULT_INVOLVED", "COERCION_OR_BLACKMAIL",
      "CAPACITY_TO_CONSENT", "EXTREME_CONTENT", "SEXUAL_ACTS_UNDER_13", "IMMEDIATE_RISK_OF_HARM");

  private Browser browser;
  private TriagePage page;

  @BeforeEach
  void open() {
    browser = new Browser(Browser.PHONE_WIDTH);
    page = new TriagePage(browser, WebApp.get()).open();
    browser.assertAccessible("who is using this");
  }

  @AfterEach
  void close() {
    browser.close();
  }

  @Test
  void sextortedFifteenYearOldIsToldNotToPayBeforeAnythingElse() {
    page.who("YOUNG_PERSON");
    page.walk(Map.of(
        "concerns", List.of("SEXTORTION"),
        "childAge", List.of("15"),
        "indicators.IMMEDIATE_DANGER", List.of("NO"),
        "indicators.SELF_HARM_RISK", List.of("NO"),
        "otherParty", List.of("UNKNOWN_ONLINE_CONTACT"),
        "indicators.BLACKMAIL", List.of("YES"),
        "indicators.PAYMENT_MADE", List.of("NO")), "sextorted 15-year-old");
    assertTrue(page.beforeEveryStep("do-not-pay"), "\"don't pay\" before anything else: " + page.doFirst());
    String text = page.pageText();
    for (String code : TRIGGER_CODES) {
      assertFalse(text.contains(code), "a young person is shown no trigger code: " + code);
    }
    assertTrue(browser.driver.findElements(By.id("referral")).isEmpty(), "no referral section for a young person");
  }

  @Test
  void childInDangerNowGets999First() {
    page.who("PARENT_OR_CARER");
    page.choose("GROOMING");
    page.checkPlan("danger: after concerns");
    assertEquals("indicators.IMMEDIATE_DANGER", page.field(), "danger is asked straight after what happened");
    page.choose("YES");
    page.checkPlan("danger: after immediate danger");
    assertTrue(page.emergencyShown(), "999 box at once");
    assertTrue(page.doFirst().isEmpty() || page.doFirst().get(0).equals("call-999"), "999 first: " + page.doFirst());
    assertEquals("call-999", page.steps().get(0));
    assertEquals("tel:999", browser.driver.findElement(By.cssSelector("#emergency a")).getAttribute("href"));
    page.walk(Map.of("childAge", List.of("13"), "otherParty", List.of("UNKNOWN_ONLINE_CONTACT"),
        "indicators.ASKED_TO_MEET", List.of("YES")), "child in danger");
    assertTrue(page.emergencyShown());
    assertTrue(page.doFirst().isEmpty() || page.doFirst().get(0).equals("call-999"), "999 first: " + page.doFirst());
    assertEquals("call-999", page.steps().get(0));
  }

  @Test
  void adultWhoseExPostedHerImageIsSentToStopNciiAndThePoliceNotChildrensServices() {
    page.who("YOUNG_PERSON");
    page.walk(Map.of(
        "concerns", List.of("INTIMATE_IMAGE_ABUSE"),
        "childAge", List.of("28"),
        "indicators.IMMEDIATE_DANGER", List.of("NO"),
        "indicators.SELF_HARM_RISK", List.of("NO"),
        "otherParty", List.of("ADULT"),
        "spread", List.of("SOCIAL_MEDIA"),
        "indicators.MALICIOUS_SHARING", List.of("YES"),
        "indicators.IMAGE_TAKEN_UNDER_18", List.of("NO"),
        "indicators.BLACKMAIL", List.of("NO")), "adult whose ex posted her image");
    List<String> steps = page.steps();
    assertTrue(steps.contains("use-stopncii"), "StopNCII: " + steps);
    assertTrue(steps.contains("report-to-police-101"), "the police: " + steps);
    for (String childRoute : List.of("refer-to-police-and-social-care", "tell-designated-safeguarding-lead",
        "report-to-ceop", "use-report-remove")) {
      assertFalse(steps.contains(childRoute), "no children's route for an adult: " + childRoute);
    }
    assertFalse(page.planText().toLowerCase(java.util.Locale.ROOT).contains("social care"), "no children's services");
  }

  @Test
  void twelveYearOldAskedForPicturesIsToldWhoToTurnTo() {
    page.who("YOUNG_PERSON");
    page.walk(Map.of(
        "concerns", List.of("ASKED_FOR_IMAGES"),
        "childAge", List.of("12"),
        "indicators.IMMEDIATE_DANGER", List.of("NO"),
        "otherParty", List.of("UNKNOWN_ONLINE_CONTACT"),
        "indicators.ASKED_TO_MEET", List.of("NO"),
        "indicators.SELF_HARM_RISK", List.of("NO")), "12-year-old asked for pictures");
    List<String> first = page.doFirst().isEmpty() ? page.steps().subList(0, 1) : page.doFirst();
    assertTrue(first.stream().anyMatch(List.of("call-999", "get-help-for-self-harm-risk",
        "tell-a-trusted-adult", "talk-to-childline")::contains), "a person to turn to first: " + first);
    assertTrue(page.steps().contains("report-to-ceop"), "CEOP for an unknown online contact: " + page.steps());
    String text = page.pageText();
    for (String code : TRIGGER_CODES) {
      assertFalse(text.contains(code), "no trigger code for a young person: " + code);
    }
  }

  @Test
  void professionalWithAPeerIncidentGoesThroughTheSchoolsRoute() {
    page.who("PROFESSIONAL");
    page.choose("SHARED_OWN_IMAGE", "IMAGE_SHARED_BY_OTHERS");
    page.checkPlan("peer incident: after concerns");
    // A slip, put right with Back: the age is asked again and the plan follows.
    Map<String, List<String>> knows = Map.of(
        "otherParty", List.of("PEER"),
        "spread", List.of("PEER_GROUP"),
        "indicators.IMMEDIATE_DANGER", List.of("NO"),
        "indicators.BLACKMAIL", List.of("NO"),
        "indicators.COERCION", List.of("NO"),
        "indicators.GROOMING_SIGNS", List.of("NO"),
        "indicators.SELF_HARM_RISK", List.of("NO"));
    page.walkUntil("childAge", knows, "professional, peer incident");
    page.age(41);
    page.checkPlan("peer incident: a wrong age");
    org.openqa.selenium.WebElement form = browser.driver.findElement(By.id("question-form"));
    browser.driver.findElement(By.id("back-link")).click();
    page.awaitNextQuestion(form);
    assertEquals("childAge", page.field(), "Back asks the last question again");
    page.asked.remove("childAge");
    page.said.remove("childAge");
    page.checkPlan("peer incident: back");
    page.age(14);
    page.checkPlan("peer incident: the right age");
    page.walk(knows, "professional, peer incident");
    assertTrue(page.steps().contains("tell-designated-safeguarding-lead") || page.planText().contains("safeguarding"),
        "the school's safeguarding route: " + page.steps());
    assertFalse(page.steps().contains("report-to-ceop"), "no CEOP report for two pupils: " + page.steps());
    assertTrue(browser.driver.findElement(By.id("referral")).isDisplayed(), "a professional sees the referral decision");
  }

  @Test
  void dontKnowToEverythingStillGivesAFullPlanAndAsksEachQuestionOnce() {
    page.who("PARENT_OR_CARER");
    // An empty answer is refused with a message naming what to do, then "I don't know" is accepted.
    browser.driver.findElement(By.cssSelector("#question-form button[type='submit']")).click();
    browser.waiting().until(d -> !d.findElements(By.cssSelector(".govuk-error-summary")).isEmpty());
    assertTrue(page.pageText().contains("I don't know"));
    browser.assertAccessible("don't know: an empty answer");
    List<String> asked = page.walk(Map.of(), "don't know to everything");
    assertEquals(asked.size(), asked.stream().distinct().count(), "each question once: " + asked);
    assertTrue(asked.size() >= 5, "the open questions were asked: " + asked);
    assertFalse(page.steps().isEmpty(), "a plan even when nothing is known");
    assertEquals("Your plan", browser.driver.findElement(By.id("plan-heading")).getText());
  }
}
