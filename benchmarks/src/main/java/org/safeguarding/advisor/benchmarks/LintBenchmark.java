package org.safeguarding.advisor.benchmarks;

import java.util.List;
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
import org.safeguarding.advisor.ContentBundle;
import org.safeguarding.advisor.LintFinding;

/**
 * The bundle lint ({@code ContentBundle.lint}), warm: proving every conflictsWith and needs
 * declaration of a loaded bundle over every reachable situation, as {@code bundle check} and the
 * build do. The bundle is loaded once; each call runs the whole proof again (nothing is cached).
 *
 * <pre>
 * java -jar benchmarks/target/benchmarks.jar LintBenchmark -f 1 -wi 3 -w 1s -i 5 -r 1s
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class LintBenchmark {
  @Param({Bundles.UK})
  public String bundle;

  private ContentBundle loaded;

  @Setup
  public void setup() {
    loaded = ContentBundle.load(Bundles.source(bundle));
  }

  @Benchmark
  public List<LintFinding> lint() {
    return loaded.lint();
  }
}
