package org.safeguarding.advisor.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

/**
 * The page's promises beyond the plan: keyboard-only use, "Exit this page", the first load's
 * size and origin, nothing stored, and print.
 */
class PageBehaviourIT {

  @Test
  void aWholeJourneyByKeyboardAlone() {
    try (Browser browser = new Browser(Browser.PHONE_WIDTH)) {
      TriagePage page = new TriagePage(browser, WebApp.get()).open();
      // Who: Tab from the top of the page to the first choice, arrows to "a parent or carer".
      tabUntil(browser, "input[name='answer']");
      Actions keys = new Actions(browser.driver);
      keys.sendKeys(Keys.ARROW_DOWN).perform();
      assertEquals("PARENT_OR_CARER", active(browser).getAttribute("value"));
      page.said.put("reporter", "PARENT_OR_CARER");
      continueByKeyboard(browser, page, "reporter");
      // What happened: tick "someone is threatening to share images", by keyboard.
      assertEquals("concerns", page.field());
      tabUntil(browser, "input[value='SEXTORTION']");
      keys.sendKeys(Keys.SPACE).perform();
      page.said.putArray("concerns").add("SEXTORTION");
      continueByKeyboard(browser, page, "concerns");
      page.checkPlan("keyboard: after concerns");
      // Every other question: "I don't know", reached by keyboard.
      int guard = 0;
      while (!page.field().equals("done") && ++guard < 40) {
        String field = page.field();
        if (field.equals("childAge")) {
          tabUntil(browser, "#age-dont-know");
          WebElement form = browser.driver.findElement(By.id("question-form"));
          keys.sendKeys(Keys.ENTER).perform();
          page.awaitNextQuestion(form);
        } else if (browser.driver.findElement(By.cssSelector("input[value='DONT_KNOW']")).getAttribute("type").equals("radio")) {
          // A radio group is one Tab stop; the arrows move through it (up from the first wraps to the last).
          tabUntil(browser, "input[name='answer']");
          keys.sendKeys(Keys.ARROW_UP).perform();
          assertEquals("DONT_KNOW", active(browser).getAttribute("value"), "arrow up reaches \"I don't know\"");
          continueByKeyboard(browser, page, field);
        } else {
          tabUntil(browser, "input[value='DONT_KNOW']");
          keys.sendKeys(Keys.SPACE).perform();
          continueByKeyboard(browser, page, field);
        }
        page.asked.add(field);
        page.checkPlan("keyboard: after " + field);
      }
      assertEquals("done", page.field());
      assertTrue(page.beforeEveryStep("do-not-pay"), "don't pay, first: " + page.doFirst());
    }
  }

  private static void continueByKeyboard(Browser browser, TriagePage page, String field) {
    tabUntil(browser, "#question-form button[type='submit']");
    WebElement form = browser.driver.findElement(By.id("question-form"));
    new Actions(browser.driver).sendKeys(Keys.ENTER).perform();
    page.awaitNextQuestion(form);
    assertEquals(page.field().equals("done") ? "plan-heading" : "question-heading", active(browser).getAttribute("id"),
        "focus on the next question (or the finished plan) after " + field);
  }

  private static WebElement active(Browser browser) {
    return browser.driver.switchTo().activeElement();
  }

  private static void tabUntil(Browser browser, String css) {
    for (int i = 0; i < 60; i++) {
      if ((Boolean) browser.js("return document.activeElement.matches(arguments[0])", css)) {
        return;
      }
      new Actions(browser.driver).sendKeys(Keys.TAB).perform();
    }
    throw new AssertionError("Tab never reached " + css);
  }

  @Test
  void exitThisPageLeavesForTheNeutralPage() {
    WebApp app = WebApp.get();
    try (Browser browser = new Browser(Browser.PHONE_WIDTH)) {
      TriagePage page = new TriagePage(browser, app).open();
      page.who("YOUNG_PERSON");
      page.choose("SEXTORTION");
      browser.driver.findElement(By.cssSelector(".govuk-exit-this-page__button")).click();
      browser.waiting().until(d -> d.getCurrentUrl().startsWith(app.neutralPage));
      assertEquals("Weather", browser.driver.getTitle());
      assertTrue(browser.driver.findElements(By.id("question-form")).isEmpty());
    }
    try (Browser browser = new Browser(Browser.DESKTOP_WIDTH)) {
      new TriagePage(browser, app).open();
      // The keyboard shortcut: Shift three times.
      new Actions(browser.driver).keyDown(Keys.SHIFT).keyUp(Keys.SHIFT).keyDown(Keys.SHIFT).keyUp(Keys.SHIFT)
          .keyDown(Keys.SHIFT).keyUp(Keys.SHIFT).perform();
      browser.waiting().until(d -> d.getCurrentUrl().startsWith(app.neutralPage));
      assertEquals("Weather", browser.driver.getTitle());
    }
  }

