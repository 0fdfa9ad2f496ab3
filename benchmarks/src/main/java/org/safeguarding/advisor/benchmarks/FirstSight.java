package org.safeguarding.advisor.benchmarks;

import java.util.List;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.safeguarding.advisor.Situation;

/**
 * The first-sight inputs ({@link Situations#firstSight}), made once per benchmark that asks for
 * them: {@value Situations#FIRST_SIGHT_SIZE} distinct realistic situations, sixteen times the
 * advisor's memo of recent assessments, walked in order. By the time a benchmark comes back to a
 * situation its assessment has long been evicted, so each one is worked out in full: the cost a
 * request path pays for a situation it has not seen.
 */
@State(Scope.Benchmark)
public class FirstSight {
  /** The pool, in a fixed order. */
  public Situation[] pool;

  @Setup
  public void setup() {
    List<Situation> distinct = Situations.firstSight();
    pool = distinct.toArray(new Situation[0]);
  }

  /** The situation at a cursor position, cycling. */
  public Situation at(int position) {
    return pool[position & (Situations.FIRST_SIGHT_SIZE - 1)];
  }
}
