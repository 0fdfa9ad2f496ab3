package org.safeguarding.advisor.spring;

import java.time.Clock;
import org.safeguarding.advisor.Advisor;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.web.servlet.DispatcherServlet;

/**
 * The REST endpoints under {@code /api}, in a servlet web application with {@code
 * advisor.web.enabled=true}: {@code POST /api/assess}, {@code GET /api/bundle}, {@code GET
 * /api/openapi.json} and the contract's JSON Schemas under {@code /api/schemas/}.
 */
@AutoConfiguration(after = {AdvisorAutoConfiguration.class, AdvisorMetricsAutoConfiguration.class})
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@ConditionalOnClass(DispatcherServlet.class)
@ConditionalOnBooleanProperty("advisor.web.enabled")
public class AdvisorWebAutoConfiguration {
  /** Created by Spring. */
  public AdvisorWebAutoConfiguration() {}

  @Bean
  AdvisorApiController advisorApiController(ObjectProvider<Advisor> advisor,
      ObjectProvider<AssessmentCounter> counter, ObjectProvider<Clock> clock) {
    return new AdvisorApiController(advisor.getIfAvailable(),
        counter.getIfAvailable(() -> AssessmentCounter.NONE),
        clock.getIfUnique(Clock::systemDefaultZone));
  }
}
