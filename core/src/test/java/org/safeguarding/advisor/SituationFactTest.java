package org.safeguarding.advisor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.safeguarding.advisor.SituationFact.Kind;

/** The typed facts: paths, kinds, values, unknown-ness, answers, and the bundle's typed choices. */
class SituationFactTest {
  private final ContentBundle fixture = Fixture.bundle();

  /** The contract's paths: the seven fields, then each indicator in declaration order. */
  private static final List<String> PATHS = paths();

  private static List<String> paths() {
    List<String> paths = new ArrayList<>(List.of("concerns", "childAge", "reporter",
        "jurisdiction", "spread", "otherParty", "platforms"));
    for (Indicator i : Indicator.values()) {
      paths.add("indicators." + i.name());
    }
    return paths;
  }

  @Test
  void everyContractPathHasOneFactInTheContractsOrderWithItsKind() {
    assertEquals(PATHS, SituationFact.all().stream().map(SituationFact::path)
        .collect(Collectors.toList()));
    for (String path : PATHS) {
      SituationFact<?> fact = SituationFact.ofPath(path).orElseThrow();
      assertEquals(path, fact.path());
      assertEquals(path, fact.toString());
      Kind expected = path.equals("childAge") ? Kind.AGE
          : path.equals("concerns") || path.equals("platforms") ? Kind.SEVERAL : Kind.ONE;
      assertEquals(expected, fact.kind(), path);
      assertEquals(path.startsWith("indicators."), fact.indicator().isPresent(), path);
    }
    for (Indicator i : Indicator.values()) {
      assertSame(SituationFact.indicator(i), SituationFact.ofPath("indicators." + i).orElseThrow());
      assertEquals(Optional.of(i), SituationFact.indicator(i).indicator());
    }
    assertEquals(Optional.empty(), SituationFact.ofPath("indicators.NOPE"));
    assertEquals(Optional.empty(), SituationFact.ofPath("name"));
    assertEquals(Optional.empty(), SituationFact.ofPath("indicators"));
  }

  @Test
  void valuesAreTheContractsWithTheirJsonNames() {
    assertEquals(List.of(Reporter.values()), SituationFact.REPORTER.values());
    // The jurisdictions are the bundle's: the fact takes any code, and lists none of its own.
    assertEquals(List.of(), SituationFact.JURISDICTION.values());
    assertEquals(Optional.of(Jurisdiction.GB_SCT), SituationFact.JURISDICTION.valueNamed("GB-SCT"));
    assertEquals(Optional.of(Jurisdiction.of("IE")), SituationFact.JURISDICTION.valueNamed("IE"));
    assertEquals("IE", SituationFact.JURISDICTION.valueName(Jurisdiction.of("IE")));
    assertEquals(Optional.empty(), SituationFact.JURISDICTION.valueNamed("GB_SCT"));
    assertEquals(26, SituationFact.CHILD_AGE.values().size());
    assertEquals(0, SituationFact.CHILD_AGE.values().get(0));
    assertEquals(25, SituationFact.CHILD_AGE.values().get(25));
    assertEquals("14", SituationFact.CHILD_AGE.valueName(14));
    assertEquals(Optional.of(14), SituationFact.CHILD_AGE.valueNamed("14"));
    assertEquals(Optional.empty(), SituationFact.CHILD_AGE.valueNamed("26"));
    assertEquals(List.of(Answer.YES, Answer.NO, Answer.UNKNOWN),
        SituationFact.indicator(Indicator.BLACKMAIL).values());
    assertEquals(Answer.class, SituationFact.indicator(Indicator.REPEATED).valueType());
    assertEquals(Integer.class, SituationFact.CHILD_AGE.valueType());
  }

