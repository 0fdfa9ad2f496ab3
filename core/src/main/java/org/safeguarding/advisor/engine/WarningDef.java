package org.safeguarding.advisor.engine;

import java.util.List;

/** A checked warning: its texts, sources and doFirst. */
record WarningDef(String id, Texts texts, List<String> sources, List<DoFirst> doFirst) {
  WarningDef {
    sources = List.copyOf(sources);
    doFirst = List.copyOf(doFirst);
  }
}
