package org.safeguarding.advisor.json;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.safeguarding.advisor.Answer;
import org.safeguarding.advisor.Assessment;
import org.safeguarding.advisor.Concern;
import org.safeguarding.advisor.Fixture;
import org.safeguarding.advisor.Indicator;
import org.safeguarding.advisor.OtherParty;
import org.safeguarding.advisor.Situation;
import org.safeguarding.advisor.Spread;

/**
 * Regression: the writer shared one stateful pretty printer between threads, so two assessments
 * written at once could get each other's indentation, and every later document a wrong one.
 */
class AdvisorJsonConcurrencyTest {
  @Test
  void eightThreadsWritingAtOnceGetTheSingleThreadedBytesAndLeaveNoTrace() throws Exception {
    Situation situation = Situation.builder().childAge(15).addConcern(Concern.SEXTORTION)
        .otherParty(OtherParty.ADULT).spread(Spread.SOCIAL_MEDIA)
        .putIndicator(Indicator.BLACKMAIL, Answer.YES).build();
    Assessment assessment = Fixture.advisor().evaluate(situation);
    String expectedAssessment = AdvisorJson.write(assessment);
    String expectedSituation = AdvisorJson.write(situation);

    int threads = 8;
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      CountDownLatch start = new CountDownLatch(1);
      List<Future<List<String>>> results = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        results.add(pool.submit(() -> {
          start.await();
          List<String> written = new ArrayList<>();
          for (int i = 0; i < 300; i++) {
            written.add(AdvisorJson.write(assessment));
            written.add(AdvisorJson.write(situation));
          }
          return written;
        }));
      }
      start.countDown();
      for (Future<List<String>> result : results) {
        List<String> written = result.get();
        for (int i = 0; i < written.size(); i += 2) {
          assertEquals(expectedAssessment, written.get(i));
          assertEquals(expectedSituation, written.get(i + 1));
        }
      }
    } finally {
      pool.shutdownNow();
    }
    assertEquals(expectedAssessment, AdvisorJson.write(assessment), "no trace left for later");
  }
}
