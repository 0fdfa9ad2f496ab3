package org.safeguarding.advisor.content.uk.safety;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.safeguarding.advisor.Advisor;
import org.safeguarding.advisor.Answer;
import org.safeguarding.advisor.Assessment;
import org.safeguarding.advisor.Concern;
import org.safeguarding.advisor.Indicator;
import org.safeguarding.advisor.Jurisdiction;
import org.safeguarding.advisor.OtherParty;
import org.safeguarding.advisor.Platform;
import org.safeguarding.advisor.Reporter;
import org.safeguarding.advisor.Situation;
import org.safeguarding.advisor.Spread;
import org.safeguarding.advisor.content.uk.UkBundleProvider;

/**
 * Property 19 (the right nation's law, hazard H18). Exhaustively over every nation (and none),
 * every reader (and none), every subset of the concerns (all 2^11, the empty set included), an age
 * in every band the bundle's age conditions tell apart (and unknown) and every other party (and
 * none); the spread, platforms and indicators of each such situation are drawn from a printed seed,
 * the same draw in all five nations. Also over generated situations, and: a reader whose nation is
 * not known is asked for it wherever the answer changes what they read; and the check catches an
 * England-only phrase put into a nation-neutral text, naming a witness situation.
 */
class NationPropertiesTest {
  private static final Advisor ADVISOR = Advisor.defaultAdvisor();
  /** The seed of the spread, platforms and indicators drawn for each enumerated situation. */
  private static final long REST_SEED = Long.getLong("nations.seed", 19L);

  /** The nations, and null for a nation not known. */
  static List<Jurisdiction> nations() {
    List<Jurisdiction> nations = new ArrayList<>();
    nations.add(null);
    nations.addAll(ADVISOR.bundle().jurisdictions());
    return nations;
  }

  /**
   * Unknown (null), then the youngest age of each band that the bundle's {@code childAge}
   * comparisons draw between 0 and 25: every age in a band answers every age test of the bundle
   * alike, so one age per band stands for the band. Read from the bundle's files, so a new age
   * threshold (say at 16) adds its band here without a change to this test.
   */
  static List<Integer> ageBands() {
    java.util.TreeSet<Integer> starts = new java.util.TreeSet<>(List.of(Situation.MIN_AGE));
    for (String file : org.safeguarding.advisor.ContentBundle.CONTENT_FILES) {
      ageThresholds(readBundleJson(file), starts);
    }
    starts.removeIf(age -> age > Situation.MAX_AGE);
    List<Integer> ages = new ArrayList<>();
    ages.add(null);
    ages.addAll(starts);
    return ages;
  }

  private static void ageThresholds(JsonNode node, java.util.Set<Integer> starts) {
    if (node.isObject() && "childAge".equals(node.path("fact").asText())) {
      if (node.has("lt") || node.has("gte")) {
        starts.add(node.path(node.has("lt") ? "lt" : "gte").asInt());
      } else if (node.has("lte") || node.has("gt")) {
        starts.add(node.path(node.has("lte") ? "lte" : "gt").asInt() + 1);
      } else if (node.has("eq")) {
        starts.add(node.path("eq").asInt());
        starts.add(node.path("eq").asInt() + 1);
      } else if (!node.has("isUnknown")) {
        throw new AssertionError("an age test this enumeration does not know: " + node);
      }
    }
    node.forEach(child -> ageThresholds(child, starts));
  }

  static JsonNode readBundleJson(String file) {
    try (java.io.InputStream in = UkBundleProvider.class.getResourceAsStream(
        UkBundleProvider.FOLDER + "/" + file)) {
      return new ObjectMapper().readTree(in);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(file, e);
    }
  }

