package org.safeguarding.advisor.content.uk.safety;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Flesch-Kincaid grade of an English text, small enough to read: words, sentences and an
 * estimate of syllables. The syllable count is the usual vowel-group heuristic with the common
 * silent endings; it is exact for plain words and off by one for a few, which is the accuracy the
 * formula itself assumes. Conventions for what our texts hold beyond plain words:
 *
 * <ul>
 *   <li>a web address or e-mail address is one word of one syllable ("go to the link");
 *   <li>a number (999, 0800 1111) is one word of one syllable per group of digits;
 *   <li>an abbreviation in capitals (CEOP, IWF, NSPCC) is one word of two syllables: it is a name
 *       the reader learns, not a long word to parse;
 *   <li>a sentence ends at {@code .}, {@code !} or {@code ?} followed by a space, and at a line end
 *       (a step's title is its own sentence).
 * </ul>
 */
final class Readability {
  /** A measured text: counts and the grade, with its longest sentence. */
  record Measure(int words, int sentences, int syllables, double grade, int longestSentence,
      String longest) {}

  private static final Pattern ADDRESS = Pattern.compile(
      "\\bhttps?://\\S+|\\b[\\w.-]+@[\\w-]+(\\.[\\w-]+)+|\\b(www\\.)?[a-z0-9-]+(\\.[a-z0-9-]+)*"
          + "\\.(org|com|net|gov|police|co|uk)(\\.uk)?(/\\S*)?",
      Pattern.CASE_INSENSITIVE);
  private static final Pattern SENTENCE_END = Pattern.compile("[.!?]+[\"'’”)]*(\\s+|$)|\\n+");
  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}'’-]*");
  private static final Pattern VOWEL_GROUP = Pattern.compile("[aeiouy]+");
  /** Vowels that are two syllables (vi-o-lence, si-tu-a-tion, do-ing), outside -tion, -cial, qua. */
  private static final Pattern TWO_SYLLABLE_PAIR = Pattern.compile(
      "(?<![cgstx])i[ao]|(?<![cgstx])iu|(?<![gq])u[ao]|[aeiouy](?=ing)");

  private Readability() {}

  /** Flesch-Kincaid grade: 0.39 words per sentence + 11.8 syllables per word - 15.59. */
  static double grade(int words, int sentences, int syllables) {
    if (words == 0) {
      return 0;
    }
    return 0.39 * words / sentences + 11.8 * syllables / words - 15.59;
  }

  static Measure measure(String text) {
    int words = 0;
    int syllables = 0;
    int sentences = 0;
    int longest = 0;
    String longestText = "";
    for (String sentence : sentences(text)) {
      List<String> tokens = words(sentence);
      if (tokens.isEmpty()) {
        continue;
      }
      sentences++;
      words += tokens.size();
      for (String token : tokens) {
        syllables += syllablesOfToken(token);
      }
      if (tokens.size() > longest) {
        longest = tokens.size();
        longestText = sentence.strip();
      }
    }
    return new Measure(words, Math.max(sentences, 1), syllables,
        grade(words, Math.max(sentences, 1), syllables), longest, longestText);
  }

  /** The sentences of a text (a web address's dots do not end one). */
  static List<String> sentences(String text) {
    String plain = ADDRESS.matcher(text).replaceAll("link");
    List<String> out = new ArrayList<>();
    Matcher m = SENTENCE_END.matcher(plain);
    int start = 0;
    while (m.find()) {
      out.add(plain.substring(start, m.end()));
      start = m.end();
    }
    if (start < plain.length()) {
      out.add(plain.substring(start));
    }
    out.removeIf(s -> words(s).isEmpty());
    return out;
  }

  static List<String> words(String sentence) {
    List<String> out = new ArrayList<>();
    Matcher m = WORD.matcher(ADDRESS.matcher(sentence).replaceAll("link"));
    while (m.find()) {
      out.add(m.group());
    }
    return out;
  }

  private static int syllablesOfToken(String token) {
    if (token.chars().allMatch(Character::isDigit)) {
      return 1;
    }
    String letters = token.replaceAll("[^\\p{L}]", "");
    if (letters.length() >= 2 && letters.equals(letters.toUpperCase(Locale.ROOT))) {
      return 2;
    }
    int total = 0;
    for (String part : token.split("[-]")) {
      if (!part.isEmpty()) {
        total += part.chars().allMatch(Character::isDigit) ? 1 : syllables(part);
      }
    }
    return Math.max(total, 1);
  }

  /** Syllables in one English word, by vowel groups less silent endings. */
  static int syllables(String word) {
    String w = word.toLowerCase(Locale.ROOT).replaceAll("['’].*$", "").replaceAll("[^a-z]", "");
    if (w.isEmpty()) {
      return 0;
    }
    if (w.length() <= 3) {
      return 1;
    }
    if (w.endsWith("es") && !w.matches(".*(ch|sh|[cgsxz])es")) {
      w = w.substring(0, w.length() - 2); // takes, homes: the e is silent
    } else if (w.endsWith("ed") && !w.matches(".*[td]ed")) {
      w = w.substring(0, w.length() - 2); // asked, blamed: no extra syllable
    } else if (w.endsWith("e") && !w.matches(".*[^aeiouy]le") && w.matches(".*[^aeiouy]e")) {
      w = w.substring(0, w.length() - 1); // safe, image; but people, little keep theirs
    }
    // A silent e before a suffix: safely, immediately, statement.
    w = w.replaceAll("([^aeiouy])e(ly|ment|ful|less|ness)$", "$1$2");
    if (w.startsWith("y")) {
      w = w.substring(1); // a leading y is a consonant: you, yes, young
    }
    int count = 0;
    Matcher m = VOWEL_GROUP.matcher(w);
    while (m.find()) {
      count++;
    }
    Matcher pairs = TWO_SYLLABLE_PAIR.matcher(w);
    while (pairs.find()) {
      count++;
    }
    return Math.max(count, 1);
  }
}
