package org.safeguarding.advisor.spring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import com.fasterxml.jackson.databind.JsonNode;
import io.micrometer.core.instrument.MeterRegistry;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.safeguarding.advisor.Advisor;
import org.safeguarding.advisor.Reporter;
import org.safeguarding.advisor.json.AdvisorJson;
import org.safeguarding.advisor.spring.testapp.TestApplication;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The endpoints through MockMvc, in a minimal application that only turns them on. */
@SpringBootTest(classes = TestApplication.class, properties = {
    "advisor.web.enabled=true",
    "management.endpoints.web.exposure.include=health,info",
    "management.endpoint.health.show-details=always",
    "management.info.defaults.enabled=true"})
@AutoConfigureMockMvc
class AdvisorApiTest {
  static final Path SITUATIONS = Path.of("..", "examples", "situations");

  @Autowired
  MockMvc mvc;

  @Autowired
  MeterRegistry meters;

  static Stream<Path> situations() throws IOException {
    try (Stream<Path> files = Files.list(SITUATIONS)) {
      List<Path> list = files.filter(f -> f.toString().endsWith(".json")).sorted()
          .collect(Collectors.toList());
      assertThat(list).hasSizeGreaterThanOrEqualTo(10);
      return list.stream();
    }
  }

  @ParameterizedTest
  @MethodSource("situations")
  void assessAnswersEveryExampleExactlyAsTheLibraryWritesIt(Path file) throws Exception {
    byte[] situation = Files.readAllBytes(file);
    MockHttpServletResponse response = mvc.perform(post("/api/assess")
        .contentType(MediaType.APPLICATION_JSON).content(situation)).andReturn().getResponse();
    assertThat(response.getStatus()).isEqualTo(200);
    assertThat(response.getContentType()).isEqualTo("application/json");
    assertThat(response.getHeader("Cache-Control")).isEqualTo("no-store");
    byte[] expected = AdvisorJson.write(Advisor.assess(AdvisorJson.readSituation(situation)))
        .getBytes(StandardCharsets.UTF_8);
    assertThat(response.getContentAsByteArray()).isEqualTo(expected);
    JsonNode schema = JsonSchemas.tree(JsonSchemas.coreSchemaBytes("assessment.schema.json"));
    assertThat(JsonSchemas.errors(schema, JsonSchemas.tree(expected))).isEmpty();
  }

  /** An application's own controller, through Boot's JsonMapper with the library's module. */
  @ParameterizedTest
  @MethodSource("situations")
  void theApplicationsOwnControllerAnswersAsTheLibraryWritesIt(Path file) throws Exception {
    byte[] situation = Files.readAllBytes(file);
    MockHttpServletResponse response = mvc.perform(post("/own/assess")
        .contentType(MediaType.APPLICATION_JSON).content(situation)).andReturn().getResponse();
    assertThat(response.getStatus()).isEqualTo(200);
    assertThat(response.getContentAsString(StandardCharsets.UTF_8)).isEqualTo(
        AdvisorJson.write(Advisor.assess(AdvisorJson.readSituation(situation))));
  }

  @Test
  void theApplicationsOwnControllerRefusesAnUnknownValue() throws Exception {
    MockHttpServletResponse response = mvc.perform(post("/own/assess")
        .contentType(MediaType.APPLICATION_JSON).content("{\"spread\": \"ALL\"}"))
        .andReturn().getResponse();
    assertThat(response.getStatus()).isEqualTo(400);
  }

  @Test
  void eachAssessmentIsCountedByItsUrgencyOnly() throws Exception {
    byte[] situation = Files.readAllBytes(SITUATIONS.resolve("sextortion-boy-15.json"));
    String urgency = Advisor.assess(AdvisorJson.readSituation(situation)).urgency().name();
    double before = count(urgency);
    mvc.perform(post("/api/assess").contentType(MediaType.APPLICATION_JSON).content(situation));
    assertThat(count(urgency)).isEqualTo(before + 1);
    meters.get(AdvisorMetricsAutoConfiguration.METER).meters().forEach(m ->
        assertThat(m.getId().getTags()).extracting("key").containsExactly("urgency"));
  }

