package org.safeguarding.advisor.snippets;

import java.nio.file.Path;
import org.safeguarding.advisor.Advisor;
import org.safeguarding.advisor.Answer;
import org.safeguarding.advisor.Assessment;
import org.safeguarding.advisor.Choice;
import org.safeguarding.advisor.Concern;
import org.safeguarding.advisor.ContentBundle;
import org.safeguarding.advisor.Indicator;
import org.safeguarding.advisor.OpenQuestion;
import org.safeguarding.advisor.Reporter;
import org.safeguarding.advisor.Situation;
import org.safeguarding.advisor.SituationFact;
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

  static Advisor builder(Path bundleDirectory, String reviewedDigest) {
    // @start region="builder"
    Advisor advisor = Advisor.builder()
        .bundle(ContentBundle.load(bundleDirectory))
        .expectedDigest(reviewedDigest)    // refuses any other content, even if re-signed
        .memoSize(1024)                    // or 0 to remember nothing between calls
        .build();
    // @end region="builder"
    return advisor;
  }

  static String json(String json) {
    // @start region="json"
    Situation situation = AdvisorJson.readSituation(json);  // strict: a typo is an error, not a guess
    String assessmentJson = AdvisorJson.write(Advisor.assess(situation));
    // @end region="json"
    return assessmentJson;
  }

  /** Answers the most consequential open question with the bundle's first choice. */
  static Situation triage(Situation situation) {
    // @start region="triage"
    Advisor advisor = Advisor.defaultAdvisor();
    OpenQuestion question = advisor.evaluate(situation).openQuestions().get(0);
    SituationFact<?> fact = question.fact();                  // such as indicators.IMMEDIATE_DANGER
    System.out.println(question.question());
    for (Choice<?> choice : advisor.bundle().choices(fact)) {  // typed, in the contract's order
      System.out.println("  " + choice.label(situation.audience()));
    }
    Choice<?> picked = advisor.bundle().choices(fact).get(0);  // the person's pick
    Situation answered = picked.applyTo(Situation.builder().from(situation)).build();
    // @end region="triage"
    return answered;
  }
}
