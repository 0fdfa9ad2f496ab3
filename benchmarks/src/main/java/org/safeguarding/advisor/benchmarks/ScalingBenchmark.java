package org.safeguarding.advisor.benchmarks;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.safeguarding.advisor.Advisor;
import org.safeguarding.advisor.Assessment;
import org.safeguarding.advisor.BundleSource;
import org.safeguarding.advisor.ContentBundle;
import org.safeguarding.advisor.Situation;

/**
 * How cost grows with the number of rules: the bundle with every rule replicated 1, 10 and 100
 * times (new ids, digest re-signed; see {@link Bundles#replicated}), assessed on the realistic mix
 * with the memo off (each assessment worked out in full), and loaded from memory with full
 * validation.
 *
 * <pre>
 * java -jar benchmarks/target/benchmarks.jar ScalingBenchmark -f 1 -wi 3 -w 1s -i 5 -r 1s -prof gc
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class ScalingBenchmark {
  @Param({Bundles.UK})
  public String bundle;

  /**
   * The memo of recent assessments; off by default here, since with it on an assessment of the
   * repeating mix is a lookup whatever the number of rules.
   */
  @Param({Bundles.MEMO_OFF})
  public String memo;

  /** How many times each rule appears. */
  @Param({"1", "10", "100"})
  public int factor;

  private BundleSource source;
  private Advisor advisor;
  private Situation[] mix;

  @Setup
  public void setup() {
    source = Bundles.replicated(Bundles.source(bundle), factor);
    advisor = Bundles.advisor(source, memo);
    mix = Situations.realisticMix().toArray(new Situation[0]);
  }

  /** The realistic mix: with the memo on, answered from it after warm-up. */
  @Benchmark
  public Assessment assess(Cursor cursor) {
    return advisor.evaluate(mix[cursor.next++ & (Situations.MIX_SIZE - 1)]);
  }

  @Benchmark
  @OutputTimeUnit(TimeUnit.MICROSECONDS)
  public ContentBundle load() {
    return ContentBundle.load(source);
  }
}
