package org.safeguarding.advisor.content.uk.safety;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import org.safeguarding.advisor.Assessment;
import org.safeguarding.advisor.Contact;
import org.safeguarding.advisor.Jurisdiction;
import org.safeguarding.advisor.OpenQuestion;
import org.safeguarding.advisor.Reporter;
import org.safeguarding.advisor.RiskFactor;
import org.safeguarding.advisor.Situation;
import org.safeguarding.advisor.Step;
import org.safeguarding.advisor.Warning;

/**
 * Property 19 of decision-model.md (the right nation's law), for one situation and its assessment:
 * no text names another nation's law, process or school role; a nation that is not known gets
 * nothing nation-specific stated as if it applied everywhere; and where a plan explains the law or
 * names the school's role, it names the reader's own nation's. The phrase lists are the research in
 * /work/notes/law-research.md (content-bundle/README.md, "The four nations").
 */
final class NationProperties {
  /** Law, process and roles of England and Wales only. */
  static final List<Pattern> ENGLAND_AND_WALES = patterns("Sexual Offences Act 2003",
      "\\bs\\.\\s?66[A-F]?\\b", "Protection of Children Act 1978", "Criminal Justice Act 1988",
      "Outcome 21", "Data \\(Use and Access\\) Act", "Home Office", "Theft Act 1968");
  /** England only: its school guidance, role and children's services name. */
  static final List<Pattern> ENGLAND = patterns("designated safeguarding lead", "\\bDSLs?\\b",
      "\\bUKCIS\\b", "\\bKCSIE\\b", "Keeping children safe in education", "\\bMASH\\b",
      "children's social care", "local safeguarding arrangements");
  /** Wales only. */
  static final List<Pattern> WALES = patterns("designated safeguarding person", "\\bDSPs?\\b",
      "Keeping learners safe", "Wales Safeguarding Procedures", "Welsh Government");
  /** Scotland only. */
  static final List<Pattern> SCOTLAND = patterns("\\(Scotland\\) Act", "Police Scotland",
      "child protection coordinator", "inter-agency referral discussion", "\\bIRD\\b",
      "National Guidance for Child Protection in Scotland");
  /** Northern Ireland only. */
  static final List<Pattern> NORTHERN_IRELAND = patterns("\\(Northern Ireland\\)", "\\bPSNI\\b",
      "designated teacher", "Gateway", "Health and Social Care Trust",
      "Safeguarding and Child Protection in Schools", "Education Authority");
  /**
   * Mentions a text may make in any nation's plan, because each names the nation it is true in
   * ("social work in Scotland, the Trust's Gateway team in Northern Ireland").
   */
  static final List<Pattern> QUALIFIED = patterns("Gateway team in Northern Ireland");

  /** What each nation's plan must not say: every other nation's own law, process and roles. */
  static final Map<Jurisdiction, List<Pattern>> FORBIDDEN = new LinkedHashMap<>();

  static {
    FORBIDDEN.put(Jurisdiction.GB_ENG, concat(WALES, SCOTLAND, NORTHERN_IRELAND));
    FORBIDDEN.put(Jurisdiction.GB_WLS, concat(ENGLAND, SCOTLAND, NORTHERN_IRELAND));
    FORBIDDEN.put(Jurisdiction.GB_SCT, concat(ENGLAND_AND_WALES, ENGLAND, WALES, NORTHERN_IRELAND));
    FORBIDDEN.put(Jurisdiction.GB_NIR, concat(ENGLAND_AND_WALES, ENGLAND, WALES, SCOTLAND));
  }

  /** Nation not known: every nation's own law, process and roles. */
  static final List<Pattern> FORBIDDEN_WHEN_UNKNOWN =
      concat(ENGLAND_AND_WALES, ENGLAND, WALES, SCOTLAND, NORTHERN_IRELAND);

  private NationProperties() {}

