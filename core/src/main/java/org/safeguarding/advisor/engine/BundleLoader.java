package org.safeguarding.advisor.engine;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.safeguarding.advisor.BundleIdentity;
import org.safeguarding.advisor.BundleSource;
import org.safeguarding.advisor.Contact;
import org.safeguarding.advisor.InvalidBundleException;
import org.safeguarding.advisor.Jurisdiction;
import org.safeguarding.advisor.ReferralTrigger;
import org.safeguarding.advisor.Reporter;
import org.safeguarding.advisor.Source;
import org.safeguarding.advisor.Urgency;
import org.safeguarding.advisor.Verification;

/**
 * Reads, checks and compiles a bundle. Every check runs even after a failure, and the bundle is
 * refused with the whole list: shape (types, required and unknown fields, enum values), unique ids,
 * references, ordering cycles, sources on everything, https URLs, phone numbers in the form the
 * manifest declares, audience text, a question for every fact the rules read, unused content, and
 * the content digest. Nothing here knows a country: the jurisdictions, the phone form and the
 * words that mark an unverified fact come from the bundle's manifest.
 */
final class BundleLoader {
  static final int FORMAT_VERSION = 1;
  private static final Pattern HTTPS_URL = Pattern.compile("https://[^\\s/$.?#][^\\s]*");
  private static final Pattern SHA256 = Pattern.compile("sha256:[0-9a-f]{64}");
  private static final List<String> CONTACT_FIELDS = List.of("phone", "url", "hours", "forWhom");
  // Strict: a duplicate key is an error; JsonTrees refuses anything after the first value.
  private static final JsonFactory JSON = JsonFactory.builder()
      .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
      .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
      .build();

  private final Problems problems = new Problems();
  /** Made once the manifest has said which jurisdictions a condition may name. */
  private ConditionCompiler conditions;
  private final Declarations declarations = new Declarations();

  private BundleLoader() {}

  static CompiledBundle load(BundleSource source) {
    return new BundleLoader().read(source);
  }

  private CompiledBundle read(BundleSource source) {
    Map<String, byte[]> bytes = new LinkedHashMap<>();
    Map<String, Node> roots = new HashMap<>();
    List<String> files = new ArrayList<>();
    files.add(BundleDigest.MANIFEST);
    files.addAll(BundleDigest.CONTENT_FILES);
    for (String file : files) {
      byte[] content;
      try {
        content = source.readAll(file);
      } catch (IOException e) {
        problems.add(file + ": cannot be read: " + e.getMessage());
        continue;
      }
      if (content == null) {
        problems.add(file + ": is missing");
        continue;
      }
      bytes.put(file, content);
      try {
        JsonNode root;
        try (JsonParser parser = JSON.createParser(content)) {
          root = JsonTrees.readOnly(parser);
        }
        roots.put(file, new Node(root == null ? MissingNode.getInstance() : root, file, "",
            problems));
      } catch (JsonProcessingException e) {
        String where = e.getLocation() == null ? ""
            : " (line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr()
                + ")";
        problems.add(file + ": is not valid JSON: " + e.getOriginalMessage() + where);
      } catch (IOException e) {
        problems.add(file + ": cannot be read: " + e.getMessage());
      }
    }
    Manifest manifest = readManifest(roots.get(BundleDigest.MANIFEST));
    Jurisdictions jurisdictions =
        new Jurisdictions(manifest == null ? List.of() : manifest.jurisdictions());
    conditions = new ConditionCompiler(jurisdictions);
    // A missing or unreadable file is already listed by name; its readers then read nothing.
    Map<String, Source> sources = readSources(roots.get("sources.json"));
    Set<String> usedSources = new LinkedHashSet<>();
    // Named conditions first: texts' "when" may refer to them.
    readConditions(roots.get("conditions.json"));
    Map<String, ContactDef> contacts =
        readContacts(roots.get("contacts.json"), manifest, sources.keySet(), usedSources);
    List<StepDef> steps = readSteps(roots.get("steps.json"), contacts, sources.keySet(), usedSources);
    List<WarningDef> warnings = readWarnings(roots.get("warnings.json"), sources.keySet(), usedSources);
    List<RiskFactorDef> riskFactors =
        readRiskFactors(roots.get("risk-factors.json"), sources.keySet(), usedSources);
    List<RuleDef> rules = readRules(roots.get("rules.json"), steps, warnings, riskFactors,
        sources.keySet(), usedSources);
    List<QuestionDef> questions = readQuestions(roots.get("questions.json"), jurisdictions,
        sources.keySet(), usedSources);
    int[] rank = rankSteps(steps);
    checkPlanIds(steps, warnings);
    List<Declarations.Declaration> declared = declarations.resolve(
        ids(steps.stream().map(StepDef::id)), ids(warnings.stream().map(WarningDef::id)));
    checkEveryFactReadHasAQuestion(rules, steps, warnings, riskFactors, questions);
    checkUsed(steps, warnings, riskFactors, contacts, rules, sources, usedSources);
    if (manifest != null && manifest.digest != null && bytes.keySet().containsAll(BundleDigest.CONTENT_FILES)) {
      String actual = BundleDigest.of(bytes);
      if (!actual.equals(manifest.digest)) {
        problems.add(BundleDigest.MANIFEST + ": digest: the content does not match the manifest digest"
            + " (manifest " + manifest.digest + ", content " + actual
            + "): the bundle was changed after it was signed off, or the digest was not updated");
      }
    }
    if (!problems.isEmpty()) {
      throw new InvalidBundleException(problems.list());
    }
    BundleIdentity identity = BundleIdentity.of(manifest.id, manifest.version, manifest.digest);
    Assessor assessor = BundleCompiler.compile(identity, contacts, steps, rank, warnings,
        riskFactors, rules, questions, conditions.ageSplits(), conditions.namedConditions(),
        jurisdictions);
    return new CompiledBundle(identity, manifest.reviewBy, List.copyOf(sources.values()), assessor,
        new BundleLint(steps, warnings, rules, declared, conditions.namedConditions(),
            jurisdictions),
        BundleInventory.of(manifest, contacts, trees(roots)));
  }

