/**
 * The Safeguarding Advisor's contract JSON for Jackson 2 ({@code com.fasterxml.jackson}): register
 * {@link org.safeguarding.advisor.jackson2.AdvisorJacksonModule} with an {@code ObjectMapper}.
 *
 * @provides com.fasterxml.jackson.databind.Module so that {@code
 *     ObjectMapper.findAndRegisterModules()} finds the module
 */
module org.safeguarding.advisor.jackson2 {
  exports org.safeguarding.advisor.jackson2;

  requires transitive org.safeguarding.advisor;
  requires transitive com.fasterxml.jackson.databind;

  provides com.fasterxml.jackson.databind.Module
      with org.safeguarding.advisor.jackson2.AdvisorJacksonModule;
}