  /** Every violation of property 19 in this assessment, as a sentence starting "P19". */
  static List<String> violations(Situation s, Assessment a) {
    List<String> found = new ArrayList<>();
    Optional<Jurisdiction> nation = s.jurisdiction();
    for (Map.Entry<String, String> text : texts(a).entrySet()) {
      found.addAll(CHECKED_TEXTS.computeIfAbsent(new ReadText(nation, text.getKey(),
          text.getValue()), NationProperties::forbiddenNamed));
    }
    found.addAll(otherNationsSources(nation, a));
    if (SafetyProperties.isChildOrUnknownAge(s)) {
      nation.ifPresent(n -> found.addAll(ownNationNamed(n, s, a)));
    } else {
      nation.ifPresent(n -> found.addAll(ownLawNamedForAnAdult(n, s, a)));
    }
    return found;
  }

  /**
   * Sources about one nation's guidance, school role or services only: a plan cites them only in
   * that nation, or (nation not known) on a text that names that nation. Text variants carry their
   * own sources (bundle-format.md, "Sources of one text"), so an England plan cites no Scottish
   * guidance.
   */
  static final Map<Jurisdiction, java.util.Set<String>> NATION_GUIDANCE_SOURCES = Map.of(
      Jurisdiction.GB_SCT, java.util.Set.of("scot-cp-guidance-2023", "scot-cp-guidance-online-harm",
          "scot-cp-guidance-responding", "scot-cp-coordinator"),
      Jurisdiction.GB_WLS, java.util.Set.of("wg-keeping-learners-safe",
          "npt-safeguarding-in-schools"),
      Jurisdiction.GB_NIR, java.util.Set.of("eani-designated-teacher", "de-ni-safeguarding-schools",
          "sbni-sharing-nudes"));

  /**
   * Scotland's and Northern Ireland's statutes (and the police and board pages that state them): a
   * law text read in another known nation is that nation's own variant and cites none of them.
   * (England and Wales's statutes are checked by {@link #ENGLAND_AND_WALES_LAW_SOURCES}.)
   */
  static final Map<Jurisdiction, java.util.Set<String>> NATION_LAW_SOURCES = Map.of(
      Jurisdiction.GB_SCT, java.util.Set.of("cgsa-1982-s52", "cgsa-1982-s52a", "absh-2016-s2",
          "scot-parliament-altered-images", "scot-parliament-sextortion-recording"),
      Jurisdiction.GB_NIR, java.util.Set.of("pconi-1978-art3", "pconi-1978-art2",
          "justice-ni-2016-s51", "psni-sexting-law", "sbni-image-sharing-law",
          "ni-doj-deepfake-consultation", "theft-act-ni-1969-s20"));

  /**
   * England and Wales's statutes: for children's images (the Protection of Children Act 1978), for
   * sharing or threatening to share an intimate image (s.66B of the Sexual Offences Act 2003, as
   * legislation and as the College of Policing states it) and for sexual fakes of adults (ss.66E
   * and 66F). A plan for Scotland or Northern Ireland cites them nowhere (not on a step, warning or
   * risk factor, nor through the rules that fired them), since each nation's text cites that
   * nation's own Act (third reading; s.66B, 2026.12.4).
   */
  static final java.util.Set<String> ENGLAND_AND_WALES_LAW_SOURCES =
      java.util.Set.of("pca-1978", "soa-2003-s66b", "osa-s66b", "duaa-s138", "theft-act-1968-s21",
          "norfolk-police-sextortion");

  private static final Map<Jurisdiction, Pattern> NATION_NAMED = Map.of(
      Jurisdiction.GB_SCT, Pattern.compile("Scotland|Scottish"),
      Jurisdiction.GB_WLS, Pattern.compile("Wales|Welsh"),
      Jurisdiction.GB_NIR, Pattern.compile("Northern Ireland"));