  /** The checked JSON tree of each file: what the inventory's views are read from. */
  private static Map<String, JsonNode> trees(Map<String, Node> roots) {
    Map<String, JsonNode> out = new HashMap<>();
    roots.forEach((file, node) -> out.put(file, node.raw()));
    return out;
  }

  private static Set<String> ids(java.util.stream.Stream<String> ids) {
    return ids.collect(java.util.stream.Collectors.toSet());
  }

  // --- manifest -------------------------------------------------------------------------------

  /**
   * What the manifest says; a field that was missing or wrong is null (and listed as a problem).
   * {@code phoneFormat} and {@code unverifiedWords} are null where the manifest leaves them out.
   */
  record Manifest(String id, String version, LocalDate reviewBy, String digest,
      LocalDate releaseDate, List<Jurisdiction> jurisdictions, PhoneFormat phoneFormat,
      List<String> unverifiedWords) {}

  /** The form every contact's phone number must match, and how to say it in a problem. */
  record PhoneFormat(Pattern pattern, String description) {}

  private Manifest readManifest(Node root) {
    if (root == null || !root.requireObject()) {
      return null;
    }
    Integer format = root.field("formatVersion").asInt();
    if (format != null && format != FORMAT_VERSION) {
      root.field("formatVersion").problem("format version " + format
          + " is not supported (this engine reads version " + FORMAT_VERSION + ")");
    }
    String id = root.requiredId("id");
    String version = root.requiredString("version");
    LocalDate released = date(root, "releaseDate");
    LocalDate reviewBy = date(root, "reviewBy");
    if (released != null && reviewBy != null && !reviewBy.isAfter(released)) {
      root.field("reviewBy").problem("must be after the release date " + released);
    }
    Node jurisdictions = root.field("jurisdictions");
    List<Node> codes = jurisdictions.elements();
    if (jurisdictions.isArray() && codes.isEmpty()) {
      jurisdictions.problem("must list at least one jurisdiction");
    }
    List<Jurisdiction> covered = new ArrayList<>();
    for (Node code : codes) {
      String text = code.asString();
      if (text == null) {
        continue;
      }
      if (!Jurisdiction.isCode(text)) {
        code.problem("is not a jurisdiction code (allowed: " + Jurisdiction.CODE_SHAPE + ")");
      } else if (covered.contains(Jurisdiction.of(text))) {
        code.problem("'" + text + "' is listed twice");
      } else if (covered.size() == Jurisdictions.MAX) {
        code.problem("one jurisdiction too many: a bundle covers at most " + Jurisdictions.MAX);
      } else {
        covered.add(Jurisdiction.of(text));
      }
    }
    String digest = root.requiredString("digest");
    if (digest != null && !SHA256.matcher(digest).matches()) {
      root.field("digest").problem("must be sha256: and 64 lower-case hex digits");
      digest = null;
    }
    PhoneFormat phoneFormat = phoneFormat(root.field("phoneFormat"));
    List<String> unverifiedWords = null;
    if (!root.field("unverifiedWords").isNull()) {
      // Matched without regard to case; a blank word is refused where it is read.
      unverifiedWords = root.stringList("unverifiedWords", true).stream()
          .map(word -> word.toLowerCase(Locale.ROOT)).toList();
    }
    root.checkNoOtherFields();
    return new Manifest(id, version, reviewBy, digest, released, List.copyOf(covered),
        phoneFormat, unverifiedWords);
  }

  private static PhoneFormat phoneFormat(Node node) {
    if (node.isNull() || !node.requireObject()) {
      return null;
    }
    String pattern = node.requiredString("pattern");
    String description = node.requiredString("description");
    node.checkNoOtherFields();
    if (pattern == null || description == null) {
      return null;
    }
    try {
      return new PhoneFormat(Pattern.compile(pattern), description);
    } catch (PatternSyntaxException e) {
      node.field("pattern").problem("is not a valid Java regular expression: "
          + e.getDescription());
      return null;
    }
  }

