package org.safeguarding.advisor.spring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.safeguarding.advisor.Advisor;
import org.safeguarding.advisor.Assessment;
import org.safeguarding.advisor.Situation;
import org.safeguarding.advisor.jackson3.AdvisorJacksonModule;
import org.safeguarding.advisor.json.AdvisorJson;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.json.JsonMapper;

/** The library's Jackson module in the application's own {@code JsonMapper}, as Boot builds it. */
class AdvisorJacksonTest {
  private final ApplicationContextRunner runner = new ApplicationContextRunner()
      .withConfiguration(AutoConfigurations.of(JacksonAutoConfiguration.class,
          AdvisorAutoConfiguration.class, AdvisorJacksonAutoConfiguration.class));

  static List<Path> examples() throws Exception {
    try (Stream<Path> files = Files.list(AdvisorApiTest.SITUATIONS)) {
      return files.filter(f -> f.toString().endsWith(".json")).sorted()
          .collect(Collectors.toList());
    }
  }

  @Test
  void theApplicationsJsonMapperRoundTripsAsAdvisorJson() {
    runner.run(context -> {
      assertThat(context).hasSingleBean(AdvisorJacksonModule.class);
      JsonMapper mapper = context.getBean(JsonMapper.class);
      for (Path file : examples()) {
        String json = Files.readString(file);
        Situation read = mapper.readValue(json, Situation.class);
        assertThat(read).as(file.toString()).isEqualTo(AdvisorJson.readSituation(json));
        Assessment assessment = Advisor.assess(read);
        assertThat(mapper.writeValueAsString(assessment)).as(file.toString())
            .isEqualTo(AdvisorJson.write(assessment));
        assertThat(mapper.readValue(mapper.writeValueAsString(read), Situation.class))
            .isEqualTo(read);
      }
    });
  }

  @Test
  void theApplicationsJsonMapperReadsSituationsStrictly() {
    runner.run(context -> {
      JsonMapper mapper = context.getBean(JsonMapper.class);
      assertThatThrownBy(() -> mapper.readValue("{\"spread\": \"EVERYWHERE\"}", Situation.class))
          .isInstanceOf(DatabindException.class).hasMessageContaining("spread");
      assertThatThrownBy(() -> mapper.readValue("{\"childsName\": 1}", Situation.class))
          .isInstanceOf(DatabindException.class);
    });
  }

  @Test
  void backsOffForTheApplicationsOwnModule() {
    AdvisorJacksonModule own = new AdvisorJacksonModule();
    runner.withBean("ownModule", AdvisorJacksonModule.class, () -> own).run(context -> {
      assertThat(context).hasSingleBean(AdvisorJacksonModule.class);
      assertThat(context.getBean(AdvisorJacksonModule.class)).isSameAs(own);
    });
  }

  @Test
  void withoutJackson3ThereIsNoModule() {
    runner.withClassLoader(new FilteredClassLoader("tools.jackson"))
        .run(context -> assertThat(context).doesNotHaveBean(AdvisorJacksonModule.class));
  }
}