  /** Every source cited for another nation's guidance or law, as sentences starting "P19". */
  static List<String> otherNationsSources(Optional<Jurisdiction> nation, Assessment a) {
    List<String> found = new ArrayList<>();
    String where = nation.map(Jurisdiction::code).orElse("nation unknown");
    java.util.function.BiConsumer<String, Map.Entry<String, List<String>>> check = (text, item) -> {
      for (Map.Entry<Jurisdiction, java.util.Set<String>> only
          : NATION_GUIDANCE_SOURCES.entrySet()) {
        Jurisdiction other = only.getKey();
        boolean allowed = nation.map(other::equals)
            .orElseGet(() -> NATION_NAMED.get(other).matcher(text).find());
        for (String source : item.getValue()) {
          if (!allowed && only.getValue().contains(source)) {
            found.add("P19: " + where + ": " + item.getKey() + " cites " + other.code()
                + "'s guidance " + source);
          }
        }
      }
      if (nation.isPresent()) {
        for (Map.Entry<Jurisdiction, java.util.Set<String>> law : NATION_LAW_SOURCES.entrySet()) {
          if (!law.getKey().equals(nation.get())
              && LAW_STEPS.contains(item.getKey().replaceFirst("^step ", ""))) {
            for (String source : item.getValue()) {
              if (law.getValue().contains(source)) {
                found.add("P19: " + where + ": " + item.getKey() + " cites "
                    + law.getKey().code() + "'s law " + source);
              }
            }
          }
        }
      }
      if (nation.filter(n -> n == Jurisdiction.GB_SCT || n == Jurisdiction.GB_NIR).isPresent()) {
        for (String source : item.getValue()) {
          if (ENGLAND_AND_WALES_LAW_SOURCES.contains(source)) {
            found.add("P19: " + where + ": " + item.getKey()
                + " cites England and Wales's law " + source);
          }
        }
      }
    };
    for (Step st : a.steps()) {
      check.accept(st.title() + " " + st.detail(), Map.entry("step " + st.id(), st.sources()));
    }
    for (Warning w : a.warnings()) {
      check.accept(w.text(), Map.entry("warning " + w.id(), w.sources()));
    }
    for (RiskFactor r : a.riskFactors()) {
      check.accept(r.explanation(), Map.entry("risk factor " + r.id(), r.sources()));
    }
    return found;
  }

  /** A text as one reader reads it: the nation decides what it may not name. */
  private record ReadText(Optional<Jurisdiction> nation, String where, String text) {}

  /**
   * The texts already checked, with what they name that they must not. A plan's texts come from a
   * few hundred entries, so an exhaustive run over millions of plans checks each text once per
   * nation instead of running every pattern over every plan.
   */
  private static final Map<ReadText, List<String>> CHECKED_TEXTS = new ConcurrentHashMap<>();

  private static List<String> forbiddenNamed(ReadText read) {
    List<Pattern> forbidden = read.nation().map(FORBIDDEN::get).orElse(FORBIDDEN_WHEN_UNKNOWN);
    String where = read.nation().map(Jurisdiction::code).orElse("nation unknown");
    String checked = read.nation().isPresent() ? unqualified(read.text())
        : withoutScopedStatements(unqualified(read.text()));
    List<String> found = new ArrayList<>();
    for (Pattern p : forbidden) {
      if (p.matcher(checked).find()) {
        found.add("P19: " + where + ": " + read.where() + " names '" + p.pattern() + "'");
      }
    }
    intentUnderstated(read.nation(), read.text())
        .ifPresent(why -> found.add("P19: " + where + ": " + read.where() + " " + why));
    return List.copyOf(found);
  }

  /** A text that makes sharing an intimate image a crime only when it is meant to hurt. */
  private static final Pattern INTENT_ONLY = Pattern.compile(
      "scare or upset|to cause (them )?distress|fear, alarm or distress", Pattern.CASE_INSENSITIVE);
  /** Scotland's s.2 is met by recklessness as well as intent. */
  private static final Pattern RECKLESSNESS = Pattern.compile(
      "\\bcar(e|ing)\\b (whether|if)|\\breckless", Pattern.CASE_INSENSITIVE);
  /** Where the nation is not known: the law of England and Wales (and Scotland) goes further. */
  private static final Pattern GOES_FURTHER = Pattern.compile(
      "without that aim|whatever the intent", Pattern.CASE_INSENSITIVE);