  private static LocalDate date(Node root, String name) {
    String text = root.requiredString(name);
    if (text == null) {
      return null;
    }
    try {
      return LocalDate.parse(text);
    } catch (DateTimeParseException e) {
      root.field(name).problem("'" + text + "' is not a date of the form 2026-11-21");
      return null;
    }
  }

  // --- sources and contacts -------------------------------------------------------------------

  private Map<String, Source> readSources(Node root) {
    Map<String, Source> out = new LinkedHashMap<>();
    if (root == null) {
      return out;
    }
    for (Node node : root.elements()) {
      if (!node.requireObject()) {
        continue;
      }
      String id = node.requiredId("id");
      String title = node.requiredString("title");
      String publisher = node.optionalString("publisher");
      String url = url(node, "url");
      node.requiredString("kind");
      if (node.field("kind").raw() != null && node.field("kind").raw().isTextual()) {
        String kind = node.field("kind").raw().textValue();
        if (!List.of("SEED", "GUIDANCE", "LAW", "SERVICE").contains(kind)) {
          node.field("kind").problem("unknown value '" + kind
              + "' (allowed: SEED, GUIDANCE, LAW, SERVICE)");
        }
      }
      Verification verification = node.requiredEnum("verification", Verification.class);
      String note = node.optionalString("note");
      node.checkNoOtherFields();
      Source.Kind kind = sourceKind(node.field("kind").raw());
      if (id != null && out.containsKey(id)) {
        node.problem("duplicate source id '" + id + "'");
      } else if (id != null && title != null && verification != null && kind != null) {
        out.put(id, Source.of(id, title, Optional.ofNullable(publisher), Optional.ofNullable(url),
            kind, verification, Optional.ofNullable(note)));
      }
    }
    return out;
  }

  /** The source kind written, or null where it is missing or unknown (a problem already says so). */
  private static Source.Kind sourceKind(JsonNode kind) {
    if (kind == null || !kind.isTextual()) {
      return null;
    }
    for (Source.Kind k : Source.Kind.values()) {
      if (k.name().equals(kind.textValue())) {
        return k;
      }
    }
    return null;
  }

  private static String url(Node node, String name) {
    String url = node.optionalString(name);
    if (url != null && !HTTPS_URL.matcher(url).matches()) {
      node.field(name).problem("'" + url + "' is not an https:// URL");
    }
    return url;
  }

  record ContactDef(Contact contact, List<String> sources) {}

  private Map<String, ContactDef> readContacts(Node root, Manifest manifest,
      Set<String> sourceIds, Set<String> used) {
    Map<String, ContactDef> out = new LinkedHashMap<>();
    if (root == null) {
      return out;
    }
    for (Node node : root.elements()) {
      if (!node.requireObject()) {
        continue;
      }
      String id = node.requiredId("id");
      String name = node.requiredString("name");
      String phone = node.optionalString("phone");
      PhoneFormat format = manifest == null ? null : manifest.phoneFormat();
      if (phone != null && manifest != null && format == null) {
        node.field("phone").problem("cannot be checked: the manifest declares no phoneFormat");
      } else if (phone != null && format != null && !format.pattern().matcher(phone).matches()) {
        node.field("phone").problem("is not a phone number of the form the manifest declares ("
            + format.description() + ")");
      }
      String url = url(node, "url");
      String hours = node.optionalString("hours");
      String forWhom = node.requiredString("forWhom");
      List<String> sources = sources(node, sourceIds, used);
      List<String> unverified = node.stringList("unverified", false);
      for (String field : unverified) {
        if (!CONTACT_FIELDS.contains(field)) {
          node.field("unverified").problem("'" + field + "' is not a contact field (allowed: "
              + String.join(", ", CONTACT_FIELDS) + ")");
        }
      }
      Map<String, String> values = new HashMap<>();
      values.put("phone", phone);
      values.put("url", url);
      values.put("hours", hours);
      values.put("forWhom", forWhom);
      // A phone number or URL cannot say so in words; the other fields must.
      List<String> words = manifest == null ? null : manifest.unverifiedWords();
      for (String field : unverified) {
        String value = values.get(field);
        if (value == null || field.equals("phone") || field.equals("url") || manifest == null) {
          continue;
        }
        if (words == null) {
          node.field(field).problem("rests on an unverified fact, and the manifest declares no"
              + " unverifiedWords to say so with");
        } else if (words.stream().noneMatch(value.toLowerCase(Locale.ROOT)::contains)) {
          node.field(field).problem("rests on an unverified fact, so its text must say it is"
              + " unverified (with one of the manifest's unverifiedWords: "
              + String.join(", ", words) + ")");
        }
      }
      node.checkNoOtherFields();
      if (id != null && out.containsKey(id)) {
        node.problem("duplicate contact id '" + id + "'");
      } else if (id != null && name != null && forWhom != null) {
        out.put(id, new ContactDef(Contact.of(id, name, Optional.ofNullable(phone),
            Optional.ofNullable(url), Optional.ofNullable(hours), forWhom, List.copyOf(sources),
            contactDetails(unverified)), sources));
      }
    }
    return out;
  }

