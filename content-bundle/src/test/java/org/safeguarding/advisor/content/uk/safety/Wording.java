package org.safeguarding.advisor.content.uk.safety;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * The one place that says which words a reader must not be given: the text half of properties 12
 * (a victim spoken to as an offender), 17 (an adult spoken to as a child, or sent down a
 * children's route) and 22 (jargon a young person cannot read). Each entry says why it is there.
 * The patterns are matched case-insensitively against every text the reader sees (steps' titles
 * and details, warnings, risk factors, open questions); the id lists name the steps and contacts
 * that are themselves a children's route.
 *
 * <p>Patterns are deliberately narrow: each names offender, child or jargon framing that has no
 * innocent reading in that context, so a hit is a real fault to fix in the content, not noise.
 */
final class Wording {
  /** A named pattern: {@code why} is printed with every hit. */
  record Phrase(String name, Pattern pattern, String why) {
    static Phrase of(String name, String regex, String why) {
      return new Phrase(name, Pattern.compile(regex, Pattern.CASE_INSENSITIVE
          | Pattern.UNICODE_CASE), why);
    }
  }

  private Wording() {}

  // --- Property 12: the young person's own offending ------------------------------------------

  /**
   * Text that speaks of the young person's own offending. Given to a child to whom something was
   * only done (sextorted, deepfaked, sent an image, asked for images), these frighten a victim and
   * echo the offender's own threat ("you've committed a crime"); seed 003 says the police focus on
   * whoever shares or threatens, and pathway 15 says the law is explained as protection.
   */
  static final List<Phrase> OFFENDING = List.of(
      Phrase.of("even-of-yourself", "\\beven (if it is |if it's )?of (yourself|themselves|themself"
              + "|himself|herself|your child)\\b",
          "says holding an image of oneself is a crime: the threat sextortionists use, and"
              + " contradicts 'keep the evidence'"),
      Phrase.of("if-you-have-done-this", "\\bif (you|your child|the child|the young person)"
              + " (have|has) done (this|that|it)\\b",
          "advice written for someone who did wrong"),
      Phrase.of("put-it-right", "\\bput (it|this|that|things) right\\b",
          "asks the reader to make amends: offender framing"),
      Phrase.of("pester", "\\bpester",
          "'never pester anyone for a nude' is advice for the one who asked, not the one asked"),
      Phrase.of("illegal-to-keep", "\\b(illegal|a crime|an offence|against the law|unlawful)"
              + " (for [a-z' ]{1,30} )?to ([a-z]+(, | or | and ))*(keep|have|hold|possess|store"
              + "|own|save)\\b",
          "says keeping or having an image is a crime: a victim told to keep the messages reads"
              + " this as 'I am the criminal'"),
      Phrase.of("keeping-is-illegal", "\\b(keeping|having|possessing|holding|storing|saving)"
              + " (a |an |the |any |that |this |your |their )?(own )?(nude|naked|sexual|image"
              + "|picture|photo|video)[a-z]*\\b[^.!?]{0,40}\\b(is|are) (illegal|a crime|an offence"
              + "|against the law)\\b",
          "the same, said the other way round"),
      Phrase.of("could-be-arrested", "\\b(you|your child|the child|the young person)"
              + " (could|may|might|can|will) (be|get) (arrested|prosecuted|charged|cautioned"
              + "|in trouble with the police)\\b",
          "threatens the young person with the police: the offender's own lever"),
      Phrase.of("has-broken-the-law", "\\b(you|your child|the child|the young person)"
              + " (have|has) (broken the law|committed (a|an) (crime|offence))\\b",
          "tells the young person they offended"),
      Phrase.of("criminal-record", "\\bcriminal record",
          "any talk of a record, even to reassure, is about the young person's own offending"));

  // --- Property 17: an adult spoken to as an adult --------------------------------------------

  /**
   * Words that frame the person the concern is about as a child. For someone 18 or over these are
   * wrong and patronising ("the child's device", "don't blame the child"); "a child" alone is left
   * out on purpose, because "an image of a child" is the law's own phrase for an image taken under
   * 18, which an adult's plan must be able to say (property 18).
   */
  static final List<Phrase> CHILD_WORDS = List.of(
      Phrase.of("the-child", "\\b(the|your|this|that) child(ren)?\\b",
          "calls the adult a child"),
      Phrase.of("childs", "\\bchild'?s\\b|\\bchild’s\\b",
          "\"the child's device\", \"the child's school\""),
      Phrase.of("pupil", "\\bpupils?\\b", "calls the adult a school pupil"),
      Phrase.of("adult-you-trust", "\\b(an|another) adult you trust\\b",
          "sends an adult to find an adult, as a child is told to (reader review finding 1):"
              + " 'someone you trust'"));

  /**
   * Children's routes named in words. An adult cannot use them: CEOP and Report Remove take only
   * under-18s; a child protection policy, the UKCIS screen, Outcome 21 and children's social care
   * are processes for children. Childline is for under-19s, so it is checked from 19.
   */
  static final List<Phrase> CHILDRENS_ROUTES = List.of(
      Phrase.of("ceop", "\\bCEOP\\b", "CEOP takes reports about under-18s only"),
      Phrase.of("report-remove", "\\bReport Remove\\b", "Report Remove is for under-18s only"),
      Phrase.of("child-protection", "\\bchild protection (policy|procedures?)\\b",
          "a school's child protection policy is for pupils under 18"),
      Phrase.of("ukcis", "\\bUKCIS\\b|UK Council for Internet Safety",
          "the UKCIS screen is for under-18s"),
      Phrase.of("outcome-21", "\\bOutcome 21\\b",
          "Outcome 21 is the police outcome for children's self-generated images"),
      Phrase.of("childrens-social-care", "\\bchildren'?s social care\\b|\\bchildren’s social"
              + " care\\b", "children's social care does not serve adults"));

  /** Childline named in words: for 19 and over only (its scope is under 19). */
  static final Phrase CHILDLINE = Phrase.of("childline", "\\bChildline\\b",
      "Childline is for children and young people under 19");

  /** Steps that are children's routes: never in the plan of someone 18 or over. */
  static final Set<String> CHILDRENS_STEPS = Set.of("report-to-ceop", "use-report-remove",
      // The UKCIS screen's outputs: the referral and the in-school route are for under-18s.
      "refer-to-police-and-social-care", "manage-within-school-procedures");

  /** Contacts that are children's routes. */
  static final Set<String> CHILDRENS_CONTACTS = Set.of("ceop", "report-remove");

  // --- Property 22: jargon a young person cannot read ------------------------------------------

  /**
   * Terms a young person may not be given unexplained. A term with an {@code explained} pattern is
   * allowed where the same text spells it out; the others have a plain word to use instead.
   */
  record Jargon(Phrase term, Pattern explained) {}

  static final List<Jargon> YOUNG_PERSON_JARGON = List.of(
      new Jargon(Phrase.of("dsl", "\\bDSLs?\\b",
          "a professional's abbreviation; say 'the teacher in charge of keeping pupils safe'"),
          Pattern.compile("designated safeguarding lead \\(DSL\\)", Pattern.CASE_INSENSITIVE)),
      new Jargon(Phrase.of("ncmec", "\\bNCMEC\\b", "a US agency's abbreviation"),
          Pattern.compile("National Cent(er|re) for Missing", Pattern.CASE_INSENSITIVE)),
      new Jargon(Phrase.of("ukcis", "\\bUKCIS\\b", "a professional body's abbreviation"),
          Pattern.compile("UK Council for Internet Safety", Pattern.CASE_INSENSITIVE)),
      new Jargon(Phrase.of("indecent", "\\bindecent\\b",
          "a legal term; say 'nude' or 'sexual'"), null),
      new Jargon(Phrase.of("immediate-referral-criteria", "\\bimmediate[- ]referral criteria\\b",
          "professional process language"), null),
      new Jargon(Phrase.of("aggravating-factor", "\\baggravating factors?\\b",
          "professional risk language"), null),
      new Jargon(Phrase.of("pseudo-photograph", "\\bpseudo-?photographs?\\b",
          "a statute's term; say 'a fake or edited image'"), null),
      new Jargon(Phrase.of("csam", "\\bCSAM\\b|\\bCSEA\\b", "a professional abbreviation"), null),
      new Jargon(Phrase.of("outcome-21", "\\bOutcome 21\\b", "a police recording code"), null));

  // --- matching, cached per text (the same few hundred texts recur in every plan) --------------

  private static final List<Phrase> ALL = all();
  private static final Map<String, List<Phrase>> HITS = new ConcurrentHashMap<>();

  private static List<Phrase> all() {
    List<Phrase> all = new ArrayList<>(OFFENDING);
    all.addAll(CHILD_WORDS);
    all.addAll(CHILDRENS_ROUTES);
    all.add(CHILDLINE);
    return List.copyOf(all);
  }

  /** The phrases of {@code list} that occur in {@code text}. */
  static List<Phrase> hits(List<Phrase> list, String text) {
    List<Phrase> found = HITS.computeIfAbsent(text, t -> {
      List<Phrase> out = new ArrayList<>();
      for (Phrase p : ALL) {
        if (p.pattern().matcher(t).find()) {
          out.add(p);
        }
      }
      return List.copyOf(out);
    });
    if (found.isEmpty()) {
      return found;
    }
    List<Phrase> out = new ArrayList<>();
    for (Phrase p : found) {
      if (list.contains(p)) {
        out.add(p);
      }
    }
    return out;
  }

  /** The jargon terms in {@code text} that the same text does not explain. */
  static List<Phrase> unexplainedJargon(String text) {
    List<Phrase> out = new ArrayList<>();
    for (Jargon j : YOUNG_PERSON_JARGON) {
      if (j.term().pattern().matcher(text).find()
          && (j.explained() == null || !j.explained().matcher(text).find())) {
        out.add(j.term());
      }
    }
    return out;
  }
}
