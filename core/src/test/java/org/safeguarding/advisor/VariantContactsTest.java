package org.safeguarding.advisor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/**
 * {@code contacts} on a step's text variant (docs/bundle-format.md, "Contacts of one text"): a
 * reader shown that text is given its contacts in place of the step's, in the step and in the
 * assessment's contact list; an empty list gives none. On an edited fixture.
 */
class VariantContactsTest {
  private static final String ADULT_AGE =
      "{ \"fact\": \"childAge\", \"gte\": 18, \"ifUnknown\": false }";

  private final ContentBundle bundle = ContentBundle.load(Fixture.source(edited()));
  private final Advisor advisor = Advisor.builder().bundle(bundle).build();
  private final Advisor withoutMemo =
      Advisor.builder().bundle(bundle).memoSize(0).build();

  /**
   * The fixture with: a contact {@code parent-line} that only a text variant names; remove-image
   * (contacts web-service, help-line) split into an adults' text with no contacts, a text for
   * parents, other adults and professionals with parent-line and web-service, and the young
   * person's text that keeps the step's; report-online's young person's text with help-line only.
   */
  static Map<String, String> edited() {
    Map<String, String> files = Fixture.files();
    files.put("contacts.json", Fixture.replace(files.get("contacts.json"),
        "\"unverified\": [\"url\"] }",
        "\"unverified\": [\"url\"] },\n  { \"id\": \"parent-line\", \"name\": \"Parent line\","
            + " \"phone\": \"0808 800 5000\", \"url\": null, \"hours\": null,"
            + " \"forWhom\": \"Parents\", \"sources\": [\"src-a\"] }"));
    files.put("steps.json", Fixture.replace(Fixture.replace(files.get("steps.json"),
        "\"text\": [ { \"for\": [\"PARENT_OR_CARER\", \"OTHER_ADULT\", \"PROFESSIONAL\","
            + " \"YOUNG_PERSON\"], \"title\": \"Get it removed\", \"detail\": \"Ask for removal.\" } ],",
        "\"text\": [ { \"for\": [\"PARENT_OR_CARER\", \"OTHER_ADULT\", \"PROFESSIONAL\"], \"when\": "
            + ADULT_AGE + ", \"title\": \"Get it removed\", \"detail\": \"Ask the site.\","
            + " \"contacts\": [] },\n"
            + "  { \"for\": [\"PARENT_OR_CARER\", \"OTHER_ADULT\", \"PROFESSIONAL\"],"
            + " \"title\": \"Get it removed\", \"detail\": \"Ask for removal.\","
            + " \"contacts\": [\"parent-line\", \"web-service\"] },\n"
            + "  { \"for\": [\"YOUNG_PERSON\"], \"title\": \"Get it removed\","
            + " \"detail\": \"Ask for removal.\" } ],"),
        "\"title\": \"Report it\", \"detail\": \"You can report it.\" }",
        "\"title\": \"Report it\", \"detail\": \"You can report it.\", \"contacts\": [\"help-line\"] }"));
    return Fixture.resign(files);
  }

  private static Situation.Builder sharedImage(Reporter reporter, int age) {
    return Situation.builder().reporter(reporter).childAge(age)
        .addConcern(Concern.IMAGE_SHARED_BY_OTHERS).spread(Spread.SOCIAL_MEDIA);
  }

  @Test
  void aVariantsContactsReplaceTheStepsForItsReaderOnly() {
    // The parent of a 14-year-old: the parents' text, with its own contacts.
    Assessment parent = advisor.evaluate(sharedImage(Reporter.PARENT_OR_CARER, 14).build());
    assertEquals(List.of("parent-line", "web-service"), step(parent, "remove-image").contacts());
    // The young person: a text without contacts of its own keeps the step's.
    Assessment young = advisor.evaluate(sharedImage(Reporter.YOUNG_PERSON, 14).build());
    assertEquals(List.of("web-service", "help-line"), step(young, "remove-image").contacts());
    // The parent of a 19-year-old: "contacts": [] gives this reader none with the step.
    Assessment adult = advisor.evaluate(sharedImage(Reporter.PARENT_OR_CARER, 19).build());
    assertEquals(List.of(), step(adult, "remove-image").contacts());
  }

  @Test
  void thePlansContactListHoldsWhatTheShownTextsGiveInFirstUseOrder() {
    Situation.Builder blackmail = Situation.builder().childAge(14)
        .otherParty(OtherParty.ADULT).addConcern(Concern.SEXTORTION).spread(Spread.SOCIAL_MEDIA);
    Assessment parent = advisor.evaluate(blackmail.reporter(Reporter.PARENT_OR_CARER).build());
    assertEquals(List.of("report-online", "remove-image"), ids(parent.steps()).subList(0, 2));
    assertEquals(List.of("web-service", "parent-line"), contactIds(parent));
    // The young person's report-online text gives help-line only; remove-image keeps the step's.
    Assessment young = advisor.evaluate(blackmail.reporter(Reporter.YOUNG_PERSON).build());
    assertEquals(List.of("help-line"), step(young, "report-online").contacts());
    assertEquals(List.of("help-line", "web-service"), contactIds(young));
    // A contact the step names but the shown text replaces is not in the list.
    Assessment adult = advisor.evaluate(sharedImage(Reporter.PARENT_OR_CARER, 19)
        .otherParty(OtherParty.PEER).build());
    assertTrue(adult.hasStep("remove-image"));
    assertEquals(List.of(), contactIds(adult));
    // Each contact is the bundle's, as its own page lists it.
    Contact line = bundle.contacts().stream().filter(c -> c.id().equals("parent-line"))
        .findFirst().orElseThrow();
    assertTrue(parent.contacts().contains(line));
  }

