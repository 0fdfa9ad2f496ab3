package org.safeguarding.advisor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The loader refuses a broken or tampered bundle, naming the problem. Each case breaks the fixture
 * in one way (and re-signs the digest, so only that break is wrong).
 */
class BundleValidationTest {

  static Stream<Arguments> brokenBundles() {
    return Stream.of(
        broken("duplicate step id", "steps.json",
            s -> s.replace("\"id\": \"reassure\"", "\"id\": \"tell-lead\""),
            "duplicate step id 'tell-lead'"),
        broken("rule names an unknown step", "rules.json",
            s -> s.replace("\"steps\": [\"tell-lead\"]", "\"steps\": [\"tell-the-lead\"]"),
            "unknown step 'tell-the-lead'"),
        broken("step names an unknown contact", "steps.json",
            s -> s.replace("\"contacts\": [\"help-line\"], \"sources\": [\"src-a\"] },\n  { \"id\": \"tell-lead\"",
                "\"contacts\": [\"helpline\"], \"sources\": [\"src-a\"] },\n  { \"id\": \"tell-lead\""),
            "unknown contact 'helpline'"),
        broken("step cites an unknown source", "steps.json",
            s -> s.replace("\"sources\": [\"src-b\"] },\n  { \"id\": \"report-online\"",
                "\"sources\": [\"src-z\"] },\n  { \"id\": \"report-online\""),
            "unknown source 'src-z'"),
        broken("step without a source", "steps.json",
            s -> s.replace("\"sources\": [\"src-b\"] },\n  { \"id\": \"report-online\"",
                "\"sources\": [] },\n  { \"id\": \"report-online\""),
            "sources: must not be empty"),
        broken("warning without sources field", "warnings.json",
            s -> s.replace(",\n    \"sources\": [\"src-b\"] }", " }"),
            "sources: is required"),
        broken("ordering cycle", "steps.json",
            s -> s.replace("\"title\": \"Contain it\", \"detail\": \"Find out where it went.\" } ],\n    \"sources\": [\"src-a\"] }",
                "\"title\": \"Contain it\", \"detail\": \"Find out where it went.\" } ],\n    \"sources\": [\"src-a\"], \"after\": [\"remove-image\"] }"),
            "cycle among: remove-image, contain-spread"),
        broken("http URL", "sources.json",
            s -> s.replace("https://example.org/guidance", "http://example.org/guidance"),
            "'http://example.org/guidance' is not an https:// URL"),
        broken("implausible phone number", "contacts.json",
            s -> s.replace("0800 1111", "12345"),
            "[0].phone: is not a phone number of the form the manifest declares"),
        broken("a phone number and no phoneFormat to check it", "manifest.json",
            s -> s.replaceAll("(?s)  \"phoneFormat\": \\{.*?\\},\n", ""),
            "contacts.json: [0].phone: cannot be checked: the manifest declares no phoneFormat"),
        broken("a phoneFormat that is not a regular expression", "manifest.json",
            s -> s.replaceAll("\"pattern\": \".*\",", "\"pattern\": \"0(\","),
            "manifest.json: phoneFormat.pattern: is not a valid Java regular expression"),
        broken("a phoneFormat without a description", "manifest.json",
            s -> s.replaceAll("(?s),\\s*\"description\": \"[^\"]*\"", ""),
            "manifest.json: phoneFormat.description: is required"),
        broken("an empty word that says a fact is unverified", "manifest.json",
            s -> s.replace("\"unverifiedWords\": [\"unverified\", \"not verified\"]",
                "\"unverifiedWords\": [\"unverified\", \" \"]"),
            "manifest.json: unverifiedWords[1]: must not be blank"),
        broken("unknown field", "rules.json",
            s -> s.replace("\"id\": \"r-danger\",", "\"id\": \"r-danger\", \"priority\": 1,"),
            "unknown field 'priority'"),
        broken("unknown enum value in a condition", "rules.json",
            s -> s.replace("\"in\": [\"PROFESSIONAL\"]", "\"in\": [\"TEACHER\"]"),
            "unknown value 'TEACHER' for reporter"),
        broken("unknown fact in a condition", "rules.json",
            s -> s.replace("\"fact\": \"reporter\"", "\"fact\": \"reporterRole\""),
            "unknown fact 'reporterRole'"),
        broken("age test without ifUnknown", "conditions.json",
            s -> s.replace(", \"ifUnknown\": true", ""),
            "ifUnknown: is required"),
        broken("unknown trigger", "rules.json",
            s -> s.replace("\"IMMEDIATE_RISK_OF_HARM\"", "\"DANGER\""),
            "unknown value 'DANGER'"),
        broken("reference to an unknown condition", "rules.json",
            s -> s.replace("{ \"ref\": \"child-image\" }", "{ \"ref\": \"child-images\" }"),
            "refers to unknown condition 'child-images'"),
        broken("named conditions in a cycle", "conditions.json",
            s -> s.replace("\"when\": { \"fact\": \"childAge\", \"gte\": 18, \"ifUnknown\": false }",
                "\"when\": { \"not\": { \"ref\": \"adult\" } }"),
            "cycle: adult -> adult"),
        broken("warning missing an audience", "warnings.json",
            s -> s.replace("\"for\": [\"PARENT_OR_CARER\", \"OTHER_ADULT\", \"PROFESSIONAL\", \"YOUNG_PERSON\"], \"text\": \"Do not pay.\"",
                "\"for\": [\"PARENT_OR_CARER\", \"OTHER_ADULT\", \"PROFESSIONAL\"], \"text\": \"Do not pay.\""),
            "has no text for audience YOUNG_PERSON"),
        broken("audience given two texts", "steps.json",
            s -> s.replace("{ \"for\": [\"YOUNG_PERSON\"], \"title\": \"Report it\"",
                "{ \"for\": [\"YOUNG_PERSON\", \"OTHER_ADULT\"], \"title\": \"Report it\""),
            "audience OTHER_ADULT has more than one text"),
        broken("unused step", "rules.json",
            s -> s.replace("\"steps\": [\"prevention-tip\"]", "\"warnings\": [\"never-copy\"]"),
            "step 'prevention-tip' is never given by any rule"),
        broken("uncited source", "sources.json",
            s -> s.replace("\n]", ",\n  { \"id\": \"src-c\", \"title\": \"Nobody cites me\", \"url\": null,"
                + " \"kind\": \"LAW\", \"verification\": \"UNVERIFIED\" }\n]"),
            "source 'src-c' is cited by nothing"),
        broken("a fact read without a question", "questions.json",
            s -> s.replace("\"field\": \"indicators.BLACKMAIL\"", "\"field\": \"indicators.COERCION\""),
            "rules or texts read 'indicators.BLACKMAIL' but there is no question"),
        broken("unverified text that does not say so", "contacts.json",
            s -> s.replace("\"unverified\": [\"url\"]", "\"unverified\": [\"forWhom\"]"),
            "forWhom: rests on an unverified fact"),
        broken("invalid JSON", "rules.json", s -> s.substring(0, s.length() / 2),
            "rules.json: is not valid JSON"),
        broken("duplicate key", "manifest.json",
            s -> s.replace("\"id\": \"fixture\",", "\"id\": \"fixture\", \"id\": \"other\","),
            "manifest.json: is not valid JSON: Duplicate field 'id'"),
        broken("unsupported format version", "manifest.json",
            s -> s.replace("\"formatVersion\": 1", "\"formatVersion\": 2"),
            "format version 2 is not supported"),
        broken("a source without its verification", "sources.json",
            s -> s.replace(", \"verification\": \"VERIFIED\"", ""),
            "verification: is required (allowed: VERIFIED, PARTLY_VERIFIED, UNVERIFIED)"),
        broken("a contact without a name", "contacts.json",
            s -> s.replace("\"name\": \"Help line\", ", ""), "[0].name: is required"),
        broken("a step text without a title", "steps.json",
            s -> s.replace("\"title\": \"Call now\", ", ""), "[0].text[0].title: is required"),
        broken("a rule without an id", "rules.json",
            s -> s.replace("\"id\": \"r-danger\", ", ""), "[0].id: is required"),
        broken("no jurisdictions", "manifest.json",
            s -> s.replaceAll("\"jurisdictions\": \\[[^]]*\\]", "\"jurisdictions\": []"),
            "must list at least one jurisdiction"),
        broken("unknown jurisdiction", "manifest.json",
            s -> s.replace("\"GB-WLS\"", "\"GB_WLS\""),
            "manifest.json: jurisdictions[1]: is not a jurisdiction code (allowed: an ISO 3166 code"),
        broken("a jurisdiction listed twice", "manifest.json",
            s -> s.replace("\"GB-WLS\"", "\"GB-ENG\""),
            "manifest.json: jurisdictions[1]: 'GB-ENG' is listed twice"),
        broken("a condition names a jurisdiction the manifest does not list", "manifest.json",
            s -> s.replace(", \"GB-SCT\"", ""),
            "unknown value 'GB-SCT' for jurisdiction (allowed: GB-ENG, GB-WLS, GB-NIR)"),
        broken("a rule whose outputs are all empty", "rules.json",
            s -> s.replace("\"steps\": [\"call-emergency\"], \"triggers\": [\"IMMEDIATE_RISK_OF_HARM\"]",
                "\"steps\": [], \"warnings\": [], \"triggers\": []"),
            "rules.json: [0]: has no outputs: steps, warnings, triggers and riskFactors are all"
                + " missing or empty"),
        broken("malformed digest", "manifest.json",
            s -> s.replaceAll("sha256:[0-9a-f]{64}", "sha256:abc"), "must be sha256:"),
        broken("malformed date", "manifest.json",
            s -> s.replace("2026-01-01", "2026-13-01"), "releaseDate: '2026-13-01' is not a date"),
        broken("bundle id not kebab-case", "manifest.json",
            s -> s.replace("\"id\": \"fixture\"", "\"id\": \"Fixture\""),
            "is not a lower-case kebab-case id"),
        broken("unknown source kind", "sources.json",
            s -> s.replace("\"kind\": \"SEED\"", "\"kind\": \"BLOG\""), "unknown value 'BLOG'"),
        broken("duplicate source id", "sources.json",
            s -> s.replace("\"id\": \"src-b\"", "\"id\": \"src-a\""), "duplicate source id 'src-a'"),
        broken("duplicate contact id", "contacts.json",
            s -> s.replace("\"id\": \"web-service\"", "\"id\": \"help-line\""),
            "duplicate contact id 'help-line'"),
        broken("unverified names no contact field", "contacts.json",
            s -> s.replace("\"unverified\": [\"url\"]", "\"unverified\": [\"email\"]"),
            "'email' is not a contact field"),
        broken("duplicate warning id", "warnings.json",
            s -> s.replace("\"id\": \"do-not-pay\"", "\"id\": \"never-copy\""),
            "duplicate warning id 'never-copy'"),
        broken("duplicate risk factor id", "risk-factors.json",
            s -> s.replace("\"id\": \"blackmail\"", "\"id\": \"adult-involved\""),
            "duplicate risk factor id 'adult-involved'"),
        broken("duplicate condition id", "conditions.json",
            s -> s.replace("\"id\": \"adult\"", "\"id\": \"image-concern\""),
            "duplicate condition id 'image-concern'"),
        broken("duplicate rule id", "rules.json",
            s -> s.replace("\"id\": \"r-support\"", "\"id\": \"r-danger\""),
            "duplicate rule id 'r-danger'"),
        broken("two questions for one fact", "questions.json",
            s -> s.replace("\"field\": \"spread\"", "\"field\": \"reporter\""),
            "a second question for 'reporter'"),
        broken("question for an unknown fact", "questions.json",
            s -> s.replace("\"field\": \"spread\"", "\"field\": \"childName\""),
            "unknown fact 'childName'"),
        broken("choices for the age", "questions.json",
            s -> s.replace("\"field\": \"childAge\",", "\"field\": \"childAge\", \"choices\": {},"),
            "childAge takes a number"),
        broken("a choice without a label", "questions.json",
            s -> s.replace("\"NOT_SHARED\": \"Not shared\",", ""), "has no label for NOT_SHARED"),
        broken("choicesFor an audience that does not exist", "questions.json",
            s -> s.replace("\"YOUNG_PERSON\": {\n        \"PEER\"", "\"CHILD\": {\n        \"PEER\""),
            "choicesFor.CHILD: is not an audience"),
        broken("choicesFor a value the question does not offer", "questions.json",
            s -> s.replace("\"PEER\": \"Someone under 18 I know\"", "\"FRIEND\": \"Someone I know\""),
            "'FRIEND' has no label in choices"),
        broken("a step without text", "steps.json",
            s -> s.replace("\"text\": [ { \"for\": [\"PARENT_OR_CARER\", \"OTHER_ADULT\", \"PROFESSIONAL\"], \"title\": \"Reassure\", \"detail\": \"Stay calm.\" } ],", ""),
            "text: is required"),
        broken("a step with no texts", "steps.json",
            s -> s.replace("\"text\": [ { \"for\": [\"PARENT_OR_CARER\", \"OTHER_ADULT\", \"PROFESSIONAL\"], \"title\": \"Reassure\", \"detail\": \"Stay calm.\" } ],", "\"text\": [],"),
            "must have at least one text"),
        broken("a text for no audience", "steps.json",
            s -> s.replace("{ \"for\": [\"PROFESSIONAL\"], \"title\": \"Tell the lead\"", "{ \"for\": [], \"title\": \"Tell the lead\""),
            "must name at least one audience"),
        broken("a step after itself", "steps.json",
            s -> s.replace("\"after\": [\"contain-spread\"]", "\"after\": [\"remove-image\"]"),
            "a step cannot come after itself"),
        broken("after an unknown step", "steps.json",
            s -> s.replace("\"after\": [\"contain-spread\"]", "\"after\": [\"contain-it\"]"),
            "after: unknown step 'contain-it'"),
        broken("text with surrounding spaces", "steps.json",
            s -> s.replace("\"title\": \"Reassure\"", "\"title\": \" Reassure\""),
            "must not start or end with white space"),
        broken("a source listed twice", "steps.json",
            s -> s.replace("\"contacts\": [\"web-service\", \"help-line\"]", "\"contacts\": [\"web-service\", \"web-service\"]"),
            "'web-service' is listed twice"),
        broken("a rule with no outputs", "rules.json",
            s -> s.replace("\"urgency\": \"URGENT\", \"steps\": [\"tell-lead\"], \"sources\"", "\"sources\""),
            "has no outputs"),
        broken("a step listed twice in a rule", "rules.json",
            s -> s.replace("\"steps\": [\"reassure\", \"talk-to-someone\"]", "\"steps\": [\"reassure\", \"reassure\", \"talk-to-someone\"]"),
            "is listed twice"),
        broken("a step with no urgency", "rules.json",
            s -> s.replace("\"urgency\": \"ROUTINE\", \"steps\": [\"reassure\"", "\"steps\": [\"reassure\""),
            "step 'reassure' has no urgency"),
        broken("a rule naming an unknown warning", "rules.json",
            s -> s.replace("\"warnings\": [\"do-not-pay\"]", "\"warnings\": [\"do-not-pay-them\"]"),
            "unknown warning 'do-not-pay-them'"),
        broken("a rule naming an unknown risk factor", "rules.json",
            s -> s.replace("\"riskFactors\": [\"blackmail\"]", "\"riskFactors\": [\"extortion\"]"),
            "unknown risk factor 'extortion'"),
        broken("a rule without a condition", "rules.json",
            s -> s.replace("\"when\": { \"ref\": \"child-image\" },", ""),
            "when: is required"),
        broken("a named condition without a body", "conditions.json",
            s -> s.replace(",\n    \"when\": { \"ref\": \"image-concern\" }", "").replace(
                "\"when\": { \"all\": [ { \"ref\": \"image-concern\" }, { \"ref\": \"child-or-unknown-age\" } ] }", "\"x\": 1"),
            "unknown field 'x'"),
        broken("an unused warning", "rules.json",
            s -> s.replace(", \"warnings\": [\"do-not-pay\"]", ""),
            "warning 'do-not-pay' is never given by any rule"),
        broken("an unused risk factor", "rules.json",
            s -> s.replace(", \"riskFactors\": [\"blackmail\"]", ""),
            "risk factor 'blackmail' is never given by any rule"),
        broken("an unused contact", "steps.json",
            s -> s.replace("\"contacts\": [\"web-service\"], \"sources\": [\"src-b\"]", "\"sources\": [\"src-b\"]")
                .replace("\"contacts\": [\"web-service\", \"help-line\"]", "\"contacts\": [\"help-line\"]"),
            "contact 'web-service' is named by no step"),
        broken("doFirst ranks clash for one audience", "warnings.json",
            s -> s.replace("\"rank\": 40, \"for\": [\"YOUNG_PERSON\"]",
                "\"rank\": 30, \"for\": [\"YOUNG_PERSON\"]"),
            "warnings.json: [0].doFirst.rank: rank 30 for YOUNG_PERSON is also given to"
                + " 'talk-to-someone': ranks must be unique for each audience"),
        broken("doFirst for an audience without text", "steps.json",
            s -> s.replace("\"doFirst\": { \"rank\": 30 }",
                "\"doFirst\": { \"rank\": 30, \"for\": [\"PROFESSIONAL\"] }"),
            "steps.json: [6].doFirst.for[0]: audience PROFESSIONAL has no text here, so it never"
                + " gets this"),
        broken("doFirst rank out of range", "steps.json",
            s -> s.replace("\"doFirst\": { \"rank\": 1 }", "\"doFirst\": { \"rank\": 0 }"),
            "steps.json: [0].doFirst.rank: rank 0 is outside 1 to 999"),
        broken("doFirst without a rank", "steps.json",
            s -> s.replace("\"doFirst\": { \"rank\": 1 }", "\"doFirst\": { }"),
            "steps.json: [0].doFirst.rank: is required"),
        broken("doFirst with an unknown field", "warnings.json",
            s -> s.replace("\"doFirst\": { \"rank\": 20 }",
                "\"doFirst\": { \"rank\": 20, \"first\": true }"),
            "warnings.json: [1].doFirst: unknown field 'first'"),
        broken("doFirst for an unknown audience", "warnings.json",
            s -> s.replace("\"for\": [\"YOUNG_PERSON\"] }", "\"for\": [\"CHILD\"] }"),
            "warnings.json: [0].doFirst.for[0]: unknown value 'CHILD'"),
        broken("doFirst as an empty list", "steps.json",
            s -> s.replace("\"doFirst\": { \"rank\": 1 }", "\"doFirst\": []"),
            "steps.json: [0].doFirst: must have at least one entry, or be left out"),
        broken("doFirst neither an object nor a list", "steps.json",
            s -> s.replace("\"doFirst\": { \"rank\": 1 }", "\"doFirst\": 7"),
            "steps.json: [0].doFirst: must be an object {\"rank\", \"for\", \"when\"} or a list of them"),
        broken("a doFirst entry after one without when", "steps.json",
            s -> s.replace("\"doFirst\": { \"rank\": 1 }", "\"doFirst\": [ { \"rank\": 1 },"
                + " { \"rank\": 2, \"when\": { \"fact\": \"indicators.BLACKMAIL\", \"in\": [\"NO\"] } } ]"),
            "steps.json: [0].doFirst[1]: is never used for PARENT_OR_CARER: an earlier entry without"
                + " 'when' already ranks it"),
        broken("a doFirst when that reads the reporter", "steps.json",
            s -> s.replace("\"doFirst\": { \"rank\": 1 }", "\"doFirst\": [ { \"rank\": 1,"
                + " \"when\": { \"fact\": \"reporter\", \"in\": [\"PROFESSIONAL\"] } }, { \"rank\": 2 } ]"),
            "steps.json: [0].doFirst[0].when: may not read reporter: list the audiences in 'for'"),
        broken("a doFirst when that is null", "steps.json",
            s -> s.replace("\"doFirst\": { \"rank\": 1 }",
                "\"doFirst\": { \"rank\": 1, \"when\": null }"),
            "steps.json: [0].doFirst.when: must be a condition"),
        broken("a doFirst when with an unknown fact", "steps.json",
            s -> s.replace("\"doFirst\": { \"rank\": 1 }", "\"doFirst\": [ { \"rank\": 1,"
                + " \"when\": { \"fact\": \"mood\", \"in\": [\"YES\"] } } ]"),
            "steps.json: [0].doFirst[0].when.fact: unknown fact 'mood'"),
        broken("a doFirst when that reads a fact without a question", "steps.json",
            s -> s.replace("\"doFirst\": { \"rank\": 1 }", "\"doFirst\": [ { \"rank\": 1,"
                + " \"when\": { \"fact\": \"indicators.SELF_HARM_RISK\", \"in\": [\"NO\"] } } ]"),
            "rules or texts read 'indicators.SELF_HARM_RISK' but there is no question"),
        broken("a doFirst entry in a list with an unknown field", "warnings.json",
            s -> s.replace("\"doFirst\": { \"rank\": 20 }",
                "\"doFirst\": [ { \"rank\": 20, \"first\": true } ]"),
            "warnings.json: [1].doFirst[0]: unknown field 'first'"),
        broken("doFirst ranks clash in a situational entry", "warnings.json",
            s -> s.replace("\"doFirst\": { \"rank\": 20 }", "\"doFirst\": [ { \"rank\": 30,"
                + " \"for\": [\"YOUNG_PERSON\"], \"when\": { \"fact\": \"indicators.BLACKMAIL\","
                + " \"in\": [\"NO\"] } }, { \"rank\": 20 } ]"),
            "warnings.json: [1].doFirst[0].rank: rank 30 for YOUNG_PERSON is also given to"
                + " 'talk-to-someone': ranks must be unique for each audience"),
        broken("a text variant citing an unknown source", "warnings.json",
            s -> s.replace("{ \"for\": [\"YOUNG_PERSON\"], \"text\": \"Do not copy it.\" }",
                "{ \"for\": [\"YOUNG_PERSON\"], \"text\": \"Do not copy it.\", \"sources\": [\"src-z\"] }"),
            "warnings.json: [0].text[2].sources: unknown source 'src-z'"),
        broken("a text variant citing no sources", "steps.json",
            s -> s.replace("\"detail\": \"You can report it.\" }",
                "\"detail\": \"You can report it.\", \"sources\": [] }"),
            "steps.json: [2].text[2].sources: must not be empty"),
        broken("a question text citing sources", "questions.json",
            s -> s.replaceFirst("\"whyItMatters\": \"It decides the steps.\"",
                "\"whyItMatters\": \"It decides the steps.\", \"sources\": [\"src-a\"]"),
            "questions.json: [0].text[0]: unknown field 'sources'"),
        broken("a step and a warning share an id", "warnings.json",
            s -> s.replace("\"id\": \"never-copy\"", "\"id\": \"reassure\""),
            "warnings.json: warning 'reassure' has the id of a step"),
        broken("a text variant after the default", "warnings.json",
            s -> s.replace("{ \"for\": [\"YOUNG_PERSON\"], \"text\": \"Do not copy it.\" } ],",
                "{ \"for\": [\"YOUNG_PERSON\"], \"text\": \"Do not copy it.\" },"
                + " { \"for\": [\"YOUNG_PERSON\"], \"when\": { \"fact\": \"childAge\", \"gt\": 20,"
                + " \"ifUnknown\": false }, \"text\": \"Never.\" } ],"),
            "warnings.json: [0].text[3].for: audience YOUNG_PERSON has a text with 'when' after its"
                + " default text"),
        broken("text variants without a default", "warnings.json",
            s -> s.replace(",\n              { \"for\": [\"YOUNG_PERSON\"], \"text\": \"Do not copy it.\" }", ""),
            "warnings.json: [0].text: audience YOUNG_PERSON has no default text"),
        broken("a text condition that reads the reporter", "steps.json",
            s -> s.replace("\"when\": { \"fact\": \"jurisdiction\", \"in\": [\"GB-SCT\"], \"ifUnknown\": false }",
                "\"when\": { \"fact\": \"reporter\", \"in\": [\"PROFESSIONAL\"] }"),
            "steps.json: [2].text[0].when: may not read reporter"),
        broken("a jurisdiction test without ifUnknown", "steps.json",
            s -> s.replace("\"in\": [\"GB-SCT\"], \"ifUnknown\": false", "\"in\": [\"GB-SCT\"]"),
            "steps.json: [2].text[0].when.ifUnknown: is required for a jurisdiction test"),
        broken("a text condition with an unknown value", "steps.json",
            s -> s.replace("[\"GB-SCT\"]", "[\"GB-SCO\"]"),
            "unknown value 'GB-SCO' for jurisdiction"),
        broken("ifUnknown on a fact that has an UNKNOWN value", "risk-factors.json",
            s -> s.replace("\"in\": [\"PEER\"] }", "\"in\": [\"PEER\"], \"ifUnknown\": true }"),
            "unknown field 'ifUnknown'"),
        broken("a fact read only by a text, without a question", "questions.json",
            s -> s.replace("\"field\": \"jurisdiction\"", "\"field\": \"indicators.COERCION\""),
            "rules or texts read 'jurisdiction' but there is no question"),
        broken("a risk factor with an explanation and texts", "risk-factors.json",
            s -> s.replace("{ \"id\": \"blackmail\",", "{ \"id\": \"blackmail\", \"explanation\": \"x\","),
            "risk-factors.json: [1].explanation: give either 'explanation'"),
        broken("a risk factor with neither", "risk-factors.json",
            s -> s.replace("\"explanation\": \"An adult is involved.\", ", ""),
            "risk-factors.json: [0].explanation: is required"),
        broken("review date before release", "manifest.json",
            s -> s.replace("2099-01-01", "2025-01-01"),
            "reviewBy: must be after the release date"));
  }

