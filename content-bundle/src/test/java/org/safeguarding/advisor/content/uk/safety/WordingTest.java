package org.safeguarding.advisor.content.uk.safety;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The forbidden phrases of properties 12 and 17 find what they are meant to find, and leave alone
 * the protective wording the decision model asks for ("you are not in trouble", "an image of a
 * child").
 */
class WordingTest {
  private static List<String> offending(String text) {
    return Wording.hits(Wording.OFFENDING, text).stream().map(Wording.Phrase::name).toList();
  }

  private static List<String> childWords(String text) {
    return Wording.hits(Wording.CHILD_WORDS, text).stream().map(Wording.Phrase::name).toList();
  }

  private static List<String> routes(String text) {
    return Wording.hits(Wording.CHILDRENS_ROUTES, text).stream().map(Wording.Phrase::name)
        .toList();
  }

  @Test
  void offenderFramingIsFound() {
    assertEquals(List.of("even-of-yourself", "illegal-to-keep"), offending("It is illegal to"
        + " make, share or keep a nude image of anyone under 18, even of yourself."));
    assertEquals(List.of("if-you-have-done-this", "put-it-right", "pester"), offending(
        "Never pester anyone for a nude. If you have done this, put it right."));
    assertEquals(List.of("keeping-is-illegal"), offending("Keeping a nude of yourself is a crime."));
    assertEquals(List.of("could-be-arrested"), offending("Your child could be arrested."));
    assertEquals(List.of("has-broken-the-law"), offending("You have broken the law."));
    assertEquals(List.of("criminal-record"), offending("You won't get a criminal record."));
  }

  @Test
  void protectiveWordingIsLeftAlone() {
    assertEquals(List.of(), offending("You are not in trouble. The law is on your side: it is a"
        + " crime to threaten to share your image, so keep the messages as evidence."));
    assertEquals(List.of(), offending("You have not broken the law. The person who did this has."));
    assertEquals(List.of(), offending("Sharing or threatening to share an image without consent"
        + " is a crime, and the police focus on whoever does it."));
  }

  @Test
  void childFramingAndChildrensRoutesAreFoundForAdults() {
    assertEquals(List.of("the-child", "childs"), childWords("Don't blame the child. Check the"
        + " child's device."));
    assertEquals(List.of("pupil"), childWords("It may spread among pupils."));
    assertEquals(List.of("adult-you-trust"), childWords("You, or an adult you trust, can call"
        + " the police on 101."));
    assertEquals(List.of(), childWords("Someone you trust can help you call the police on 101."));
    assertEquals(List.of(), childWords("An image taken when you were under 18 is still an image"
        + " of a child in law."));
    assertEquals(List.of("ceop", "report-remove", "child-protection", "outcome-21"), routes(
        "Report to CEOP, use Report Remove, follow the child protection policy; Outcome 21."));
    assertEquals(List.of(), routes("Report it to the police on 101 and to StopNCII."));
  }
}