  /**
   * The indicators that a text's {@code when} reads (named conditions followed), read from the
   * bundle's files: their answers change a text, not only which steps are in the plan, so every
   * combination of their answers (not said, YES, NO) is enumerated, in rotation over the concern
   * subsets and other parties, rather than drawn. A text that reads any other fact the enumeration
   * does not cover fails here, so that this test is extended with it.
   */
  static List<Indicator> textIndicators() {
    List<Indicator> indicators = new ArrayList<>();
    for (String fact : textFacts()) {
      if (fact.startsWith("indicators.")) {
        indicators.add(Indicator.valueOf(fact.substring("indicators.".length())));
      } else if (!List.of("jurisdiction", "childAge", "concerns", "otherParty", "spread")
          .contains(fact)) {
        throw new AssertionError("a text varies by '" + fact + "', which this enumeration draws"
            + " at random: enumerate it");
      }
    }
    return indicators;
  }

  /**
   * Whether a text's {@code when} reads {@code spread}: then its answers (not said and each value)
   * rotate over the concern subsets and other parties with the indicators' answers, instead of
   * being drawn.
   */
  static boolean textReadsSpread() {
    return textFacts().contains("spread");
  }

  /** The answers enumerated for the spread when a text reads it: each value, then not said. */
  private static int spreadAnswers() {
    return textReadsSpread() ? Spread.values().length + 1 : 1;
  }

  private static java.util.Set<String> textFacts() {
    Map<String, JsonNode> conditions = new java.util.HashMap<>();
    readBundleJson("conditions.json").forEach(c -> conditions.put(c.path("id").asText(),
        c.path("when")));
    java.util.Set<String> facts = new java.util.TreeSet<>();
    for (String file : List.of("steps.json", "warnings.json", "risk-factors.json",
        "questions.json")) {
      for (JsonNode item : readBundleJson(file)) {
        for (JsonNode entry : item.path("text")) {
          if (entry.has("when")) {
            factsRead(entry.path("when"), conditions, facts);
          }
        }
      }
    }
    return facts;
  }

  private static void factsRead(JsonNode node, Map<String, JsonNode> conditions,
      java.util.Set<String> facts) {
    if (node.has("fact")) {
      facts.add(node.path("fact").asText());
    }
    if (node.has("ref")) {
      factsRead(conditions.get(node.path("ref").asText()), conditions, facts);
    }
    node.forEach(child -> factsRead(child, conditions, facts));
  }

  /** The answers enumerated for an indicator a text reads: not said (unknown), YES, NO. */
  private static final List<Answer> TEXT_INDICATOR_ANSWERS = Arrays.asList(null, Answer.YES,
      Answer.NO);

  /** Every reader, and null for none said (read as a parent or carer). */
  static List<Reporter> readers() {
    List<Reporter> readers = new ArrayList<>(Arrays.asList(Reporter.values()));
    readers.add(null);
    return readers;
  }

  /** Every other party; {@code UNKNOWN} is given by leaving it out, as the contract reads it. */
  static List<OtherParty> otherParties() {
    List<OtherParty> others = new ArrayList<>(Arrays.asList(OtherParty.values()));
    others.set(others.indexOf(OtherParty.UNKNOWN), null);
    return others;
  }

  /** The size of the exhaustive enumeration (nations times the situations without a nation). */
  static long exhaustiveSize() {
    return (long) nations().size() * bases();
  }

  private static int bases() {
    return readers().size() * ageBands().size() * otherParties().size()
        * (1 << Concern.values().length);
  }

  private static int textIndicatorProfiles() {
    int profiles = spreadAnswers();
    for (int i = 0; i < textIndicators().size(); i++) {
      profiles *= TEXT_INDICATOR_ANSWERS.size();
    }
    return profiles;
  }

