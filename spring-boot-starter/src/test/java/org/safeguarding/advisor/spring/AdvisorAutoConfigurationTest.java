package org.safeguarding.advisor.spring;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.safeguarding.advisor.Advisor;
import org.safeguarding.advisor.Answer;
import org.safeguarding.advisor.Concern;
import org.safeguarding.advisor.ContentBundle;
import org.safeguarding.advisor.Indicator;
import org.safeguarding.advisor.Situation;
import org.safeguarding.advisor.json.AdvisorJson;
import org.springframework.boot.actuate.info.Info;
import org.springframework.boot.actuate.info.InfoContributor;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;
import org.springframework.core.io.ClassPathResource;

/** The auto-configuration's conditions, back-off, properties and refusals, in Boot's runners. */
class AdvisorAutoConfigurationTest {
  private static final AutoConfigurations STARTER = AutoConfigurations.of(
      AdvisorAutoConfiguration.class, AdvisorActuatorAutoConfiguration.class,
      AdvisorMetricsAutoConfiguration.class, AdvisorWebAutoConfiguration.class);
  private static final Situation SEXTORTION = Situation.builder().childAge(15)
      .addConcern(Concern.SEXTORTION).putIndicator(Indicator.BLACKMAIL, Answer.YES).build();

  private final ApplicationContextRunner runner =
      new ApplicationContextRunner().withConfiguration(STARTER);

  @Test
  void theDefaultAdvisorUsesTheUkBundleAndAnswersAsTheLibraryDoes() {
    runner.run(context -> {
      assertThat(context).hasSingleBean(Advisor.class);
      Advisor advisor = context.getBean(Advisor.class);
      assertThat(advisor.bundle().identity()).isEqualTo(Advisor.defaultAdvisor().bundle().identity());
      assertThat(AdvisorJson.write(advisor.evaluate(SEXTORTION)))
          .isEqualTo(AdvisorJson.write(Advisor.assess(SEXTORTION)));
    });
  }

  @Test
  void backsOffWhenTheApplicationDefinesItsOwnAdvisor(@TempDir Path dir) throws IOException {
    Advisor own = Advisor.forBundle(ContentBundle.load(Bundles.copyOfUk(dir)));
    runner.withBean("ownAdvisor", Advisor.class, () -> own).run(context -> {
      assertThat(context).hasSingleBean(Advisor.class);
      assertThat(context.getBean(Advisor.class)).isSameAs(own);
      assertThat(context.getBean(AdvisorBundleState.class).loaded()).isEmpty();
      Health health = context.getBean("advisorHealthIndicator", HealthIndicator.class).health(true);
      assertThat(health.getStatus()).isEqualTo(Status.UP);
    });
  }

  @Test
  void loadsTheBundleDirectoryNamedByTheProperty(@TempDir Path dir) throws IOException {
    Bundles.copyOfUk(dir);
    // A copy told apart from the default by its version, re-signed as a reviewer would.
    String version = Advisor.defaultAdvisor().bundle().identity().version();
    Bundles.edit(dir, "manifest.json", "\"" + version + "\"", "\"9999.1.0\"");
    Bundles.resign(dir);
    runner.withPropertyValues("advisor.bundle.path=" + dir).run(context -> {
      assertThat(context.getBean(AdvisorProperties.class).getBundle().getPath()).isEqualTo(dir);
      assertThat(context.getBean(Advisor.class).bundle().identity().version()).isEqualTo("9999.1.0");
    });
  }

  @Test
  void startsWhenThePinnedDigestIsTheBundles() {
    String digest = Advisor.defaultAdvisor().bundle().identity().digest();
    runner.withPropertyValues("advisor.bundle.expected-digest=" + digest).run(context -> {
      assertThat(context).hasNotFailed();
      assertThat(context.getBean(AdvisorProperties.class).getBundle().getExpectedDigest())
          .isEqualTo(digest);
      assertThat(context.getBean(Advisor.class).bundle().identity().digest()).isEqualTo(digest);
    });
  }

