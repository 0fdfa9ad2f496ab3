package org.safeguarding.advisor.benchmarks;

import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;

/** A per-thread position in a benchmark's inputs, so threads do not share a counter. */
@State(Scope.Thread)
public class Cursor {
  /** The next position; benchmarks take it with {@code next++} and mask it to their inputs. */
  public int next;
}
