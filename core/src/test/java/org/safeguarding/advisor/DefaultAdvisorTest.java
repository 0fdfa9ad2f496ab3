package org.safeguarding.advisor;

import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * The default advisor when the content module is missing, as it is in the core's own tests: the
 * documented exception, with what to add, on every call.
 */
class DefaultAdvisorTest {
  @Test
  void withoutTheContentModuleEveryCallSaysWhatToAdd() {
    for (int call = 1; call <= 2; call++) {
      IllegalStateException e = assertThrows(IllegalStateException.class, Advisor::defaultAdvisor,
          "call " + call);
      assertTrue(e.getMessage().contains("no content bundle 'uk' found"), e.getMessage());
      assertTrue(e.getMessage().contains("advisor-content-uk"), e.getMessage());
    }
    assertThrows(IllegalStateException.class, () -> Advisor.assess(Situation.empty()));
  }

  @Test
  void anAdvisorForABundleUsesThatBundle() {
    ContentBundle bundle = Fixture.bundle();
    Advisor advisor = Advisor.forBundle(bundle);
    assertSame(bundle, advisor.bundle());
    assertTrue(advisor.evaluate(Situation.empty()).bundle().id().equals("fixture"));
  }
}
