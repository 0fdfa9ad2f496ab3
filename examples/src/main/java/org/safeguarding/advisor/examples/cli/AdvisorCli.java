package org.safeguarding.advisor.examples.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.safeguarding.advisor.Advisor;
import org.safeguarding.advisor.Assessment;
import org.safeguarding.advisor.InvalidBundleException;
import org.safeguarding.advisor.InvalidSituationException;
import org.safeguarding.advisor.Situation;
import org.safeguarding.advisor.json.AdvisorJson;

/**
 * The example command line: assesses a situation file with the default UK bundle, as an
 * application embedding the library would.
 *
 * <pre>
 * advisor-cli assess [--json] FILE|-      readable plan, or the assessment JSON
 * advisor-cli ask [--json] [--from FILE]  guided triage: asks the open questions one at a time
 * advisor-cli bundle check DIR            check a bundle directory, listing every problem
 * advisor-cli bundle digest [--write] DIR print (or write into manifest.json) the content digest
 * </pre>
 *
 * <p>Exit status: 0 done; 2 the input was rejected (one line on stderr naming the JSON path and what
 * is allowed, nothing on stdout); 1 anything else.
 */
public final class AdvisorCli {
  static final int OK = 0;
  static final int FAILED = 1;
  static final int REJECTED = 2;

  static final String USAGE = String.join("\n",
      "usage: advisor-cli assess [--json] FILE|-",
      "       advisor-cli ask [--json] [--from FILE]",
      "       advisor-cli bundle check DIR",
      "       advisor-cli bundle digest [--write] DIR");

  private final InputStream in;
  private final PrintStream out;
  private final PrintStream err;
  private final Clock clock;

  AdvisorCli(InputStream in, PrintStream out, PrintStream err, Clock clock) {
    this.in = in;
    this.out = out;
    this.err = err;
    this.clock = clock;
  }

  public static void main(String[] args) {
    PrintStream out = new PrintStream(System.out, false, StandardCharsets.UTF_8);
    PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
    int status;
    try {
      status = new AdvisorCli(System.in, out, err, Clock.systemDefaultZone()).run(List.of(args));
    } catch (Throwable e) {
      // The last resort: one line, never a stack trace.
      err.println("error: " + e.getClass().getSimpleName() + ": " + e.getMessage());
      status = FAILED;
    }
    out.flush();
    System.exit(status);
  }

  int run(List<String> args) {
    try {
      if (args.isEmpty()) {
        return usage("no command given");
      }
      switch (args.get(0)) {
        case "assess":
          return assess(args.subList(1, args.size()));
        case "ask": {
          Advisor advisor = Advisor.defaultAdvisor();
          warnIfPastReview(advisor);
          return new AskCommand(advisor, in, out, err, System.console() != null)
              .run(args.subList(1, args.size()));
        }
        case "bundle":
          return new BundleCommands(out, err).run(args.subList(1, args.size()));
        case "--help":
        case "-h":
        case "help":
          out.println(USAGE);
          return OK;
        default:
          return usage("unknown command '" + args.get(0) + "'");
      }
    } catch (InvalidSituationException e) {
      err.println("rejected: " + e.getMessage());
      return REJECTED;
    } catch (InvalidBundleException e) {
      err.println(e.getMessage());
      return FAILED;
    } catch (RuntimeException e) {
      // Never a stack trace to the user: say what failed in one line.
      err.println("error: " + e.getClass().getSimpleName() + ": " + e.getMessage());
      return FAILED;
    }
  }

  private int assess(List<String> args) {
    boolean json = false;
    String file = null;
    for (String arg : args) {
      if (arg.equals("--json")) {
        json = true;
      } else if (file == null && (arg.equals("-") || !arg.startsWith("-"))) {
        file = arg;
      } else {
        return usage("unexpected argument '" + arg + "'");
      }
    }
    if (file == null) {
      return usage("assess needs a situation FILE, or - for standard input");
    }
    Situation situation;
    try {
      situation = file.equals("-") ? AdvisorJson.readSituation(in)
          : AdvisorJson.readSituation(Files.readAllBytes(Path.of(file)));
    } catch (NoSuchFileException e) {
      err.println("error: no such file: " + file);
      return FAILED;
    } catch (IOException e) {
      err.println("error: cannot read " + file + ": " + e.getMessage());
      return FAILED;
    }
    Advisor advisor = Advisor.defaultAdvisor();
    warnIfPastReview(advisor);
    Assessment assessment = advisor.evaluate(situation);
    if (json) {
      out.print(AdvisorJson.write(assessment));
    } else {
      out.print(new PlanPrinter(advisor.bundle()).print(assessment, situation.audience()));
    }
    out.flush();
    return OK;
  }

  /**
   * Content past its review-by date still loads (withholding all advice would be worse), but the
   * person is told, on stderr so that JSON output stays clean.
   */
  private void warnIfPastReview(Advisor advisor) {
    LocalDate today = LocalDate.now(clock);
    if (advisor.bundle().isPastReviewBy(today)) {
      err.println("warning: the content bundle was due for review by " + advisor.bundle().reviewBy()
          + "; the advice may be out of date");
    }
  }

  private int usage(String problem) {
    err.println("advisor-cli: " + problem);
    err.println(USAGE);
    return FAILED;
  }
}