  private static Arguments broken(String what, String file, UnaryOperator<String> edit,
      String expected) {
    return Arguments.of(what, file, edit, expected);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("brokenBundles")
  void refusesABrokenBundle(String what, String file, UnaryOperator<String> edit, String expected) {
    String original = Fixture.files().get(file);
    String changed = edit.apply(original);
    assertTrue(!changed.equals(original), "the edit for '" + what + "' must change " + file);
    InvalidBundleException e = assertThrows(InvalidBundleException.class,
        () -> ContentBundle.load(Fixture.edited(file, edit)));
    assertTrue(e.problems().stream().anyMatch(p -> p.contains(expected)),
        "expected a problem containing [" + expected + "] in:\n" + e.getMessage());
    REFUSALS.check(what, e.problems());
  }

  /**
   * Every problem each broken bundle above gives, in order, as reviewed in
   * src/test/resources/refusals.md: the follow-on problems one mistake causes (a rule that no
   * longer loads leaves a step that no rule gives) are part of what an editor reads, so a change
   * to them is seen, not only the problem each case looks for.
   */
  private static final RefusalsFile REFUSALS = new RefusalsFile("refusals.md");

  @AfterAll
  static void writeOrCheckTheRefusalsFile() {
    REFUSALS.finish(brokenBundles().count());
  }

  @Test
  void refusesATamperedBundleWhoseDigestNoLongerMatches() {
    Map<String, String> files = Fixture.files();
    files.put("contacts.json", files.get("contacts.json").replace("0800 1111", "0800 2222"));
    InvalidBundleException e = assertThrows(InvalidBundleException.class,
        () -> ContentBundle.load(Fixture.source(files)));
    assertEquals(1, e.problems().size(), e.getMessage());
    assertTrue(e.problems().get(0).contains("does not match the manifest digest"));
  }

  @Test
  void refusesAManifestChangedAfterSigningOff() {
    // The digest covers the manifest too: changing its phone format (here, what the
    // problem says is allowed) after sign-off is a change like any other.
    Map<String, String> files = Fixture.files();
    String manifest = files.get("manifest.json");
    files.put("manifest.json", manifest.replace("\"a UK number:", "\"any number:"));
    InvalidBundleException e = assertThrows(InvalidBundleException.class,
        () -> ContentBundle.load(Fixture.source(files)));
    assertEquals(1, e.problems().size(), e.getMessage());
    assertTrue(e.problems().get(0).contains("does not match the manifest digest"), e.getMessage());
  }

  @Test
  void theDigestIgnoresOnlyItsOwnValueInTheManifest() throws java.io.IOException {
    Map<String, String> files = Fixture.files();
    String signed = ContentBundle.computeDigest(Fixture.source(files));
    files.put("manifest.json", files.get("manifest.json")
        .replaceAll("sha256:[0-9a-f]{64}", "sha256:" + "0".repeat(64)));
    assertEquals(signed, ContentBundle.computeDigest(Fixture.source(files)));
    files.put("manifest.json", files.get("manifest.json").replace("\"fixture\"", "\"fixture2\""));
    assertNotEquals(signed, ContentBundle.computeDigest(Fixture.source(files)));
  }

  @Test
  void aSignedManifestDiffersOnlyInItsDigestAndLoads() throws java.io.IOException {
    Map<String, String> files = Fixture.files();
    files.put("rules.json", files.get("rules.json").replace("\"tell-lead\"]", "\"tell-lead\" ]"));
    String before = files.get("manifest.json");
    assertThrows(InvalidBundleException.class, () -> ContentBundle.load(Fixture.source(files)));

    String signed = ContentBundle.signedManifest(Fixture.source(files));
    String digest = ContentBundle.computeDigest(Fixture.source(files));
    assertEquals(before.replaceAll("sha256:[0-9a-f]{64}", digest), signed);
    assertNotEquals(before, signed);
    files.put("manifest.json", signed);
    assertEquals(digest, ContentBundle.load(Fixture.source(files)).identity().digest());
  }

  @Test
  void aManifestWithoutADigestFieldCannotBeSigned() {
    Map<String, String> files = Fixture.files();
    files.put("manifest.json", files.get("manifest.json").replace("\"digest\"", "\"digestX\""));
    InvalidBundleException e = assertThrows(InvalidBundleException.class,
        () -> ContentBundle.signedManifest(Fixture.source(files)));
    assertEquals(List.of("manifest.json: digest: missing; add \"digest\": \"\" so that the"
        + " manifest can be signed"), e.problems());
  }

  @Test
  void refusesABundleWithAMissingFile() {
    Map<String, String> files = Fixture.files();
    files.remove("questions.json");
    InvalidBundleException e = assertThrows(InvalidBundleException.class,
        () -> ContentBundle.load(Fixture.source(files)));
    assertTrue(e.problems().contains("questions.json: is missing"), e.getMessage());
  }

  @Test
  void listsEveryProblemAtOnce() {
    Map<String, String> files = Fixture.files();
    files.put("contacts.json", files.get("contacts.json").replace("0800 1111", "12345")
        .replace("https://example.org/report", "ftp://example.org"));
    files.put("rules.json", files.get("rules.json").replace("\"steps\": [\"tell-lead\"]",
        "\"steps\": [\"tell-the-lead\"]"));
    InvalidBundleException e = assertThrows(InvalidBundleException.class,
        () -> ContentBundle.load(Fixture.source(Fixture.resign(files))));
    List<String> problems = e.problems();
    assertTrue(problems.stream().anyMatch(p -> p.startsWith("contacts.json: [0].phone: ")),
        e.getMessage());
    assertTrue(problems.stream().anyMatch(p -> p.contains("ftp://example.org")), e.getMessage());
    assertTrue(problems.stream().anyMatch(p -> p.contains("tell-the-lead")), e.getMessage());
    assertTrue(problems.stream().anyMatch(p -> p.contains("'tell-lead' is never given")),
        e.getMessage());
    assertTrue(e.getMessage().startsWith("content bundle refused, " + problems.size() + " problems"));
  }

  @Test
  void problemsNameTheFileAndThePath() {
    InvalidBundleException e = assertThrows(InvalidBundleException.class,
        () -> ContentBundle.load(Fixture.edited("contacts.json", s -> s.replace("0800 1111", "12"))));
    assertTrue(e.problems().contains("contacts.json: [0].phone: is not a phone number of the form"
        + " the manifest declares (a UK number: 999, 101, 111, 116 123, or a 0-prefixed number such"
        + " as 0808 800 5000)"), e.getMessage());
  }

  @Test
  void aMissingSourcesFileIsNamedOnceAndEveryProblemNamesItsFile() {
    Map<String, String> files = Fixture.files();
    files.remove("sources.json");
    InvalidBundleException e = assertThrows(InvalidBundleException.class,
        () -> ContentBundle.load(Fixture.source(files)));
    assertEquals(1, e.problems().stream().filter(p -> p.startsWith("sources.json: ")).count(),
        e.getMessage());
    assertTrue(e.problems().contains("sources.json: is missing"), e.getMessage());
    for (String problem : e.problems()) {
      assertTrue(problem.matches("[a-z-]+\\.json: .+"), "names its file: " + problem);
    }
  }

  @Test
  void aBrokenNamedConditionIsReportedOnceHoweverOftenItIsReferredTo() {
    // child-or-unknown-age is referred to by child-image, by rules and by texts.
    String conditions = Fixture.files().get("conditions.json");
    assertTrue(conditions.contains("\"lt\": 18"));
    InvalidBundleException e = assertThrows(InvalidBundleException.class,
        () -> ContentBundle.load(Fixture.edited("conditions.json",
            s -> s.replace("\"lt\": 18", "\"lt\": 99"))));
    List<String> outOfRange = e.problems().stream()
        .filter(p -> p.contains("age 99 is outside 0 to 25")).toList();
    assertEquals(List.of("conditions.json: [0].when.lt: age 99 is outside 0 to 25"), outOfRange,
        e.getMessage());
    String referrers = Fixture.files().get("conditions.json") + Fixture.files().get("rules.json");
    assertTrue(referrers.split("\"ref\": \"child-or-unknown-age\"", -1).length > 2,
        "the fixture refers to it more than once");
  }

  @Test
  void aNamedConditionCycleIsReportedOnce() {
    InvalidBundleException e = assertThrows(InvalidBundleException.class,
        () -> ContentBundle.load(Fixture.edited("conditions.json", s -> s.replace(
            "\"when\": { \"fact\": \"childAge\", \"gte\": 18, \"ifUnknown\": false }",
            "\"when\": { \"not\": { \"ref\": \"child-or-unknown-age\" } }").replace(
            "\"when\": { \"fact\": \"childAge\", \"lt\": 18, \"ifUnknown\": true }",
            "\"when\": { \"not\": { \"ref\": \"adult\" } }"))));
    assertEquals(1, e.problems().stream().filter(p -> p.contains("in a cycle")).count(),
        e.getMessage());
  }

  @Test
  void anUnverifiedTextNeedsTheManifestsWordsToSaySo() {
    Map<String, String> files = Fixture.files();
    files.put("contacts.json", files.get("contacts.json")
        .replace("\"unverified\": [\"url\"]", "\"unverified\": [\"forWhom\"]")
        .replace("\"forWhom\": \"Under 18\"", "\"forWhom\": \"Under 18 (age limit not verified)\""));
    ContentBundle.load(Fixture.source(Fixture.resign(files)));
    files.put("manifest.json", files.get("manifest.json")
        .replace("\"unverifiedWords\": [\"unverified\", \"not verified\"]",
            "\"unverifiedWords\": [\"ungeprüft\"]"));
    InvalidBundleException e = assertThrows(InvalidBundleException.class,
        () -> ContentBundle.load(Fixture.source(Fixture.resign(files))));
    assertEquals(List.of("contacts.json: [1].forWhom: rests on an unverified fact, so its text must"
        + " say it is unverified (with one of the manifest's unverifiedWords: ungeprüft)"),
        e.problems());
    files.put("manifest.json", files.get("manifest.json")
        .replace("  \"unverifiedWords\": [\"ungeprüft\"],\n", ""));
    e = assertThrows(InvalidBundleException.class,
        () -> ContentBundle.load(Fixture.source(Fixture.resign(files))));
    assertEquals(List.of("contacts.json: [1].forWhom: rests on an unverified fact, and the"
        + " manifest declares no unverifiedWords to say so with"), e.problems());
  }

  @Test
  void theFixtureItselfIsValid() {
    ContentBundle bundle = Fixture.bundle();
    assertEquals("fixture", bundle.identity().id());
    assertTrue(bundle.identity().digest().matches("sha256:[0-9a-f]{64}"));
    assertTrue(bundle.source("src-b").orElseThrow().url().isPresent());
    assertEquals(Verification.PARTLY_VERIFIED, bundle.source("src-b").orElseThrow().verification());
    assertEquals(java.time.LocalDate.of(2099, 1, 1), bundle.reviewBy());
    assertTrue(bundle.isPastReviewBy(java.time.LocalDate.of(2099, 1, 2)));
    assertEquals("Yes", bundle.choices(SituationFact.indicator(Indicator.BLACKMAIL)).get(0)
        .label(Reporter.PARENT_OR_CARER));
  }

  @Test
  void theDefaultBundleNeedsAProviderOnThePath() {
    IllegalStateException e = assertThrows(IllegalStateException.class,
        () -> ContentBundle.fromProvider("no-such-bundle"));
    assertTrue(e.getMessage().contains("no content bundle 'no-such-bundle' found"));
  }
}
