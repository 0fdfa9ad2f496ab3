package org.safeguarding.advisor.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import org.safeguarding.advisor.Advisor;
import org.safeguarding.advisor.ContentBundle;
import org.safeguarding.advisor.InvalidSituationException;
import org.safeguarding.advisor.Source;
import org.safeguarding.advisor.json.AdvisorJson;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** TEMPORARY, until the starter's endpoints land: the two endpoints the page reads. */
@RestController
@Configuration
class TemporaryApi {

  private static final ObjectMapper MAPPER = new ObjectMapper();

  @Bean
  Advisor advisor() {
    return Advisor.defaultAdvisor();
  }

  @PostMapping(path = "/api/assess", consumes = MediaType.APPLICATION_JSON_VALUE)
  ResponseEntity<String> assess(@RequestBody byte[] body) {
    try {
      return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON)
          .body(AdvisorJson.write(advisor().evaluate(AdvisorJson.readSituation(body))));
    } catch (InvalidSituationException e) {
      return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_PROBLEM_JSON)
          .body("{\"title\":\"invalid situation\"}");
    }
  }

  @GetMapping(path = "/api/bundle", produces = MediaType.APPLICATION_JSON_VALUE)
  String bundle() {
    ContentBundle b = advisor().bundle();
    ObjectNode root = MAPPER.createObjectNode();
    root.put("id", b.identity().id()).put("version", b.identity().version())
        .put("digest", b.identity().digest()).put("reviewBy", b.reviewBy().toString());
    ArrayNode sources = root.putArray("sources");
    for (Source s : b.sources()) {
      sources.addObject().put("id", s.id()).put("title", s.title()).put("url", s.url().orElse(null))
          .put("publisher", s.publisher().orElse(null));
    }
    ArrayNode questions = root.putArray("questions");
    for (String field : new String[] {"concerns", "spread", "otherParty", "platforms",
        "jurisdiction", "reporter"}) {
      try {
        Map<String, String> choices = b.choices(field);
        ObjectNode q = questions.addObject().put("field", field)
            .put("answer", field.equals("concerns") || field.equals("platforms") ? "SEVERAL" : "ONE");
        ObjectNode forAudience = q.putObject("for");
        for (String audience : new String[] {"PARENT_OR_CARER", "YOUNG_PERSON", "PROFESSIONAL", "OTHER_ADULT"}) {
          ArrayNode list = forAudience.putObject(audience).putArray("choices");
          choices.forEach((value, label) -> list.addObject().put("value", value).put("label", label));
        }
      } catch (RuntimeException e) {
        // not a question in this bundle
      }
    }
    return root.toString();
  }
}
