package org.safeguarding.advisor.engine;

import java.time.LocalDate;
import java.util.List;
import org.safeguarding.advisor.Assessment;
import org.safeguarding.advisor.BundleIdentity;
import org.safeguarding.advisor.BundleSource;
import org.safeguarding.advisor.LintFinding;
import org.safeguarding.advisor.Situation;
import org.safeguarding.advisor.Source;

/**
 * A checked bundle, compiled for evaluation: what the API package reads of a bundle. It has no
 * state after construction: what is remembered between assessments (assessments by situation,
 * built steps by variant) is the caller's {@link Memos}, one per advisor, so one instance serves
 * every thread and every advisor.
 *
 * <p>The work is done by package-private classes, each named for its job: {@link BundleLoader}
 * reads and checks the files, {@link BundleCompiler} compiles them once, and {@link Assessor}
 * assesses a situation with the parts ({@link RuleSet} fires the rules over the encoded {@link
 * Facts}, {@link PlanSteps}, {@link ExplainedItems}, {@link ReferralBuilder} and {@link
 * DoFirstChooser} build the plan, {@link QuestionPlanner} plans the open questions).
 */
public final class CompiledBundle {
  private final BundleIdentity identity;
  private final LocalDate reviewBy;
  private final List<Source> sources;
  private final Assessor assessor;
  /** The bundle's conflictsWith and needs declarations, proved when {@link #lint} is called. */
  private final BundleLint lint;
  /** What the bundle holds, as values for applications to list. */
  private final BundleInventory inventory;

  CompiledBundle(BundleIdentity identity, LocalDate reviewBy, List<Source> sources,
      Assessor assessor, BundleLint lint, BundleInventory inventory) {
    this.identity = identity;
    this.reviewBy = reviewBy;
    this.sources = List.copyOf(sources);
    this.assessor = assessor;
    this.lint = lint;
    this.inventory = inventory;
  }

  /**
   * Loads, checks and compiles a bundle.
   *
   * @throws org.safeguarding.advisor.InvalidBundleException listing every problem found
   */
  public static CompiledBundle load(BundleSource source) {
    return BundleLoader.load(source);
  }

  /**
   * Proves the bundle's conflictsWith and needs declarations over every reachable situation (see
   * {@link BundleLint}): empty if every plan keeps them, else one finding, with a witness
   * situation, for each declaration some plan breaks.
   */
  public List<LintFinding> lint() {
    return lint.findings(this);
  }

  /** The lint's view of the bundle, for tests that check it against brute force. */
  BundleLint linter() {
    return lint;
  }

  public BundleInventory inventory() {
    return inventory;
  }

  public BundleIdentity identity() {
    return identity;
  }

  public LocalDate reviewBy() {
    return reviewBy;
  }

  public List<Source> sources() {
    return sources;
  }

  /**
   * The assessment of one situation: a pure function of the situation and this bundle. The memo
   * remembers assessments by the situation's key (which holds every fact, and nothing else), so a
   * situation seen again costs a lookup.
   *
   * @param memos the advisor's memo; {@link Memos#of Memos.of(0)} remembers nothing
   * @throws org.safeguarding.advisor.InvalidSituationException if the bundle does not cover the
   *     situation's jurisdiction (naming the jurisdictions it covers)
   */
  public Assessment evaluate(Situation situation, Memos memos) {
    return assessor.evaluate(situation, memos);
  }
}
