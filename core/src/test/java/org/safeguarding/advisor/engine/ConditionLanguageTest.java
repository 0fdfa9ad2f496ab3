package org.safeguarding.advisor.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.safeguarding.advisor.Answer;
import org.safeguarding.advisor.Concern;
import org.safeguarding.advisor.Indicator;
import org.safeguarding.advisor.Jurisdiction;
import org.safeguarding.advisor.OtherParty;
import org.safeguarding.advisor.Platform;
import org.safeguarding.advisor.Reporter;
import org.safeguarding.advisor.Situation;
import org.safeguarding.advisor.Spread;

/** Each form of the condition language, compiled and evaluated, and its compile errors. */
class ConditionLanguageTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  private final Problems problems = new Problems();
  private final ConditionCompiler compiler = new ConditionCompiler(WhatIfEvaluationTest.NATIONS);

  private Condition compile(String json) {
    try {
      return compiler.compile(new Node(JSON.readTree(json), "test.json", "when", problems));
    } catch (java.io.IOException e) {
      throw new AssertionError(e);
    }
  }

  private boolean holds(String json, Situation situation) {
    Condition c = compile(json);
    assertNotNull(c, () -> "did not compile: " + problems.list());
    return c.test(Facts.of(situation, WhatIfEvaluationTest.NATIONS, compiler.namedConditions()));
  }

  private static Situation.Builder situation() {
    return Situation.builder();
  }

  @Test
  void setTests() {
    Situation s = situation().addConcern(Concern.SEXTORTION).addConcern(Concern.DEEPFAKE)
        .addPlatform(Platform.ONLINE_GAME).build();
    assertTrue(holds("{\"fact\":\"concerns\",\"containsAny\":[\"GROOMING\",\"DEEPFAKE\"]}", s));
    assertFalse(holds("{\"fact\":\"concerns\",\"containsAny\":[\"GROOMING\"]}", s));
    assertTrue(holds("{\"fact\":\"concerns\",\"containsAll\":[\"SEXTORTION\",\"DEEPFAKE\"]}", s));
    assertFalse(holds("{\"fact\":\"concerns\",\"containsAll\":[\"SEXTORTION\",\"GROOMING\"]}", s));
    assertFalse(holds("{\"fact\":\"concerns\",\"isEmpty\":true}", s));
    assertTrue(holds("{\"fact\":\"concerns\",\"isEmpty\":true}", Situation.empty()));
    assertTrue(holds("{\"fact\":\"concerns\",\"isEmpty\":false}", s));
    assertTrue(holds("{\"fact\":\"platforms\",\"containsAny\":[\"ONLINE_GAME\"]}", s));
    assertTrue(holds("{\"fact\":\"platforms\",\"isEmpty\":true}", Situation.empty()));
  }

  @Test
  void enumEqualityAppliesTheContractsDefaults() {
    String parent = "{\"fact\":\"reporter\",\"in\":[\"PARENT_OR_CARER\"]}";
    assertTrue(holds(parent, Situation.empty()), "a missing reporter is PARENT_OR_CARER");
    assertFalse(holds(parent, situation().reporter(Reporter.PROFESSIONAL).build()));
    // Contract 1.1: a missing jurisdiction is a nation not known, and ifUnknown says what it means.
    String england = "{\"fact\":\"jurisdiction\",\"in\":[\"GB-ENG\"],\"ifUnknown\":false}";
    assertFalse(holds(england, Situation.empty()), "a missing jurisdiction is not GB-ENG");
    assertTrue(holds(england.replace("false", "true"), Situation.empty()));
    assertTrue(holds(england, situation().jurisdiction(Jurisdiction.GB_ENG).build()));
    assertFalse(holds(england.replace("false", "true"),
        situation().jurisdiction(Jurisdiction.GB_SCT).build()));
    assertTrue(holds("{\"fact\":\"spread\",\"in\":[\"UNKNOWN\"]}", Situation.empty()));
    assertTrue(holds("{\"fact\":\"otherParty\",\"in\":[\"ADULT\",\"UNKNOWN_ONLINE_CONTACT\"]}",
        situation().otherParty(OtherParty.UNKNOWN_ONLINE_CONTACT).build()));
    assertFalse(holds("{\"fact\":\"spread\",\"in\":[\"SOCIAL_MEDIA\"]}",
        situation().spread(Spread.PEER_GROUP).build()));
  }

  @Test
  void indicatorsAreTriState() {
    String yes = "{\"fact\":\"indicators.BLACKMAIL\",\"in\":[\"YES\"]}";
    String unknown = "{\"fact\":\"indicators.BLACKMAIL\",\"in\":[\"UNKNOWN\"]}";
    assertFalse(holds(yes, Situation.empty()));
    assertTrue(holds(unknown, Situation.empty()), "a missing indicator is UNKNOWN");
    assertTrue(holds(yes, situation().putIndicator(Indicator.BLACKMAIL, Answer.YES).build()));
    assertFalse(holds(unknown, situation().putIndicator(Indicator.BLACKMAIL, Answer.NO).build()));
  }

  @ParameterizedTest(name = "age {0} {1} {2}: {3}")
  @CsvSource({
      "12, lt, 13, true", "13, lt, 13, false", "13, lte, 13, true", "14, lte, 13, false",
      "18, gt, 17, true", "17, gt, 17, false", "18, gte, 18, true", "17, gte, 18, false",
      "16, eq, 16, true", "15, eq, 16, false", "0, lt, 1, true", "25, gte, 25, true"})
  void ageComparisons(int age, String op, int bound, boolean expected) {
    assertEquals(expected, holds("{\"fact\":\"childAge\",\"" + op + "\":" + bound
        + ",\"ifUnknown\":false}", situation().childAge(age).build()));
  }

  @Test
  void anUnknownAgeTakesTheWrittenDownDefault() {
    assertTrue(holds("{\"fact\":\"childAge\",\"lt\":18,\"ifUnknown\":true}", Situation.empty()));
    assertFalse(holds("{\"fact\":\"childAge\",\"gte\":18,\"ifUnknown\":false}", Situation.empty()));
    assertTrue(holds("{\"fact\":\"childAge\",\"isUnknown\":true}", Situation.empty()));
    assertFalse(holds("{\"fact\":\"childAge\",\"isUnknown\":true}", situation().childAge(9).build()));
  }

  @Test
  void combinators() {
    Situation s = situation().childAge(14).addConcern(Concern.GROOMING).build();
    String grooming = "{\"fact\":\"concerns\",\"containsAny\":[\"GROOMING\"]}";
    String adult = "{\"fact\":\"childAge\",\"gte\":18,\"ifUnknown\":false}";
    assertTrue(holds("{\"all\":[" + grooming + ",{\"not\":" + adult + "}]}", s));
    assertFalse(holds("{\"all\":[" + grooming + "," + adult + "]}", s));
    assertTrue(holds("{\"any\":[" + adult + "," + grooming + "]}", s));
    assertFalse(holds("{\"any\":[" + adult + "]}", s));
    assertTrue(holds("{\"not\":" + adult + "}", s));
  }

  @Test
  void namedConditionsAreInlinedAndRecordTheFactsTheyRead() throws Exception {
    compiler.declare("child", new Node(JSON.readTree(
        "{\"fact\":\"childAge\",\"lt\":18,\"ifUnknown\":true}"), "c.json", "[0].when", problems));
    compiler.declare("child-with-adult", new Node(JSON.readTree(
        "{\"all\":[{\"ref\":\"child\"},{\"fact\":\"otherParty\",\"in\":[\"ADULT\"]}]}"),
        "c.json", "[1].when", problems));
    compiler.compileNamed();
    Condition c = compile("{\"ref\":\"child-with-adult\"}");
    assertTrue(c.test(Facts.of(situation().childAge(10).otherParty(OtherParty.ADULT).build(),
        WhatIfEvaluationTest.NATIONS, compiler.namedConditions())));
    assertFalse(c.test(Facts.of(situation().childAge(19).otherParty(OtherParty.ADULT).build(),
        WhatIfEvaluationTest.NATIONS, compiler.namedConditions())));
    assertEquals((1 << Fact.CHILD_AGE.slot) | (1 << Fact.OTHER_PARTY.slot), c.factsRead());
    assertTrue(problems.isEmpty(), problems.list().toString());
    assertEquals(List.of(18), List.copyOf(compiler.ageSplits()), "lt 18 changes at 18");
  }

  @ParameterizedTest(name = "{0} {1}: splits {2}")
  @CsvSource(delimiter = '|', value = {"lt | 13 | 13", "gte | 13 | 13", "lte | 13 | 14",
      "gt | 13 | 14", "eq | 13 | 13 14", "eq | 25 | 25", "lt | 0 | 0", "gt | 24 | 25"})
  void eachComparisonSplitsTheAgesWhereItsAnswerChanges(String op, int bound, String splits) {
    assertNotNull(compile("{\"fact\":\"childAge\",\"" + op + "\":" + bound
        + ",\"ifUnknown\":false}"), () -> problems.list().toString());
    assertEquals(splits, compiler.ageSplits().stream().map(String::valueOf)
        .collect(java.util.stream.Collectors.joining(" ")));
  }

  @ParameterizedTest
  @CsvSource({"-1, false", "0, true", "25, true", "26, false"})
  void ageBoundsMustBeWithinTheContractsRange(int bound, boolean accepted) {
    Condition c = compile("{\"fact\":\"childAge\",\"lt\":" + bound + ",\"ifUnknown\":true}");
    assertEquals(accepted, c != null, problems.list().toString());
  }

  @Test
  void anAgeUnknownTestRefusesOtherFields() {
    assertNull(compile("{\"fact\":\"childAge\",\"isUnknown\":true,\"lt\":3}"));
    assertTrue(problems.list().stream().anyMatch(p -> p.contains("unknown field 'lt'")),
        problems.list().toString());
  }

  @Test
  void ageSplitsMarkWhereEachComparisonChangesItsAnswer() {
    for (String op : List.of("lt", "lte", "gt", "gte", "eq")) {
      compile("{\"fact\":\"childAge\",\"" + op + "\":13,\"ifUnknown\":false}");
    }
    // lt and gte change at 13, lte and gt at 14, eq at both.
    assertEquals(List.of(13, 14), List.copyOf(compiler.ageSplits()));
  }

  @Test
  void aRememberedNamedConditionIsAskedAgainForAnotherFact() throws Exception {
    compiler.declare("teen", new Node(JSON.readTree(
        "{\"fact\":\"childAge\",\"gte\":13,\"ifUnknown\":false}"), "c.json", "[0]", problems));
    compiler.compileNamed();
    Condition teenWithAdult = compile("{\"all\":[{\"ref\":\"teen\"},"
        + "{\"fact\":\"otherParty\",\"in\":[\"ADULT\"]}]}");
    Facts facts = Facts.of(situation().childAge(10).otherParty(OtherParty.ADULT).build(),
        WhatIfEvaluationTest.NATIONS, compiler.namedConditions());
    int[] ages = {10, 15, Fact.UNKNOWN_AGE};
    assertEquals(0b010, teenWithAdult.testEach(facts, Fact.CHILD_AGE, ages));
    int[] parties = {OtherParty.ADULT.ordinal(), OtherParty.PEER.ordinal()};
    // The age stays 10 while the other party varies: what "teen" said for ages is not reused.
    assertEquals(0b00, teenWithAdult.testEach(facts, Fact.OTHER_PARTY, parties));
    // Other ages for the same fact: a new round, not the answers remembered for the first ages.
    assertEquals(0b100, teenWithAdult.testEach(facts, Fact.CHILD_AGE,
        new int[] {12, Fact.UNKNOWN_AGE, 13}));
    assertFalse(teenWithAdult.test(facts), "asking what-ifs leaves the facts as they are");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "not an object          | [1]                                                        | must be an object",
      "no form                | {\"when\":1}                                               | is not a condition",
      "empty all              | {\"all\":[]}                                               | must list at least one condition",
      "two forms              | {\"all\":[{\"fact\":\"concerns\",\"isEmpty\":true}],\"any\":[]} | unknown field 'any'",
      "unknown fact           | {\"fact\":\"childName\",\"in\":[\"X\"]}                    | unknown fact 'childName'",
      "unknown value          | {\"fact\":\"spread\",\"in\":[\"EVERYWHERE\"]}              | unknown value 'EVERYWHERE' for spread",
      "empty in               | {\"fact\":\"spread\",\"in\":[]}                            | must list at least one value",
      "set without a test     | {\"fact\":\"concerns\"}                                    | needs exactly one of containsAny",
      "set with two tests     | {\"fact\":\"concerns\",\"isEmpty\":true,\"containsAny\":[\"DEEPFAKE\"]} | needs exactly one of",
      "enum without in        | {\"fact\":\"reporter\"}                                    | needs 'in'",
      "age without ifUnknown  | {\"fact\":\"childAge\",\"lt\":18}                          | ifUnknown: is required",
      "age with two ops       | {\"fact\":\"childAge\",\"lt\":18,\"gt\":3,\"ifUnknown\":true} | exactly one of",
      "age out of range       | {\"fact\":\"childAge\",\"lt\":30,\"ifUnknown\":true}       | outside 0 to 25",
      "age not a number       | {\"fact\":\"childAge\",\"lt\":\"18\",\"ifUnknown\":true}   | must be a whole number",
      "unknown field          | {\"fact\":\"spread\",\"in\":[\"UNKNOWN\"],\"or\":1}        | unknown field 'or'",
      "unknown reference      | {\"ref\":\"nothing\"}                                      | unknown condition 'nothing'",
  })
  void compileErrorsAreNamed(String what, String json, String expected) {
    assertNull(compile(json));
    assertTrue(problems.list().stream().anyMatch(p -> p.contains(expected)),
        () -> "expected [" + expected + "] in " + problems.list());
    assertTrue(problems.list().stream().allMatch(p -> p.startsWith("test.json: when")),
        () -> "problems name the file and path: " + problems.list());
  }
}