  private double count(String urgency) {
    var counter = meters.find(AdvisorMetricsAutoConfiguration.METER).tag("urgency", urgency)
        .counter();
    return counter == null ? 0 : counter.count();
  }

  static Stream<Arguments> badRequests() {
    String json = "application/json";
    return Stream.of(
        Arguments.of("malformed JSON", json, "{\"reporter\": ", 400, "$"),
        Arguments.of("not an object", json, "[1, 2]", 400, "$"),
        Arguments.of("empty body", json, "", 400, "$"),
        Arguments.of("unknown field", json, "{\"childsName\": \"x\"}", 400, "$"),
        Arguments.of("unknown value", json, "{\"spread\": \"EVERYWHERE\"}", 400, "spread"),
        Arguments.of("unknown indicator", json, "{\"indicators\": {\"SCARED\": \"YES\"}}", 400,
            "indicators"),
        Arguments.of("age out of range", json, "{\"childAge\": 99}", 400, "childAge"),
        Arguments.of("null in a set", json, "{\"concerns\": [null]}", 400, "concerns[0]"),
        Arguments.of("deep nesting", json, "{\"concerns\": " + "[".repeat(200) + "]".repeat(200)
            + "}", 400, "$"),
        Arguments.of("duplicate key", json, "{\"childAge\": 3, \"childAge\": 4}", 400, "childAge"),
        Arguments.of("wrong content type", "text/plain", "{}", 415, null),
        Arguments.of("form content type", "application/x-www-form-urlencoded", "a=b", 415, null),
        Arguments.of("no content type", null, "{}", 415, null),
        Arguments.of("JSON in another charset", "application/json;charset=UTF-16", "{}", 415,
            null),
        Arguments.of("1 MB body", json, "{\"x\": \"" + "a".repeat(1024 * 1024) + "\"}", 413, null),
        Arguments.of("one byte over 64 KiB", json,
            "{\"x\": \"" + "a".repeat(AdvisorJson.MAX_INPUT_BYTES - 8) + "\"}", 413, null));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("badRequests")
  void badRequestsGetAProblemNamingThePathAndWhatIsAllowed(String what, String contentType,
      String body, int status, String path) throws Exception {
    MockHttpServletRequestBuilder request = post("/api/assess")
        .content(body.getBytes(StandardCharsets.UTF_8));
    if (contentType != null) {
      request.contentType(contentType);
    }
    MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();
    assertThat(response.getStatus()).isEqualTo(status);
    JsonNode problem = problem(response);
    if (path != null) {
      assertThat(problem.path("path").asText()).isEqualTo(path);
      assertThat(problem.path("allowed").asText()).isNotBlank();
      assertThat(problem.path("detail").asText()).contains(problem.path("allowed").asText());
    }
    if (status == 413) {
      assertThat(problem.path("limitBytes").asInt()).isEqualTo(AdvisorJson.MAX_INPUT_BYTES);
    }
  }

  @Test
  void unknownValuesAreNamedWithTheAllowedOnes() throws Exception {
    JsonNode problem = problem(mvc.perform(post("/api/assess")
        .contentType(MediaType.APPLICATION_JSON).content("{\"reporter\": \"GRANDMA\"}"))
        .andReturn().getResponse());
    assertThat(problem.path("path").asText()).isEqualTo("reporter");
    for (Reporter r : Reporter.values()) {
      assertThat(problem.path("allowed").asText()).contains(r.name());
    }
  }

  /** Whatever a client sends (a name, a message) never comes back in the answer. */
  @Test
  void noProblemRepeatsTheInput() throws Exception {
    String marker = "Zqxjv Marker";
    List<String> bodies = List.of(
        "{\"" + marker + "\": 1}",
        "{\"reporter\": \"" + marker + "\"}",
        "{\"concerns\": [\"SEXTORTION\", \"" + marker + "\"]}",
        "{\"indicators\": {\"" + marker + "\": \"YES\"}}",
        "{\"indicators\": {\"BLACKMAIL\": \"" + marker + "\"}}",
        "{\"childAge\": \"" + marker + "\"}",
        "{\"childAge\": 123456789}",
        "{\"jurisdiction\": \"" + marker + "\"}",
        "{\"reporter\": " + marker + "}",
        marker,
        "{\"spread\": \"NOT_SHARED\"} " + marker);
    for (String body : bodies) {
      MockHttpServletResponse response = mvc.perform(post("/api/assess")
          .contentType(MediaType.APPLICATION_JSON).content(body)).andReturn().getResponse();
      assertThat(response.getStatus()).as(body).isEqualTo(400);
      String answer = response.getContentAsString(StandardCharsets.UTF_8);
      problem(response);
      assertThat(answer).as(body).doesNotContain("Zqxjv").doesNotContain("Marker")
          .doesNotContain("123456789").doesNotContain("Exception").doesNotContain("at org.");
    }
  }

  @Test
  void otherMethodsGetAProblemWithAllow() throws Exception {
    MockHttpServletResponse response = mvc.perform(get("/api/assess")).andReturn().getResponse();
    assertThat(response.getStatus()).isEqualTo(405);
    assertThat(response.getHeader("Allow")).isEqualTo("POST");
    problem(response);
    response = mvc.perform(put("/api/bundle")).andReturn().getResponse();
    assertThat(response.getStatus()).isEqualTo(405);
    assertThat(response.getHeader("Allow")).isEqualTo("GET, HEAD");
    problem(response);
  }

  @Test
  void bundleGivesIdentityReviewDateContactsSourcesAndQuestionsForEveryAudience()
      throws Exception {
    MockHttpServletResponse response = mvc.perform(get("/api/bundle")).andReturn().getResponse();
    assertThat(response.getStatus()).isEqualTo(200);
    assertThat(response.getHeader("Cache-Control")).isEqualTo("no-store");
    JsonNode bundle = JsonSchemas.tree(response.getContentAsByteArray());
    var uk = Advisor.defaultAdvisor().bundle();
    assertThat(bundle.path("id").asText()).isEqualTo(uk.identity().id());
    assertThat(bundle.path("version").asText()).isEqualTo(uk.identity().version());
    assertThat(bundle.path("digest").asText()).isEqualTo(uk.identity().digest());
    assertThat(bundle.path("reviewBy").asText()).isEqualTo(uk.reviewBy().toString());
    assertThat(bundle.path("sources")).hasSize(uk.sources().size());
    Set<String> contacts = new TreeSet<>();
    bundle.path("contacts").forEach(c -> contacts.add(c.path("id").asText()));
    assertThat(contacts).contains("police-999", "ceop", "childline", "stopncii");
    JsonNode reporter = null;
    for (JsonNode q : bundle.path("questions")) {
      assertThat(fieldNames(q.path("for"))).as(q.path("field").asText())
          .containsExactlyInAnyOrder("PARENT_OR_CARER", "YOUNG_PERSON", "PROFESSIONAL",
              "OTHER_ADULT");
      if (q.path("field").asText().equals("reporter")) {
        reporter = q;
      }
    }
    assertThat(reporter).isNotNull();
    List<String> values = new ArrayList<>();
    reporter.path("for").path("YOUNG_PERSON").path("choices")
        .forEach(c -> values.add(c.path("value").asText()));
    assertThat(values).containsExactlyInAnyOrder("PARENT_OR_CARER", "YOUNG_PERSON",
        "PROFESSIONAL", "OTHER_ADULT");
    JsonNode openApi = JsonSchemas.tree(JsonSchemas.openApiBytes());
    assertThat(JsonSchemas.errors(openApi.at("/components/schemas/Bundle"), bundle)).isEmpty();
  }

  /** The OpenAPI document's bodies are the contract's own schemas, served beside it. */
  @Test
  void theOpenApiDescriptionUsesTheContractsSchemas() throws Exception {
    MockHttpServletResponse response =
        mvc.perform(get("/api/openapi.json")).andReturn().getResponse();
    assertThat(response.getStatus()).isEqualTo(200);
    JsonNode openApi = JsonSchemas.tree(response.getContentAsByteArray());
    assertThat(openApi.path("openapi").asText()).startsWith("3.1");
    JsonNode assess = openApi.at("/paths/~1api~1assess/post");
    String request = assess.at("/requestBody/content/application~1json/schema/$ref").asText();
    String answer = assess.at("/responses/200/content/application~1json/schema/$ref").asText();
    assertThat(request).isEqualTo("schemas/situation.schema.json");
    assertThat(answer).isEqualTo("schemas/assessment.schema.json");
    // Relative to /api/openapi.json, as a client resolves them: the core jar's schemas, byte for byte.
    assertThat(mvc.perform(get("/api/" + request)).andReturn().getResponse()
        .getContentAsByteArray()).isEqualTo(JsonSchemas.coreSchemaBytes("situation.schema.json"));
    assertThat(mvc.perform(get("/api/" + answer)).andReturn().getResponse()
        .getContentAsByteArray()).isEqualTo(JsonSchemas.coreSchemaBytes("assessment.schema.json"));
    assertThat(mvc.perform(get("/api/schemas/other.json")).andReturn().getResponse()
        .getStatus()).isEqualTo(404);
    // Every path described is served (no 404), and every problem it describes validates.
    for (String path : fieldNames(openApi.path("paths"))) {
      String concrete = path.replace("{name}", "situation.schema.json");
      int status = mvc.perform(get(concrete)).andReturn().getResponse().getStatus();
      assertThat(status).as(path).isIn(200, 405);
    }
    JsonNode problemSchema = openApi.at("/components/schemas/Problem");
    JsonNode problem = problem(mvc.perform(post("/api/assess").contentType(MediaType.TEXT_PLAIN)
        .content("x")).andReturn().getResponse());
    assertThat(JsonSchemas.errors(problemSchema, problem)).isEmpty();
    problem = problem(mvc.perform(post("/api/assess").contentType(MediaType.APPLICATION_JSON)
        .content("{\"spread\": 1}")).andReturn().getResponse());
    assertThat(JsonSchemas.errors(problemSchema, problem)).isEmpty();
  }

  @Test
  void actuatorHealthAndInfoShowTheBundle() throws Exception {
    var identity = Advisor.defaultAdvisor().bundle().identity();
    JsonNode health = JsonSchemas.tree(mvc.perform(get("/actuator/health")).andReturn()
        .getResponse().getContentAsByteArray());
    assertThat(health.path("status").asText()).isEqualTo("UP");
    assertThat(health.at("/components/advisor/status").asText()).isEqualTo("UP");
    assertThat(health.at("/components/advisor/details/digest").asText())
        .isEqualTo(identity.digest());
    JsonNode info = JsonSchemas.tree(mvc.perform(get("/actuator/info")).andReturn()
        .getResponse().getContentAsByteArray());
    assertThat(info.at("/advisor/bundle/id").asText()).isEqualTo(identity.id());
    assertThat(info.at("/advisor/bundle/version").asText()).isEqualTo(identity.version());
    assertThat(info.at("/advisor/bundle/digest").asText()).isEqualTo(identity.digest());
  }

  static JsonNode problem(MockHttpServletResponse response) throws IOException {
    assertThat(response.getContentType()).isEqualTo("application/problem+json");
    JsonNode problem = JsonSchemas.tree(response.getContentAsByteArray());
    assertThat(problem.path("type").asText()).startsWith(Problems.TYPE_PREFIX);
    assertThat(problem.path("title").asText()).isNotBlank();
    assertThat(problem.path("status").asInt()).isEqualTo(response.getStatus());
    assertThat(problem.path("detail").asText()).isNotBlank();
    return problem;
  }

  static List<String> fieldNames(JsonNode node) {
    List<String> names = new ArrayList<>();
    for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
      names.add(it.next());
    }
    return names;
  }
}