  /**
   * Runs property 19 over the exhaustive enumeration, on both cores, and returns what it found: for
   * each distinct violation, the first witness situation in enumeration order (so the report is
   * the same on any run). Stops early when {@code stopAtFirst} and something is found.
   */
  static Found exhaustive(Advisor advisor, long seed, boolean stopAtFirst) {
    List<Reporter> readers = readers();
    List<Integer> ages = ageBands();
    List<OtherParty> others = otherParties();
    List<Jurisdiction> nations = nations();
    List<Indicator> textIndicators = textIndicators();
    int profiles = textIndicatorProfiles();
    Concern[] concerns = Concern.values();
    int subsets = 1 << concerns.length;
    assertTrue(profiles <= subsets * others.size(), profiles + " combinations of indicator answers"
        + " cannot rotate over " + subsets + " concern subsets times " + others.size()
        + " other parties: enumerate them another way");
    Found found = new Found();
    java.util.stream.IntStream.range(0, bases()).parallel().forEach(base -> {
      if (stopAtFirst && !found.witnesses.isEmpty()) {
        return;
      }
      int rest = base;
      int mask = rest % subsets;
      rest /= subsets;
      int otherIndex = rest % others.size();
      OtherParty other = others.get(otherIndex);
      rest /= others.size();
      int ageIndex = rest % ages.size();
      Integer age = ages.get(ageIndex);
      int readerIndex = rest / ages.size();
      Reporter reader = readers.get(readerIndex);
      // The answers to the indicators a text reads rotate with the concern subset and the other
      // party, without multiplying the run by their number: for every reader and age, the other
      // parties' concern subsets go through every combination of answers; while there are no more
      // combinations than concern subsets, they do so for every other party too.
      int profile = (mask + subsets * otherIndex + 7 * ageIndex + 11 * readerIndex) % profiles;
      Situation.Builder b = Situation.builder();
      for (int i = 0; i < concerns.length; i++) {
        if ((mask & (1 << i)) != 0) {
          b.addConcern(concerns[i]);
        }
      }
      if (reader != null) {
        b.reporter(reader);
      }
      if (age != null) {
        b.childAge(age);
      }
      if (other != null) {
        b.otherParty(other);
      }
      boolean spreadEnumerated = textReadsSpread();
      drawTheRest(b, new SplittableRandom(seed * 1_000_003L + base), textIndicators,
          spreadEnumerated);
      for (Indicator indicator : textIndicators) {
        Answer answer = TEXT_INDICATOR_ANSWERS.get(profile % TEXT_INDICATOR_ANSWERS.size());
        profile /= TEXT_INDICATOR_ANSWERS.size();
        if (answer != null) {
          b.putIndicator(indicator, answer);
        }
      }
      if (spreadEnumerated) {
        Spread[] spreads = Spread.values();
        int spread = profile % (spreads.length + 1);
        if (spread < spreads.length) {
          b.spread(spreads[spread]);
        }
      }
      Situation withoutNation = b.build();
      for (Jurisdiction nation : nations) {
        Situation s = withNation(withoutNation, nation);
        found.checked.incrementAndGet();
        Assessment a = advisor.evaluate(s);
        int reading = 1 << (nations.indexOf(nation) * Reporter.values().length
            + s.audience().ordinal());
        a.steps().forEach(st -> found.seen(st.id(), reading));
        a.warnings().forEach(w -> found.seen(w.id(), reading));
        for (String v : NationProperties.violations(s, a)) {
          found.witnesses.merge(v, new Witness((long) base * nations.size()
              + nations.indexOf(nation), s), (x, y) -> x.index() <= y.index() ? x : y);
        }
      }
    });
    return found;
  }

  /**
   * The spread, platforms and indicators (other than those enumerated) of one enumerated
   * situation, drawn from its own seed.
   */
  private static void drawTheRest(Situation.Builder b, SplittableRandom random,
      List<Indicator> enumerated, boolean spreadEnumerated) {
    Spread[] spreads = Spread.values();
    int spread = random.nextInt(spreads.length + 1);
    if (!spreadEnumerated && spread < spreads.length) {
      b.spread(spreads[spread]);
    }
    for (Platform platform : Platform.values()) {
      if (random.nextInt(4) == 0) {
        b.addPlatform(platform);
      }
    }
    Indicator[] indicators = Indicator.values();
    Answer[] answers = Answer.values();
    int said = random.nextInt(indicators.length + 1);
    for (int i = 0; i < said; i++) {
      Indicator indicator = indicators[random.nextInt(indicators.length)];
      Answer answer = answers[random.nextInt(answers.length)];
      if (!enumerated.contains(indicator)) {
        b.putIndicator(indicator, answer);
      }
    }
  }

  /** A violation's first witness, and its place in the enumeration. */
  record Witness(long index, Situation situation) {}

