package org.safeguarding.advisor.engine;

/**
 * One entry of a step's or warning's {@code doFirst}: its rank (lower is read first) for each of
 * the audiences in the mask (bit = reporter ordinal), while {@code when} holds (null: always).
 * {@code where} names it in problems.
 */
record DoFirst(int rank, int audiences, Condition when, String where) {
  static final int MIN_RANK = 1;
  static final int MAX_RANK = 999;

  boolean isFor(int audience) {
    return (audiences & (1 << audience)) != 0;
  }
}