  /**
   * The intent wording must not understate the law (2026.12.4): England and Wales's s.66B(1)
   * needs no intent to cause distress, only no consent and no reasonable belief in it; Scotland's
   * s.2 is met by intent to cause fear, alarm or distress or by recklessness as to it; Northern
   * Ireland's s.51 needs intent to cause distress. So a text that states the intent condition
   * says, in Scotland, that not caring is enough; in England and Wales it does not state it at all
   * (the offence is sharing without consent); and where the nation is not known it says that the
   * law can go further than that aim.
   */
  static Optional<String> intentUnderstated(Optional<Jurisdiction> nation, String text) {
    if (!INTENT_ONLY.matcher(text).find()) {
      return Optional.empty();
    }
    if (nation.isEmpty()) {
      return GOES_FURTHER.matcher(text).find() ? Optional.empty()
          : Optional.of("makes sharing a crime only when it is meant to hurt, and does not say that"
              + " the law can go further where the nation is not known");
    }
    switch (nation.get().code()) {
      case "GB-SCT":
        return RECKLESSNESS.matcher(text).find() ? Optional.empty()
            : Optional.of("states Scotland's intent condition without its recklessness");
      case "GB-ENG":
      case "GB-WLS":
        return GOES_FURTHER.matcher(text).find() ? Optional.empty()
            : Optional.of("states an intent condition that England and Wales's s.66B(1) does not"
                + " have");
      default:
        return Optional.empty();
    }
  }

  /** The steps that explain the law: to someone who did something, and to a victim. */
  static final List<String> LAW_STEPS = List.of("explain-the-law", "the-law-protects-you");

  /** Where the plan explains the law or names the school's role, it names the reader's own. */
  private static List<String> ownNationNamed(Jurisdiction nation, Situation s, Assessment a) {
    List<String> found = new ArrayList<>();
    boolean readerIsAnAdult = s.audience() != Reporter.YOUNG_PERSON;
    String where = nation.code();
    String nationName;
    String statute;
    String role;
    String route;
    switch (nation.code()) {
      case "GB-SCT":
        nationName = "Scotland";
        statute = "(Scotland) Act";
        role = "child protection coordinator";
        route = "social work";
        break;
      case "GB-NIR":
        nationName = "Northern Ireland";
        statute = "(Northern Ireland)";
        role = "designated teacher for child protection";
        route = "Gateway team";
        break;
      case "GB-WLS":
        nationName = "England and Wales";
        statute = "Protection of Children Act 1978";
        role = "designated safeguarding person";
        route = "Wales Safeguarding Procedures";
        break;
      case "GB-ENG":
        nationName = "England and Wales";
        statute = "Protection of Children Act 1978";
        role = "designated safeguarding lead";
        route = "children's social care";
        break;
      default:
        throw new AssertionError(nation);
    }
    for (String id : LAW_STEPS) {
      a.step(id).ifPresent(st -> {
        if (!st.detail().contains(nationName)) {
          found.add("P19: " + where + ": " + id + " does not say it is the law of " + nationName);
        }
        if (readerIsAnAdult && !st.detail().contains(statute)) {
          found.add("P19: " + where + ": " + id + " does not name " + statute);
        }
      });
    }
    a.step("tell-designated-safeguarding-lead").filter(st -> !st.detail().contains(role))
        .ifPresent(st -> found.add("P19: " + where + ": the school role is not the " + role));
    a.step("refer-to-police-and-social-care").filter(st -> !st.detail().contains(route))
        .ifPresent(st -> found.add("P19: " + where + ": the referral does not name " + route));
    if (nation.equals(Jurisdiction.GB_WLS)) {
      a.step("tell-designated-safeguarding-lead")
          .filter(st -> !st.detail().contains("Keeping learners safe"))
          .ifPresent(st -> found.add("P19: GB-WLS: the Welsh guidance is not named"));
    }
    if (nation.equals(Jurisdiction.GB_ENG)) {
      a.step("tell-designated-safeguarding-lead").filter(st -> !st.detail().contains("UKCIS"))
          .ifPresent(st -> found.add("P19: GB-ENG: the UKCIS advice is not named"));
    }
    return found;
  }

