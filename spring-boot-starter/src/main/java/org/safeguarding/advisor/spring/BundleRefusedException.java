package org.safeguarding.advisor.spring;

import java.util.List;

/**
 * The content bundle could not be used: missing, broken, or not the one pinned by {@code
 * advisor.bundle.expected-digest}. {@link BundleRefusedFailureAnalyzer} turns it into Boot's
 * start-up report.
 */
final class BundleRefusedException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** Why the bundle was refused. */
  enum Reason {
    NOT_FOUND,
    INVALID,
    DIGEST_MISMATCH
  }

  private final Reason reason;
  private final String where;
  private final List<String> problems;
  private final String actualDigest;
  private final String expectedDigest;

  BundleRefusedException(Reason reason, String where, List<String> problems, String actualDigest,
      String expectedDigest) {
    super(message(where, problems), null, false, false);
    this.reason = reason;
    this.where = where;
    this.problems = List.copyOf(problems);
    this.actualDigest = actualDigest;
    this.expectedDigest = expectedDigest;
  }

  private static String message(String where, List<String> problems) {
    StringBuilder text = new StringBuilder("Safeguarding Advisor: ").append(where)
        .append(" was refused:");
    for (String problem : problems) {
      text.append("\n  - ").append(problem);
    }
    return text.toString();
  }

  Reason reason() {
    return reason;
  }

  String where() {
    return where;
  }

  List<String> problems() {
    return problems;
  }

  String actualDigest() {
    return actualDigest;
  }

  String expectedDigest() {
    return expectedDigest;
  }
}
