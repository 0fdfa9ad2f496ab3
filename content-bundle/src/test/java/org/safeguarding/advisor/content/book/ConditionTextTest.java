package org.safeguarding.advisor.content.book;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.safeguarding.advisor.Concern;
import org.safeguarding.advisor.Condition;
import org.safeguarding.advisor.Indicator;
import org.safeguarding.advisor.Jurisdiction;
import org.safeguarding.advisor.OtherParty;
import org.safeguarding.advisor.Platform;
import org.safeguarding.advisor.ReferralTrigger;
import org.safeguarding.advisor.Reporter;
import org.safeguarding.advisor.SituationFact;
import org.safeguarding.advisor.Spread;
import org.safeguarding.advisor.Urgency;

/** Conditions in plain English: every form of the condition language, and every value. */
class ConditionTextTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private static final Map<String, Condition.Named> NAMED = new LinkedHashMap<>();

  static {
    named("child", "d", "{'fact':'childAge','lt':18,'ifUnknown':true}");
    named("contact", "d", "{'any':[{'fact':'otherParty','in':['ADULT']},"
        + "{'fact':'otherParty','in':['UNKNOWN_ONLINE_CONTACT']}]}");
    named("adult-contact", "An adult, or a possible adult, is in contact.",
        "{'all':[{'ref':'child'},{'ref':'contact'}]}");
    named("long", "CEOP can take it.", "{'fact':'concerns','containsAny':['SHARED_OWN_IMAGE',"
        + "'IMAGE_SHARED_BY_OTHERS','ASKED_FOR_IMAGES','RECEIVED_SEXUAL_IMAGE','SEXTORTION',"
        + "'INTIMATE_IMAGE_ABUSE','DEEPFAKE']}");
  }

  private static final ConditionText TEXT = new ConditionText();

  private static void named(String id, String description, String when) {
    NAMED.put(id, new Condition.Named(id, description, condition(when)));
  }

  /**
   * A condition written as the bundle writes it, as the typed value the bundle's views give: the
   * cases below read best in the bundle's own notation.
   */
  private static Condition condition(String text) {
    try {
      return typed(MAPPER.readTree(text.replace('\'', '"')));
    } catch (Exception e) {
      throw new IllegalArgumentException(text, e);
    }
  }

  private static Condition typed(JsonNode c) {
    if (c.has("all") || c.has("any")) {
      List<Condition> parts = new ArrayList<>();
      c.get(c.has("all") ? "all" : "any").forEach(p -> parts.add(typed(p)));
      return c.has("all") ? new Condition.All(parts) : new Condition.Any(parts);
    }
    if (c.has("not")) {
      return new Condition.Not(typed(c.get("not")));
    }
    if (c.has("ref")) {
      return NAMED.get(c.get("ref").textValue());
    }
    SituationFact<?> fact = SituationFact.ofPath(c.get("fact").textValue()).orElseThrow();
    if (c.has("isEmpty")) {
      return new Condition.IsEmpty(fact, c.get("isEmpty").booleanValue());
    }
    if (c.has("isUnknown")) {
      return new Condition.AgeUnknown(c.get("isUnknown").booleanValue());
    }
    for (Condition.AgeComparison.Operator op : Condition.AgeComparison.Operator.values()) {
      String name = op.name().toLowerCase(java.util.Locale.ROOT);
      if (c.has(name)) {
        return new Condition.AgeComparison(op, c.get(name).intValue(),
            c.get("ifUnknown").booleanValue());
      }
    }
    String form = c.has("containsAny") ? "containsAny" : c.has("containsAll") ? "containsAll"
        : "in";
    return typed(fact, form, c.get(form), c.has("ifUnknown")
        ? Optional.of(c.get("ifUnknown").booleanValue()) : Optional.empty());
  }

  private static <V> Condition typed(SituationFact<V> fact, String form, JsonNode names,
      Optional<Boolean> ifUnknown) {
    List<V> values = new ArrayList<>();
    names.forEach(n -> values.add(fact.valueNamed(n.textValue()).orElseThrow()));
    return switch (form) {
      case "containsAny" -> new Condition.ContainsAny<>(fact, values);
      case "containsAll" -> new Condition.ContainsAll<>(fact, values);
      default -> new Condition.In<>(fact, values, ifUnknown);
    };
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "{'ref':'contact'} | an adult is involved or an online contact whose identity or age is"
          + " not known is involved",
      "{'ref':'adult-contact'} | an adult, or a possible adult, is in contact",
      "{'ref':'long'} | CEOP can take it",
      "{'not':{'ref':'adult-contact'}} | it is not the case that an adult, or a possible adult, is"
          + " in contact",
  })
  void aShortNamedConditionOfFactsIsWrittenOutAnyOtherCitedByItsDescription(String condition,
      String english) {
    assertEquals(english, TEXT.render(condition(condition)).plain());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "{'all':[{'ref':'child'},{'fact':'otherParty','in':['ADULT']}]}"
          + " | the child is under 18 (or their age is unknown) and an adult is involved",
      "{'fact':'childAge','gte':18,'ifUnknown':false} | the child is known to be 18 or over",
      "{'not':{'fact':'childAge','lt':18,'ifUnknown':true}} | the child is known to be 18 or over",
      "{'not':{'fact':'childAge','lte':12,'ifUnknown':false}}"
          + " | the child is over 12 (or their age is unknown)",
      "{'fact':'childAge','eq':13,'ifUnknown':false} | the child is known to be exactly 13",
      "{'not':{'fact':'childAge','eq':13,'ifUnknown':false}}"
          + " | the child is not 13 (or their age is unknown)",
      "{'fact':'childAge','isUnknown':true} | the child's age is not known",
      "{'not':{'fact':'childAge','isUnknown':true}} | the child's age is known",
      "{'fact':'concerns','isEmpty':true} | no concern is known yet",
      "{'not':{'fact':'concerns','isEmpty':true}} | at least one concern is known",
      "{'fact':'concerns','containsAny':['SEXTORTION','DEEPFAKE']}"
          + " | the concerns include sextortion or a deepfake",
      "{'not':{'fact':'concerns','containsAny':['SEXTORTION','DEEPFAKE']}}"
          + " | the concerns include none of sextortion and a deepfake",
      "{'fact':'concerns','containsAll':['SEXTORTION','DEEPFAKE']}"
          + " | the concerns include all of sextortion and a deepfake",
      "{'fact':'platforms','containsAny':['DATING_APP']} | the platforms include a dating app",
      "{'fact':'reporter','in':['PROFESSIONAL']}"
          + " | the person asking is a professional (school or other children's workforce)",
      "{'not':{'fact':'reporter','in':['YOUNG_PERSON']}}"
          + " | the person asking is not the young person themself",
      "{'fact':'jurisdiction','in':['GB-SCT','GB-NIR'],'ifUnknown':false}"
          + " | the child is known to live in Scotland or Northern Ireland",
      "{'fact':'jurisdiction','in':['GB-ENG'],'ifUnknown':true}"
          + " | the child lives in England (or the nation is not known)",
      "{'not':{'fact':'jurisdiction','in':['GB-ENG'],'ifUnknown':true}}"
          + " | the child is known not to live in England",
      "{'not':{'fact':'jurisdiction','in':['GB-SCT'],'ifUnknown':false}}"
          + " | the child does not live in Scotland (or the nation is not known)",
      "{'fact':'spread','in':['SOCIAL_MEDIA','PUBLIC_WEBSITE']}"
          + " | the image is on social media or the image is on a public website",
      "{'fact':'indicators.BLACKMAIL','in':['YES']}"
          + " | there are threats or demands attached to the images",
      "{'fact':'indicators.IMMEDIATE_DANGER','in':['YES','UNKNOWN']}"
          + " | the child is in danger now (or someone is about to meet them) (or this is not known)",
      "{'fact':'indicators.BLACKMAIL','in':['UNKNOWN']} | the answer on “blackmail” is not known",
      "{'not':{'fact':'indicators.BLACKMAIL','in':['YES']}}"
          + " | the answer on “blackmail” is no or not known",
      "{'any':[{'fact':'concerns','isEmpty':true},{'all':[{'ref':'child'},{'ref':'contact'}]}]}"
          + " | no concern is known yet or both the child is under 18 (or their age is unknown)"
          + " and either an adult is involved or an online contact whose identity or age is not"
          + " known is involved",
      "{'all':[{'any':[{'fact':'reporter','in':['PROFESSIONAL']},{'fact':'reporter','in':['OTHER_ADULT']},"
          + "{'fact':'concerns','isEmpty':true}]},{'fact':'concerns','isEmpty':false}]}"
          + " | (any of: the person asking is a professional (school or other children's"
          + " workforce), the person asking is another adult or no concern is known yet) and at"
          + " least one concern is known",
      "{'not':{'all':[{'ref':'child'},{'fact':'concerns','isEmpty':true}]}}"
          + " | it is not the case that the child is under 18 (or their age is unknown) and no"
          + " concern is known yet",
  })
  void rendersPlainEnglish(String condition, String english) {
    assertEquals(english, TEXT.render(condition(condition)).plain());
  }

  @Test
  void aNamedConditionIsWrittenOutAsALinkToItsEntry() {
    Inline text = TEXT.render(condition("{'all':[{'ref':'child'},{'fact':'otherParty','in':['ADULT']}]}"));
    Inline.Span first = text.spans().get(0);
    assertEquals(Inline.Kind.LINK, first.kind());
    assertEquals("condition-child", first.target());
    assertEquals("the child is under 18 (or their age is unknown)", first.text());
  }

  @Test
  void everyValueOfTheContractHasWords() {
    for (Reporter r : Reporter.values()) {
      assertTrue(Words.REPORTER.containsKey(r.name()) && Words.AUDIENCE.containsKey(r.name()));
    }
    Arrays.stream(Jurisdiction.values())
        .forEach(j -> assertTrue(Words.JURISDICTION.containsKey(j.code()), j.code()));
    Arrays.stream(Spread.values()).forEach(v -> assertTrue(Words.SPREAD.containsKey(v.name())));
    Arrays.stream(OtherParty.values())
        .forEach(v -> assertTrue(Words.OTHER_PARTY.containsKey(v.name())));
    Arrays.stream(Concern.values()).forEach(v -> assertTrue(Words.CONCERN.containsKey(v.name())));
    Arrays.stream(Platform.values()).forEach(v -> assertTrue(Words.PLATFORM.containsKey(v.name())));
    for (Indicator i : Indicator.values()) {
      assertTrue(Words.INDICATOR.containsKey(i.name()) && Words.INDICATOR_CLAUSE.containsKey(
          i.name()), i.name());
    }
    assertEquals(Arrays.stream(Urgency.values()).map(Enum::name).toList(), Words.URGENCIES);
    assertEquals(Arrays.stream(ReferralTrigger.values()).map(Enum::name).toList(), Words.TRIGGERS);
    Words.TRIGGERS.forEach(t -> assertTrue(Words.TRIGGER.containsKey(t), t));
    assertEquals(Words.REPORTER.size(), Reporter.values().length);
    assertEquals(Words.CONCERN.size(), Concern.values().length);
    assertEquals(Words.INDICATOR.size(), Indicator.values().length);
  }
}
