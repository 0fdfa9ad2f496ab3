package org.safeguarding.advisor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * A contact detail the bundle marks unverified reaches the application as {@link
 * Contact#unverified()}, so a helpline page can say so; a worded detail (hours, who it is for)
 * that rests on an unverified fact must say so in its own text, while a phone number or URL cannot.
 */
class UnverifiedContactDetailsTest {
  /** The fixture's first contact, "help-line", as the edits below start from it. */
  private static final String HELP_LINE_TAIL =
      "\"hours\": \"Always\", \"forWhom\": \"Anyone\", \"sources\": [\"src-a\"] }";

  private static Map<String, Contact> contacts(ContentBundle bundle) {
    return bundle.contacts().stream().collect(Collectors.toMap(Contact::id, Function.identity()));
  }

  @Test
  void theFixtureMarksOnlyTheWebServicesUrlUnverified() {
    Map<String, Contact> contacts = contacts(Fixture.bundle());

    assertEquals(Set.of(Contact.Detail.URL), contacts.get("web-service").unverified());
    assertEquals(Set.of(), contacts.get("help-line").unverified());
  }

  @Test
  void everyDetailCanBeMarkedAndTheWordedOnesSaySoInTheirText() {
    ContentBundle bundle = ContentBundle.load(Fixture.edited("contacts.json",
        s -> Fixture.replace(s, HELP_LINE_TAIL, "\"hours\": \"Always (not verified)\","
            + " \"forWhom\": \"Anyone (unverified)\", \"sources\": [\"src-a\"],"
            + " \"unverified\": [\"phone\", \"hours\", \"forWhom\"] }")));

    assertEquals(EnumSet.of(Contact.Detail.PHONE, Contact.Detail.HOURS, Contact.Detail.FOR_WHOM),
        contacts(bundle).get("help-line").unverified());
  }

  @Test
  void aWordedDetailThatDoesNotSayItIsUnverifiedIsRefusedAndAPhoneNumberNeedNot() {
    assertEquals(List.of("contacts.json: [0].hours: rests on an unverified fact, so its text must"
        + " say it is unverified (with one of the manifest's unverifiedWords: unverified,"
        + " not verified)"), problemsWithHelpLineUnverified("[\"phone\", \"hours\"]"));
  }

  @Test
  void aFieldThatIsNotAContactDetailIsRefusedNamingTheAllowedOnes() {
    assertEquals(List.of("contacts.json: [0].unverified: 'name' is not a contact field (allowed:"
        + " phone, url, hours, forWhom)"), problemsWithHelpLineUnverified("[\"name\"]"));
  }

  /** The problems of the fixture whose help line marks these details (a JSON array) unverified. */
  private static List<String> problemsWithHelpLineUnverified(String details) {
    return assertThrows(InvalidBundleException.class,
        () -> ContentBundle.load(Fixture.edited("contacts.json",
            s -> Fixture.replace(s, HELP_LINE_TAIL, "\"hours\": \"Always\","
                + " \"forWhom\": \"Anyone\", \"sources\": [\"src-a\"],"
                + " \"unverified\": " + details + " }")))).problems();
  }
}