  /** The contact details named by these field names (unknown names are a problem already). */
  private static Set<Contact.Detail> contactDetails(List<String> fields) {
    Set<Contact.Detail> out = java.util.EnumSet.noneOf(Contact.Detail.class);
    for (String field : fields) {
      int index = CONTACT_FIELDS.indexOf(field);
      if (index >= 0) {
        out.add(Contact.Detail.values()[index]);
      }
    }
    return out;
  }

  private static List<String> sources(Node node, Set<String> sourceIds, Set<String> used) {
    List<String> sources = node.stringList("sources", true);
    for (String source : sources) {
      if (!sourceIds.contains(source)) {
        node.field("sources").problem("unknown source '" + source + "'");
      }
      used.add(source);
    }
    return sources;
  }

  // --- steps, warnings, risk factors ------------------------------------------------------------

  /** The fields of a step's text entries, in {@link Texts} field order. */
  static final List<String> STEP_FIELDS = List.of("title", "detail");
  static final List<String> WARNING_FIELDS = List.of("text");
  static final List<String> RISK_FIELDS = List.of("explanation");
  static final List<String> QUESTION_FIELDS = List.of("question", "whyItMatters");

  record StepDef(String id, Texts texts, List<String> contacts,
      List<String> sources, List<String> after, List<DoFirst> doFirst) {
    StepDef {
      // Unmodifiable once, here, so that each Step built from this one shares them uncopied.
      contacts = List.copyOf(contacts);
      sources = List.copyOf(sources);
      after = List.copyOf(after);
      doFirst = List.copyOf(doFirst);
    }

    boolean isFor(Reporter audience) {
      return texts.isFor(audience.ordinal());
    }
  }

  /**
   * One entry of a step's or warning's {@code doFirst}: its rank (lower is read first) for each of
   * the audiences in the mask (bit = reporter ordinal), while {@code when} holds (null: always).
   * {@code where} names it in problems.
   */
  record DoFirst(int rank, int audiences, Condition when, String where) {
    static final int MIN_RANK = 1;
    static final int MAX_RANK = 999;

    boolean isFor(int audience) {
      return (audiences & (1 << audience)) != 0;
    }
  }

  /**
   * Reads an optional {@code doFirst}: one object {@code {"rank": 1..999, "for": [audiences],
   * "when": condition}} (for and when optional), or a non-empty list of them, tried in order: the
   * first entry whose {@code for} names the reader and whose {@code when} holds gives the rank.
   * {@code for} defaults to every audience the item has text for, and names only those. An entry
   * that can never be the first to apply for an audience it names (an earlier one without {@code
   * when} names it too) is refused. Empty if there is none, or it cannot be read.
   */
  private List<DoFirst> readDoFirst(Node node, Texts texts) {
    if (!node.has("doFirst")) {
      return List.of();
    }
    Node doFirst = node.field("doFirst");
    if (doFirst.isObject()) {
      DoFirst entry = readDoFirstEntry(doFirst, texts);
      return entry == null ? List.of() : List.of(entry);
    }
    if (!doFirst.isArray()) {
      doFirst.problem("must be an object {\"rank\", \"for\", \"when\"} or a list of them");
      return List.of();
    }
    List<Node> elements = doFirst.elements();
    if (elements.isEmpty()) {
      doFirst.problem("must have at least one entry, or be left out");
    }
    List<DoFirst> out = new ArrayList<>();
    int always = 0; // the audiences an earlier entry without "when" already ranks
    for (Node element : elements) {
      if (!element.requireObject()) {
        continue;
      }
      DoFirst entry = readDoFirstEntry(element, texts);
      if (entry == null) {
        continue;
      }
      int shadowed = entry.audiences() & always;
      for (Reporter audience : Reporter.values()) {
        if ((shadowed & (1 << audience.ordinal())) != 0) {
          element.problem("is never used for " + audience + ": an earlier entry without 'when'"
              + " already ranks it (put entries with 'when' first)");
        }
      }
      if (entry.when() == null) {
        always |= entry.audiences();
      }
      out.add(entry);
    }
    return List.copyOf(out);
  }

