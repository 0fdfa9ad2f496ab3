package org.safeguarding.advisor.benchmarks;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.safeguarding.advisor.Advisor;
import org.safeguarding.advisor.Assessment;
import org.safeguarding.advisor.Situation;
import org.safeguarding.advisor.json.AdvisorJson;

/**
 * The library's own costs: one assessment of the realistic mix, of realistic situations seen for
 * the first time, of the worst case, of situations with many unknowns (open-question planning),
 * and the whole JSON path (read, assess, write). Each operation is one situation; a per-thread
 * cursor walks the inputs in order. With {@code memo=on} the mix, the worst case and the unknowns
 * repeat, so after warm-up they are answered from the advisor's memo; {@link #realisticFirstSight}
 * never is (it also pays for putting each new assessment in the memo). With {@code memo=off}
 * every operation is worked out in full.
 *
 * <pre>
 * java -jar benchmarks/target/benchmarks.jar AssessBenchmark -f 1 -wi 3 -w 1s -i 5 -r 1s -prof gc
 * java -jar benchmarks/target/benchmarks.jar AssessBenchmark -p memo=off ...
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class AssessBenchmark {
  private Advisor advisor;
  private Situation[] mix;
  private Situation worst;
  private Situation[] unknowns;
  private byte[][] mixJson;

  @Setup
  public void setup(Library library) {
    advisor = library.advisor;
    mix = Situations.realisticMix().toArray(new Situation[0]);
    worst = Situations.worstCase();
    List<Situation> many = Situations.manyUnknowns();
    unknowns = many.toArray(new Situation[0]);
    mixJson = new byte[mix.length][];
    for (int i = 0; i < mix.length; i++) {
      mixJson[i] = AdvisorJson.write(mix[i]).getBytes(StandardCharsets.UTF_8);
    }
  }

  @Benchmark
  public Assessment realisticMix(Cursor cursor) {
    return advisor.evaluate(mix[cursor.next++ & (Situations.MIX_SIZE - 1)]);
  }

  /**
   * Realistic situations never seen before: the pool is far larger than the advisor's memo of
   * recent assessments, so each one is worked out in full (the cost of a first sight).
   */
  @Benchmark
  public Assessment realisticFirstSight(FirstSight inputs, Cursor cursor) {
    return advisor.evaluate(inputs.at(cursor.next++));
  }

  @Benchmark
  public Assessment worstCase() {
    return advisor.evaluate(worst);
  }

  @Benchmark
  public Assessment openQuestions(Cursor cursor) {
    return advisor.evaluate(unknowns[cursor.next++ & (unknowns.length - 1)]);
  }

  @Benchmark
  public String jsonReadAssessWrite(Cursor cursor) {
    Situation situation = AdvisorJson.readSituation(mixJson[cursor.next++ & (Situations.MIX_SIZE - 1)]);
    return AdvisorJson.write(advisor.evaluate(situation));
  }
}
