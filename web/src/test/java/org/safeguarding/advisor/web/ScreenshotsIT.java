package org.safeguarding.advisor.web;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Screenshots at phone width (390 px) and desktop width, in the middle of a journey and with a
 * finished plan. They go to target/screenshots; web/update-screenshots.sh writes them to docs/web/.
 */
class ScreenshotsIT {

  private static final Path DIR = Path.of(System.getProperty("web.screenshots.dir", "target/screenshots"));

  @Test
  void phoneAndDesktopMidJourneyAndFinished() {
    shoot(Browser.PHONE_WIDTH, "phone");
    shoot(Browser.DESKTOP_WIDTH, "desktop");
    for (String name : List.of("phone-question.png", "phone-plan.png", "desktop-question.png", "desktop-plan.png")) {
      assertTrue(Files.isRegularFile(DIR.resolve(name)), name);
    }
  }

  private static void shoot(int width, String name) {
    try (Browser browser = new Browser(width)) {
      TriagePage page = new TriagePage(browser, WebApp.get()).open();
      Map<String, List<String>> knows = Map.of(
          "concerns", List.of("SEXTORTION"),
          "childAge", List.of("14"),
          "indicators.IMMEDIATE_DANGER", List.of("NO"),
          "indicators.SELF_HARM_RISK", List.of("NO"),
          "otherParty", List.of("UNKNOWN_ONLINE_CONTACT"),
          "indicators.BLACKMAIL", List.of("YES"),
          "indicators.PAYMENT_MADE", List.of("NO"),
          "spread", List.of("NOT_SHARED"));
      page.who(width == Browser.PHONE_WIDTH ? "YOUNG_PERSON" : "PARENT_OR_CARER");
      page.walkUntil("otherParty", knows, name + " screenshots");
      browser.screenshot(DIR.resolve(name + "-question.png"));
      page.walk(knows, name + " screenshots");
      browser.screenshot(DIR.resolve(name + "-plan.png"));
    }
  }
}
