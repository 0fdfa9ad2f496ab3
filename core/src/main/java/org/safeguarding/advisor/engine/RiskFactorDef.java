package org.safeguarding.advisor.engine;

import java.util.List;

/** A checked risk factor: its texts (one for everyone, or by audience) and sources. */
record RiskFactorDef(String id, Texts texts, List<String> sources) {
  RiskFactorDef {
    sources = List.copyOf(sources);
  }
}
