package org.safeguarding.advisor.benchmarks;

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
import org.safeguarding.advisor.benchmarks.peers.Agreement;
import org.safeguarding.advisor.benchmarks.peers.DmnScreen;
import org.safeguarding.advisor.benchmarks.peers.EasyRulesScreen;
import org.safeguarding.advisor.benchmarks.peers.LibraryScreen;
import org.safeguarding.advisor.benchmarks.peers.Screen;

/**
 * Side by side on the same decision and the same inputs (the realistic mix): the library's full
 * assessment, the referral screen and urgency as a KIE DMN decision table, and as hand-coded Easy
 * Rules. The set-up first checks that all three agree on every input, and refuses to time them
 * otherwise (see {@link Agreement}).
 *
 * <pre>
 * java -jar benchmarks/target/benchmarks.jar PeerBenchmark -f 1 -wi 3 -w 1s -i 5 -r 1s -prof gc
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class PeerBenchmark {
  private Advisor advisor;
  private DmnScreen dmn;
  private EasyRulesScreen easyRules;
  private Situation[] mix;

  /** The library's memo parameter does not touch the peers: they keep nothing between calls. */
  @Setup
  public void setup(Library library) {
    advisor = library.advisor;
    dmn = new DmnScreen();
    easyRules = new EasyRulesScreen();
    List<Situation> inputs = Situations.realisticMix();
    Agreement.require(inputs, List.of(new LibraryScreen(advisor), dmn, easyRules));
    mix = inputs.toArray(new Situation[0]);
  }

  /** The library: the whole assessment (steps, warnings, contacts, questions), not only the screen. */
  @Benchmark
  public Assessment library(Cursor cursor) {
    return advisor.evaluate(mix[cursor.next++ & (Situations.MIX_SIZE - 1)]);
  }

  @Benchmark
  public Screen kieDmn(Cursor cursor) {
    return dmn.screen(mix[cursor.next++ & (Situations.MIX_SIZE - 1)]);
  }

  @Benchmark
  public Screen easyRules(Cursor cursor) {
    return easyRules.screen(mix[cursor.next++ & (Situations.MIX_SIZE - 1)]);
  }
}