  @Test
  void aFactIsUnknownExactlyWhereTheSituationLeavesItUnknown() {
    Situation empty = Situation.empty();
    for (SituationFact<?> fact : SituationFact.all()) {
      assertTrue(fact.isUnknownIn(empty), fact.path());
      assertEquals(List.of(), fact.valuesIn(empty), fact.path());
    }
    Situation explicitUnknowns = Situation.builder().spread(Spread.UNKNOWN)
        .otherParty(OtherParty.UNKNOWN).putIndicator(Indicator.BLACKMAIL, Answer.UNKNOWN).build();
    assertTrue(SituationFact.SPREAD.isUnknownIn(explicitUnknowns));
    assertTrue(SituationFact.OTHER_PARTY.isUnknownIn(explicitUnknowns));
    assertTrue(SituationFact.indicator(Indicator.BLACKMAIL).isUnknownIn(explicitUnknowns));

    Situation known = Situation.builder().reporter(Reporter.PROFESSIONAL)
        .jurisdiction(Jurisdiction.GB_WLS).childAge(0).addConcern(Concern.GROOMING)
        .addConcern(Concern.DEEPFAKE).spread(Spread.NOT_SHARED).otherParty(OtherParty.NONE)
        .addPlatform(Platform.OTHER).putIndicator(Indicator.REPEATED, Answer.NO).build();
    assertEquals(List.of(Concern.DEEPFAKE, Concern.GROOMING),
        SituationFact.CONCERNS.valuesIn(known), "declared order");
    assertEquals(List.of(0), SituationFact.CHILD_AGE.valuesIn(known));
    assertEquals(List.of(Reporter.PROFESSIONAL), SituationFact.REPORTER.valuesIn(known));
    assertEquals(List.of(Jurisdiction.GB_WLS), SituationFact.JURISDICTION.valuesIn(known));
    assertEquals(List.of(Spread.NOT_SHARED), SituationFact.SPREAD.valuesIn(known));
    assertEquals(List.of(OtherParty.NONE), SituationFact.OTHER_PARTY.valuesIn(known));
    assertEquals(List.of(Platform.OTHER), SituationFact.PLATFORMS.valuesIn(known));
    assertEquals(List.of(Answer.NO),
        SituationFact.indicator(Indicator.REPEATED).valuesIn(known));
    List<String> stillUnknown = new ArrayList<>();
    for (SituationFact<?> fact : SituationFact.all()) {
      if (fact.isUnknownIn(known)) {
        stillUnknown.add(fact.path());
      }
    }
    List<String> expected = new ArrayList<>(PATHS.subList(7, PATHS.size()));
    expected.remove("indicators.REPEATED");
    assertEquals(expected, stillUnknown);
  }

  @Test
  void eachAnswerSetsItsFactOnly() {
    Situation base = Situation.builder().addConcern(Concern.SEXTORTION).build();
    assertEquals(Situation.builder().from(base).reporter(Reporter.YOUNG_PERSON).build(),
        SituationFact.REPORTER.answer(base, Reporter.YOUNG_PERSON));
    assertEquals(Situation.builder().from(base).jurisdiction(Jurisdiction.GB_SCT).build(),
        SituationFact.JURISDICTION.answer(base, Jurisdiction.GB_SCT));
    assertEquals(Situation.builder().from(base).childAge(0).build(),
        SituationFact.CHILD_AGE.answer(base, 0));
    assertEquals(Situation.builder().from(base).spread(Spread.PEER_GROUP).build(),
        SituationFact.SPREAD.answer(base, Spread.PEER_GROUP));
    assertEquals(Situation.builder().from(base).otherParty(OtherParty.NONE).build(),
        SituationFact.OTHER_PARTY.answer(base, OtherParty.NONE));
    Situation.Builder platforms = Situation.builder().from(base);
    SituationFact.PLATFORMS.apply(platforms, Platform.OTHER);
    assertSame(platforms, SituationFact.PLATFORMS.apply(platforms, Platform.ONLINE_GAME));
    assertEquals(Situation.builder().from(base).addPlatform(Platform.ONLINE_GAME)
        .addPlatform(Platform.OTHER).build(), platforms.build());
    assertEquals(Situation.builder().addConcern(Concern.DEEPFAKE).addConcern(Concern.GROOMING)
            .build(),
        SituationFact.CONCERNS.answer(
            SituationFact.CONCERNS.answer(Situation.empty(), Concern.GROOMING), Concern.DEEPFAKE));
    for (Indicator i : Indicator.values()) {
      assertEquals(Situation.builder().from(base).putIndicator(i, Answer.NO).build(),
          SituationFact.indicator(i).answer(base, Answer.NO));
    }
    // A second answer to a one-value fact replaces the first.
    assertEquals(Spread.SOCIAL_MEDIA, SituationFact.SPREAD.answer(
        SituationFact.SPREAD.answer(base, Spread.NOT_SHARED), Spread.SOCIAL_MEDIA).spread());
  }

