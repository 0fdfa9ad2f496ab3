package org.safeguarding.advisor.spring;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.safeguarding.advisor.BundleIdentity;
import org.safeguarding.advisor.ContentBundle;
import org.safeguarding.advisor.Reporter;
import org.safeguarding.advisor.Situation;
import org.safeguarding.advisor.Source;

/**
 * The document {@code GET /api/bundle} serves: the bundle's identity and review date, its contacts
 * and sources, and each question with its wording and choices for every audience. Built once: a
 * bundle never changes after it is loaded.
 */
final class BundleDocument {
  private static final ObjectMapper JSON = new ObjectMapper();

  private BundleDocument() {}

  /**
   * The document for a bundle; contacts and questions come from the files the bundle was checked
   * from, when the starter loaded it (an application's own advisor gives none of them).
   */
  static byte[] of(ContentBundle bundle, Optional<LoadedBundle> files, LocalDate today) {
    Map<String, Object> doc = new LinkedHashMap<>();
    BundleIdentity id = bundle.identity();
    doc.put("id", id.id());
    doc.put("version", id.version());
    doc.put("digest", id.digest());
    doc.put("releaseDate", files.map(f -> read(f, "manifest.json"))
        .map(m -> m.path("releaseDate").asText(null)).orElse(null));
    doc.put("reviewBy", bundle.reviewBy().toString());
    doc.put("pastReviewBy", bundle.isPastReviewBy(today));
    doc.put("contacts", files.map(f -> contacts(read(f, "contacts.json"))).orElse(List.of()));
    doc.put("sources", sources(bundle));
    doc.put("questions", files.map(f -> questions(read(f, "questions.json"))).orElse(List.of()));
    try {
      return JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(doc);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static JsonNode read(LoadedBundle files, String name) {
    byte[] bytes = files.file(name);
    if (bytes == null) {
      return JSON.missingNode();
    }
    try {
      return JSON.readTree(bytes);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static List<Object> contacts(JsonNode contacts) {
    List<Object> out = new ArrayList<>();
    for (JsonNode c : contacts) {
      Map<String, Object> contact = new LinkedHashMap<>();
      for (String field : new String[] {"id", "name", "phone", "url", "hours", "forWhom"}) {
        JsonNode value = c.get(field);
        contact.put(field, value == null || value.isNull() ? null : value.asText());
      }
      out.add(contact);
    }
    return out;
  }

  private static List<Object> sources(ContentBundle bundle) {
    List<Object> out = new ArrayList<>();
    for (Source s : bundle.sources()) {
      Map<String, Object> source = new LinkedHashMap<>();
      source.put("id", s.id());
      source.put("title", s.title());
      source.put("publisher", s.publisher().orElse(null));
      source.put("url", s.url().orElse(null));
      source.put("verification", s.verification().name());
      out.add(source);
    }
    return out;
  }

  private static List<Object> questions(JsonNode questions) {
    List<Object> out = new ArrayList<>();
    for (JsonNode q : questions) {
      String field = q.path("field").asText();
      Map<String, Object> question = new LinkedHashMap<>();
      question.put("field", field);
      String answer = answerKind(field);
      question.put("answer", answer);
      if (answer.equals("AGE")) {
        question.put("min", Situation.MIN_AGE);
        question.put("max", Situation.MAX_AGE);
      }
      Map<String, Object> byAudience = new LinkedHashMap<>();
      for (Reporter audience : Reporter.values()) {
        JsonNode text = textFor(q.path("text"), audience);
        if (text == null) {
          continue;
        }
        Map<String, Object> wording = new LinkedHashMap<>();
        wording.put("question", text.path("question").asText());
        wording.put("whyItMatters", text.path("whyItMatters").asText());
        wording.put("choices", choices(text.has("choices") ? text.get("choices")
            : q.path("choices")));
        byAudience.put(audience.name(), wording);
      }
      question.put("for", byAudience);
      out.add(question);
    }
    return out;
  }

  /** The audience's default wording: its first entry with no condition attached. */
  private static JsonNode textFor(JsonNode texts, Reporter audience) {
    for (JsonNode text : texts) {
      if (text.has("when")) {
        continue;
      }
      for (JsonNode who : text.path("for")) {
        if (who.asText().equals(audience.name())) {
          return text;
        }
      }
    }
    return null;
  }

  private static List<Object> choices(JsonNode choices) {
    List<Object> out = new ArrayList<>();
    for (var it = choices.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> choice = it.next();
      Map<String, Object> c = new LinkedHashMap<>();
      c.put("value", choice.getKey());
      c.put("label", choice.getValue().asText());
      out.add(c);
    }
    return out;
  }

  private static String answerKind(String field) {
    switch (field) {
      case "concerns":
      case "platforms":
        return "SEVERAL";
      case "childAge":
        return "AGE";
      default:
        return "ONE";
    }
  }
}