  /** One doFirst entry, or null where it is wrong (its problems are listed). */
  private DoFirst readDoFirstEntry(Node doFirst, Texts texts) {
    Integer rank = null;
    Node rankNode = doFirst.field("rank");
    if (rankNode.isNull()) {
      rankNode.problem("is required: a whole number from " + DoFirst.MIN_RANK + " to "
          + DoFirst.MAX_RANK + ", lower is read first");
    } else {
      rank = rankNode.asInt();
      if (rank != null && (rank < DoFirst.MIN_RANK || rank > DoFirst.MAX_RANK)) {
        rankNode.problem("rank " + rank + " is outside " + DoFirst.MIN_RANK + " to "
            + DoFirst.MAX_RANK);
        rank = null;
      }
    }
    int given = 0;
    for (Reporter audience : Reporter.values()) {
      if (texts != null && texts.isFor(audience.ordinal())) {
        given |= 1 << audience.ordinal();
      }
    }
    int audiences = given;
    Node forNode = doFirst.field("for");
    if (!forNode.isNull()) {
      audiences = 0;
      List<Node> named = forNode.elements();
      if (forNode.isArray() && named.isEmpty()) {
        forNode.problem("must name at least one audience, or be left out for every audience");
      }
      for (Node a : named) {
        Reporter audience = a.asEnum(Reporter.class);
        if (audience == null) {
          continue;
        }
        int bit = 1 << audience.ordinal();
        if ((audiences & bit) != 0) {
          a.problem("audience " + audience + " is listed twice");
        } else if ((given & bit) == 0) {
          a.problem("audience " + audience + " has no text here, so it never gets this");
        }
        audiences |= bit;
      }
    }
    Condition when = null;
    boolean whenOk = true;
    if (doFirst.has("when")) {
      Node whenNode = doFirst.field("when");
      if (whenNode.isNull()) {
        whenNode.problem("must be a condition (leave it out to rank the item whenever it is in"
            + " the plan)");
        whenOk = false;
      } else {
        when = conditions.compile(whenNode);
        if (when == null) {
          whenOk = false;
        } else if ((when.factsRead() & (1 << Fact.REPORTER.slot)) != 0) {
          whenNode.problem("may not read reporter: list the audiences in 'for' instead");
          whenOk = false;
        }
      }
    }
    doFirst.checkNoOtherFields();
    return rank == null || audiences == 0 || !whenOk ? null
        : new DoFirst(rank, audiences, when, doFirst.location());
  }

  private List<StepDef> readSteps(Node root, Map<String, ContactDef> contacts,
      Set<String> sourceIds, Set<String> used) {
    List<StepDef> out = new ArrayList<>();
    if (root == null) {
      return out;
    }
    Set<String> ids = new LinkedHashSet<>();
    for (Node node : root.elements()) {
      if (!node.requireObject()) {
        continue;
      }
      String id = node.requiredId("id");
      Texts texts = readTexts(node, STEP_FIELDS, false, sourceIds, used, contacts.keySet());
      List<String> stepContacts = node.stringList("contacts", false);
      for (String contact : stepContacts) {
        if (!contacts.containsKey(contact)) {
          node.field("contacts").problem("unknown contact '" + contact + "'");
        }
      }
      List<String> sources = sources(node, sourceIds, used);
      List<String> after = node.stringList("after", false);
      List<DoFirst> doFirst = readDoFirst(node, texts);
      declarations.read(node, id, false);
      node.checkNoOtherFields();
      if (id != null && !ids.add(id)) {
        node.problem("duplicate step id '" + id + "'");
      } else if (id != null && texts != null) {
        out.add(new StepDef(id, texts, stepContacts, sources, after, doFirst));
      }
    }
    return out;
  }

