package org.safeguarding.advisor.content.uk.safety;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The syllable counter, the sentence splitter and the grade formula behind property 22. */
class ReadabilityTest {
  @Test
  void countsTheSyllablesOfPlainWordsAsADictionaryDoes() {
    Map<String, Integer> words = new LinkedHashMap<>();
    // One syllable, including silent endings and a leading y.
    for (String w : List.of("a", "the", "you", "your", "yes", "young", "safe", "take", "takes",
        "asked", "blamed", "while", "whole", "there", "have", "were", "free", "true", "tell",
        "nude", "school", "block", "friend", "through", "strength", "don't", "you're")) {
      words.put(w, 1);
    }
    for (String w : List.of("image", "police", "online", "people", "little", "able", "trusted",
        "contact", "danger", "adult", "helpline", "upload", "social", "nation", "question",
        "pressure", "platform's", "uses", "message", "wanted", "doing", "being", "going", "safely", "report", "money", "private")) {
      words.put(w, 2);
    }
    for (String w : List.of("evidence", "images", "violence", "period", "another",
        "messages", "happening", "remember", "internet", "guardian", "radio", "consequence")) {
      words.put(w, 3);
    }
    for (String w : List.of("situation", "usually", "information", "category")) {
      words.put(w, 4);
    }
    words.put("immediately", 5);
    words.put("responsibility", 6);
    List<String> wrong = new ArrayList<>();
    words.forEach((w, n) -> {
      if (Readability.syllables(w) != n) {
        wrong.add(w + " counted " + Readability.syllables(w) + ", is " + n);
      }
    });
    assertEquals(List.of(), wrong);
  }

  @Test
  void splitsSentencesAtTheirEndsButNotInsideWebAddresses() {
    assertEquals(List.of("Call 999 now\n", "Go to link and tell us. ", "Are you safe?"),
        Readability.sentences("Call 999 now\nGo to www.childline.org.uk and tell us. Are you safe?"));
    assertEquals(List.of("Call", "0800", "1111", "or", "go", "to", "link"),
        Readability.words("Call 0800 1111 or go to https://www.nspcc.org.uk/help."));
    assertEquals(List.of("You're", "not", "to", "blame", "semi-nude"),
        Readability.words("You're not to blame: semi-nude."));
  }

  @Test
  void theGradeIsTheFleschKincaidFormula() {
    // 0.39 * 100/5 + 11.8 * 150/100 - 15.59 = 7.8 + 17.7 - 15.59
    assertEquals(9.91, Readability.grade(100, 5, 150), 1e-9);
    // "The cat sat on the mat.": 6 words, 1 sentence, 6 syllables.
    Readability.Measure cat = Readability.measure("The cat sat on the mat.");
    assertEquals(6, cat.words());
    assertEquals(1, cat.sentences());
    assertEquals(6, cat.syllables());
    assertEquals(0.39 * 6 + 11.8 - 15.59, cat.grade(), 1e-9);
  }

  @Test
  void findsTheLongestSentenceAndCountsAbbreviationsAndNumbersAsShortWords() {
    Readability.Measure m = Readability.measure(
        "Tell someone. Call CEOP or the NSPCC on 0808 800 5000 if you are worried about it today.");
    assertEquals(2, m.sentences());
    assertEquals(16, m.longestSentence());
    assertTrue(m.longest().startsWith("Call CEOP"));
    assertEquals(18, m.words());
    // Abbreviations count two syllables, each group of digits one.
    // Call(1) CEOP(2) or(1) the(1) NSPCC(2) on(1) 0808(1) 800(1) 5000(1)
    assertEquals(11, Readability.measure("Call CEOP or the NSPCC on 0808 800 5000.").syllables());
  }

  @Test
  void longTextsOfLongWordsScoreHigherThanShortTextsOfShortWords() {
    double plain = Readability.measure("You are not in trouble. Tell an adult you trust. They"
        + " will help you.").grade();
    double dense = Readability.measure("Practitioners should consider the immediate-referral"
        + " criteria and any aggravating factors before initiating a multi-agency response.")
        .grade();
    assertTrue(plain < 3, "plain " + plain);
    assertTrue(dense > 14, "dense " + dense);
  }

  @Test
  void jargonIsFoundUnlessTheSameTextExplainsIt() {
    assertEquals(List.of("dsl", "indecent"), names(Wording.unexplainedJargon(
        "Tell the DSL. Keeping an indecent image is wrong.")));
    assertEquals(List.of(), names(Wording.unexplainedJargon(
        "Tell your designated safeguarding lead (DSL), the teacher who keeps pupils safe.")));
    assertEquals(List.of("immediate-referral-criteria", "aggravating-factor"),
        names(Wording.unexplainedJargon("It meets the immediate referral criteria; an"
            + " aggravating factor is present.")));
  }

  private static List<String> names(List<Wording.Phrase> phrases) {
    return phrases.stream().map(Wording.Phrase::name).toList();
  }
}