  @Test
  void refusesToStartWhenTheDigestIsNotThePinnedOne() {
    String pinned = "sha256:" + "0".repeat(64);
    String actual = Advisor.defaultAdvisor().bundle().identity().digest();
    runner.withPropertyValues("advisor.bundle.expected-digest=" + pinned).run(context -> {
      assertThat(context).hasFailed();
      BundleRefusedException refused = refusal(context.getStartupFailure());
      assertThat(refused.reason()).isEqualTo(BundleRefusedException.Reason.DIGEST_MISMATCH);
      FailureAnalysis analysis = new BundleRefusedFailureAnalyzer().analyze(context.getStartupFailure());
      assertThat(analysis.getDescription()).contains(pinned, actual, "advisor.bundle.expected-digest");
      assertThat(analysis.getAction()).contains("advisor.bundle.expected-digest", pinned);
      // The report is the description and the action: the exception carries no stack trace.
      assertThat(refused.getStackTrace()).isEmpty();
    });
  }

  @Test
  void refusesABrokenBundleListingItsProblems(@TempDir Path dir) throws IOException {
    Bundles.copyOfUk(dir);
    Bundles.edit(dir, "steps.json", "\"id\": \"call-999\"", "\"id\": \"call-999-edited\"");
    runner.withPropertyValues("advisor.bundle.path=" + dir).run(context -> {
      assertThat(context).hasFailed();
      BundleRefusedException refused = refusal(context.getStartupFailure());
      assertThat(refused.reason()).isEqualTo(BundleRefusedException.Reason.INVALID);
      assertThat(refused.problems()).isNotEmpty();
      FailureAnalysis analysis = new BundleRefusedFailureAnalyzer().analyze(context.getStartupFailure());
      for (String problem : refused.problems()) {
        assertThat(analysis.getDescription()).contains(problem);
      }
    });
  }

  @Test
  void refusesABundlePathThatIsNotADirectory(@TempDir Path dir) {
    Path missing = dir.resolve("no-such-bundle");
    runner.withPropertyValues("advisor.bundle.path=" + missing).run(context -> {
      assertThat(context).hasFailed();
      BundleRefusedException refused = refusal(context.getStartupFailure());
      assertThat(refused.reason()).isEqualTo(BundleRefusedException.Reason.NOT_FOUND);
      assertThat(refused.getMessage()).contains("no-such-bundle");
    });
  }

  @Test
  void withoutFailFastABrokenBundleLeavesNoAdvisorAndHealthIsDown(@TempDir Path dir) {
    runner.withPropertyValues("advisor.bundle.path=" + dir.resolve("missing"),
        "advisor.bundle.fail-fast=false").run(context -> {
          assertThat(context).hasNotFailed();
          assertThat(context.getBeanProvider(Advisor.class).getIfAvailable()).isNull();
          Health health =
              context.getBean("advisorHealthIndicator", HealthIndicator.class).health(true);
          assertThat(health.getStatus()).isEqualTo(Status.DOWN);
          assertThat(health.getDetails().get("problems").toString()).contains("missing");
        });
  }

  @Test
  void healthIsUpWithTheBundleAndNoWarningBeforeTheReviewDate() {
    ContentBundle uk = Advisor.defaultAdvisor().bundle();
    Clock dayOfReview = Clock.fixed(uk.reviewBy().atStartOfDay().toInstant(ZoneOffset.UTC),
        ZoneOffset.UTC);
    runner.withBean(Clock.class, () -> dayOfReview).run(context -> {
      Health health = context.getBean("advisorHealthIndicator", HealthIndicator.class).health(true);
      assertThat(health.getStatus()).isEqualTo(Status.UP);
      assertThat(health.getDetails()).containsEntry("digest", uk.identity().digest())
          .containsEntry("reviewOverdue", false).doesNotContainKey("warning");
    });
  }

