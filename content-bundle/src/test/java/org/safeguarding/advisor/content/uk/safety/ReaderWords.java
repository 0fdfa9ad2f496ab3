package org.safeguarding.advisor.content.uk.safety;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Every text of a bundle with the audiences it is written for, read from the bundle's files so
 * that every variant counts (each audience's words, and every {@code when} variant, such as a
 * nation's), not only the ones some situation happens to show.
 */
final class ReaderWords {
  static final List<String> AUDIENCES =
      List.of("YOUNG_PERSON", "PARENT_OR_CARER", "OTHER_ADULT", "PROFESSIONAL");

  /**
   * One text as a reader sees it. {@code prose} is false for labels (a question's answer choices,
   * a contact's name, hours and scope): those are checked for jargon, not graded, because a grade
   * formula means nothing on a three-word label.
   */
  record Entry(String item, int variant, boolean conditional, List<String> audiences,
      String text, boolean prose) {
    boolean isFor(String audience) {
      return audiences.contains(audience);
    }

    String label() {
      return item + (variant < 0 ? "" : " #" + (variant + 1)) + (conditional ? " (when)" : "");
    }
  }

  private ReaderWords() {}

  static JsonNode read(Path dir, String file) {
    try {
      return new ObjectMapper().readTree(Files.readAllBytes(dir.resolve(file)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static List<Entry> entries(Path dir) {
    List<Entry> out = new ArrayList<>();
    for (JsonNode step : read(dir, "steps.json")) {
      variants(out, "step " + step.get("id").textValue(), step.get("text"), "title", "detail");
    }
    for (JsonNode warning : read(dir, "warnings.json")) {
      variants(out, "warning " + warning.get("id").textValue(), warning.get("text"), "text");
    }
    for (JsonNode risk : read(dir, "risk-factors.json")) {
      String item = "risk factor " + risk.get("id").textValue();
      if (risk.has("text")) {
        variants(out, item, risk.get("text"), "explanation", "text");
      } else {
        out.add(new Entry(item, -1, false, AUDIENCES, risk.get("explanation").textValue(), true));
      }
    }
    for (JsonNode question : read(dir, "questions.json")) {
      String item = "question " + question.get("field").textValue();
      variants(out, item, question.get("text"), "question", "whyItMatters");
      JsonNode choices = question.get("choices");
      JsonNode choicesFor = question.path("choicesFor");
      if (choices != null) {
        for (Iterator<Map.Entry<String, JsonNode>> it = choices.fields(); it.hasNext(); ) {
          Map.Entry<String, JsonNode> c = it.next();
          // An audience with its own label (choicesFor) reads that one instead.
          List<String> readers = new java.util.ArrayList<>();
          for (String audience : AUDIENCES) {
            JsonNode own = choicesFor.path(audience).path(c.getKey());
            if (own.isTextual()) {
              out.add(new Entry(item + " choice " + c.getKey(), -1, false, List.of(audience),
                  own.textValue(), false));
            } else {
              readers.add(audience);
            }
          }
          if (!readers.isEmpty()) {
            out.add(new Entry(item + " choice " + c.getKey(), -1, false, List.copyOf(readers),
                c.getValue().textValue(), false));
          }
        }
      }
    }
    for (JsonNode contact : read(dir, "contacts.json")) {
      String item = "contact " + contact.get("id").textValue();
      for (String field : List.of("name", "forWhom", "hours")) {
        if (contact.hasNonNull(field)) {
          out.add(new Entry(item + " " + field, -1, false, AUDIENCES,
              contact.get(field).textValue(), false));
        }
      }
    }
    return out;
  }

  /** Each text variant; its fields are joined one per line (a title is its own sentence). */
  private static void variants(List<Entry> out, String item, JsonNode texts, String... fields) {
    int i = 0;
    for (JsonNode variant : texts) {
      List<String> audiences = new ArrayList<>();
      if (variant.has("for")) {
        variant.get("for").forEach(a -> audiences.add(a.textValue()));
      } else {
        audiences.addAll(AUDIENCES);
      }
      StringBuilder text = new StringBuilder();
      for (String field : fields) {
        if (variant.hasNonNull(field)) {
          text.append(text.length() == 0 ? "" : "\n").append(variant.get(field).textValue());
        }
      }
      out.add(new Entry(item, i++, variant.has("when"), List.copyOf(audiences), text.toString(),
          true));
    }
  }

  /**
   * The grade limit of a text: the strictest of its audiences' (young person 6, parent and other
   * adult 8); a text for professionals only has none.
   */
  static double gradeLimit(Entry e) {
    if (e.isFor("YOUNG_PERSON")) {
      return 6.0;
    }
    if (e.isFor("PARENT_OR_CARER") || e.isFor("OTHER_ADULT")) {
      return 8.0;
    }
    return Double.POSITIVE_INFINITY;
  }

  static String audienceLabel(Entry e) {
    if (e.audiences().size() == AUDIENCES.size()) {
      return "all";
    }
    List<String> short_ = new ArrayList<>();
    for (String a : AUDIENCES) {
      if (e.isFor(a)) {
        short_.add(switch (a) {
          case "YOUNG_PERSON" -> "young person";
          case "PARENT_OR_CARER" -> "parent";
          case "OTHER_ADULT" -> "other adult";
          default -> "professional";
        });
      }
    }
    return String.join(", ", short_);
  }

  static String format(double grade) {
    return String.format(Locale.ROOT, "%.1f", grade);
  }
}
