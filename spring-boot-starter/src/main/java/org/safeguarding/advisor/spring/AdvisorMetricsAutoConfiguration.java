package org.safeguarding.advisor.spring;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.EnumMap;
import java.util.Map;
import org.safeguarding.advisor.Urgency;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.context.annotation.Bean;

/**
 * Counts the assessments the endpoint serves in Micrometer, as {@value #METER} tagged with the
 * urgency only: nothing else about a situation is recorded.
 */
@AutoConfiguration(afterName =
    "org.springframework.boot.micrometer.metrics.autoconfigure.CompositeMeterRegistryAutoConfiguration")
@ConditionalOnClass(MeterRegistry.class)
public class AdvisorMetricsAutoConfiguration {
  /** The counter's name. */
  public static final String METER = "advisor.assessments";

  /** Created by Spring. */
  public AdvisorMetricsAutoConfiguration() {}

  @Bean
  AssessmentCounter advisorAssessmentCounter(ObjectProvider<MeterRegistry> registry) {
    MeterRegistry meters = registry.getIfUnique();
    if (meters == null) {
      return AssessmentCounter.NONE;
    }
    Map<Urgency, Counter> counters = new EnumMap<>(Urgency.class);
    for (Urgency urgency : Urgency.values()) {
      counters.put(urgency, Counter.builder(METER).tag("urgency", urgency.name())
          .description("Assessments served, by urgency").register(meters));
    }
    return urgency -> counters.get(urgency).increment();
  }
}
