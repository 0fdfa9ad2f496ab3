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
import org.safeguarding.advisor.BundleSource;
import org.safeguarding.advisor.ContentBundle;

/**
 * Loading a bundle with full validation, warm: {@code ContentBundle.load} from the class-path
 * source the content module offers (reading the nine files out of the jar included), and from
 * memory (the files already read), to separate the I/O from the checking and compiling.
 *
 * <pre>
 * java -jar benchmarks/target/benchmarks.jar BundleLoadBenchmark -f 1 -wi 3 -w 1s -i 5 -r 1s -prof gc
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class BundleLoadBenchmark {
  @Param({Bundles.UK})
  public String bundle;

  private BundleSource classpath;
  private BundleSource memory;

  @Setup
  public void setup() {
    classpath = Bundles.source(bundle);
    memory = Bundles.inMemory(classpath);
  }

  @Benchmark
  public ContentBundle loadFromClasspath() {
    return ContentBundle.load(classpath);
  }

  @Benchmark
  public ContentBundle loadFromMemory() {
    return ContentBundle.load(memory);
  }
}
