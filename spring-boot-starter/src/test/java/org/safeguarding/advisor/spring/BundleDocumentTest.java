package org.safeguarding.advisor.spring;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.safeguarding.advisor.ContentBundle;
import org.safeguarding.advisor.Reporter;

/**
 * The bundle document comes from the bundle's views: a bundle an application loaded itself (not
 * through the starter's snapshot of the files) gets its contacts and questions too.
 */
class BundleDocumentTest {
  @Test
  void aBundleLoadedByTheApplicationGetsEveryContactAndQuestion() throws Exception {
    ContentBundle uk = ContentBundle.defaultBundle();
    JsonNode doc = new ObjectMapper().readTree(BundleDocument.of(uk, LocalDate.of(2026, 12, 1)));
    assertThat(doc.path("releaseDate").asText()).isEqualTo(uk.releaseDate().toString());
    assertThat(doc.path("contacts")).hasSize(uk.contacts().size());
    assertThat(doc.path("contacts").get(0).path("id").asText())
        .isEqualTo(uk.contacts().get(0).id());
    assertThat(doc.path("questions")).hasSize(uk.questions().size());
    JsonNode first = doc.path("questions").get(0);
    assertThat(first.path("field").asText()).isEqualTo(uk.questions().get(0).fact().path());
    assertThat(first.path("for").path("YOUNG_PERSON").path("choices"))
        .hasSize(uk.questions().get(0).choices().size());
    assertThat(first.path("for").path("YOUNG_PERSON").path("question").asText())
        .isEqualTo(uk.questions().get(0).texts().stream()
            .filter(t -> t.when().isEmpty() && t.audiences().contains(Reporter.YOUNG_PERSON))
            .findFirst().orElseThrow().question());
  }
}