  /** What an exhaustive run found. */
  static final class Found {
    final java.util.concurrent.atomic.AtomicLong checked = new java.util.concurrent.atomic.AtomicLong();
    final Map<String, Witness> witnesses = new java.util.concurrent.ConcurrentHashMap<>();
    /** For each step and warning, a bit for each nation and audience whose plan held it. */
    private final Map<String, java.util.concurrent.atomic.AtomicInteger> seen =
        new java.util.concurrent.ConcurrentHashMap<>();

    void seen(String id, int reading) {
      java.util.concurrent.atomic.AtomicInteger bits = seen.computeIfAbsent(id,
          k -> new java.util.concurrent.atomic.AtomicInteger());
      if ((bits.get() & reading) == 0) {
        bits.getAndUpdate(b -> b | reading);
      }
    }

    boolean seen(String id, Jurisdiction nation, Reporter audience) {
      int reading = 1 << (nations().indexOf(nation) * Reporter.values().length
          + audience.ordinal());
      java.util.concurrent.atomic.AtomicInteger bits = seen.get(id);
      return bits != null && (bits.get() & reading) != 0;
    }

    SafetyPropertiesTest.Report report(String context) {
      SafetyPropertiesTest.Report report = new SafetyPropertiesTest.Report(context);
      report.checked(checked.get());
      witnesses.entrySet().stream()
          .sorted(Map.Entry.comparingByValue(java.util.Comparator.comparingLong(Witness::index)))
          .forEach(e -> report.add(e.getKey(), e.getValue().situation()));
      return report;
    }
  }

  @Test
  void everyNationReaderConcernSubsetAgeBandAndOtherParty() {
    long started = System.nanoTime();
    Found found = exhaustive(ADVISOR, REST_SEED, false);
    long seconds = (System.nanoTime() - started) / 1_000_000_000L;
    // Printed, not asserted: a timed unit test is banned; the size and seed are what to reproduce.
    System.out.println("P19 exhaustive: " + found.checked.get() + " situations (" + nations().size()
        + " nations x " + readers().size() + " readers x " + (1 << Concern.values().length)
        + " concern subsets x ages " + ageBands() + " x " + otherParties().size()
        + " other parties; the " + textIndicatorProfiles() + " combinations of not said/YES/NO of"
        + " the indicators texts read " + textIndicators()
        + (textReadsSpread() ? ", with every spread (texts read it)," : "")
        + " rotate over the concern subsets and other parties;"
        + (textReadsSpread() ? "" : " spread,")
        + " platforms and other indicators drawn with -Dnations.seed=" + REST_SEED
        + ") in " + seconds + " s");
    assertEquals(exhaustiveSize(), found.checked.get());
    List<String> unseen = new ArrayList<>();
    for (String reading : nationVariedReadings()) {
      String[] audienceAndId = reading.split(" ");
      for (Jurisdiction nation : nations()) {
        if (!found.seen(audienceAndId[1], nation, Reporter.valueOf(audienceAndId[0]))) {
          unseen.add((nation == null ? "nation unknown" : nation.code()) + " " + reading);
        }
      }
    }
    assertEquals(List.of(), unseen, "texts that vary by nation but that no enumerated plan holds");
    found.report("P19 exhaustive, seed " + REST_SEED + " (replay with -Dnations.seed="
        + REST_SEED + ")").assertClean();
  }

  /**
   * "AUDIENCE id" for every step and warning with a text that reads the nation, and every audience
   * it has a text for: the enumeration must put each in some plan in every nation.
   */
  static List<String> nationVariedReadings() {
    Map<String, JsonNode> conditions = new java.util.HashMap<>();
    readBundleJson("conditions.json").forEach(c -> conditions.put(c.path("id").asText(),
        c.path("when")));
    List<String> readings = new ArrayList<>();
    for (String file : List.of("steps.json", "warnings.json")) {
      for (JsonNode item : readBundleJson(file)) {
        boolean byNation = false;
        java.util.Set<String> audiences = new java.util.TreeSet<>();
        for (JsonNode entry : item.path("text")) {
          entry.path("for").forEach(f -> audiences.add(f.asText()));
          java.util.Set<String> facts = new java.util.HashSet<>();
          factsRead(entry.path("when"), conditions, facts);
          byNation |= facts.contains("jurisdiction");
        }
        if (byNation) {
          audiences.forEach(audience -> readings.add(audience + " " + item.path("id").asText()));
        }
      }
    }
    assertTrue(readings.size() > 20, "nation-varied texts: " + readings);
    return readings;
  }

