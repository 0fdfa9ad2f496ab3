package org.safeguarding.advisor.engine;

import java.util.List;
import org.safeguarding.advisor.Reporter;

/**
 * Checks that every fact a rule, a text's or doFirst's condition, or a step given to only some
 * audiences reads has a question to ask about it while it is unknown.
 */
final class QuestionCoverage {
  private QuestionCoverage() {}

  static void check(List<RuleDef> rules, List<StepDef> steps, List<WarningDef> warnings,
      List<RiskFactorDef> riskFactors, List<QuestionDef> questions, Problems problems) {
    int read = 0;
    for (RuleDef rule : rules) {
      read |= rule.when().factsRead();
    }
    // A text chosen by a condition: the fact decides what the reader is told.
    for (StepDef step : steps) {
      read |= step.texts().factsRead();
    }
    for (WarningDef warning : warnings) {
      read |= warning.texts().factsRead();
    }
    for (RiskFactorDef risk : riskFactors) {
      read |= risk.texts().factsRead();
    }
    for (QuestionDef question : questions) {
      read |= question.texts().factsRead();
    }
    // A doFirst "when": the fact decides what is read first.
    for (StepDef step : steps) {
      read |= factsRead(step.doFirst());
    }
    for (WarningDef warning : warnings) {
      read |= factsRead(warning.doFirst());
    }
    // A step only some audiences get makes the reporter decide the plan.
    for (StepDef step : steps) {
      for (Reporter audience : Reporter.values()) {
        if (!step.isFor(audience)) {
          read |= 1 << Fact.REPORTER.slot;
        }
      }
    }
    // An empty situation must always be able to ask what happened.
    read |= 1 << Fact.CONCERNS.slot;
    int asked = 0;
    for (QuestionDef q : questions) {
      asked |= 1 << q.fact().slot;
    }
    for (Fact fact : Fact.ALL) {
      if ((read & (1 << fact.slot)) != 0 && (asked & (1 << fact.slot)) == 0) {
        problems.add("questions.json: rules or texts read '" + fact.path
            + "' but there is no question to ask about it while it is unknown");
      }
    }
  }

  private static int factsRead(List<DoFirst> doFirst) {
    int read = 0;
    for (DoFirst entry : doFirst) {
      read |= entry.when() == null ? 0 : entry.when().factsRead();
    }
    return read;
  }
}
