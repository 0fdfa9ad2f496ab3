package org.safeguarding.advisor.benchmarks.peers;

import org.safeguarding.advisor.Advisor;
import org.safeguarding.advisor.Situation;

/** The library itself: a full assessment, of which the screen is a part. */
public final class LibraryScreen implements ReferralScreen {
  private final Advisor advisor;

  public LibraryScreen(Advisor advisor) {
    this.advisor = advisor;
  }

  @Override
  public String name() {
    return "library (" + advisor.bundle().identity().id() + " bundle)";
  }

  @Override
  public Screen screen(Situation situation) {
    return Screen.of(advisor.evaluate(situation));
  }
}