  @Test
  void theViewsCarryEachTextsContacts() {
    StepDefinition remove = bundle.step("remove-image").orElseThrow();
    assertEquals(List.of("web-service", "help-line"), remove.contacts());
    assertEquals(Optional.of(List.of()), remove.texts().get(0).contacts());
    assertEquals(Optional.of(List.of("parent-line", "web-service")),
        remove.texts().get(1).contacts());
    assertEquals(Optional.empty(), remove.texts().get(2).contacts());
    assertEquals(List.of("parent-line", "web-service"),
        remove.contactsFor(sharedImage(Reporter.PROFESSIONAL, 15).build()));
    assertEquals(List.of(), remove.contactsFor(sharedImage(Reporter.OTHER_ADULT, 20).build()));
    // A step not for the reader gives them no contacts.
    assertEquals(List.of(), bundle.step("talk-to-someone").orElseThrow()
        .contactsFor(Situation.builder().reporter(Reporter.PARENT_OR_CARER).build()));
  }

  /**
   * Over generated situations, every step's contacts and the plan's contact list are what the
   * views give, and the memo (assessments and built steps) never changes them.
   */
  @Test
  void overGeneratedSituationsTheEngineAgreesWithTheViewsWithAndWithoutTheMemo() {
    long seed = Long.getLong("variant-contacts.seed", System.nanoTime());
    SplittableRandom random = new SplittableRandom(seed);
    List<String> failures = new ArrayList<>();
    int replaced = 0;
    for (int i = 0; i < 4000 && failures.size() < 5; i++) {
      Situation s = ViewsAgreement.random(random);
      Assessment remembered = advisor.evaluate(s);
      Assessment fresh = withoutMemo.evaluate(s);
      if (!remembered.equals(fresh)) {
        failures.add("the memo changed the plan for " + s);
      }
      List<String> differences = ViewsAgreement.differences(bundle, fresh, s);
      if (!differences.isEmpty()) {
        failures.add(differences + " for " + s);
      }
      replaced += fresh.steps().stream().anyMatch(st -> st.id().equals("remove-image")
          && !st.contacts().equals(List.of("web-service", "help-line"))) ? 1 : 0;
    }
    assertEquals(List.of(), failures, "seed " + seed);
    assertTrue(replaced > 20, "too few plans where a text's contacts replace the step's: "
        + replaced);
  }

  @Test
  void aContactOnlyATextNamesIsInUse() {
    // Without the variants, parent-line is named by nothing, and the bundle is refused for it.
    Map<String, String> files = edited();
    files.put("steps.json", files.get("steps.json")
        .replace("\"contacts\": [\"parent-line\", \"web-service\"]", "\"contacts\": [\"web-service\"]"));
    InvalidBundleException e = assertThrows(InvalidBundleException.class,
        () -> ContentBundle.load(Fixture.source(Fixture.resign(files))));
    assertEquals(List.of("contacts.json: contact 'parent-line' is named by no step"),
        e.problems());
  }

  @Test
  void theLoaderRefusesBrokenTextContactsListingEveryProblemWithItsPath() {
    InvalidBundleException e = assertThrows(InvalidBundleException.class,
        () -> ContentBundle.load(edit(steps -> steps
            .replace("\"contacts\": [\"parent-line\", \"web-service\"]",
                "\"contacts\": [\"parent-line\", \"parents-line\", \"parent-line\", 7]")
            .replace("\"contacts\": []", "\"contacts\": null")
            .replace("\"contacts\": [\"help-line\"] }", "\"contacts\": \"help-line\" }"))));
    assertEquals(List.of(
        "steps.json: [2].text[2].contacts: must be a list of contact ids (empty for none; leave"
            + " it out to keep the step's contacts)",
        "steps.json: [3].text[0].contacts: must be a list of contact ids (empty for none; leave"
            + " it out to keep the step's contacts)",
        "steps.json: [3].text[1].contacts[1]: unknown contact 'parents-line'",
        "steps.json: [3].text[1].contacts[2]: 'parent-line' is listed twice",
        "steps.json: [3].text[1].contacts[3]: must be a string"), e.problems());
  }

  @Test
  void onlyAStepsTextsMayNameContacts() {
    Map<String, String> files = edited();
    files.put("warnings.json", Fixture.replace(files.get("warnings.json"),
        "\"text\": \"Do not copy it, and tell a grown-up.\" }",
        "\"text\": \"Do not copy it, and tell a grown-up.\", \"contacts\": [\"help-line\"] }"));
    InvalidBundleException e = assertThrows(InvalidBundleException.class,
        () -> ContentBundle.load(Fixture.source(Fixture.resign(files))));
    assertEquals(1, e.problems().size(), e.problems().toString());
    assertTrue(e.problems().get(0).startsWith("warnings.json: [")
        && e.problems().get(0).contains("unknown field 'contacts'"), e.problems().get(0));
  }

  private static BundleSource edit(UnaryOperator<String> steps) {
    Map<String, String> files = edited();
    files.put("steps.json", steps.apply(files.get("steps.json")));
    return Fixture.source(Fixture.resign(files));
  }

  private static Step step(Assessment a, String id) {
    return a.steps().stream().filter(s -> s.id().equals(id)).findFirst().orElseThrow();
  }

  private static List<String> ids(List<Step> steps) {
    return steps.stream().map(Step::id).toList();
  }

  private static List<String> contactIds(Assessment a) {
    return a.contacts().stream().map(Contact::id).toList();
  }
}
