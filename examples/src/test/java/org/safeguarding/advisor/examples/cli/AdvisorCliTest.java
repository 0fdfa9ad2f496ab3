package org.safeguarding.advisor.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.safeguarding.advisor.Advisor;

/** The CLI in-process: what only a controlled clock can show. */
class AdvisorCliTest {
  private static String[] run(Clock clock, String stdin, String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int status = new AdvisorCli(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
        new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8), clock).run(List.of(args));
    return new String[] {String.valueOf(status), out.toString(StandardCharsets.UTF_8),
        err.toString(StandardCharsets.UTF_8)};
  }

  private static Clock at(String date) {
    return Clock.fixed(Instant.parse(date + "T12:00:00Z"), ZoneOffset.UTC);
  }

  @Test
  void warnsOnStderrWhenTheContentIsPastItsReviewDate() {
    String reviewBy = Advisor.defaultAdvisor().bundle().reviewBy().toString();
    String[] late = run(at(Advisor.defaultAdvisor().bundle().reviewBy().plusDays(1).toString()),
        "{\"childAge\":14}", "assess", "--json", "-");
    assertEquals("0", late[0], "past review, the advice is still given");
    assertTrue(late[1].startsWith("{"), "stdout stays pure JSON");
    assertTrue(late[2].contains("due for review by " + reviewBy), late[2]);

    String[] onTime = run(at(reviewBy), "{\"childAge\":14}", "assess", "--json", "-");
    assertEquals("0", onTime[0]);
    assertEquals("", onTime[2]);
  }

  @Test
  void askWarnsOnStderrTooWhenTheContentIsPastItsReviewDate() {
    String reviewBy = Advisor.defaultAdvisor().bundle().reviewBy().toString();
    String[] late = run(at(Advisor.defaultAdvisor().bundle().reviewBy().plusDays(1).toString()),
        "", "ask", "--json");
    assertEquals("0", late[0], late[2]);
    assertTrue(late[1].startsWith("{"), "stdout stays pure JSON");
    assertTrue(late[2].startsWith("warning: the content bundle was due for review by " + reviewBy),
        "warned before any question: " + late[2]);

    String[] onTime = run(at(reviewBy), "", "ask", "--json");
    assertEquals("0", onTime[0]);
    assertTrue(!onTime[2].contains("warning:"), onTime[2]);
  }
}
