package org.safeguarding.advisor.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.safeguarding.advisor.Answer;
import org.safeguarding.advisor.Concern;
import org.safeguarding.advisor.ContentBundle;
import org.safeguarding.advisor.Indicator;
import org.safeguarding.advisor.Jurisdiction;
import org.safeguarding.advisor.OtherParty;
import org.safeguarding.advisor.Platform;
import org.safeguarding.advisor.Reporter;
import org.safeguarding.advisor.Situation;
import org.safeguarding.advisor.Spread;
import org.safeguarding.advisor.examples.cli.TriageField.Choice;
import org.safeguarding.advisor.examples.cli.TriageField.Kind;

/** Every contract field can be asked, with stable numbered choices, and sets only that fact. */
class TriageFieldTest {
  private static final ContentBundle FIXTURE = AskCommandTest.ADVISOR.bundle();

  static List<String> contractFields() {
    List<String> fields = new ArrayList<>(List.of("reporter", "jurisdiction", "childAge",
        "concerns", "spread", "otherParty", "platforms"));
    for (Indicator i : Indicator.values()) {
      fields.add("indicators." + i.name());
    }
    return fields;
  }

  @Test
  void everyContractFieldHasAKind() {
    for (String field : contractFields()) {
      TriageField f = TriageField.of(field);
      assertEquals(field, f.path());
      Kind expected = field.equals("childAge") ? Kind.AGE
          : field.equals("concerns") || field.equals("platforms") ? Kind.SEVERAL : Kind.ONE;
      assertEquals(expected, f.kind(), field);
    }
    assertThrows(IllegalArgumentException.class, () -> TriageField.of("indicators.NOPE"));
    assertThrows(IllegalArgumentException.class, () -> TriageField.of("name"));
  }

  @Test
  void choicesAreInTheContractsOrderWithTheBundlesLabelsAndNeverUnknown() {
    assertEquals(List.of(new Choice("NOT_SHARED", "Not shared"),
        new Choice("ONE_RECIPIENT", "One person"), new Choice("PEER_GROUP", "A few people"),
        new Choice("SOCIAL_MEDIA", "Social media"), new Choice("PUBLIC_WEBSITE", "A website")),
        TriageField.of("spread").choices(FIXTURE));
    assertEquals(List.of(new Choice("YES", "Yes"), new Choice("NO", "No")),
        TriageField.of("indicators.BLACKMAIL").choices(FIXTURE));
    assertEquals(List.of("PEER", "ADULT", "UNKNOWN_ONLINE_CONTACT", "NONE"),
        values(TriageField.of("otherParty").choices(FIXTURE)));
    assertEquals(List.of(Concern.values()).stream().map(Enum::name).collect(Collectors.toList()),
        values(TriageField.of("concerns").choices(FIXTURE)));
    assertEquals(List.of("GB-ENG", "GB-WLS", "GB-SCT", "GB-NIR"),
        values(TriageField.of("jurisdiction").choices(FIXTURE)));
    assertEquals(List.of(), TriageField.of("childAge").choices(FIXTURE));
    for (String field : contractFields()) {
      assertTrue(TriageField.of(field).choices(FIXTURE).stream()
          .noneMatch(c -> c.value().equals("UNKNOWN")), field);
    }
  }

  private static List<String> values(List<Choice> choices) {
    return choices.stream().map(Choice::value).collect(Collectors.toList());
  }

  @Test
  void eachAnswerSetsItsFactOnly() {
    Situation base = Situation.builder().addConcern(Concern.SEXTORTION).build();
    assertEquals(Situation.builder().from(base).reporter(Reporter.YOUNG_PERSON).build(),
        apply(base, "reporter", "YOUNG_PERSON"));
    assertEquals(Situation.builder().from(base).jurisdiction(Jurisdiction.GB_SCT).build(),
        apply(base, "jurisdiction", "GB-SCT"));
    assertEquals(Situation.builder().from(base).childAge(0).build(),
        apply(base, "childAge", "0"));
    assertEquals(Situation.builder().from(base).spread(Spread.PEER_GROUP).build(),
        apply(base, "spread", "PEER_GROUP"));
    assertEquals(Situation.builder().from(base).otherParty(OtherParty.NONE).build(),
        apply(base, "otherParty", "NONE"));
    assertEquals(Situation.builder().from(base).addPlatform(Platform.ONLINE_GAME)
            .addPlatform(Platform.OTHER).build(),
        apply(base, "platforms", "OTHER", "ONLINE_GAME"));
    assertEquals(Situation.builder().addConcern(Concern.DEEPFAKE).addConcern(Concern.GROOMING)
            .build(),
        apply(Situation.empty(), "concerns", "GROOMING", "DEEPFAKE"));
    for (Indicator i : Indicator.values()) {
      assertEquals(Situation.builder().from(base).putIndicator(i, Answer.NO).build(),
          apply(base, "indicators." + i.name(), "NO"));
    }
  }

  private static Situation apply(Situation base, String field, String... values) {
    Situation.Builder b = Situation.builder().from(base);
    TriageField.of(field).apply(b, List.of(values));
    return b.build();
  }
}