  /**
   * The check can fail: the same enumeration on a copy of the bundle whose nation-neutral
   * professional text of {@code keep-evidence} (the one read where the nation is not known) names
   * England's designated safeguarding lead finds it and names a witness situation whose nation is
   * not known.
   */
  @Test
  void anEnglandOnlyPhraseInANationNeutralTextIsFoundWithAWitness() throws Exception {
    Advisor mutated = Advisor.forBundle(org.safeguarding.advisor.ContentBundle.load(
        withDefaultDetailAppended("keep-evidence", "PROFESSIONAL",
            " Tell the designated safeguarding lead.")));
    Found found = exhaustive(mutated, REST_SEED, true);
    assertFalse(found.witnesses.isEmpty(), "the England-only phrase was not found");
    found.witnesses.forEach((violation, witness) -> {
      Situation s = witness.situation();
      assertTrue(violation.matches("P19: (nation unknown|GB-WLS|GB-SCT|GB-NIR): step keep-evidence"
          + " names 'designated safeguarding lead'"), violation);
      assertEquals(Reporter.PROFESSIONAL, s.audience(), violation);
      assertTrue(mutated.evaluate(s).hasStep("keep-evidence"), violation);
      assertEquals(List.of(), NationProperties.violations(s, ADVISOR.evaluate(s)),
          "the unchanged bundle is clean for the witness of " + violation);
    });
    // The report a failing run prints names the witness situation.
    AssertionError failure = org.junit.jupiter.api.Assertions.assertThrows(AssertionError.class,
        () -> found.report("P19 on the changed bundle").assertClean());
    assertTrue(failure.getMessage().contains("situation: {"), failure.getMessage());
  }

  /**
   * The UK bundle from the class path with one change: the detail of a step's last (default)
   * text entry for an audience gets {@code appended}, and the manifest the new digest.
   */
  private static org.safeguarding.advisor.BundleSource withDefaultDetailAppended(String stepId,
      String audience, String appended) throws java.io.IOException {
    ObjectMapper json = new ObjectMapper();
    com.fasterxml.jackson.databind.node.ArrayNode steps =
        (com.fasterxml.jackson.databind.node.ArrayNode) readBundleJson("steps.json");
    com.fasterxml.jackson.databind.node.ObjectNode defaultEntry = null;
    for (JsonNode step : steps) {
      if (step.path("id").asText().equals(stepId)) {
        for (JsonNode entry : step.path("text")) {
          boolean forAudience = false;
          for (JsonNode f : entry.path("for")) {
            forAudience |= f.asText().equals(audience);
          }
          if (forAudience && !entry.has("when")) {
            defaultEntry = (com.fasterxml.jackson.databind.node.ObjectNode) entry;
          }
        }
      }
    }
    assertTrue(defaultEntry != null, stepId + " has no default text for " + audience);
    assertFalse(defaultEntry.path("detail").asText().contains(appended.trim()));
    defaultEntry.put("detail", defaultEntry.path("detail").asText() + appended);
    Map<String, byte[]> files = new java.util.HashMap<>();
    for (String file : org.safeguarding.advisor.ContentBundle.CONTENT_FILES) {
      files.put(file, json.writeValueAsBytes(readBundleJson(file)));
    }
    files.put("steps.json", json.writeValueAsBytes(steps));
    com.fasterxml.jackson.databind.node.ObjectNode manifest =
        (com.fasterxml.jackson.databind.node.ObjectNode) readBundleJson("manifest.json");
    files.put("manifest.json", json.writeValueAsBytes(manifest));
    org.safeguarding.advisor.BundleSource unsigned = name -> files.containsKey(name)
        ? new java.io.ByteArrayInputStream(files.get(name)) : null;
    manifest.put("digest", org.safeguarding.advisor.ContentBundle.computeDigest(unsigned));
    files.put("manifest.json", json.writeValueAsBytes(manifest));
    return name -> files.containsKey(name) ? new java.io.ByteArrayInputStream(files.get(name))
        : null;
  }

