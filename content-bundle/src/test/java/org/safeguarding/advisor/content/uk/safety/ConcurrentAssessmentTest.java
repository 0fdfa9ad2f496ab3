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
import org.safeguarding.advisor.ContentBundle;
import org.safeguarding.advisor.Situation;
import org.safeguarding.advisor.json.AdvisorJson;

/**
 * Property 9 under load: eight threads assessing the same 10,000 situations at once through one
 * advisor with a small memo, each in its own order, give byte-for-byte the JSON that a separate
 * advisor with no memo gives on one thread.
 */
class ConcurrentAssessmentTest {
  private static final int SITUATIONS = 10_000;
  private static final int THREADS = 8;

  @Test
  void eightThreadsGiveExactlyWhatOneThreadGives() throws Exception {
    // The advisor under test: a small memo, so that threads race on filling and evicting it.
    Advisor advisor = Advisor.builder().memoSize(256).build();
    // The expected values come from elsewhere: a bundle loaded again, an advisor that remembers
    // nothing, one thread. Nothing it computes passes through the memo under test.
    Advisor reference = Advisor.builder().bundle(ContentBundle.defaultBundle()).memoSize(0).build();
    SituationGenerator generator = new SituationGenerator(20261121L);
    List<Situation> situations = new ArrayList<>();
    for (int i = 0; i < SITUATIONS; i++) {
      situations.add(generator.next());
    }
    List<String> expected = new ArrayList<>();
    for (Situation s : situations) {
      expected.add(AdvisorJson.write(reference.evaluate(s)));
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
