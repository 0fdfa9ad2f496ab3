package org.safeguarding.advisor.content.book;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The build runs the generator: the review sheets are written to target/review on every build and
 * must equal the committed copy in docs/review, so a reviewer never reads stale plans. After a
 * content change (or a change to the situations), update them with {@value #UPDATE}.
 */
class CommittedReviewSheetsTest {
  static final String UPDATE = "mvn -B -ntp -pl content-bundle -am test"
      + " -Dtest=CommittedReviewSheetsTest -Dsurefire.failIfNoSpecifiedTests=false"
      + " -Dreview-sheets.update=true";

  /** The committed sheets, in the project's docs (Surefire runs in the content module). */
  static final Path DOCS = Path.of("../docs/review");

  @Test
  void theCommittedSheetsAreThePlansOfTheUkBundle() throws IOException {
    Path situations = Path.of(ReviewSheets.SITUATIONS);
    ReviewSheets.write(CommittedBookTest.UK, situations, Path.of("target/review"));
    if (Boolean.getBoolean("review-sheets.update")) {
      ReviewSheets.write(CommittedBookTest.UK, situations, DOCS);
    }
    List<String> stale = new ArrayList<>();
    for (Map.Entry<String, String> file
        : ReviewSheets.render(CommittedBookTest.UK, situations).entrySet()) {
      Path committed = DOCS.resolve(file.getKey());
      if (!Files.isRegularFile(committed)
          || !Files.readString(committed, StandardCharsets.UTF_8).equals(file.getValue())) {
        stale.add("docs/review/" + file.getKey());
      }
    }
    assertEquals(List.of(), stale, "the committed review sheets are stale (the new ones are in"
        + " content-bundle/target/review): run\n  " + UPDATE + "\nand commit docs/review");
  }
}
