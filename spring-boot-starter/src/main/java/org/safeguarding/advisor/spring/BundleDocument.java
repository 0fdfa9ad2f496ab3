package org.safeguarding.advisor.spring;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.safeguarding.advisor.BundleIdentity;
import org.safeguarding.advisor.Choice;
import org.safeguarding.advisor.Contact;
import org.safeguarding.advisor.ContentBundle;
import org.safeguarding.advisor.Question;
import org.safeguarding.advisor.Reporter;
import org.safeguarding.advisor.Situation;
import org.safeguarding.advisor.SituationFact;
import org.safeguarding.advisor.Source;

/**
 * The document {@code GET /api/bundle} serves: the bundle's identity, release and review dates, its
 * contacts and sources, and each question with its wording and choices for every audience. Built
 * from the bundle's views ({@link ContentBundle#contacts()}, {@link ContentBundle#questions()}),
 * never from its files, so an application's own advisor gets the same document as the starter's.
 */
final class BundleDocument {
  private static final ObjectMapper JSON = new ObjectMapper();

  private BundleDocument() {}

  /** The document for a bundle, its {@code pastReviewBy} as of {@code today}. */
  static byte[] of(ContentBundle bundle, LocalDate today) {
    Map<String, Object> doc = new LinkedHashMap<>();
    BundleIdentity id = bundle.identity();
    doc.put("id", id.id());
    doc.put("version", id.version());
    doc.put("digest", id.digest());
    doc.put("releaseDate", bundle.releaseDate() == null ? null : bundle.releaseDate().toString());
    doc.put("reviewBy", bundle.reviewBy().toString());
    doc.put("pastReviewBy", bundle.isPastReviewBy(today));
    doc.put("contacts", contacts(bundle));
    doc.put("sources", sources(bundle));
    doc.put("questions", questions(bundle));
    try {
      return JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(doc);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static List<Object> contacts(ContentBundle bundle) {
    List<Object> out = new ArrayList<>();
    for (Contact c : bundle.contacts()) {
      Map<String, Object> contact = new LinkedHashMap<>();
      contact.put("id", c.id());
      contact.put("name", c.name());
      contact.put("phone", c.phone().orElse(null));
      contact.put("url", c.url().orElse(null));
      contact.put("hours", c.hours().orElse(null));
      contact.put("forWhom", c.forWhom());
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

  private static List<Object> questions(ContentBundle bundle) {
    List<Object> out = new ArrayList<>();
    for (Question q : bundle.questions()) {
      Map<String, Object> question = new LinkedHashMap<>();
      question.put("field", q.fact().path());
      String answer = q.fact().kind().name();
      question.put("answer", answer);
      if (q.fact().kind() == SituationFact.Kind.AGE) {
        question.put("min", Situation.MIN_AGE);
        question.put("max", Situation.MAX_AGE);
      }
      Map<String, Object> byAudience = new LinkedHashMap<>();
      for (Reporter audience : Reporter.values()) {
        Question.Text text = defaultText(q, audience);
        if (text == null) {
          continue;
        }
        Map<String, Object> wording = new LinkedHashMap<>();
        wording.put("question", text.question());
        wording.put("whyItMatters", text.whyItMatters());
        wording.put("choices", choices(q, audience));
        byAudience.put(audience.name(), wording);
      }
      question.put("for", byAudience);
      out.add(question);
    }
    return out;
  }

  /** The audience's default wording: its entry with no condition attached. */
  private static Question.Text defaultText(Question q, Reporter audience) {
    for (Question.Text text : q.texts()) {
      if (text.when().isEmpty() && text.audiences().contains(audience)) {
        return text;
      }
    }
    return null;
  }

  private static List<Object> choices(Question q, Reporter audience) {
    List<Object> out = new ArrayList<>();
    for (Choice<?> choice : q.choices()) {
      Map<String, Object> c = new LinkedHashMap<>();
      c.put("value", choice.valueName());
      c.put("label", choice.label(audience));
      out.add(c);
    }
    return out;
  }
}
