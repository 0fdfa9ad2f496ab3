package org.safeguarding.advisor.benchmarks.peers;

import org.safeguarding.advisor.Situation;

/** One way of deciding the referral screen and the urgency of a situation. */
public interface ReferralScreen {
  /** A short name for tables and messages. */
  String name();

  /** The screen for one situation. */
  Screen screen(Situation situation);
}