  /**
   * An adult's plan that explains the law says which nation's law it is and, for a reader who is
   * not the young person themself, names the statute: England and Wales's intimate-image offences
   * are in the Sexual Offences Act 2003, Scotland's in the Abusive Behaviour and Sexual Harm
   * (Scotland) Act 2016, Northern Ireland's in the Justice Act (Northern Ireland) 2016.
   */
  private static List<String> ownLawNamedForAnAdult(Jurisdiction nation, Situation s,
      Assessment a) {
    String name = switch (nation.code()) {
      case "GB-ENG", "GB-WLS" -> "England and Wales";
      case "GB-SCT" -> "Scotland";
      case "GB-NIR" -> "Northern Ireland";
      default -> throw new AssertionError(nation);
    };
    String statute = switch (nation.code()) {
      case "GB-ENG", "GB-WLS" -> "Sexual Offences Act 2003";
      case "GB-SCT" -> "(Scotland) Act";
      case "GB-NIR" -> "(Northern Ireland)";
      default -> throw new AssertionError(nation);
    };
    boolean readerIsNotTheVictim = s.audience() != Reporter.YOUNG_PERSON;
    List<String> found = new ArrayList<>();
    for (String id : LAW_STEPS) {
      a.step(id).ifPresent(st -> {
        if (!st.detail().contains(name)) {
          found.add("P19: " + nation.code() + ": an adult's " + id + " does not say it is the law"
              + " of " + name);
        }
        if (readerIsNotTheVictim && !st.detail().contains(statute)) {
          found.add("P19: " + nation.code() + ": an adult's " + id + " does not name " + statute);
        }
      });
    }
    return found;
  }

  /** Every text the reader sees, keyed by where it is. */
  static Map<String, String> texts(Assessment a) {
    Map<String, String> texts = new java.util.LinkedHashMap<>();
    for (Step st : a.steps()) {
      texts.put("step " + st.id(), st.title() + "\n" + st.detail());
    }
    for (Warning w : a.warnings()) {
      texts.put("warning " + w.id(), w.text());
    }
    for (RiskFactor r : a.riskFactors()) {
      texts.put("risk factor " + r.id(), r.explanation());
    }
    for (OpenQuestion q : a.openQuestions()) {
      texts.put("question " + q.field(), q.question() + "\n" + q.whyItMatters());
    }
    for (Contact c : a.contacts()) {
      texts.put("contact " + c.id(), c.name() + "\n" + c.forWhom() + "\n" + c.hours().orElse(""));
    }
    return texts;
  }

  private static final String A_NATION =
      "(?:England and Wales|England|Wales|Scotland|Northern Ireland)";
  private static final Pattern SCOPED_ASIDE =
      Pattern.compile("\\((?:in|for) " + A_NATION + "\\b[^)]*\\)", Pattern.CASE_INSENSITIVE);
  private static final Pattern SCOPED_CLAUSE =
      Pattern.compile("^\\s*(?:and |but )?in " + A_NATION + "\\b", Pattern.CASE_INSENSITIVE);

  /**
   * A reader whose nation is not known may be told one nation's law if the text says which nation
   * it is ("In England and Wales, ... s.66B"; "...; in England and Wales (s.66B ...) sharing ...";
   * "(in England and Wales they may record Outcome 21)"): that is not stated "as if it applied
   * everywhere". Such asides, and sentences or clauses (after a semicolon) that open with the
   * nation, are left out of the check.
   */
  static String withoutScopedStatements(String text) {
    String rest = SCOPED_ASIDE.matcher(text).replaceAll("");
    StringBuilder kept = new StringBuilder();
    for (String clause : rest.split("(?<=[.!?;])\\s+")) {
      if (!SCOPED_CLAUSE.matcher(clause).find()) {
        kept.append(clause).append(' ');
      }
    }
    return kept.toString();
  }

  private static String unqualified(String text) {
    String rest = text;
    for (Pattern p : QUALIFIED) {
      rest = p.matcher(rest).replaceAll("");
    }
    return rest;
  }

  private static List<Pattern> patterns(String... regexes) {
    List<Pattern> list = new ArrayList<>();
    for (String r : regexes) {
      list.add(Pattern.compile(r, Pattern.CASE_INSENSITIVE));
    }
    return List.copyOf(list);
  }

  @SafeVarargs
  private static List<Pattern> concat(List<Pattern>... lists) {
    List<Pattern> all = new ArrayList<>();
    for (List<Pattern> l : lists) {
      all.addAll(l);
    }
    return List.copyOf(all);
  }
}
