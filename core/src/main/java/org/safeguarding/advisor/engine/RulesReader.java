package org.safeguarding.advisor.engine;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.safeguarding.advisor.ReferralTrigger;
import org.safeguarding.advisor.Urgency;

/**
 * Reads rules.json: each rule's condition and what it gives (steps with their urgencies, warnings,
 * risk factors, referral triggers), its sources and description.
 */
final class RulesReader {
  private RulesReader() {}

  static List<RuleDef> read(Node root, ConditionCompiler conditions, List<StepDef> steps,
      List<WarningDef> warnings, List<RiskFactorDef> riskFactors, Citations citations) {
    List<RuleDef> out = new ArrayList<>();
    if (root == null) {
      return out;
    }
    List<String> stepIds = steps.stream().map(StepDef::id).toList();
    List<String> warningIds = warnings.stream().map(WarningDef::id).toList();
    List<String> riskIds = riskFactors.stream().map(RiskFactorDef::id).toList();
    Set<String> ids = new LinkedHashSet<>();
    for (Node node : root.elements()) {
      if (!node.requireObject()) {
        continue;
      }
      String id = node.requiredId("id");
      String description = node.requiredString("description");
      Node whenNode = node.field("when");
      Condition when = null;
      if (whenNode.isNull()) {
        whenNode.problem("is required");
      } else {
        when = conditions.compile(whenNode);
      }
      Urgency defaultUrgency = node.has("urgency") ? node.field("urgency").asEnum(Urgency.class) : null;
      List<Integer> ruleSteps = new ArrayList<>();
      List<Urgency> urgencies = new ArrayList<>();
      Node stepsNode = node.field("steps");
      if (!stepsNode.isNull()) {
        for (Node entry : stepsNode.elements()) {
          String stepId;
          Urgency urgency = defaultUrgency;
          if (entry.isObject()) {
            stepId = entry.requiredId("id");
            if (entry.has("urgency")) {
              urgency = entry.field("urgency").asEnum(Urgency.class);
            }
            entry.checkNoOtherFields();
          } else {
            stepId = entry.asString();
          }
          if (stepId == null) {
            continue;
          }
          int index = stepIds.indexOf(stepId);
          if (index < 0) {
            entry.problem("unknown step '" + stepId + "'");
          } else if (ruleSteps.contains(index)) {
            entry.problem("step '" + stepId + "' is listed twice");
          } else if (urgency == null) {
            entry.problem("step '" + stepId + "' has no urgency: give the rule or the step one"
                + " (allowed: " + Node.names(Urgency.class) + ")");
          } else {
            ruleSteps.add(index);
            urgencies.add(urgency);
          }
        }
      }
      int[] ruleWarnings = indices(node, "warnings", warningIds, "warning");
      int[] ruleRisks = indices(node, "riskFactors", riskIds, "risk factor");
      int triggers = 0;
      Node triggersNode = node.field("triggers");
      if (!triggersNode.isNull()) {
        for (Node t : triggersNode.elements()) {
          ReferralTrigger trigger = t.asEnum(ReferralTrigger.class);
          if (trigger != null) {
            triggers |= 1 << trigger.ordinal();
          }
        }
      }
      List<String> sources = citations.cite(node);
      node.checkNoOtherFields();
      // Missing and empty lists alike: a rule that gives nothing can only mislead a reviewer.
      if (noneListed(stepsNode) && noneListed(node.field("warnings"))
          && noneListed(node.field("riskFactors")) && noneListed(triggersNode)) {
        node.problem("has no outputs: steps, warnings, triggers and riskFactors are all missing or"
            + " empty; give it at least one");
      }
      if (id != null && !ids.add(id)) {
        node.problem("duplicate rule id '" + id + "'");
      } else if (id != null && when != null) {
        out.add(new RuleDef(id, when, ruleSteps.stream().mapToInt(Integer::intValue).toArray(),
            urgencies.toArray(new Urgency[0]), ruleWarnings, triggers, ruleRisks, sources,
            description));
      }
    }
    return out;
  }

  /** Whether an optional list is left out or empty (a value of another type is not: it is wrong). */
  private static boolean noneListed(Node list) {
    return list.isNull() || list.isArray() && list.raw().size() == 0;
  }

  private static int[] indices(Node node, String field, List<String> known, String what) {
    List<String> names = node.stringList(field, false);
    int[] out = new int[names.size()];
    int n = 0;
    for (String name : names) {
      int index = known.indexOf(name);
      if (index < 0) {
        node.field(field).problem("unknown " + what + " '" + name + "'");
      } else {
        out[n++] = index;
      }
    }
    return Arrays.copyOf(out, n);
  }
}