  @Test
  void aValueOutsideTheFactIsRefusedWithoutBeingRepeated() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> SituationFact.CHILD_AGE.answer(Situation.empty(), 31));
    assertEquals("not an allowed value of childAge; allowed: a whole number of years from 0 to 25",
        e.getMessage());
    @SuppressWarnings({"unchecked", "rawtypes"})
    SituationFact<Object> raw = (SituationFact) SituationFact.SPREAD;
    e = assertThrows(IllegalArgumentException.class,
        () -> raw.apply(Situation.builder(), Answer.YES));
    assertEquals("not an allowed value of spread; allowed: NOT_SHARED, ONE_RECIPIENT, PEER_GROUP,"
        + " SOCIAL_MEDIA, PUBLIC_WEBSITE, UNKNOWN", e.getMessage());
    assertThrows(NullPointerException.class,
        () -> SituationFact.SPREAD.apply(Situation.builder(), null));
  }

  @Test
  void choicesAreTypedInTheContractsOrderWithTheBundlesLabelsAndNeverUnknown() {
    List<Choice<Spread>> spread = fixture.choices(SituationFact.SPREAD);
    assertEquals(List.of(Spread.NOT_SHARED, Spread.ONE_RECIPIENT, Spread.PEER_GROUP,
        Spread.SOCIAL_MEDIA, Spread.PUBLIC_WEBSITE), values(spread));
    assertEquals(List.of("Not shared", "One person", "A few people", "Social media", "A website"),
        spread.stream().map(c -> c.label(Reporter.YOUNG_PERSON)).collect(Collectors.toList()));
    for (Reporter audience : Reporter.values()) {
      assertEquals("Not shared", spread.get(0).label(audience));
    }
    assertEquals("NOT_SHARED", spread.get(0).valueName());
    assertSame(SituationFact.SPREAD, spread.get(0).fact());
    List<Choice<Answer>> blackmail = fixture.choices(SituationFact.indicator(Indicator.BLACKMAIL));
    assertEquals(List.of(Answer.YES, Answer.NO), values(blackmail));
    assertEquals("Yes", blackmail.get(0).label(Reporter.PROFESSIONAL));
    assertEquals(List.of(OtherParty.PEER, OtherParty.ADULT, OtherParty.UNKNOWN_ONLINE_CONTACT,
        OtherParty.NONE), values(fixture.choices(SituationFact.OTHER_PARTY)));
    // choicesFor: a young person reads a label in their own words; every other audience the
    // question's choices, and so does the young person where choicesFor says nothing.
    List<Choice<OtherParty>> others = fixture.choices(SituationFact.OTHER_PARTY);
    assertEquals("Someone under 18 I know", others.get(0).label(Reporter.YOUNG_PERSON));
    assertEquals("Peer", others.get(0).label(Reporter.PARENT_OR_CARER));
    assertEquals("Adult", others.get(1).label(Reporter.YOUNG_PERSON));
    assertEquals("Nobody else", others.get(3).label(Reporter.YOUNG_PERSON));
    assertEquals("Nobody", others.get(3).label(Reporter.PROFESSIONAL));
    assertEquals(List.of(Concern.values()), values(fixture.choices(SituationFact.CONCERNS)));
    // Every code the fixture's manifest lists, in its order, with the question's labels.
    List<Choice<Jurisdiction>> nations = fixture.choices(SituationFact.JURISDICTION);
    assertEquals(Fixture.NATIONS, values(nations));
    assertEquals("Scotland", nations.get(2).label(Reporter.PARENT_OR_CARER));
    assertEquals(List.of(), fixture.choices(SituationFact.CHILD_AGE));
    for (SituationFact<?> fact : SituationFact.all()) {
      assertTrue(fixture.choices(fact).stream().noneMatch(c -> c.valueName().equals("UNKNOWN")),
          fact.path());
    }
  }

  @Test
  void aChoiceAppliesItsValueAndNeedsALabelForEveryAudience() {
    Choice<Spread> peers = fixture.choices(SituationFact.SPREAD).get(2);
    Situation.Builder builder = Situation.builder();
    assertSame(builder, peers.applyTo(builder));
    assertEquals(Spread.PEER_GROUP, builder.build().spread());
    assertEquals(peers, fixture.choices(SituationFact.SPREAD).get(2));
    assertEquals(peers.hashCode(), fixture.choices(SituationFact.SPREAD).get(2).hashCode());
    assertFalse(peers.equals(fixture.choices(SituationFact.SPREAD).get(1)));

    Map<Reporter, String> labels = new EnumMap<>(Reporter.class);
    labels.put(Reporter.PARENT_OR_CARER, "Yes");
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> Choice.of(SituationFact.indicator(Indicator.COERCION), Answer.YES, labels));
    assertEquals("a choice for indicators.COERCION has no label for YOUNG_PERSON", e.getMessage());
  }

  @Test
  void openQuestionsNameTheirFactAndTheJsonKeepsThePath() {
    Assessment a = Fixture.advisor().evaluate(Situation.empty());
    assertFalse(a.openQuestions().isEmpty());
    for (OpenQuestion q : a.openQuestions()) {
      assertSame(SituationFact.ofPath(q.field()).orElseThrow(), q.fact());
      assertTrue(q.fact().isUnknownIn(Situation.empty()));
    }
    assertEquals(OpenQuestion.of(SituationFact.SPREAD, "q", "w"), OpenQuestion.of("spread", "q", "w"));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> OpenQuestion.of("name of child", "q", "w"));
    assertFalse(e.getMessage().contains("name of child"), e.getMessage());
  }

  private static <V> List<V> values(List<Choice<V>> choices) {
    return choices.stream().map(Choice::value).collect(Collectors.toList());
  }
}
