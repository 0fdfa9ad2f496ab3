package org.safeguarding.advisor.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.safeguarding.advisor.examples.cli.AnswerParser.Age;
import org.safeguarding.advisor.examples.cli.AnswerParser.Chosen;
import org.safeguarding.advisor.examples.cli.AnswerParser.DontKnow;
import org.safeguarding.advisor.examples.cli.AnswerParser.Invalid;
import org.safeguarding.advisor.examples.cli.AnswerParser.Parsed;
import org.safeguarding.advisor.SituationFact.Kind;

/** The answers the triage takes: numbers only, "don't know" always, nothing else. */
class AnswerParserTest {
  private static Parsed one(String line) {
    return AnswerParser.parse(line, Kind.ONE, 2); // 1 Yes, 2 No, 3 Don't know
  }

  private static Parsed several(String line) {
    return AnswerParser.parse(line, Kind.SEVERAL, 11); // 1..11, 12 Don't know
  }

  private static Parsed age(String line) {
    return AnswerParser.parse(line, Kind.AGE, 0);
  }

  private static String reason(Parsed p) {
    return assertInstanceOf(Invalid.class, p).reason();
  }

  @Test
  void oneNumberPicksOneChoiceAndTheLastNumberIsDontKnow() {
    assertEquals(new Chosen(List.of(0)), one("1"));
    assertEquals(new Chosen(List.of(1)), one("2"));
    assertEquals(new Chosen(List.of(1)), one("  2 \t"));
    assertEquals(new Chosen(List.of(0)), one("01"));
    assertEquals(new DontKnow(), one("3"));
    assertEquals(new DontKnow(), one("?"));
    assertEquals(new DontKnow(), one(" ? "));
  }

  @Test
  void oneRefusesEverythingElse() {
    assertEquals("no answer was given", reason(one("")));
    assertEquals("no answer was given", reason(one("   ")));
    assertEquals("no answer was given", reason(one(null)));
    assertEquals("the numbers go from 1 to 3", reason(one("0")));
    assertEquals("the numbers go from 1 to 3", reason(one("4")));
    assertEquals("the numbers go from 1 to 3", reason(one("999999")));
    assertEquals("choose only one number", reason(one("1 2")));
    assertEquals("choose only one number", reason(one("1,2")));
    for (String bad : List.of("yes", "1.0", "-1", "+1", "1a", "½", "١", "9999999", "1;")) {
      assertEquals("answer with the numbers shown", reason(one(bad)), bad);
    }
  }

  @Test
  void severalTakesNumbersSeparatedByCommasOrSpacesInTheOrderTyped() {
    assertEquals(new Chosen(List.of(4)), several("5"));
    assertEquals(new Chosen(List.of(0, 2, 4)), several("1,3 5"));
    assertEquals(new Chosen(List.of(0, 2, 4)), several("1, 3,  5"));
    assertEquals(new Chosen(List.of(10, 0)), several("11 1"));
    assertEquals(new Chosen(List.of(2, 0)), several("3,1,3"), "a repeat counts once");
    assertEquals(new Chosen(List.of(1)), several(",2,"));
    assertEquals(new DontKnow(), several("12"));
    assertEquals(new DontKnow(), several("?"));
    assertEquals(new DontKnow(), several("12, 12"));
  }

  @Test
  void severalRefusesAnyBadNumberAndDontKnowWithOthers() {
    assertEquals("no answer was given", reason(several("")));
    assertEquals("no answer was given", reason(several(" , ,")));
    assertEquals("the numbers go from 1 to 12", reason(several("1 13")));
    assertEquals("the numbers go from 1 to 12", reason(several("0,1")));
    assertEquals("answer with the numbers shown", reason(several("1;2")));
    assertEquals("answer with the numbers shown", reason(several("1 and 2")));
    assertEquals("answer with the numbers shown", reason(several("1-3")));
    assertEquals("\"Don't know\" cannot be combined with other answers", reason(several("1 12")));
    assertEquals("\"Don't know\" cannot be combined with other answers", reason(several("? 3")));
  }

  @Test
  void ageIsAWholeNumberFromZeroToTwentyFiveOrAQuestionMark() {
    for (int years = 0; years <= 25; years++) {
      assertEquals(new Age(years), age(Integer.toString(years)));
    }
    assertEquals(new Age(7), age(" 07 "));
    assertEquals(new DontKnow(), age("?"));
    assertEquals("the age must be from 0 to 25", reason(age("26")));
    assertEquals("the age must be from 0 to 25", reason(age("100")));
    for (String bad : List.of("-1", "14.5", "14 years", "fourteen", "1 4", "14,", "?14", "1e1")) {
      assertEquals("that is not a whole number of years", reason(age(bad)), bad);
    }
    assertEquals("no answer was given", reason(age("")));
  }

  @ParameterizedTest
  @ValueSource(strings = {"Jo Bloggs", "my-secret", "07700 900123", "call me", "<script>"})
  void aReasonNeverRepeatsWhatWasTyped(String typed) {
    for (Kind kind : Kind.values()) {
      String reason = reason(AnswerParser.parse(typed, kind, 4));
      for (String word : typed.split("\\s+")) {
        assertFalse(reason.contains(word), kind + ": " + reason);
      }
    }
  }
}
