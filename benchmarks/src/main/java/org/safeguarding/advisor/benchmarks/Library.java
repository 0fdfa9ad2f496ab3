package org.safeguarding.advisor.benchmarks;

import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.safeguarding.advisor.Advisor;

/** The library under test: an advisor on the chosen bundle, with its memo on or off. */
@State(Scope.Benchmark)
public class Library {
  /** The bundle: {@code uk} (the default) or {@code fixture}. */
  @Param({Bundles.UK})
  public String bundle;

  /**
   * The advisor's memo of recent assessments: {@code on} (the default) answers a situation seen
   * before with a lookup; {@code off} works every assessment out in full, as on first sight.
   */
  @Param({Bundles.MEMO_ON, Bundles.MEMO_OFF})
  public String memo;

  /** The advisor, made once per benchmark run. */
  public Advisor advisor;

  @Setup
  public void setup() {
    advisor = Bundles.advisor(Bundles.source(bundle), memo);
  }
}