  @Test
  void firstLoadIsSmallSameOriginAndLeavesNothingBehind() {
    WebApp app = WebApp.get();
    try (Browser browser = new Browser(Browser.PHONE_WIDTH)) {
      TriagePage page = new TriagePage(browser, app).open();
      browser.waiting().until(d -> (Boolean) browser.js(
          "return performance.getEntriesByType('resource').some(r => r.name.endsWith('/api/bundle'))"
              + " && document.readyState === 'complete'"));
      @SuppressWarnings("unchecked")
      Map<String, Object> load = (Map<String, Object>) browser.js(
          "const nav = performance.getEntriesByType('navigation')[0];"
              + "const res = performance.getEntriesByType('resource');"
              + "return { total: nav.transferSize + res.reduce((n, r) => n + r.transferSize, 0),"
              + "  decoded: nav.decodedBodySize + res.reduce((n, r) => n + r.decodedBodySize, 0),"
              + "  count: res.length + 1,"
              + "  foreign: res.map(r => r.name).filter(u => new URL(u).origin !== location.origin),"
              + "  unmeasured: res.filter(r => r.transferSize === 0).map(r => r.name) };");
      long total = ((Number) load.get("total")).longValue();
      AxeLog.write("first load: " + total + " bytes transferred (" + load.get("decoded") + " decoded) in "
          + load.get("count") + " requests");
      assertEquals(List.of(), load.get("foreign"), "nothing from another origin");
      assertEquals(List.of(), load.get("unmeasured"), "every request measured (a fresh profile caches nothing)");
      assertTrue(total > 0 && total < 300_000, "first load transfers under 300 KB: " + total);

      String start = browser.driver.getCurrentUrl();
      page.who("PARENT_OR_CARER");
      page.choose("SEXTORTION");
      page.choose("NO");
      assertEquals(start, browser.driver.getCurrentUrl(), "answers never go into the address");
      assertEquals(0, browser.driver.manage().getCookies().size(), "no cookies");
      assertEquals(0L, ((Number) browser.js("return localStorage.length + sessionStorage.length")).longValue(),
          "nothing in web storage");
      @SuppressWarnings("unchecked")
      List<String> methods = (List<String>) browser.js(
          "return performance.getEntriesByType('resource').filter(r => r.name.includes('/api/'))"
              + ".map(r => r.name)");
      for (String url : methods) {
        assertFalse(url.contains("?"), "no query string on an API call: " + url);
      }
      String log = app.log();
      assertFalse(log.contains("SEXTORTION"), "answers never written to the log");
      assertFalse(log.contains("PARENT_OR_CARER"), "answers never written to the log");
    }
  }

  @Test
  void printingShowsThePlanAndHidesTheQuestions() {
    try (Browser browser = new Browser(Browser.DESKTOP_WIDTH)) {
      TriagePage page = new TriagePage(browser, WebApp.get()).open();
      page.who("PARENT_OR_CARER");
      page.choose("SHARED_OWN_IMAGE");
      browser.driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
      try {
        assertFalse(browser.driver.findElement(By.id("questions")).isDisplayed(), "questions hidden in print");
        assertFalse(browser.driver.findElement(By.cssSelector(".govuk-exit-this-page")).isDisplayed());
        assertTrue(browser.driver.findElement(By.id("plan")).isDisplayed(), "plan printed");
        assertTrue(browser.driver.findElement(By.id("steps")).isDisplayed(), "steps printed");
        for (var doFirst : browser.driver.findElements(By.id("do-first"))) {
          assertTrue(doFirst.isDisplayed(), "do first printed");
        }
      } finally {
        browser.driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));
      }
    }
  }
}
