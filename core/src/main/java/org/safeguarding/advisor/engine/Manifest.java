package org.safeguarding.advisor.engine;

import java.time.LocalDate;
import java.util.List;
import java.util.regex.Pattern;
import org.safeguarding.advisor.Jurisdiction;

/**
 * What the manifest says; a field that was missing or wrong is null (and listed as a problem).
 * {@code phoneFormat} and {@code unverifiedWords} are null where the manifest leaves them out.
 */
record Manifest(String id, String version, LocalDate reviewBy, String digest,
    LocalDate releaseDate, List<Jurisdiction> jurisdictions, PhoneFormat phoneFormat,
    List<String> unverifiedWords) {
  /** The form every contact's phone number must match, and how to say it in a problem. */
  record PhoneFormat(Pattern pattern, String description) {}
}
