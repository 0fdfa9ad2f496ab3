package org.safeguarding.advisor.snippets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.safeguarding.advisor.Advisor;
import org.safeguarding.advisor.Answer;
import org.safeguarding.advisor.Assessment;
import org.safeguarding.advisor.Concern;
import org.safeguarding.advisor.Indicator;
import org.safeguarding.advisor.InvalidSituationException;
import org.safeguarding.advisor.ReferralTrigger;
import org.safeguarding.advisor.Situation;
import org.safeguarding.advisor.Urgency;
import org.safeguarding.advisor.json.AdvisorJson;

/** The documentation's examples do what their comments say, on the real UK bundle. */
class SnippetsTest {
  private static final Path UK_BUNDLE =
      Path.of("src/main/resources/org/safeguarding/advisor/bundles/uk");
  private static final Path SNIPPETS =
      Path.of("src/test/java/org/safeguarding/advisor/snippets/Snippets.java");
  private static final Path README = Path.of("../README.md");

  /** The lines of one region of Snippets.java as the Javadoc shows them: no markup, de-indented. */
  static String region(String name) throws IOException {
    List<String> lines = Files.readAllLines(SNIPPETS, StandardCharsets.UTF_8);
    int start = lines.indexOf("    // @start region=\"" + name + "\"");
    int end = lines.indexOf("    // @end region=\"" + name + "\"");
    assertTrue(start >= 0 && end > start, "Snippets.java has the region " + name);
    List<String> region = new ArrayList<>();
    for (String line : lines.subList(start + 1, end)) {
      if (!line.trim().startsWith("// @")) {
        region.add(line.substring(Math.min(4, line.length() - line.stripLeading().length())));
      }
    }
    return String.join("\n", region) + "\n";
  }

  @Test
  void theAssessExamplePrintsTheUrgencyItPromisesThenEveryStep() {
    PrintStream original = System.out;
    ByteArrayOutputStream printed = new ByteArrayOutputStream();
    Assessment assessment;
    try {
      System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
      assessment = Snippets.assess();
    } finally {
      System.setOut(original);
    }
    // The example's comment says URGENT; sextortion is blackmail, a referral trigger at any age.
    assertEquals(Urgency.URGENT, assessment.urgency());
    assertTrue(assessment.referral().triggers().contains(ReferralTrigger.COERCION_OR_BLACKMAIL));
    assertTrue(assessment.hasWarning("do-not-pay"));
    assertFalse(assessment.steps().isEmpty());
    List<String> lines = printed.toString(StandardCharsets.UTF_8).lines().toList();
    assertEquals(1 + assessment.steps().size(), lines.size(), String.join("\n", lines));
    assertEquals("URGENT", lines.get(0));
    for (int i = 0; i < assessment.steps().size(); i++) {
      assertTrue(lines.get(i + 1).startsWith(assessment.steps().get(i).title() + "  ["),
          lines.get(i + 1));
    }
  }

  @Test
  void theOwnBundleExampleGivesWhatTheDefaultBundleGives() {
    var situation = AdvisorJson.readSituation(
        "{\"childAge\": 13, \"concerns\": [\"IMAGE_SHARED_BY_OTHERS\"], \"spread\": \"SOCIAL_MEDIA\"}");
    Assessment own = Snippets.ownBundle(UK_BUNDLE, situation);
    assertEquals(AdvisorJson.write(Advisor.assess(situation)), AdvisorJson.write(own));
  }

  @Test
  void theJsonExampleWritesTheContractsJsonAndRejectsATypo() {
    String out = Snippets.json("{\"childAge\": 15, \"concerns\": [\"SEXTORTION\"]}");
    assertTrue(out.startsWith("{\n  \"bundle\": {\n    \"id\": \"uk\","), out);
    assertTrue(out.contains("\"urgency\": \"URGENT\""), out);
    InvalidSituationException e = assertThrows(InvalidSituationException.class,
        () -> Snippets.json("{\"concerns\": [\"SEXTORSION\"]}"));
    assertTrue(e.getMessage().startsWith("concerns[0]"), e.getMessage());
  }

  @Test
  void theTriageExampleAnswersTheFirstQuestionWithItsFirstChoice() {
    Situation start = Situation.builder().addConcern(Concern.SEXTORTION).build();
    PrintStream original = System.out;
    ByteArrayOutputStream printed = new ByteArrayOutputStream();
    Situation answered;
    try {
      System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
      answered = Snippets.triage(start);
    } finally {
      System.setOut(original);
    }
    // With a concern known, danger is asked first; its first choice is YES, in the bundle's words.
    assertEquals(Answer.YES, answered.indicator(Indicator.IMMEDIATE_DANGER));
    assertEquals(start.concerns(), answered.concerns());
    List<String> lines = printed.toString(StandardCharsets.UTF_8).lines().toList();
    assertEquals(List.of("  Yes", "  No"), lines.subList(1, lines.size()));
    assertEquals(Urgency.EMERGENCY, Advisor.assess(answered).urgency());
  }

  @Test
  void theBuilderExamplePinsTheDigestAndSizesTheMemo() {
    String digest = Advisor.defaultAdvisor().bundle().identity().digest();
    Advisor advisor = Snippets.builder(UK_BUNDLE, digest);
    assertEquals(1024, advisor.memoStats().slots());
    assertEquals(digest, advisor.bundle().identity().digest());
    assertThrows(org.safeguarding.advisor.InvalidBundleException.class,
        () -> Snippets.builder(UK_BUNDLE, "sha256:" + "0".repeat(64)));
  }

  @Test
  void theReadmeShowsTheAssessExampleVerbatim() throws IOException {
    // README.md is Markdown and cannot include a snippet: it must repeat the region exactly.
    String readme = Files.readString(README, StandardCharsets.UTF_8);
    String example = region("assess");
    assertTrue(readme.contains(example), "README.md's Java example must be the region 'assess' of "
        + SNIPPETS + ", which is compiled and run here; change it there first:\n" + example);
  }
}