  /**
   * Reads a "text" array of entries, each for some audiences and optionally only {@code when} a
   * condition holds (docs/bundle-format.md, "Text variants"). For each audience the entries that
   * name it are tried in order; its last must have no {@code when} (its default), and nothing may
   * follow a default. Every audience needs an entry if {@code allAudiences}. An entry may cite
   * {@code sources} of its own (ids in {@code sourceIds}) where {@code sourceIds} is given; a
   * question's entries may not. A step's entry may give its reader {@code contacts} (ids in
   * {@code contactIds}, possibly none) in place of the step's, where {@code contactIds} is given.
   * Null if the list cannot be read at all.
   */
  private Texts readTexts(Node node, List<String> fields, boolean allAudiences,
      Set<String> sourceIds, Set<String> used, Set<String> contactIds) {
    Node text = node.field("text");
    if (text.isNull()) {
      text.problem("is required: a list of texts, each for some audiences");
      return null;
    }
    List<Node> variants = text.elements();
    if (text.isArray() && variants.isEmpty()) {
      text.problem("must have at least one text");
    }
    int audiences = Reporter.values().length;
    List<String[]> values = new ArrayList<>();
    List<Condition> whens = new ArrayList<>();
    List<List<String>> entrySources = new ArrayList<>();
    List<Optional<List<String>>> entryContacts = new ArrayList<>();
    List<List<Integer>> byAudience = new ArrayList<>();
    for (int a = 0; a < audiences; a++) {
      byAudience.add(new ArrayList<>());
    }
    for (Node variant : variants) {
      if (!variant.requireObject()) {
        continue;
      }
      List<Reporter> named = new ArrayList<>();
      Node forNode = variant.field("for");
      for (Node a : forNode.elements()) {
        Reporter audience = a.asEnum(Reporter.class);
        if (audience != null) {
          named.add(audience);
        }
      }
      if (forNode.isArray() && forNode.raw().isEmpty()) {
        forNode.problem("must name at least one audience");
      }
      Condition when = null;
      boolean conditional = variant.has("when");
      if (conditional) {
        Node whenNode = variant.field("when");
        when = whenNode.isNull() ? null : conditions.compile(whenNode);
        if (whenNode.isNull()) {
          whenNode.problem("must be a condition (leave it out for the default text)");
        } else if (when != null && (when.factsRead() & (1 << Fact.REPORTER.slot)) != 0) {
          whenNode.problem("may not read reporter: list the audiences in 'for' instead");
        }
      }
      String[] texts = new String[fields.size()];
      for (int i = 0; i < fields.size(); i++) {
        String value = variant.requiredString(fields.get(i));
        texts[i] = value == null ? "" : value;
      }
      List<String> ownSources = List.of();
      if (sourceIds != null && variant.has("sources")) {
        ownSources = sources(variant, sourceIds, used); // "sources": [] is refused as empty
      }
      Optional<List<String>> ownContacts = Optional.empty();
      if (contactIds != null && variant.has("contacts")) {
        ownContacts = Optional.of(variantContacts(variant.field("contacts"), contactIds));
      }
      variant.checkNoOtherFields();
      int entry = values.size();
      values.add(texts);
      entrySources.add(List.copyOf(ownSources));
      entryContacts.add(ownContacts);
      // A placeholder keeps a broken condition from reading as a default; the bundle is refused.
      whens.add(conditional ? (when == null ? Condition.any(List.of(Condition.isEmpty(
          Fact.CONCERNS, true))) : when) : null);
      for (Reporter audience : named) {
        List<Integer> entries = byAudience.get(audience.ordinal());
        if (!entries.isEmpty() && whens.get(entries.get(entries.size() - 1)) == null) {
          forNode.problem(conditional
              ? "audience " + audience + " has a text with 'when' after its default text (one"
                  + " without 'when'), so it would never be read"
              : "audience " + audience + " has more than one text without 'when'");
          continue;
        }
        entries.add(entry);
      }
    }
    int[][] entries = new int[audiences][];
    for (Reporter audience : Reporter.values()) {
      List<Integer> list = byAudience.get(audience.ordinal());
      if (list.isEmpty() && allAudiences && text.isArray()) {
        text.problem("has no text for audience " + audience + " (every audience needs one)");
      } else if (!list.isEmpty() && whens.get(list.get(list.size() - 1)) != null) {
        text.problem("audience " + audience + " has no default text: its last text must have no"
            + " 'when', so that it always has one to read");
      }
      entries[audience.ordinal()] = list.stream().mapToInt(Integer::intValue).toArray();
    }
    return new Texts(values.toArray(new String[0][]), whens.toArray(new Condition[0]), entries,
        entrySources, entryContacts);
  }

  /**
   * A text entry's {@code contacts}: ids in contacts.json, each once, that replace the step's for
   * the entry's reader; an empty list means this reader is given no contacts with the step.
   */
  private static List<String> variantContacts(Node list, Set<String> contactIds) {
    if (!list.isArray()) {
      list.problem("must be a list of contact ids (empty for none; leave it out to keep the"
          + " step's contacts)");
      return List.of();
    }
    List<String> out = new ArrayList<>();
    for (Node element : list.elements()) {
      String contact = element.asString();
      if (contact == null) {
        continue;
      }
      if (out.contains(contact)) {
        element.problem("'" + contact + "' is listed twice");
      } else if (!contactIds.contains(contact)) {
        element.problem("unknown contact '" + contact + "'");
      } else {
        out.add(contact);
      }
    }
    return List.copyOf(out);
  }

  record WarningDef(String id, Texts texts, List<String> sources, List<DoFirst> doFirst) {
    WarningDef {
      sources = List.copyOf(sources);
      doFirst = List.copyOf(doFirst);
    }
  }

  private List<WarningDef> readWarnings(Node root, Set<String> sourceIds, Set<String> used) {
    List<WarningDef> out = new ArrayList<>();
    if (root == null) {
      return out;
    }
    Set<String> ids = new LinkedHashSet<>();
    for (Node node : root.elements()) {
      if (!node.requireObject()) {
        continue;
      }
      String id = node.requiredId("id");
      Texts texts = readTexts(node, WARNING_FIELDS, true, sourceIds, used, null);
      List<String> sources = sources(node, sourceIds, used);
      List<DoFirst> doFirst = readDoFirst(node, texts);
      declarations.read(node, id, true);
      node.checkNoOtherFields();
      if (id != null && !ids.add(id)) {
        node.problem("duplicate warning id '" + id + "'");
      } else if (id != null && texts != null) {
        out.add(new WarningDef(id, texts, sources, doFirst));
      }
    }
    return out;
  }

  record RiskFactorDef(String id, Texts texts, List<String> sources) {
    RiskFactorDef {
      sources = List.copyOf(sources);
    }
  }

