package org.safeguarding.advisor.content.uk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.safeguarding.advisor.BundleIdentity;
import org.safeguarding.advisor.ContentBundle;

/**
 * The bundle is versioned on its own (CHANGELOG.md, "Versioning rule"): its version is
 * YEAR.MONTH.PATCH, and every version has a changelog entry, the newest first.
 */
class ChangelogTest {
  private static final Pattern VERSION =
      Pattern.compile("(20\\d\\d)\\.(1[0-2]|[1-9])\\.(0|[1-9]\\d*)");
  private static final Pattern ENTRY =
      Pattern.compile("^## (\\S+) \\((\\d{4}-\\d{2}-\\d{2})\\)$", Pattern.MULTILINE);

  private record Entry(String version, String date) {}

  private static List<Entry> entries() throws IOException {
    String changelog = Files.readString(Path.of("CHANGELOG.md"), StandardCharsets.UTF_8)
        .replaceAll("(?ms)^```.*?^```", "");  // the format's example is not an entry
    Matcher m = ENTRY.matcher(changelog);
    List<Entry> entries = new ArrayList<>();
    while (m.find()) {
      entries.add(new Entry(m.group(1), m.group(2)));
    }
    return entries;
  }

  @Test
  void theNewestEntryIsTheBundlesVersionAndReleaseDate() throws IOException {
    BundleIdentity identity = ContentBundle.defaultBundle().identity();
    List<Entry> entries = entries();
    assertFalse(entries.isEmpty(), "CHANGELOG.md has no '## VERSION (YYYY-MM-DD)' entry");
    assertEquals(identity.version(), entries.get(0).version(),
        "manifest.json's version has no CHANGELOG.md entry, or it is not the first");
    String manifest = new String(new UkBundleProvider().source().readAll("manifest.json"),
        StandardCharsets.UTF_8);
    assertTrue(manifest.matches("(?s).*\"releaseDate\"\\s*:\\s*\"" + entries.get(0).date() + "\".*"),
        "the newest entry's date, " + entries.get(0).date() + ", is manifest.json's releaseDate");
  }

  @Test
  void everyVersionIsYearMonthPatchNewestFirst() throws IOException {
    long[] newer = null;
    for (Entry entry : entries()) {
      Matcher m = VERSION.matcher(entry.version());
      assertTrue(m.matches(), entry.version() + " is not YEAR.MONTH.PATCH");
      long[] parts = {Long.parseLong(m.group(1)), Long.parseLong(m.group(2)),
          Long.parseLong(m.group(3))};
      if (newer != null) {
        boolean older = parts[0] < newer[0]
            || parts[0] == newer[0] && (parts[1] < newer[1]
                || parts[1] == newer[1] && parts[2] < newer[2]);
        assertTrue(older, entry.version() + " is listed below a version it is not older than");
      }
      newer = parts;
    }
  }
}
