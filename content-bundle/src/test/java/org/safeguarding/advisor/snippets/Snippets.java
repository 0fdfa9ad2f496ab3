package org.safeguarding.advisor.snippets;

import java.nio.file.Path;
import org.safeguarding.advisor.Advisor;
import org.safeguarding.advisor.Answer;
import org.safeguarding.advisor.Assessment;
import org.safeguarding.advisor.Concern;
import org.safeguarding.advisor.ContentBundle;
import org.safeguarding.advisor.Indicator;
import org.safeguarding.advisor.Reporter;
import org.safeguarding.advisor.Situation;
import org.safeguarding.advisor.json.AdvisorJson;

/**
 * The usage examples of the API documentation, as compiled code: the Javadoc of {@code Advisor},
 * {@code Situation} and {@code AdvisorJson} shows the regions marked here with {@code {@snippet}}
 * (core's javadoc reads this folder with {@code --snippet-path}), and {@link SnippetsTest} runs
 * them against the real UK bundle. They live beside the UK bundle because {@code Advisor.assess}
 * needs it; the core's own tests never see real content.
 *
 * <p>Change an example here, never in the Javadoc: the docs cannot then drift from the API.
 */
final class Snippets {
  private Snippets() {}

  // README.md ("Use it from Java") shows the region "assess" verbatim: keep the two in step.
  static Assessment assess() {
    // @start region="assess"
    // @start region="situation"
    Situation situation = Situation.builder()
        .reporter(Reporter.PARENT_OR_CARER)
        .childAge(15)
        .addConcern(Concern.SEXTORTION)
        .putIndicator(Indicator.BLACKMAIL, Answer.YES)
        .build();
    // @end region="situation"
    Assessment assessment = Advisor.assess(situation);          // the default UK bundle
    System.out.println(assessment.urgency());                    // URGENT
    assessment.steps().forEach(step -> System.out.println(step.title() + "  " + step.sources()));
    // @end region="assess"
    return assessment;
  }

  static Assessment ownBundle(Path bundleDirectory, Situation situation) {
    // @start region="own-bundle"
    Advisor advisor = Advisor.forBundle(ContentBundle.load(bundleDirectory));  // checked here, once
    Assessment assessment = advisor.evaluate(situation);
    // @end region="own-bundle"
    return assessment;
  }

  static String json(String json) {
    // @start region="json"
    Situation situation = AdvisorJson.readSituation(json);  // strict: a typo is an error, not a guess
    String assessmentJson = AdvisorJson.write(Advisor.assess(situation));
    // @end region="json"
    return assessmentJson;
  }
}
