package org.safeguarding.advisor.content.uk;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.safeguarding.advisor.ContentBundle;
import org.safeguarding.advisor.LintFinding;

/**
 * Property 21 (no contradictions) for the shipped bundle: every {@code conflictsWith} and
 * {@code needs} it declares on its steps and warnings holds in every reachable situation, proved
 * by {@link ContentBundle#lint()}, not sampled. A broken declaration fails the build with its
 * witness situation. Hazard H19 in docs/safety/hazard-log.md.
 */
class UkBundleLintTest {

  @Test
  void everyDeclaredConflictAndNeedHoldsInEveryReachableSituation() {
    List<LintFinding> findings = ContentBundle.defaultBundle().lint();
    assertTrue(findings.isEmpty(), findings.size() + " declaration(s) broken:\n"
        + findings.stream().map(LintFinding::message).collect(Collectors.joining("\n\n")));
  }

  @Test
  void theBundleDeclaresConflictsAndNeedsForTheLintToProve() throws IOException {
    int conflicts = 0;
    int needs = 0;
    ObjectMapper json = new ObjectMapper();
    for (String file : List.of("steps.json", "warnings.json")) {
      for (JsonNode item : json.readTree(new UkBundleProvider().source().readAll(file))) {
        conflicts += item.path("conflictsWith").size();
        needs += item.path("needs").size();
      }
    }
    assertTrue(conflicts > 0, "the bundle declares no conflictsWith: the lint proves nothing");
    assertTrue(needs > 0, "the bundle declares no needs: the lint proves nothing");
  }
}
