package org.safeguarding.advisor.spring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.safeguarding.advisor.Advisor;
import org.safeguarding.advisor.spring.testapp.TestApplication;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/**
 * What a person starting an application on the wrong bundle sees: Boot's own failure report,
 * found through spring.factories, saying which digest was found and what to do, with no stack
 * trace.
 */
@ExtendWith(OutputCaptureExtension.class)
class StartupFailureReportTest {
  @Test
  void aBundleWithAnotherDigestStopsTheStartWithBootsReportAndNoStackTrace(CapturedOutput output) {
    String pinned = "sha256:" + "1".repeat(64);
    SpringApplication app = new SpringApplication(TestApplication.class);
    app.setWebApplicationType(WebApplicationType.NONE);
    assertThatThrownBy(() -> app.run("--advisor.bundle.expected-digest=" + pinned,
        "--spring.main.banner-mode=off")).isNotNull();
    String actual = Advisor.defaultAdvisor().bundle().identity().digest();
    assertThat(output.getAll()).contains("APPLICATION FAILED TO START", "Description:", "Action:",
        pinned, actual, "advisor.bundle.expected-digest");
    assertThat(output.getAll()).doesNotContain("\tat org.").doesNotContain("Caused by:");
  }
}
