package org.safeguarding.advisor.engine;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.safeguarding.advisor.BundleIdentity;
import org.safeguarding.advisor.BundleSource;
import org.safeguarding.advisor.InvalidBundleException;
import org.safeguarding.advisor.Source;

/**
 * Reads, checks and compiles a bundle. Every check runs even after a failure, and the bundle is
 * refused with the whole list: shape (types, required and unknown fields, enum values), unique ids,
 * references, ordering cycles, sources on everything, https URLs, phone numbers in the form the
 * manifest declares, audience text, a question for every fact the rules read, unused content, and
 * the content digest. Nothing here knows a country: the jurisdictions, the phone form and the
 * words that mark an unverified fact come from the bundle's manifest.
 *
 * <p>Each file kind has its reader ({@link ManifestReader}, {@link SourcesReader}, {@link
 * ConditionsReader}, {@link ContactsReader}, {@link StepsReader}, {@link WarningsReader}, {@link
 * RiskFactorsReader}, {@link RulesReader}, {@link QuestionsReader}, with {@link TextsReader} and
 * {@link DoFirstReader} for what several share); the checks across files follow ({@link
 * StepRanking}, {@link DoFirstIdsAndRanks}, {@link QuestionCoverage}, {@link UnusedContent}). The
 * order they run in is the order their problems are listed in.
 */
final class BundleLoader {
  private final Problems problems = new Problems();

  private BundleLoader() {}

  static CompiledBundle load(BundleSource source) {
    return new BundleLoader().read(source);
  }

  private CompiledBundle read(BundleSource source) {
    BundleFiles files = BundleFiles.read(source, problems);
    Map<String, Node> roots = files.roots;
    Manifest manifest = ManifestReader.read(roots.get(BundleDigest.MANIFEST));
    Jurisdictions jurisdictions =
        new Jurisdictions(manifest == null ? List.of() : manifest.jurisdictions());
    // Made once the manifest has said which jurisdictions a condition may name.
    ConditionCompiler conditions = new ConditionCompiler(jurisdictions);
    // A missing or unreadable file is already listed by name; its readers then read nothing.
    Map<String, Source> sources = SourcesReader.read(roots.get("sources.json"));
    Citations citations = new Citations(sources.keySet());
    // Named conditions first: texts' "when" may refer to them.
    ConditionsReader.read(roots.get("conditions.json"), conditions);
    Map<String, ContactDef> contacts =
        ContactsReader.read(roots.get("contacts.json"), manifest, citations);
    TextsReader texts = new TextsReader(conditions);
    DoFirstReader doFirsts = new DoFirstReader(conditions);
    Declarations declarations = new Declarations();
    List<StepDef> steps = StepsReader.read(roots.get("steps.json"), contacts, texts, doFirsts,
        declarations, citations);
    List<WarningDef> warnings = WarningsReader.read(roots.get("warnings.json"), texts, doFirsts,
        declarations, citations);
    List<RiskFactorDef> riskFactors =
        RiskFactorsReader.read(roots.get("risk-factors.json"), texts, citations);
    List<RuleDef> rules = RulesReader.read(roots.get("rules.json"), conditions, steps, warnings,
        riskFactors, citations);
    List<QuestionDef> questions = QuestionsReader.read(roots.get("questions.json"), jurisdictions,
        texts, conditions, citations);
    int[] rank = StepRanking.rank(steps, problems);
    DoFirstIdsAndRanks.check(steps, warnings, problems);
    List<Declarations.Declaration> declared = declarations.resolve(
        ids(steps.stream().map(StepDef::id)), ids(warnings.stream().map(WarningDef::id)));
    QuestionCoverage.check(rules, steps, warnings, riskFactors, questions, problems);
    UnusedContent.check(steps, warnings, riskFactors, contacts, rules, sources,
        citations.cited(), problems);
    checkDigest(manifest, files.bytes);
    if (!problems.isEmpty()) {
      throw new InvalidBundleException(problems.list());
    }
    BundleIdentity identity = BundleIdentity.of(manifest.id(), manifest.version(),
        manifest.digest());
    Assessor assessor = BundleCompiler.compile(identity, contacts, steps, rank, warnings,
        riskFactors, rules, questions, conditions.ageSplits(), conditions.namedConditions(),
        jurisdictions);
    return new CompiledBundle(identity, manifest.reviewBy(), List.copyOf(sources.values()),
        assessor, new BundleLint(steps, warnings, rules, declared, conditions.namedConditions(),
            jurisdictions),
        BundleInventory.of(manifest, contacts, files.trees()));
  }

  /** The content, read whole, must hash to the manifest's digest. */
  private void checkDigest(Manifest manifest, Map<String, byte[]> bytes) {
    if (manifest != null && manifest.digest() != null
        && bytes.keySet().containsAll(BundleDigest.CONTENT_FILES)) {
      String actual = BundleDigest.of(bytes);
      if (!actual.equals(manifest.digest())) {
        problems.add(BundleDigest.MANIFEST
            + ": digest: the content does not match the manifest digest (manifest " + manifest.digest() + ", content " + actual
            + "): the bundle was changed after it was signed off, or the digest was not updated");
      }
    }
  }

  private static Set<String> ids(Stream<String> ids) {
    return ids.collect(Collectors.toSet());
  }
}
