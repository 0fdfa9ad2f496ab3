package org.safeguarding.advisor;

import org.immutables.value.Value;

/**
 * How an advisor's memo of assessments has done so far: its size, and how many lookups found an
 * assessment (hits) or worked it out in full (misses). A snapshot: the counts are read without a
 * lock, so under concurrent use they may trail by the assessments still in flight.
 */
@Value.Immutable
public abstract class MemoStats {
  MemoStats() {}

  /** {@return the slots in the memo; 0 when the advisor remembers nothing} */
  @Value.Parameter
  public abstract int slots();

  /** {@return how many assessments came from the memo} */
  @Value.Parameter
  public abstract long hits();

  /** {@return how many assessments were looked up, not found, and worked out in full} */
  @Value.Parameter
  public abstract long misses();

  /** {@return hits as a share of lookups, from 0 to 1; 0 before any lookup} */
  public final double hitRate() {
    long lookups = hits() + misses();
    return lookups == 0 ? 0 : (double) hits() / lookups;
  }

  /**
   * The statistics with every figure given.
   *
   * @param slots the slots in the memo, 0 for none
   * @param hits the lookups that found an assessment
   * @param misses the lookups that did not
   * @return the statistics
   */
  public static MemoStats of(int slots, long hits, long misses) {
    return ImmutableMemoStats.of(slots, hits, misses);
  }
}
