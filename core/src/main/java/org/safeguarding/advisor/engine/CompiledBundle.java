package org.safeguarding.advisor.engine;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.safeguarding.advisor.Assessment;
import org.safeguarding.advisor.BundleIdentity;
import org.safeguarding.advisor.BundleSource;
import org.safeguarding.advisor.Condition;
import org.safeguarding.advisor.Contact;
import org.safeguarding.advisor.Declaration;
import org.safeguarding.advisor.Jurisdiction;
import org.safeguarding.advisor.LintFinding;
import org.safeguarding.advisor.MemoStats;
import org.safeguarding.advisor.Question;
import org.safeguarding.advisor.RiskFactorDefinition;
import org.safeguarding.advisor.Rule;
import org.safeguarding.advisor.Situation;
import org.safeguarding.advisor.Source;
import org.safeguarding.advisor.StepDefinition;
import org.safeguarding.advisor.WarningDefinition;

/**
 * A checked bundle, compiled for evaluation: the engine's one public class, and all that the API
 * packages reach of it (the module does not export this package; on the class path, everything
 * else here is package-private). It has no public constructor: {@link #load} makes one, without a
 * memo, and {@link #withMemo} one that shares everything but has its own memo of assessments and
 * built steps, as each advisor does. Nothing else changes after construction, so one instance
 * serves every thread.
 *
 * <p>The work is done by package-private classes, each named for its job: {@link BundleLoader}
 * reads and checks the files (with a reader for each file kind, such as {@link StepsReader}, and
 * the checks across files, such as {@link UnusedContent}), {@link BundleCompiler} compiles them once, and {@link Assessor}
 * assesses a situation with the parts ({@link RuleSet} fires the rules over the encoded {@link
 * Facts}, {@link PlanSteps}, {@link ExplainedItems}, {@link ReferralBuilder} and {@link
 * DoFirstChooser} build the plan, {@link QuestionPlanner} plans the open questions).
 */
public final class CompiledBundle {
  /** The bundle's manifest, which the digest reads first (its own digest value emptied). */
  public static final String MANIFEST = BundleDigest.MANIFEST;

  /** The bundle's content files, in the order the digest reads them after the manifest. */
  public static final List<String> CONTENT_FILES = BundleDigest.CONTENT_FILES;

  private final BundleIdentity identity;
  private final LocalDate reviewBy;
  private final List<Source> sources;
  private final Assessor assessor;
  /** The bundle's conflictsWith and needs declarations, proved when {@link #lint} is called. */
  private final BundleLint lint;
  /** What the bundle holds, as values for applications to list. */
  private final BundleInventory inventory;
  /** What this instance remembers between assessments; nothing for a loaded bundle. */
  private final Memos memos;

  CompiledBundle(BundleIdentity identity, LocalDate reviewBy, List<Source> sources,
      Assessor assessor, BundleLint lint, BundleInventory inventory) {
    this.identity = identity;
    this.reviewBy = reviewBy;
    this.sources = List.copyOf(sources);
    this.assessor = assessor;
    this.lint = lint;
    this.inventory = inventory;
    this.memos = Memos.of(0);
  }

  private CompiledBundle(CompiledBundle compiled, Memos memos) {
    this.identity = compiled.identity;
    this.reviewBy = compiled.reviewBy;
    this.sources = compiled.sources;
    this.assessor = compiled.assessor;
    this.lint = compiled.lint;
    this.inventory = compiled.inventory;
    this.memos = memos;
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
   * {@return this bundle with a memo of its own, of this many slots (0: none), for one advisor}
   *
   * @throws IllegalArgumentException if {@code slots} is not 0 or a power of two from 2
   */
  public CompiledBundle withMemo(int slots) {
    return new CompiledBundle(this, Memos.of(slots));
  }

  /**
   * The assessment of one situation: a pure function of the situation and this bundle, remembered
   * in this instance's memo (see {@link #withMemo}).
   *
   * @throws org.safeguarding.advisor.InvalidSituationException if the bundle does not cover the
   *     situation's jurisdiction (naming the jurisdictions it covers)
   */
  public Assessment evaluate(Situation situation) {
    return assessor.evaluate(situation, memos);
  }

  /** The assessment of one situation with the given memo: for the lint and tests. */
  Assessment evaluate(Situation situation, Memos memos) {
    return assessor.evaluate(situation, memos);
  }

  /** {@return how this instance's memo has done so far} */
  public MemoStats memoStats() {
    return MemoStats.of(memos.slots(), memos.hits(), memos.misses());
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

  public BundleIdentity identity() {
    return identity;
  }

  public LocalDate reviewBy() {
    return reviewBy;
  }

  public List<Source> sources() {
    return sources;
  }

  // --- what the bundle holds, as the API's views (BundleInventory) ----------------------------

  public List<Contact> contacts() {
    return inventory.contacts();
  }

  public List<StepDefinition> steps() {
    return inventory.steps();
  }

  public List<WarningDefinition> warnings() {
    return inventory.warnings();
  }

  public List<RiskFactorDefinition> riskFactors() {
    return inventory.riskFactors();
  }

  public List<Rule> rules() {
    return inventory.rules();
  }

  public List<Question> questions() {
    return inventory.questions();
  }

  public List<Condition.Named> conditions() {
    return inventory.conditions();
  }

  public List<Declaration> declarations() {
    return inventory.declarations();
  }

  public List<Jurisdiction> jurisdictions() {
    return inventory.jurisdictions();
  }

  public LocalDate releaseDate() {
    return inventory.releaseDate();
  }

  // --- for the API's static helpers -------------------------------------------------------------

  /**
   * {@return the digest, {@code sha256:<hex>}, of the manifest (its digest value emptied) and the
   * content files (name to bytes; a missing file counts as empty)}
   */
  public static String digest(Map<String, byte[]> files) {
    return BundleDigest.of(files);
  }

  /**
   * {@return the manifest's text with its digest value set to {@link #digest} of the files, or
   * null if the manifest has no digest field}
   */
  public static String signedManifest(Map<String, byte[]> files) {
    return BundleDigest.signedManifest(files);
  }

  /**
   * Reads the parser's next JSON value into a tree, without an {@code ObjectMapper}, refusing a
   * key given twice with its place in the document ({@link JsonTrees#read}): for the {@code json}
   * package's reader of situations.
   *
   * @return the value's tree, or null if the input holds no more values
   * @throws IOException if the JSON is malformed, breaks the parser's limits, or cannot be read
   */
  public static JsonNode readJson(JsonParser parser) throws IOException {
    return JsonTrees.read(parser);
  }

  /**
   * {@return the way from the document's root to the key given twice, if that is what {@code e}
   * reports (a {@code String} key per object, an {@code Integer} index per array, outermost
   * first); empty for any other problem}
   */
  public static Optional<List<Object>> duplicateKeyPath(JsonProcessingException e) {
    return e instanceof JsonTrees.DuplicateKeyException
        ? Optional.of(((JsonTrees.DuplicateKeyException) e).steps()) : Optional.empty();
  }
}