  @Test
  void generatedSituationsInEveryNation() {
    long seed = Long.getLong("safety.seed", System.nanoTime());
    SituationGenerator generator = new SituationGenerator(seed);
    SafetyPropertiesTest.Report report = new SafetyPropertiesTest.Report(
        "P19 generated, seed " + seed + " (replay with -Dsafety.seed=" + seed + ")");
    List<Jurisdiction> nations = nations();
    for (int i = 0; i < 1_000; i++) {
      Situation generated = generator.next();
      for (Jurisdiction nation : nations) {
        Situation s = withNation(generated, nation);
        for (String v : NationProperties.violations(s, ADVISOR.evaluate(s))) {
          report.add(v, s);
        }
      }
    }
    report.assertClean();
  }

  /**
   * Where the nation is not known and some nation's answer would change a text the reader sees,
   * {@code jurisdiction} is among the open questions (contract: asked wherever the answer changes
   * a step or its text).
   */
  @Test
  void theNationIsAskedWhereverItChangesWhatTheReaderSees() {
    SituationGenerator generator = new SituationGenerator(Long.getLong("safety.seed", 12L));
    int mattered = 0;
    List<String> failures = new ArrayList<>();
    for (int i = 0; i < 300; i++) {
      Situation unknown = withNation(generator.next(), null);
      Assessment a = ADVISOR.evaluate(unknown);
      Map<String, String> read = NationProperties.texts(a);
      read.keySet().removeIf(k -> k.startsWith("question "));
      boolean changes = false;
      for (Jurisdiction nation : ADVISOR.bundle().jurisdictions()) {
        Map<String, String> there = NationProperties.texts(
            ADVISOR.evaluate(withNation(unknown, nation)));
        there.keySet().removeIf(k -> k.startsWith("question "));
        changes |= !there.equals(read);
      }
      boolean asked = a.openQuestions().stream().anyMatch(q -> q.field().equals("jurisdiction"));
      if (changes) {
        mattered++;
        if (!asked && failures.size() < 5) {
          failures.add(AdvisorJsonLine.of(unknown));
        }
      }
    }
    assertTrue(mattered > 30, "the nation changed the plan in only " + mattered + " of 300");
    assertTrue(failures.isEmpty(), "jurisdiction not asked where the nation changes the plan: "
        + failures);
  }

  /**
   * Property 19's "the nation's own law is named where the law is explained" is checked on the steps
   * in {@code NationProperties.LAW_STEPS}: every step or warning that names a statute in any of its
   * texts must be one of them, so a new law text (an adult victim's, say) is not left unchecked.
   */
  @Test
  void everyTextThatNamesAStatuteIsCheckedAsALawText() {
    java.util.regex.Pattern statute =
        java.util.regex.Pattern.compile("\\b(Act|Order) (19|20)\\d\\d\\b");
    List<String> unchecked = new ArrayList<>();
    for (String file : List.of("steps.json", "warnings.json")) {
      for (JsonNode item : readBundleJson(file)) {
        String id = item.path("id").asText();
        for (JsonNode entry : item.path("text")) {
          String words = entry.path("title").asText() + " " + entry.path("detail").asText() + " "
              + entry.path("text").asText();
          if (statute.matcher(words).find() && !NationProperties.LAW_STEPS.contains(id)
              && !unchecked.contains(id)) {
            unchecked.add(id);
          }
        }
      }
    }
    assertEquals(List.of(), unchecked, "texts naming a statute that P19 does not check as law"
        + " texts: add them to NationProperties.LAW_STEPS");
  }

