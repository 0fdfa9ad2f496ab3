package org.safeguarding.advisor.content.uk.safety;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.safeguarding.advisor.Advisor;
import org.safeguarding.advisor.Situation;
import org.safeguarding.advisor.json.AdvisorJson;

/**
 * Property 9 under load: eight threads assessing the same 10,000 situations at once, each in its
 * own order, give byte-for-byte the JSON one thread gives.
 */
class ConcurrentAssessmentTest {
  private static final int SITUATIONS = 10_000;
  private static final int THREADS = 8;

  @Test
  void eightThreadsGiveExactlyWhatOneThreadGives() throws Exception {
    Advisor advisor = Advisor.defaultAdvisor();
    SituationGenerator generator = new SituationGenerator(20261121L);
    List<Situation> situations = new ArrayList<>();
    for (int i = 0; i < SITUATIONS; i++) {
      situations.add(generator.next());
    }
    List<String> expected = new ArrayList<>();
    for (Situation s : situations) {
      expected.add(AdvisorJson.write(advisor.evaluate(s)));
    }
    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    CountDownLatch start = new CountDownLatch(1);
    try {
      List<Future<String[]>> results = new ArrayList<>();
      for (int t = 0; t < THREADS; t++) {
        int offset = t * (SITUATIONS / THREADS);
        results.add(pool.submit(() -> {
          start.await();
          String[] out = new String[SITUATIONS];
          // Each thread starts at a different place, so threads overlap on different inputs.
          for (int k = 0; k < SITUATIONS; k++) {
            int i = (offset + k) % SITUATIONS;
            out[i] = AdvisorJson.write(advisor.evaluate(situations.get(i)));
          }
          return out;
        }));
      }
      start.countDown();
      for (Future<String[]> result : results) {
        String[] out = result.get(5, TimeUnit.MINUTES);
        for (int i = 0; i < SITUATIONS; i++) {
          assertEquals(expected.get(i), out[i], "situation " + i + " differs across threads");
        }
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
