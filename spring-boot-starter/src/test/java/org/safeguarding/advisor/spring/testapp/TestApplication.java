package org.safeguarding.advisor.spring.testapp;

import java.nio.charset.StandardCharsets;
import org.safeguarding.advisor.Advisor;
import org.safeguarding.advisor.Assessment;
import org.safeguarding.advisor.Situation;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * A minimal application, as a user would write one, that uses the starter: nothing of the advisor
 * is configured here. It adds the trivial endpoints that the load test measures the starter
 * against.
 */
@SpringBootApplication
public class TestApplication {
  public static void main(String[] args) {
    SpringApplication.run(TestApplication.class, args);
  }

  /**
   * An application's own endpoint, written as any Spring controller is: it takes a Situation and
   * returns an Assessment through the application's JsonMapper, which has the library's module.
   */
  @RestController
  static class OwnController {
    @PostMapping("/own/assess")
    Assessment assess(@RequestBody Situation situation) {
      return Advisor.assess(situation);
    }
  }

  /** The cheapest answers the same server can give: the baseline of the load test. */
  @RestController
  static class Trivial {
    private static final byte[] OK = "{\"ok\":true}\n".getBytes(StandardCharsets.UTF_8);

    @GetMapping("/trivial")
    ResponseEntity<byte[]> get() {
      return answer();
    }

    /** Reads the same body the assessment reads, and ignores it. */
    @PostMapping("/trivial")
    ResponseEntity<byte[]> post(@RequestBody byte[] body) {
      return answer();
    }

    private static ResponseEntity<byte[]> answer() {
      return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON)
          .cacheControl(CacheControl.noStore()).body(OK);
    }
  }
}