  private List<RiskFactorDef> readRiskFactors(Node root, Set<String> sourceIds, Set<String> used) {
    List<RiskFactorDef> out = new ArrayList<>();
    if (root == null) {
      return out;
    }
    Set<String> ids = new LinkedHashSet<>();
    for (Node node : root.elements()) {
      if (!node.requireObject()) {
        continue;
      }
      String id = node.requiredId("id");
      // One explanation for every audience, or texts by audience (and condition) like a warning's.
      Texts texts = null;
      boolean single = node.has("explanation");
      if (node.has("text")) {
        texts = readTexts(node, RISK_FIELDS, true, sourceIds, used, null);
        if (single) {
          node.field("explanation").problem("give either 'explanation' (one text for everyone) or"
              + " 'text' (texts by audience), not both");
        }
      } else {
        String explanation = node.requiredString("explanation");
        texts = explanation == null ? null
            : Texts.single(new String[] {explanation}, Reporter.values().length);
      }
      List<String> sources = sources(node, sourceIds, used);
      node.checkNoOtherFields();
      if (id != null && !ids.add(id)) {
        node.problem("duplicate risk factor id '" + id + "'");
      } else if (id != null && texts != null) {
        out.add(new RiskFactorDef(id, texts, sources));
      }
    }
    return out;
  }

  // --- conditions and rules ---------------------------------------------------------------------

  private void readConditions(Node root) {
    if (root == null) {
      return;
    }
    Set<String> ids = new LinkedHashSet<>();
    for (Node node : root.elements()) {
      if (!node.requireObject()) {
        continue;
      }
      String id = node.requiredId("id");
      node.requiredString("description");
      Node when = node.field("when");
      node.checkNoOtherFields();
      if (when.isNull()) {
        when.problem("is required");
      } else if (id != null && !ids.add(id)) {
        node.problem("duplicate condition id '" + id + "'");
      } else if (id != null) {
        conditions.declare(id, when);
      }
    }
    conditions.compileNamed();
  }

  record RuleDef(String id, Condition when, int[] steps, Urgency[] stepUrgencies, int[] warnings,
      int triggers, int[] riskFactors, List<String> sources, String description) {}

