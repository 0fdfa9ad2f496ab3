package org.safeguarding.advisor.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.safeguarding.advisor.Answer;
import org.safeguarding.advisor.Assessment;
import org.safeguarding.advisor.BundleIdentity;
import org.safeguarding.advisor.Concern;
import org.safeguarding.advisor.Contact;
import org.safeguarding.advisor.Indicator;
import org.safeguarding.advisor.Jurisdiction;
import org.safeguarding.advisor.OpenQuestion;
import org.safeguarding.advisor.OtherParty;
import org.safeguarding.advisor.Platform;
import org.safeguarding.advisor.Referral;
import org.safeguarding.advisor.ReferralTrigger;
import org.safeguarding.advisor.Reporter;
import org.safeguarding.advisor.RiskFactor;
import org.safeguarding.advisor.Situation;
import org.safeguarding.advisor.Spread;
import org.safeguarding.advisor.Step;
import org.safeguarding.advisor.Urgency;
import org.safeguarding.advisor.Warning;
import org.safeguarding.advisor.json.AdvisorJson;

/**
 * The schemas and the Java model say the same: every field and enum value of a schema exists in
 * the model and the reader takes it, and every field the writer writes and every enum constant is
 * in the schema.
 */
class SchemaModelAgreementTest {
  private static final JsonNode SITUATION = Schemas.node(Schemas.SITUATION);
  private static final JsonNode ASSESSMENT = Schemas.node(Schemas.ASSESSMENT);

  /** A situation with every fact given, and every set full. */
  static Situation fullSituation() {
    Situation.Builder b = Situation.builder()
        .reporter(Reporter.PROFESSIONAL)
        .jurisdiction(Jurisdiction.GB_WLS)
        .childAge(15)
        .addConcerns(Concern.values())
        .spread(Spread.PEER_GROUP)
        .otherParty(OtherParty.ADULT)
        .addPlatforms(Platform.values());
    for (Indicator i : Indicator.values()) {
      b.putIndicator(i, Answer.values()[i.ordinal() % Answer.values().length]);
    }
    return b.build();
  }

  /** An assessment with every field, list and optional given, and one contact with nulls. */
  static Assessment fullAssessment() {
    return Assessment.builder()
        .bundle(BundleIdentity.of("uk", "2026.11.0", "sha256:" + "ab".repeat(32)))
        .urgency(Urgency.EMERGENCY)
        .referral(Referral.of(Arrays.asList(ReferralTrigger.values()), List.of("danger-rule")))
        .addRiskFactors(RiskFactor.of("adult-involved", "An adult is involved.",
            List.of("seed-002"), List.of("adult-rule")))
        .addSteps(Step.of("call-999", Urgency.EMERGENCY, "Call 999", "Now.", List.of("police-999"),
            List.of("seed-002"), List.of("danger-rule")))
        .addWarnings(Warning.of("do-not-pay", "Do not pay.", List.of("seed-003"),
            List.of("blackmail-rule")))
        .addContacts(Contact.of("police-999", "Police", Optional.of("999"),
            Optional.of("https://www.police.uk"), Optional.of("Always"), "Anyone in danger",
            List.of("seed-002")))
        .addContacts(Contact.of("school", "The school", Optional.empty(), Optional.empty(),
            Optional.empty(), "Parents and pupils", List.of("seed-001")))
        .addOpenQuestions(OpenQuestion.of("childAge", "How old?", "It changes the route."))
        .addDoFirst("call-999", "do-not-pay")
        .build();
  }

  /**
   * The fields contract 1.1 added, by the path of the object that holds them: always written, but
   * not required by the schema, so that a 1.0 document stays valid.
   */
  static final Map<String, List<String>> ADDED_IN_1_1 = Map.of(
      "$", List.of("doFirst"),
      "$.referral", List.of("firedBy"),
      "$.riskFactors[]", List.of("sources", "firedBy"),
      "$.warnings[]", List.of("firedBy"),
      "$.contacts[]", List.of("sources"));