  @Test
  void healthWarnsOnceTheReviewDateHasPassed() {
    ContentBundle uk = Advisor.defaultAdvisor().bundle();
    Clock dayAfter = Clock.fixed(uk.reviewBy().plusDays(1).atStartOfDay()
        .toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
    runner.withBean(Clock.class, () -> dayAfter).run(context -> {
      Health health = context.getBean("advisorHealthIndicator", HealthIndicator.class).health(true);
      assertThat(health.getStatus()).isEqualTo(Status.UP);
      assertThat(health.getDetails()).containsEntry("reviewOverdue", true);
      assertThat(health.getDetails().get("warning").toString())
          .contains(uk.reviewBy().toString(), "has passed");
    });
  }

  @Test
  void theHealthIndicatorCanBeSwitchedOff() {
    runner.withPropertyValues("management.health.advisor.enabled=false")
        .run(context -> assertThat(context).doesNotHaveBean("advisorHealthIndicator"));
  }

  @Test
  void withoutActuatorOnTheClassPathThereIsNoHealthOrInfo() {
    runner.withClassLoader(new FilteredClassLoader(HealthIndicator.class, InfoContributor.class))
        .run(context -> {
          assertThat(context).hasSingleBean(Advisor.class);
          assertThat(context).doesNotHaveBean("advisorHealthIndicator");
          assertThat(context).doesNotHaveBean("advisorInfoContributor");
        });
  }

  @Test
  void infoShowsTheBundlesIdVersionAndDigest() {
    runner.run(context -> {
      Info.Builder info = new Info.Builder();
      context.getBean("advisorInfoContributor", InfoContributor.class).contribute(info);
      var identity = Advisor.defaultAdvisor().bundle().identity();
      assertThat(info.build().get("advisor")).isEqualTo(Map.of("bundle", Map.of(
          "id", identity.id(), "version", identity.version(), "digest", identity.digest(),
          "reviewBy", Advisor.defaultAdvisor().bundle().reviewBy().toString())));
    });
  }

  @Test
  void countsByUrgencyInTheApplicationsMeterRegistry() {
    runner.withBean(MeterRegistry.class, SimpleMeterRegistry::new).run(context -> {
      context.getBean(AssessmentCounter.class).count(org.safeguarding.advisor.Urgency.URGENT);
      MeterRegistry meters = context.getBean(MeterRegistry.class);
      assertThat(meters.get(AdvisorMetricsAutoConfiguration.METER).tag("urgency", "URGENT")
          .counter().count()).isEqualTo(1.0);
      // The urgency is the only tag: nothing else about a situation is recorded.
      meters.get(AdvisorMetricsAutoConfiguration.METER).meters().forEach(meter ->
          assertThat(meter.getId().getTags()).extracting("key").containsExactly("urgency"));
    });
  }

  @Test
  void theEndpointsAreOffByDefault() {
    new WebApplicationContextRunner().withConfiguration(STARTER)
        .run(context -> assertThat(context).doesNotHaveBean(AdvisorApiController.class));
  }

  @Test
  void theEndpointsAreOnWhenEnabledInAServletApplication() {
    new WebApplicationContextRunner().withConfiguration(STARTER)
        .withPropertyValues("advisor.web.enabled=true")
        .run(context -> assertThat(context).hasSingleBean(AdvisorApiController.class));
  }

  @Test
  void theEndpointsNeedAWebApplication() {
    runner.withPropertyValues("advisor.web.enabled=true")
        .run(context -> assertThat(context).doesNotHaveBean(AdvisorApiController.class));
  }

  @Test
  void thePropertiesAreDocumentedInConfigurationMetadata() throws IOException {
    String metadata;
    try (InputStream in =
        new ClassPathResource("META-INF/spring-configuration-metadata.json").getInputStream()) {
      metadata = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    }
    var tree = new com.fasterxml.jackson.databind.ObjectMapper().readTree(metadata);
    Map<String, String> described = new java.util.TreeMap<>();
    tree.path("properties").forEach(p ->
        described.put(p.path("name").asText(), p.path("description").asText()));
    assertThat(described).containsOnlyKeys("advisor.bundle.path",
        "advisor.bundle.expected-digest", "advisor.bundle.fail-fast", "advisor.web.enabled");
    described.values().forEach(description -> assertThat(description).hasSizeGreaterThan(20));
  }

  private static BundleRefusedException refusal(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause()) {
      if (t instanceof BundleRefusedException) {
        return (BundleRefusedException) t;
      }
    }
    throw new AssertionError("not refused for the bundle", failure);
  }
}
