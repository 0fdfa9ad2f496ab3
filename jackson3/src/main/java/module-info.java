/**
 * The Safeguarding Advisor's contract JSON for Jackson 3 ({@code tools.jackson}, as Spring Boot 4
 * uses): register {@link org.safeguarding.advisor.jackson3.AdvisorJacksonModule} with a {@code
 * JsonMapper}.
 *
 * @provides tools.jackson.databind.JacksonModule so that {@code
 *     JsonMapper.builder().findAndAddModules()} finds the module
 */
module org.safeguarding.advisor.jackson3 {
  exports org.safeguarding.advisor.jackson3;

  requires transitive org.safeguarding.advisor;
  requires transitive tools.jackson.databind;

  provides tools.jackson.databind.JacksonModule
      with org.safeguarding.advisor.jackson3.AdvisorJacksonModule;
}
