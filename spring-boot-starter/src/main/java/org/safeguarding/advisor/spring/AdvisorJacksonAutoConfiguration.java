package org.safeguarding.advisor.spring;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Registers the library's Jackson module with the application's mapper, so that its own
 * controllers and clients read a {@code Situation} strictly and write an {@code Assessment} byte
 * for byte as {@code AdvisorJson} does. Spring Boot 4 adds every {@code JacksonModule} bean to its
 * {@code JsonMapper} (Jackson 3); Spring Boot 3.5, or Boot 4 with its Jackson 2 support, adds every
 * Jackson 2 {@code Module} bean to its {@code ObjectMapper} (with {@code advisor-jackson2} on the
 * class path). An application's own bean of the module's type replaces the starter's.
 */
@AutoConfiguration(beforeName = {
    "org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration",
    "org.springframework.boot.jackson2.autoconfigure.Jackson2AutoConfiguration",
    "org.springframework.boot.autoconfigure.jackson.JacksonAutoConfiguration"})
public class AdvisorJacksonAutoConfiguration {
  /** Created by Spring. */
  public AdvisorJacksonAutoConfiguration() {}

  /** Jackson 3, Spring Boot 4's line. */
  @Configuration(proxyBeanMethods = false)
  @ConditionalOnClass(name = {"tools.jackson.databind.JacksonModule",
      "org.safeguarding.advisor.jackson3.AdvisorJacksonModule"})
  static class Jackson3Configuration {
    @Bean
    @ConditionalOnMissingBean
    org.safeguarding.advisor.jackson3.AdvisorJacksonModule advisorJacksonModule() {
      return new org.safeguarding.advisor.jackson3.AdvisorJacksonModule();
    }
  }

  /** Jackson 2, Spring Boot 3.5's line, where the application has {@code advisor-jackson2}. */
  @Configuration(proxyBeanMethods = false)
  @ConditionalOnClass(name = {"com.fasterxml.jackson.databind.Module",
      "org.safeguarding.advisor.jackson2.AdvisorJacksonModule"})
  static class Jackson2Configuration {
    @Bean
    @ConditionalOnMissingBean
    org.safeguarding.advisor.jackson2.AdvisorJacksonModule advisorJackson2Module() {
      return new org.safeguarding.advisor.jackson2.AdvisorJacksonModule();
    }
  }
}
