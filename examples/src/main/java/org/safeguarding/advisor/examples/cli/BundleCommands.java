package org.safeguarding.advisor.examples.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.safeguarding.advisor.ContentBundle;
import org.safeguarding.advisor.InvalidBundleException;
import org.safeguarding.advisor.LintFinding;
import org.safeguarding.advisor.BundleSource;

/**
 * {@code bundle check DIR} (load, check and lint) and {@code bundle digest [--write] DIR}: tools
 * for content editors.
 */
final class BundleCommands {
  private final PrintStream out;
  private final PrintStream err;

  BundleCommands(PrintStream out, PrintStream err) {
    this.out = out;
    this.err = err;
  }

  int run(List<String> args) {
    if (args.size() == 2 && args.get(0).equals("check")) {
      return check(Path.of(args.get(1)));
    }
    if (args.size() == 2 && args.get(0).equals("digest")) {
      return digest(Path.of(args.get(1)), false);
    }
    if (args.size() == 3 && args.get(0).equals("digest") && args.get(1).equals("--write")) {
      return digest(Path.of(args.get(2)), true);
    }
    err.println("advisor-cli: bundle needs 'check DIR' or 'digest [--write] DIR'");
    err.println(AdvisorCli.USAGE);
    return AdvisorCli.FAILED;
  }

  private int check(Path dir) {
    try {
      ContentBundle bundle = ContentBundle.load(dir);
      // The lint proves the conflictsWith and needs declarations over every reachable situation.
      List<LintFinding> findings = bundle.lint();
      if (!findings.isEmpty()) {
        err.println("the bundle loads, but " + findings.size() + " of its conflictsWith and needs"
            + " declarations " + (findings.size() == 1 ? "is" : "are") + " broken by some plan:");
        for (LintFinding finding : findings) {
          err.println("- " + finding.message().replace("\n", "\n  "));
        }
        return AdvisorCli.REJECTED;
      }
      out.println("ok: " + bundle.identity().id() + " " + bundle.identity().version() + " "
          + bundle.identity().digest() + ", review by " + bundle.reviewBy());
      out.println("lint: every conflictsWith and needs declaration holds in every reachable"
          + " situation");
      return AdvisorCli.OK;
    } catch (InvalidBundleException e) {
      err.println(e.getMessage());
      return AdvisorCli.REJECTED;
    }
  }

  private int digest(Path dir, boolean write) {
    try {
      String digest = ContentBundle.computeDigest(BundleSource.directory(dir));
      out.println(digest);
      if (write) {
        Files.writeString(dir.resolve("manifest.json"),
            ContentBundle.signedManifest(BundleSource.directory(dir)), StandardCharsets.UTF_8);
      }
      return AdvisorCli.OK;
    } catch (IOException e) {
      err.println("error: cannot read the bundle in " + dir + ": " + e.getMessage());
      return AdvisorCli.FAILED;
    } catch (InvalidBundleException e) {
      err.println(e.getMessage());
      return AdvisorCli.FAILED;
    }
  }
}
