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
import org.safeguarding.advisor.content.uk.UkBundleProvider;

/**
 * The build runs the generator: the UK bundle's book is written to target/content-book on every
 * build and must equal the committed copy in docs/content-book, so the book never falls behind the
 * content. After a content change, update it with {@value #UPDATE}.
 */
class CommittedBookTest {
  static final String UPDATE = "mvn -B -ntp -pl content-bundle -am test -Dtest=CommittedBookTest"
      + " -Dsurefire.failIfNoSpecifiedTests=false -Dcontent-book.update=true";

  /** The UK bundle's source folder (the module's resources, as edited). */
  static final Path UK = Path.of("src/main/resources" + UkBundleProvider.FOLDER);

  @Test
  void theCommittedBookIsTheBookOfTheUkBundle() throws IOException {
    Path generated = Path.of("target/content-book");
    ContentBook.write(UK, generated);
    if (Boolean.getBoolean("content-book.update")) {
      ContentBook.write(UK, ContentBookTest.DOCS);
    }
    List<String> stale = new ArrayList<>();
    for (Map.Entry<String, String> file : ContentBook.render(UK).entrySet()) {
      Path committed = ContentBookTest.DOCS.resolve(file.getKey());
      if (!Files.isRegularFile(committed)
          || !Files.readString(committed, StandardCharsets.UTF_8).equals(file.getValue())) {
        stale.add("docs/content-book/" + file.getKey());
      }
    }
    assertEquals(List.of(), stale, "the committed content book is stale (the new one is in"
        + " content-bundle/target/content-book): run\n  " + UPDATE + "\nand commit docs/content-book,"
        + " then look at it (docs/content-book/screenshot.sh)");
  }
}
