package org.safeguarding.advisor.spring;

import org.safeguarding.advisor.Advisor;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.core.io.ResourceLoader;

/**
 * Auto-configures a thread-safe {@link Advisor} on the default UK bundle, or on the bundle
 * directory named by {@code advisor.bundle.path}, refused at start-up unless its digest is {@code
 * advisor.bundle.expected-digest} when that is set. Backs off when the application defines its own
 * {@code Advisor}.
 */
@AutoConfiguration
@EnableConfigurationProperties(AdvisorProperties.class)
public class AdvisorAutoConfiguration {
  /** Created by Spring. */
  public AdvisorAutoConfiguration() {}

  @Bean
  @ConditionalOnMissingBean
  AdvisorBundleState advisorBundleState() {
    return new AdvisorBundleState();
  }

  /**
   * The advisor on the configured bundle: checked once at start-up, then shared by every thread.
   * With {@code advisor.bundle.fail-fast=false}, a bundle that cannot be loaded leaves no advisor
   * (the health says why) instead of stopping the start-up.
   *
   * @param properties the {@code advisor.*} properties
   * @param state where the outcome is recorded for health, info and the endpoints
   * @param resourceLoader gives the application's class loader, where content modules are found
   * @return the advisor, or null (no bean) when the bundle was refused and fail-fast is off
   */
  @Bean
  @ConditionalOnMissingBean
  public Advisor advisor(AdvisorProperties properties, AdvisorBundleState state,
      ResourceLoader resourceLoader) {
    try {
      LoadedBundle loaded = LoadedBundle.load(properties.getBundle(),
          resourceLoader.getClassLoader());
      state.loaded(loaded);
      return Advisor.forBundle(loaded.bundle());
    } catch (BundleRefusedException e) {
      state.refused(e);
      if (properties.getBundle().isFailFast()) {
        throw e;
      }
      return null;
    }
  }
}
