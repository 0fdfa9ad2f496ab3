package org.safeguarding.advisor.engine;

import java.util.List;
import org.safeguarding.advisor.Reporter;

/** A checked step: its texts, contacts, sources, the steps it comes after and its doFirst. */
record StepDef(String id, Texts texts, List<String> contacts,
    List<String> sources, List<String> after, List<DoFirst> doFirst) {
  StepDef {
    // Unmodifiable once, here, so that each Step built from this one shares them uncopied.
    contacts = List.copyOf(contacts);
    sources = List.copyOf(sources);
    after = List.copyOf(after);
    doFirst = List.copyOf(doFirst);
  }

  boolean isFor(Reporter audience) {
    return texts.isFor(audience.ordinal());
  }
}