  /** A statement scoped to its nation may be made to a reader whose nation is not known; no other. */
  @Test
  void onlyStatementsThatNameTheirNationAreLeftOutOfTheNationUnknownCheck() {
    assertEquals("It is an offence everywhere. ", NationProperties.withoutScopedStatements(
        "It is an offence everywhere. In England and Wales it is s.66B."));
    assertEquals("In every UK nation it is an offence; ", NationProperties.withoutScopedStatements(
        "In every UK nation it is an offence; in England and Wales (s.66B of the Sexual Offences Act"
            + " 2003) intent is not needed."));
    assertEquals("Police may act . ", NationProperties.withoutScopedStatements(
        "Police may act (in England and Wales they may record Outcome 21)."));
    String unscoped = "Tell the designated safeguarding lead, as in England and Wales.";
    assertEquals(unscoped + " ", NationProperties.withoutScopedStatements(unscoped));
    assertEquals("The law is s.66B; ", NationProperties.withoutScopedStatements(
        "The law is s.66B; in Scotland it is section 2."));
  }

  /**
   * Nation-only sources sit on the nation's own text variants (bundle-format.md, "Sources of one
   * text"): an England professional's plan cites no Scottish, Welsh or Northern Irish guidance, and
   * the same check finds the Scottish guidance when a Scottish plan is read as if it were England's.
   */
  @Test
  void anEnglandPlanCitesNoOtherNationsGuidanceAndTheCheckCanFail() {
    java.util.Set<String> declared = new java.util.HashSet<>();
    readBundleJson("sources.json").forEach(src -> declared.add(src.path("id").asText()));
    NationProperties.NATION_GUIDANCE_SOURCES.values().forEach(ids -> assertTrue(
        declared.containsAll(ids), "unknown source ids in the check: " + ids));
    NationProperties.NATION_LAW_SOURCES.values().forEach(ids -> assertTrue(
        declared.containsAll(ids), "unknown source ids in the check: " + ids));
    Situation.Builder peerIncident = Situation.builder().reporter(Reporter.PROFESSIONAL)
        .childAge(15).addConcern(Concern.IMAGE_SHARED_BY_OTHERS).otherParty(OtherParty.PEER);
    Situation england = peerIncident.jurisdiction(Jurisdiction.GB_ENG).build();
    Assessment inEngland = ADVISOR.evaluate(england);
    assertEquals(List.of(), NationProperties.otherNationsSources(england.jurisdiction(),
        inEngland));
    java.util.Set<String> cited = new java.util.HashSet<>();
    inEngland.steps().forEach(st -> cited.addAll(st.sources()));
    assertFalse(cited.contains("scot-cp-coordinator"), "England cites Scotland's school role");
    assertTrue(cited.contains("ukcis-2024"), "England cites the UKCIS advice");
    Assessment inScotland = ADVISOR.evaluate(peerIncident.jurisdiction(Jurisdiction.GB_SCT).build());
    List<String> asIfEngland = NationProperties.otherNationsSources(
        Optional.of(Jurisdiction.GB_ENG), inScotland);
    assertTrue(asIfEngland.stream().anyMatch(v -> v.contains("scot-cp-coordinator")), asIfEngland
        .toString());
  }

