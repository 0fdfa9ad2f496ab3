package org.safeguarding.advisor.web;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * The reference triage application: one page at {@code /} over the starter's REST endpoints. It
 * keeps no state between requests (no session, no cookie, no store), so any number of copies can
 * run behind any load balancer.
 */
@SpringBootApplication
public class AdvisorWebApplication {

  /**
   * Starts the application ({@code --server.port=N} to choose the port).
   *
   * @param args Spring Boot command-line arguments
   */
  public static void main(String[] args) {
    SpringApplication.run(AdvisorWebApplication.class, args);
  }
}
