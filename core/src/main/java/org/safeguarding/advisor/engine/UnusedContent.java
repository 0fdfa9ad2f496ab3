package org.safeguarding.advisor.engine;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.safeguarding.advisor.Source;

/**
 * Refuses content nothing uses: a step, warning or risk factor no rule gives, a contact no step or
 * step text names, a source nothing cites.
 */
final class UnusedContent {
  private UnusedContent() {}

  static void check(List<StepDef> steps, List<WarningDef> warnings,
      List<RiskFactorDef> riskFactors, Map<String, ContactDef> contacts, List<RuleDef> rules,
      Map<String, Source> sources, Set<String> usedSources, Problems problems) {
    boolean[] stepUsed = new boolean[steps.size()];
    boolean[] warningUsed = new boolean[warnings.size()];
    boolean[] riskUsed = new boolean[riskFactors.size()];
    for (RuleDef rule : rules) {
      for (int s : rule.steps()) {
        stepUsed[s] = true;
      }
      for (int w : rule.warnings()) {
        warningUsed[w] = true;
      }
      for (int r : rule.riskFactors()) {
        riskUsed[r] = true;
      }
    }
    Set<String> contactsUsed = new LinkedHashSet<>();
    for (int i = 0; i < steps.size(); i++) {
      if (!stepUsed[i]) {
        problems.add("steps.json: step '" + steps.get(i).id() + "' is never given by any rule");
      }
      contactsUsed.addAll(steps.get(i).contacts());
      Texts texts = steps.get(i).texts();
      for (int e = 0; e < texts.count(); e++) {
        texts.contacts(e).ifPresent(contactsUsed::addAll);
      }
    }
    for (int i = 0; i < warnings.size(); i++) {
      if (!warningUsed[i]) {
        problems.add("warnings.json: warning '" + warnings.get(i).id() + "' is never given by any rule");
      }
    }
    for (int i = 0; i < riskFactors.size(); i++) {
      if (!riskUsed[i]) {
        problems.add("risk-factors.json: risk factor '" + riskFactors.get(i).id()
            + "' is never given by any rule");
      }
    }
    for (String contact : contacts.keySet()) {
      if (!contactsUsed.contains(contact)) {
        problems.add("contacts.json: contact '" + contact + "' is named by no step");
      }
    }
    for (String source : sources.keySet()) {
      if (!usedSources.contains(source)) {
        problems.add("sources.json: source '" + source + "' is cited by nothing");
      }
    }
  }
}
