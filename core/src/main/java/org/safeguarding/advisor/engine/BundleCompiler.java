package org.safeguarding.advisor.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import org.safeguarding.advisor.BundleIdentity;
import org.safeguarding.advisor.RiskFactor;
import org.safeguarding.advisor.Warning;

/**
 * Compiles a checked bundle for evaluation, once: everything that does not depend on the
 * situation. Steps are numbered in rank order (so the bits of a plan, read from low to high
 * within each urgency, are the order to do them); rules become predicates over {@link Facts} and
 * bit masks of what they give; each step, warning and risk factor has its givers, sources and
 * texts ready; doFirst entries are sorted by audience; questions have what reads each fact.
 */
final class BundleCompiler {
  private BundleCompiler() {}

  /**
   * @param declaredSteps the steps in the bundle's order
   * @param rank [declared step]: its place in rank order (declared order, then "after")
   */
  static Assessor compile(BundleIdentity identity, Map<String, ContactDef> contacts,
      List<StepDef> declaredSteps, int[] rank, List<WarningDef> warningDefs,
      List<RiskFactorDef> riskDefs, List<RuleDef> ruleDefs, List<QuestionDef> questionDefs,
      SortedSet<Integer> ageSplits, int namedConditions, Jurisdictions jurisdictions) {
    StepDef[] steps = new StepDef[declaredSteps.size()];
    for (int declared = 0; declared < steps.length; declared++) {
      steps[rank[declared]] = declaredSteps.get(declared);
    }
    WarningDef[] warnings = warningDefs.toArray(new WarningDef[0]);
    OutcomeLayout layout = new OutcomeLayout(steps, warnings.length, riskDefs.size());
    RuleSet rules = new RuleSet(ruleDefs, rank, layout);
    // Every variant key has a factor for the text entry: the most any item has.
    int maxEntries = 1;
    for (StepDef def : steps) {
      maxEntries = Math.max(maxEntries, def.texts().count());
    }
    for (WarningDef def : warnings) {
      maxEntries = Math.max(maxEntries, def.texts().count());
    }
    for (RiskFactorDef def : riskDefs) {
      maxEntries = Math.max(maxEntries, def.texts().count());
    }
    PlanSteps planSteps = new PlanSteps(steps, contacts, rules, layout, maxEntries);
    List<String> ids = new ArrayList<>();
    List<Texts> texts = new ArrayList<>();
    List<List<String>> sources = new ArrayList<>();
    for (WarningDef def : warnings) {
      ids.add(def.id());
      texts.add(def.texts());
      sources.add(def.sources());
    }
    ExplainedItems<Warning> warningItems = new ExplainedItems<>(ids, texts, sources,
        layout.warningOffset, layout.warningWords, rules, maxEntries, Warning::of);
    ids.clear();
    texts.clear();
    sources.clear();
    for (RiskFactorDef def : riskDefs) {
      ids.add(def.id());
      texts.add(def.texts());
      sources.add(def.sources());
    }
    ExplainedItems<RiskFactor> riskItems = new ExplainedItems<>(ids, texts, sources,
        layout.riskOffset, layout.riskWords, rules, maxEntries, RiskFactor::of);
    QuestionPlanner questions = new QuestionPlanner(questionDefs, rules, layout, planSteps,
        warningItems, riskItems, ageSplits, jurisdictions);
    return new Assessor(identity, jurisdictions, namedConditions, rules, layout, planSteps,
        warningItems, riskItems, new ReferralBuilder(rules), new DoFirstChooser(steps, warnings),
        questions);
  }
}