  /**
   * An adult whose image was shared, in each nation: England's and Wales's plans cite s.66B on the
   * law text, Scotland's and Northern Ireland's cite it nowhere (not through a rule either), and
   * the check finds it when England's plan is read as if it were Scotland's.
   */
  @Test
  void onlyEnglandAndWalesPlansCiteSection66B() {
    Situation.Builder shared = Situation.builder().reporter(Reporter.YOUNG_PERSON).childAge(24)
        .addConcern(Concern.INTIMATE_IMAGE_ABUSE).spread(Spread.SOCIAL_MEDIA)
        .otherParty(OtherParty.ADULT);
    for (Jurisdiction nation : ADVISOR.bundle().jurisdictions()) {
      Situation s = shared.jurisdiction(nation).build();
      Assessment a = ADVISOR.evaluate(s);
      assertTrue(a.hasStep("the-law-protects-you"), nation + " explains the law");
      java.util.Set<String> cited = new java.util.HashSet<>();
      a.steps().forEach(st -> cited.addAll(st.sources()));
      a.warnings().forEach(w -> cited.addAll(w.sources()));
      a.riskFactors().forEach(r -> cited.addAll(r.sources()));
      boolean englandOrWales =
          nation.equals(Jurisdiction.GB_ENG) || nation.equals(Jurisdiction.GB_WLS);
      assertEquals(englandOrWales, cited.contains("soa-2003-s66b"), nation + ": " + cited);
      if (!englandOrWales) {
        assertEquals(List.of(), NationProperties.violations(s, a));
      }
    }
    Assessment inEngland = ADVISOR.evaluate(shared.jurisdiction(Jurisdiction.GB_ENG).build());
    List<String> asIfScotland = NationProperties.otherNationsSources(
        Optional.of(Jurisdiction.GB_SCT), inEngland);
    assertTrue(asIfScotland.stream().anyMatch(v -> v.contains("soa-2003-s66b")),
        asIfScotland.toString());
  }

  /**
   * The intent wording (2026.12.4): "to scare or upset" alone understates Scotland's s.2 (which
   * recklessness also meets) and England and Wales's s.66B(1) (which needs no such aim).
   */
  @Test
  void aTextThatMakesSharingACrimeOnlyWhenMeantToHurtIsFound() {
    String intentOnly = "It is a crime to share an intimate picture of you to scare or upset you.";
    Optional<Jurisdiction> scotland = Optional.of(Jurisdiction.GB_SCT);
    assertTrue(NationProperties.intentUnderstated(scotland, intentOnly).isPresent());
    assertEquals(Optional.empty(), NationProperties.intentUnderstated(scotland,
        intentOnly + " It is a crime too if they don't care whether it does."));
    assertTrue(NationProperties.intentUnderstated(Optional.empty(), intentOnly).isPresent());
    assertEquals(Optional.empty(), NationProperties.intentUnderstated(Optional.empty(),
        intentOnly + " In England and Wales, and in Scotland, it can be a crime even without that"
            + " aim."));
    assertTrue(NationProperties.intentUnderstated(Optional.of(Jurisdiction.GB_WLS), intentOnly)
        .isPresent());
    assertEquals(Optional.empty(), NationProperties.intentUnderstated(
        Optional.of(Jurisdiction.GB_NIR), "It is a crime to share it to upset you."));
    assertEquals(Optional.empty(), NationProperties.intentUnderstated(
        Optional.of(Jurisdiction.GB_ENG), "It is a crime to share it without your consent."));
  }

  /** The same situation in each nation: a text that differs is one that names its nation. */
  @Test
  void scottishAndNorthernIrishProfessionalPlansNameTheirOwnRoleAndRoute() {
    for (Jurisdiction nation : List.of(Jurisdiction.GB_SCT, Jurisdiction.GB_NIR)) {
      Situation s = Situation.builder().jurisdiction(nation).reporter(Reporter.PROFESSIONAL)
          .childAge(15).addConcern(Concern.SEXTORTION).otherParty(OtherParty.UNKNOWN_ONLINE_CONTACT)
          .putIndicator(Indicator.BLACKMAIL, Answer.YES).build();
      Assessment a = ADVISOR.evaluate(s);
      assertEquals(List.of(), NationProperties.violations(s, a));
      assertTrue(a.hasStep("tell-designated-safeguarding-lead"), nation + " gets the role step");
      assertTrue(a.hasStep("refer-to-police-and-social-care"), nation + " gets the referral");
      assertFalse(a.step("tell-designated-safeguarding-lead").orElseThrow().detail()
          .contains("designated safeguarding lead"), nation + " is not told about a DSL");
    }
  }

  static Situation withNation(Situation s, Jurisdiction nation) {
    return Situation.builder().from(s).jurisdiction(Optional.ofNullable(nation)).build();
  }

  /** A situation on one line, for failure messages. */
  static final class AdvisorJsonLine {
    static String of(Situation s) {
      return org.safeguarding.advisor.json.AdvisorJson.write(s).replaceAll("\\s+", " ");
    }
  }
}
