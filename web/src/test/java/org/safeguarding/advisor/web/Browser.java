package org.safeguarding.advisor.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium, driven by its ChromeDriver, with a fresh profile each time and the
 * flags this machine needs (no background networking: the machine's network is closed). Nothing is
 * downloaded: a missing browser fails the test with one line saying what to install.
 */
final class Browser implements AutoCloseable {

  static final int PHONE_WIDTH = 390;
  static final int DESKTOP_WIDTH = 1280;

  private static final String AXE = loadAxe();

  final ChromeDriver driver;
  private final Path profile;
  private final int width;

  Browser(int width) {
    String binary = System.getProperty("chrome.binary", "/usr/bin/chromium");
    String chromedriver = System.getProperty("webdriver.chrome.driver", "/usr/bin/chromedriver");
    if (!new File(binary).canExecute() || !new File(chromedriver).canExecute()) {
      fail("Browser tests need Chromium and ChromeDriver: on Debian or Ubuntu 'apt-get install chromium"
          + " chromium-driver' (or run .ci/run); elsewhere install both and pass -Dchrome.binary=..."
          + " -Dwebdriver.chrome.driver=... (missing: " + (new File(binary).canExecute() ? chromedriver : binary) + ")");
    }
    try {
      profile = Files.createTempDirectory("advisor-web-chromium");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    ChromeOptions options = new ChromeOptions();
    options.setBinary(binary);
    options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic",
        "--no-first-run", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--disable-dev-shm-usage", "--force-device-scale-factor=1",
        "--hide-scrollbars", "--user-data-dir=" + profile, "--window-size=" + width + ",900");
    ChromeDriverService service = new ChromeDriverService.Builder()
        .usingDriverExecutable(new File(chromedriver)).usingAnyFreePort().build();
    driver = new ChromeDriver(service, options);
    driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
    driver.manage().window().setSize(new Dimension(Math.max(width, 800), 900));
    // Headless Chromium's window is never narrower than 500 px: the phone's viewport is emulated.
    this.width = width;
    viewport(900);
    // Records every Content-Security-Policy violation on every page, before the page's own script.
    driver.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source",
        "window.__cspViolations = [];"
            + "document.addEventListener('securitypolicyviolation', e => window.__cspViolations.push("
            + "e.violatedDirective + ' ' + e.blockedURI));"));
  }

  WebDriverWait waiting() {
    return new WebDriverWait(driver, Duration.ofSeconds(30));
  }

  Object js(String script, Object... args) {
    return ((JavascriptExecutor) driver).executeScript(script, args);
  }

  int width() {
    return width;
  }

  private void viewport(int height) {
    driver.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width", width, "height", height,
        "deviceScaleFactor", 1, "mobile", width < 800));
  }

  /** Every serious or critical axe-core violation on the page as it is now; none is allowed. */
  void assertAccessible(String state) {
    if (!Boolean.TRUE.equals(js("return typeof window.axe === 'object'"))) {
      js(AXE);
    }
    Object result = driver.executeAsyncScript(
        "const done = arguments[arguments.length - 1];"
            + "axe.run(document, { resultTypes: ['violations'] }).then(r => done(r.violations"
            + "  .filter(v => v.impact === 'serious' || v.impact === 'critical')"
            + "  .map(v => v.impact + ' ' + v.id + ': ' + v.help + ' at ' + v.nodes.map(n => n.target.join(' ')).join(', '))))"
            + ".catch(e => done(['axe failed: ' + e]));");
    @SuppressWarnings("unchecked")
    List<String> violations = (List<String>) result;
    AxeLog.record(state, width(), violations.size());
    assertEquals(List.of(), violations, "axe-core, serious or critical, in state: " + state);
    assertEquals(List.of(), js("return window.__cspViolations || []"),
        "Content-Security-Policy violations in state: " + state);
  }

  /** A full-length screenshot at the window's width. */
  void screenshot(Path file) {
    Number height = (Number) js("window.scrollTo(0, 0); return Math.ceil(document.documentElement.scrollHeight)");
    try {
      viewport(Math.min(Math.max(height.intValue(), 600), 8000));
      byte[] png = driver.getScreenshotAs(OutputType.BYTES);
      Files.createDirectories(file.getParent());
      Files.write(file, png);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      viewport(900);
    }
  }

  @Override
  public void close() {
    try {
      driver.quit();
    } finally {
      try (Stream<Path> files = Files.walk(profile)) {
        files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      } catch (IOException e) {
        // a temporary profile left behind is harmless
      }
    }
  }

  private static String loadAxe() {
    try (InputStream in = Browser.class.getResourceAsStream("/axe/axe.min.js")) {
      if (in == null) {
        throw new IllegalStateException("axe/axe.min.js is missing from the test resources");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
