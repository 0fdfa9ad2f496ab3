package org.safeguarding.advisor.spring;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.safeguarding.advisor.Advisor;
import org.safeguarding.advisor.BundleIdentity;
import org.safeguarding.advisor.ContentBundle;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.actuate.info.InfoContributor;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.health.autoconfigure.contributor.ConditionalOnEnabledHealthIndicator;
import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Actuator support: the {@code advisor} health indicator (DOWN when the bundle did not load, a
 * warning in its details once the bundle's review date has passed) and an {@code advisor} entry in
 * {@code /actuator/info} with the bundle's id, version and digest.
 */
@AutoConfiguration(after = AdvisorAutoConfiguration.class)
public class AdvisorActuatorAutoConfiguration {
  /** Created by Spring. */
  public AdvisorActuatorAutoConfiguration() {}

  /** The health indicator, where Boot's health support is present. */
  @Configuration(proxyBeanMethods = false)
  @ConditionalOnClass(HealthIndicator.class)
  @ConditionalOnEnabledHealthIndicator("advisor")
  static class HealthConfiguration {
    @Bean
    @ConditionalOnMissingBean(name = "advisorHealthIndicator")
    HealthIndicator advisorHealthIndicator(ObjectProvider<Advisor> advisor,
        ObjectProvider<AdvisorBundleState> state, ObjectProvider<Clock> clock) {
      return new AdvisorHealthIndicator(advisor, state.getIfAvailable(AdvisorBundleState::new),
          clock.getIfUnique(Clock::systemDefaultZone));
    }
  }

  /** The info contributor, where Boot's actuator is present. */
  @Configuration(proxyBeanMethods = false)
  @ConditionalOnClass(InfoContributor.class)
  static class InfoConfiguration {
    @Bean
    @ConditionalOnMissingBean(name = "advisorInfoContributor")
    InfoContributor advisorInfoContributor(ObjectProvider<Advisor> advisor) {
      return builder -> {
        Advisor a = advisor.getIfAvailable();
        if (a != null) {
          builder.withDetail("advisor", Map.of("bundle", identity(a.bundle())));
        }
      };
    }
  }

  static Map<String, Object> identity(ContentBundle bundle) {
    BundleIdentity id = bundle.identity();
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("id", id.id());
    out.put("version", id.version());
    out.put("digest", id.digest());
    out.put("reviewBy", bundle.reviewBy().toString());
    return out;
  }

  /** UP with the bundle's identity; DOWN with the problems when it did not load. */
  static final class AdvisorHealthIndicator extends AbstractHealthIndicator {
    private final ObjectProvider<Advisor> advisor;
    private final AdvisorBundleState state;
    private final Clock clock;

    AdvisorHealthIndicator(ObjectProvider<Advisor> advisor, AdvisorBundleState state,
        Clock clock) {
      super("Safeguarding Advisor health check failed");
      this.advisor = advisor;
      this.state = state;
      this.clock = clock;
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) {
      Advisor a = advisor.getIfAvailable();
      if (a == null) {
        builder.down().withDetail("bundle", state.refusedWhere().orElse("no bundle"))
            .withDetail("problems", state.problems());
        return;
      }
      ContentBundle bundle = a.bundle();
      builder.up().withDetails(identity(bundle));
      LocalDate today = LocalDate.now(clock);
      if (bundle.isPastReviewBy(today)) {
        builder.withDetail("reviewOverdue", true).withDetail("warning",
            "The content's review date (" + bundle.reviewBy() + ") has passed: the advice may be"
                + " out of date. Update the content bundle.");
      } else {
        builder.withDetail("reviewOverdue", false);
      }
    }
  }
}