  private List<RuleDef> readRules(Node root, List<StepDef> steps, List<WarningDef> warnings,
      List<RiskFactorDef> riskFactors, Set<String> sourceIds, Set<String> used) {
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
      List<String> sources = sources(node, sourceIds, used);
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

  // --- questions --------------------------------------------------------------------------------

  /**
   * A question. Its choice labels are checked here and read by applications through the views
   * ({@code BundleInventory}), not by the engine.
   */
  record QuestionDef(Fact fact, Texts texts, Condition askFirstWhen, List<String> sources) {}

  private List<QuestionDef> readQuestions(Node root, Jurisdictions jurisdictions,
      Set<String> sourceIds, Set<String> used) {
    List<QuestionDef> out = new ArrayList<>();
    if (root == null) {
      return out;
    }
    Set<Fact> seen = new LinkedHashSet<>();
    for (Node node : root.elements()) {
      if (!node.requireObject()) {
        continue;
      }
      String field = node.requiredString("field");
      Fact fact = field == null ? null : Fact.byPath(field);
      if (field != null && fact == null) {
        node.field("field").problem("unknown fact '" + field + "'");
      }
      Texts texts = readTexts(node, QUESTION_FIELDS, true, null, null, null);
      Map<String, String> choices = new LinkedHashMap<>();
      Node choicesNode = node.field("choices");
      if (fact != null && fact.kind != Fact.Kind.AGE) {
        List<String> allowed = fact.valueNames(jurisdictions);
        for (String value : choicesNode.fieldNames()) {
          Node label = choicesNode.field(value);
          String text = label.asString();
          if (!allowed.contains(value)) {
            label.problem("'" + value + "' is not a value of " + fact.path + " (allowed: "
                + String.join(", ", allowed) + ")");
          } else if (text != null) {
            choices.put(value, text);
          }
        }
        for (String value : allowed) {
          boolean isUnknownValue = value.equals("UNKNOWN");
          if (!choices.containsKey(value) && !isUnknownValue && choicesNode.isObject()) {
            choicesNode.problem("has no label for " + value);
          }
        }
      } else if (fact != null && !choicesNode.isNull()) {
        choicesNode.problem("childAge takes a number, not choices");
      }
      checkChoicesFor(node.field("choicesFor"), choices);
      Condition askFirst = null;
      Node askFirstNode = node.field("askFirstWhen");
      if (!askFirstNode.isNull()) {
        askFirst = conditions.compile(askFirstNode);
      }
      List<String> sources = sources(node, sourceIds, used);
      node.checkNoOtherFields();
      if (fact != null && !seen.add(fact)) {
        node.problem("a second question for '" + fact.path + "'");
      } else if (fact != null && texts != null) {
        // In the bundle's order, so numbered choices stay the same from run to run.
        out.add(new QuestionDef(fact, texts, askFirst, sources));
      }
    }
    return out;
  }

  /**
   * The optional {@code choicesFor}: by audience, labels that replace some of {@code choices} for
   * that audience. Each value it names must be one {@code choices} labels.
   */
  private static void checkChoicesFor(Node node, Map<String, String> choices) {
    if (node.isNull()) {
      return;
    }
    if (!node.isObject()) {
      node.problem("must be an object of audiences, each an object of value labels");
      return;
    }
    for (String audienceName : node.fieldNames()) {
      Node labels = node.field(audienceName);
      boolean isAudience = false;
      for (org.safeguarding.advisor.Reporter r : org.safeguarding.advisor.Reporter.values()) {
        isAudience |= r.name().equals(audienceName);
      }
      if (!isAudience) {
        labels.problem("is not an audience (allowed: PARENT_OR_CARER, YOUNG_PERSON, PROFESSIONAL,"
            + " OTHER_ADULT)");
      } else if (!labels.isObject()) {
        labels.problem("must be an object of value labels");
      } else {
        for (String value : labels.fieldNames()) {
          Node label = labels.field(value);
          label.asString(); // reports a label that is not a string
          if (!choices.containsKey(value)) {
            label.problem("'" + value + "' has no label in choices (allowed: "
                + String.join(", ", choices.keySet()) + ")");
          }
        }
      }
    }
  }

  private void checkEveryFactReadHasAQuestion(List<RuleDef> rules, List<StepDef> steps,
      List<WarningDef> warnings, List<RiskFactorDef> riskFactors, List<QuestionDef> questions) {
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

  // --- ordering and use -------------------------------------------------------------------------

  /**
   * Ranks every step once: a topological order of the "after" relation that keeps the declared
   * order wherever the relation allows. Any subset sorted by rank then respects both.
   */
  private int[] rankSteps(List<StepDef> steps) {
    int n = steps.size();
    Map<String, Integer> index = new HashMap<>();
    for (int i = 0; i < n; i++) {
      index.put(steps.get(i).id(), i);
    }
    List<List<Integer>> successors = new ArrayList<>();
    int[] indegree = new int[n];
    for (int i = 0; i < n; i++) {
      successors.add(new ArrayList<>());
    }
    for (int i = 0; i < n; i++) {
      for (String before : steps.get(i).after()) {
        Integer b = index.get(before);
        if (b == null) {
          problems.add("steps.json: " + steps.get(i).id() + ".after: unknown step '" + before + "'");
        } else if (b == i) {
          problems.add("steps.json: " + steps.get(i).id() + ".after: a step cannot come after itself");
        } else {
          successors.get(b).add(i);
          indegree[i]++;
        }
      }
    }
    PriorityQueue<Integer> ready = new PriorityQueue<>();
    for (int i = 0; i < n; i++) {
      if (indegree[i] == 0) {
        ready.add(i);
      }
    }
    int[] rank = new int[n];
    int next = 0;
    while (!ready.isEmpty()) {
      int i = ready.poll();
      rank[i] = next++;
      for (int s : successors.get(i)) {
        if (--indegree[s] == 0) {
          ready.add(s);
        }
      }
    }
    if (next < n) {
      List<String> inCycle = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        if (indegree[i] > 0) {
          inCycle.add(steps.get(i).id());
        }
      }
      problems.add("steps.json: the 'after' relations form a cycle among: " + String.join(", ", inCycle));
    }
    return rank;
  }

  /**
   * The ids that doFirst names: a step and a warning may not share an id (an assessment's doFirst
   * names either), and doFirst ranks are unique for each audience, so the order read first is
   * never a tie.
   */
  private void checkPlanIds(List<StepDef> steps, List<WarningDef> warnings) {
    Set<String> stepIds = new LinkedHashSet<>();
    steps.forEach(s -> stepIds.add(s.id()));
    for (WarningDef w : warnings) {
      if (stepIds.contains(w.id())) {
        problems.add("warnings.json: warning '" + w.id() + "' has the id of a step: steps and"
            + " warnings need distinct ids, since an assessment's doFirst names either");
      }
    }
    Map<Integer, String>[] ranks = newRankMaps();
    for (StepDef s : steps) {
      checkRank(s.id(), s.doFirst(), ranks);
    }
    for (WarningDef w : warnings) {
      checkRank(w.id(), w.doFirst(), ranks);
    }
  }

  @SuppressWarnings("unchecked")
  private static Map<Integer, String>[] newRankMaps() {
    Map<Integer, String>[] ranks = new Map[Reporter.values().length];
    for (int a = 0; a < ranks.length; a++) {
      ranks[a] = new HashMap<>();
    }
    return ranks;
  }

  /**
   * Records the item's ranks for each audience; a rank another item already has for the audience
   * is a problem (the same item may use one rank in several entries).
   */
  private void checkRank(String id, List<DoFirst> doFirst, Map<Integer, String>[] ranks) {
    for (DoFirst entry : doFirst) {
      for (Reporter audience : Reporter.values()) {
        if (entry.isFor(audience.ordinal())) {
          String before = ranks[audience.ordinal()].putIfAbsent(entry.rank(), id);
          if (before != null && !before.equals(id)) {
            problems.add(entry.where() + ".rank: rank " + entry.rank() + " for " + audience
                + " is also given to '" + before + "': ranks must be unique for each audience");
          }
        }
      }
    }
  }

  private void checkUsed(List<StepDef> steps, List<WarningDef> warnings,
      List<RiskFactorDef> riskFactors, Map<String, ContactDef> contacts, List<RuleDef> rules,
      Map<String, Source> sources, Set<String> usedSources) {
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
