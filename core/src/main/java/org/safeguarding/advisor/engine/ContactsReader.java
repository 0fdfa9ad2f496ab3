package org.safeguarding.advisor.engine;

import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.safeguarding.advisor.Contact;

/**
 * Reads contacts.json: each contact with its phone number in the form the manifest declares, an
 * https URL, and the fields that rest on an unverified fact saying so in the manifest's words.
 */
final class ContactsReader {
  private static final List<String> CONTACT_FIELDS = List.of("phone", "url", "hours", "forWhom");

  private ContactsReader() {}

  static Map<String, ContactDef> read(Node root, Manifest manifest, Citations citations) {
    Map<String, ContactDef> out = new LinkedHashMap<>();
    if (root == null) {
      return out;
    }
    for (Node node : root.elements()) {
      if (!node.requireObject()) {
        continue;
      }
      String id = node.requiredId("id");
      String name = node.requiredString("name");
      String phone = node.optionalString("phone");
      Manifest.PhoneFormat format = manifest == null ? null : manifest.phoneFormat();
      if (phone != null && manifest != null && format == null) {
        node.field("phone").problem("cannot be checked: the manifest declares no phoneFormat");
      } else if (phone != null && format != null && !format.pattern().matcher(phone).matches()) {
        node.field("phone").problem("is not a phone number of the form the manifest declares ("
            + format.description() + ")");
      }
      String url = node.optionalHttpsUrl("url");
      String hours = node.optionalString("hours");
      String forWhom = node.requiredString("forWhom");
      List<String> sources = citations.cite(node);
      List<String> unverified = node.stringList("unverified", false);
      for (String field : unverified) {
        if (!CONTACT_FIELDS.contains(field)) {
          node.field("unverified").problem("'" + field + "' is not a contact field (allowed: "
              + String.join(", ", CONTACT_FIELDS) + ")");
        }
      }
      Map<String, String> values = new HashMap<>();
      values.put("phone", phone);
      values.put("url", url);
      values.put("hours", hours);
      values.put("forWhom", forWhom);
      // A phone number or URL cannot say so in words; the other fields must.
      List<String> words = manifest == null ? null : manifest.unverifiedWords();
      for (String field : unverified) {
        String value = values.get(field);
        if (value == null || field.equals("phone") || field.equals("url") || manifest == null) {
          continue;
        }
        if (words == null) {
          node.field(field).problem("rests on an unverified fact, and the manifest declares no"
              + " unverifiedWords to say so with");
        } else if (words.stream().noneMatch(value.toLowerCase(Locale.ROOT)::contains)) {
          node.field(field).problem("rests on an unverified fact, so its text must say it is"
              + " unverified (with one of the manifest's unverifiedWords: "
              + String.join(", ", words) + ")");
        }
      }
      node.checkNoOtherFields();
      if (id != null && out.containsKey(id)) {
        node.problem("duplicate contact id '" + id + "'");
      } else if (id != null && name != null && forWhom != null) {
        out.put(id, new ContactDef(Contact.of(id, name, Optional.ofNullable(phone),
            Optional.ofNullable(url), Optional.ofNullable(hours), forWhom, List.copyOf(sources),
            contactDetails(unverified)), sources));
      }
    }
    return out;
  }

  /** The contact details named by these field names (unknown names are a problem already). */
  private static Set<Contact.Detail> contactDetails(List<String> fields) {
    Set<Contact.Detail> out = EnumSet.noneOf(Contact.Detail.class);
    for (String field : fields) {
      int index = CONTACT_FIELDS.indexOf(field);
      if (index >= 0) {
        out.add(Contact.Detail.values()[index]);
      }
    }
    return out;
  }
}
