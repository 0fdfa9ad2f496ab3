package org.safeguarding.advisor.spring;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Says in Boot's start-up report why the content bundle was refused, and what to do about it. */
final class BundleRefusedFailureAnalyzer extends AbstractFailureAnalyzer<BundleRefusedException> {
  @Override
  protected FailureAnalysis analyze(Throwable rootFailure, BundleRefusedException cause) {
    return new FailureAnalysis(cause.getMessage(), action(cause), cause);
  }

  private static String action(BundleRefusedException cause) {
    switch (cause.reason()) {
      case DIGEST_MISMATCH:
        return "Deploy the bundle that was reviewed and signed off (digest "
            + cause.expectedDigest() + "). If this bundle (digest " + cause.actualDigest()
            + ") has been reviewed, set advisor.bundle.expected-digest to its digest.";
      case NOT_FOUND:
        return "Set advisor.bundle.path to a directory that holds a content bundle, or leave it"
            + " unset and put the content module (org.safeguarding.advisor:advisor-content-uk)"
            + " on the class path.";
      default:
        return "Mend the bundle: every problem is listed above. After a reviewed content change,"
            + " 'advisor-cli bundle digest --write DIR' writes its new digest. Or leave"
            + " advisor.bundle.path unset to use the default bundle.";
    }
  }
}
