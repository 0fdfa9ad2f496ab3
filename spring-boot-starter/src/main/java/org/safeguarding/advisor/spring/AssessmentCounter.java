package org.safeguarding.advisor.spring;

import org.safeguarding.advisor.Urgency;

/** Counts the assessments the endpoint serves, by urgency only: nothing else about a situation. */
@FunctionalInterface
interface AssessmentCounter {
  AssessmentCounter NONE = urgency -> {};

  void count(Urgency urgency);
}
