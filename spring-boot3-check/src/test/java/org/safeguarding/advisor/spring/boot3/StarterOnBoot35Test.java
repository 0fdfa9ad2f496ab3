package org.safeguarding.advisor.spring.boot3;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import io.micrometer.core.instrument.MeterRegistry;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.safeguarding.advisor.Advisor;
import org.safeguarding.advisor.Situation;
import org.safeguarding.advisor.json.AdvisorJson;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringBootVersion;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The starter, built for Spring Boot 4, in a Spring Boot 3.5 application: the advisor bean, the
 * pinned digest, the endpoints, info, metrics and the Jackson 2 module work; the health indicator
 * is Boot 4's only.
 */
@SpringBootTest(classes = Boot3Application.class, properties = {
    "advisor.web.enabled=true",
    "management.endpoints.web.exposure.include=health,info"})
@AutoConfigureMockMvc
class StarterOnBoot35Test {
  @Autowired
  MockMvc mvc;

  @Autowired
  ApplicationContext context;

  @Test
  void thisIsSpringBoot35() {
    assertThat(SpringBootVersion.getVersion()).startsWith("3.5.");
  }

  @Test
  void theAdvisorBeanIsTheDefaultBundles() {
    assertThat(context.getBean(Advisor.class).bundle().identity())
        .isEqualTo(Advisor.defaultAdvisor().bundle().identity());
  }

  @Test
  void assessAnswersEveryExampleAsTheLibraryWritesIt() throws Exception {
    List<Path> files;
    try (Stream<Path> list = Files.list(Path.of("..", "examples", "situations"))) {
      files = list.filter(f -> f.toString().endsWith(".json")).sorted()
          .collect(Collectors.toList());
    }
    assertThat(files).isNotEmpty();
    for (Path file : files) {
      byte[] situation = Files.readAllBytes(file);
      MockHttpServletResponse response = mvc.perform(post("/api/assess")
          .contentType(MediaType.APPLICATION_JSON).content(situation)).andReturn().getResponse();
      assertThat(response.getStatus()).as(file.toString()).isEqualTo(200);
      assertThat(response.getContentAsByteArray()).as(file.toString()).isEqualTo(
          AdvisorJson.write(Advisor.assess(AdvisorJson.readSituation(situation)))
              .getBytes(StandardCharsets.UTF_8));
    }
  }

  @Test
  void badInputGetsAProblem() throws Exception {
    MockHttpServletResponse response = mvc.perform(post("/api/assess")
        .contentType(MediaType.APPLICATION_JSON).content("{\"spread\": \"ALL\"}"))
        .andReturn().getResponse();
    assertThat(response.getStatus()).isEqualTo(400);
    assertThat(response.getContentType()).isEqualTo("application/problem+json");
    assertThat(response.getContentAsString()).contains("\"path\":\"spread\"")
        .doesNotContain("ALL\"");
  }

  @Test
  void theBundleDocumentAndInfoAreServed() throws Exception {
    String digest = Advisor.defaultAdvisor().bundle().identity().digest();
    assertThat(mvc.perform(get("/api/bundle")).andReturn().getResponse().getContentAsString())
        .contains(digest);
    assertThat(mvc.perform(get("/actuator/info")).andReturn().getResponse().getContentAsString())
        .contains(digest);
  }

  /** Boot 3.5's own ObjectMapper has the Jackson 2 module: strict reading, byte-identical writing. */
  @Test
  void theApplicationsObjectMapperRoundTripsAsAdvisorJson() throws Exception {
    ObjectMapper mapper = context.getBean(ObjectMapper.class);
    String json = Files.readString(Path.of("..", "examples", "situations",
        "sextortion-boy-15.json"));
    Situation situation = mapper.readValue(json, Situation.class);
    assertThat(situation).isEqualTo(AdvisorJson.readSituation(json));
    assertThat(mapper.writeValueAsString(Advisor.assess(situation)))
        .isEqualTo(AdvisorJson.write(Advisor.assess(situation)));
    assertThatThrownBy(() -> mapper.readValue("{\"spread\": \"ALL\"}", Situation.class))
        .isInstanceOf(JsonMappingException.class);
  }

  @Test
  void assessmentsAreCountedByUrgency() throws Exception {
    MeterRegistry meters = context.getBean(MeterRegistry.class);
    byte[] situation = Files.readAllBytes(Path.of("..", "examples", "situations",
        "sextortion-boy-15.json"));
    String urgency = Advisor.assess(AdvisorJson.readSituation(situation)).urgency().name();
    var counter = meters.find("advisor.assessments").tag("urgency", urgency).counter();
    double before = counter == null ? 0 : counter.count();
    mvc.perform(post("/api/assess").contentType(MediaType.APPLICATION_JSON).content(situation));
    assertThat(meters.get("advisor.assessments").tag("urgency", urgency).counter().count())
        .isEqualTo(before + 1);
  }

  @Test
  void theHealthIndicatorIsBoot4sOnly() {
    assertThat(context.containsBean("advisorHealthIndicator")).isFalse();
  }

  @Test
  void aBundleWithAnotherDigestIsRefused() {
    new ApplicationContextRunner()
        .withConfiguration(AutoConfigurations.of(
            org.safeguarding.advisor.spring.AdvisorAutoConfiguration.class))
        .withPropertyValues("advisor.bundle.expected-digest=sha256:" + "2".repeat(64))
        .run(refused -> assertThat(refused).hasFailed());
  }
}