  private static List<String> names(Class<? extends Enum<?>> type) {
    return Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.toList());
  }

  private static List<String> schemaEnum(JsonNode root, String pointer) {
    return Schemas.texts(Schemas.resolve(root, root.at(pointer)).get("enum"));
  }

  @Test
  void situationSchemaHasExactlyTheFieldsTheWriterWrites() {
    JsonNode written = Schemas.parse(AdvisorJson.write(fullSituation()));
    assertEquals(Schemas.fieldNames(written), Schemas.fieldNames(SITUATION.get("properties")));
    assertEquals(List.of(), Schemas.situationErrors(written));
    assertTrue(SITUATION.path("required").isMissingNode(), "every situation field is optional");
  }

  @Test
  void situationEnumsAreTheJavaEnums() {
    assertEquals(names(Reporter.class), schemaEnum(SITUATION, "/properties/reporter"));
    assertEquals(Arrays.stream(Jurisdiction.values()).map(Jurisdiction::code)
        .collect(Collectors.toList()), schemaEnum(SITUATION, "/properties/jurisdiction"));
    assertEquals(names(Concern.class), schemaEnum(SITUATION, "/properties/concerns/items"));
    assertEquals(names(Spread.class), schemaEnum(SITUATION, "/properties/spread"));
    assertEquals(names(OtherParty.class), schemaEnum(SITUATION, "/properties/otherParty"));
    assertEquals(names(Platform.class), schemaEnum(SITUATION, "/properties/platforms/items"));
    assertEquals(names(Indicator.class),
        schemaEnum(SITUATION, "/properties/indicators/propertyNames"));
    assertEquals(names(Answer.class),
        schemaEnum(SITUATION, "/properties/indicators/additionalProperties"));
    assertEquals(Situation.MIN_AGE, SITUATION.at("/properties/childAge/minimum").intValue());
    assertEquals(Situation.MAX_AGE, SITUATION.at("/properties/childAge/maximum").intValue());
    assertEquals("integer", SITUATION.at("/properties/childAge/type").textValue());
    for (String set : List.of("concerns", "platforms")) {
      assertTrue(SITUATION.at("/properties/" + set + "/uniqueItems").booleanValue(), set);
    }
  }

  @Test
  void theReaderTakesEveryValueTheSituationSchemaAllows() {
    List<String> documents = new ArrayList<>();
    for (String field : List.of("reporter", "jurisdiction", "spread", "otherParty")) {
      for (String value : schemaEnum(SITUATION, "/properties/" + field)) {
        documents.add("{\"" + field + "\": \"" + value + "\"}");
      }
    }
    for (String set : List.of("concerns", "platforms")) {
      for (String value : schemaEnum(SITUATION, "/properties/" + set + "/items")) {
        documents.add("{\"" + set + "\": [\"" + value + "\"]}");
      }
    }
    for (String indicator : schemaEnum(SITUATION, "/properties/indicators/propertyNames")) {
      for (String answer : schemaEnum(SITUATION, "/properties/indicators/additionalProperties")) {
        documents.add("{\"indicators\": {\"" + indicator + "\": \"" + answer + "\"}}");
      }
    }
    int min = SITUATION.at("/properties/childAge/minimum").intValue();
    int max = SITUATION.at("/properties/childAge/maximum").intValue();
    for (int age = min; age <= max; age++) {
      documents.add("{\"childAge\": " + age + "}");
    }
    for (String json : documents) {
      assertEquals(List.of(), Schemas.situationErrors(json), json);
      Situation read = AdvisorJson.readSituation(json);
      // What was read is written back with the same meaning (defaults such as UNKNOWN drop out).
      assertEquals(read, AdvisorJson.readSituation(AdvisorJson.write(read)), json);
    }
  }

  @Test
  void assessmentSchemaHasExactlyTheFieldsTheWriterWrites() {
    JsonNode written = Schemas.parse(AdvisorJson.write(fullAssessment()));
    List<String> problems = new ArrayList<>();
    compareFields("$", written, ASSESSMENT, problems);
    assertEquals(List.of(), problems);
    assertEquals(List.of(), Schemas.assessmentErrors(written));
  }

  /**
   * Walks the written document and the schema together: at every object the written field names
   * must be the schema's properties, in order, and all of them required (the writer always writes
   * every field, with null for an absent optional) except the contract 1.1 additions, which come
   * last and are not required.
   */
  private static void compareFields(String path, JsonNode value, JsonNode schema,
      List<String> problems) {
    JsonNode s = Schemas.resolve(ASSESSMENT, schema);
    if (value.isObject()) {
      List<String> properties = Schemas.fieldNames(s.path("properties"));
      if (!Schemas.fieldNames(value).equals(properties)) {
        problems.add(path + ": written " + Schemas.fieldNames(value) + ", schema " + properties);
      }
      List<String> added = ADDED_IN_1_1.getOrDefault(path.replaceAll("\\[\\d+\\]", "[]"),
          List.of());
      List<String> required = new ArrayList<>(properties);
      required.removeAll(added);
      if (!Schemas.texts(s.path("required")).equals(required)) {
        problems.add(path + ": required " + Schemas.texts(s.path("required")) + ", expected "
            + required);
      }
      if (!properties.subList(properties.size() - added.size(), properties.size()).equals(added)) {
        problems.add(path + ": the 1.1 fields " + added + " must come last in " + properties);
      }
      for (Iterator<Map.Entry<String, JsonNode>> it = value.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> f = it.next();
        if (s.path("properties").has(f.getKey())) {
          compareFields(path + "." + f.getKey(), f.getValue(), s.path("properties").get(f.getKey()),
              problems);
        }
      }
    } else if (value.isArray()) {
      if (value.isEmpty()) {
        problems.add(path + ": the full assessment should fill every list");
      }
      for (int i = 0; i < value.size(); i++) {
        compareFields(path + "[" + i + "]", value.get(i), s.path("items"), problems);
      }
    }
  }

  @Test
  void assessmentEnumsAreTheJavaEnums() {
    List<String> urgencies = names(Urgency.class);
    assertEquals(urgencies, schemaEnum(ASSESSMENT, "/properties/urgency"));
    assertEquals(urgencies, schemaEnum(ASSESSMENT, "/properties/steps/items/properties/urgency"));
    assertEquals(names(ReferralTrigger.class),
        schemaEnum(ASSESSMENT, "/properties/referral/properties/triggers/items"));
  }

  @Test
  void openQuestionFieldsAreThePathsOfTheSituationsFacts() {
    List<String> paths = new ArrayList<>();
    for (String field : Schemas.fieldNames(SITUATION.get("properties"))) {
      if (field.equals("indicators")) {
        names(Indicator.class).forEach(i -> paths.add("indicators." + i));
      } else {
        paths.add(field);
      }
    }
    assertEquals(paths,
        schemaEnum(ASSESSMENT, "/properties/openQuestions/items/properties/field"));
  }
}
