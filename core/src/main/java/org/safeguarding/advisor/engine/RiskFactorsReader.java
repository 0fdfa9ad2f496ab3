package org.safeguarding.advisor.engine;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.safeguarding.advisor.Reporter;

/**
 * Reads risk-factors.json: each risk factor's one explanation for everyone, or its texts by
 * audience, and its sources.
 */
final class RiskFactorsReader {
  private RiskFactorsReader() {}

  static List<RiskFactorDef> read(Node root, TextsReader textReader, Citations citations) {
    List<RiskFactorDef> out = new ArrayList<>();
    if (root == null) {
      return out;
    }
    Set<String> ids = new LinkedHashSet<>();
    for (Node node : root.elements()) {
      if (!node.requireObject()) {
        continue;
      }
      String id = node.requiredId("id");
      // One explanation for every audience, or texts by audience (and condition) like a warning's.
      Texts texts = null;
      boolean single = node.has("explanation");
      if (node.has("text")) {
        texts = textReader.read(node, TextsReader.RISK_FIELDS, true, citations, null);
        if (single) {
          node.field("explanation").problem("give either 'explanation' (one text for everyone) or"
              + " 'text' (texts by audience), not both");
        }
      } else {
        String explanation = node.requiredString("explanation");
        texts = explanation == null ? null
            : Texts.single(new String[] {explanation}, Reporter.values().length);
      }
      List<String> sources = citations.cite(node);
      node.checkNoOtherFields();
      if (id != null && !ids.add(id)) {
        node.problem("duplicate risk factor id '" + id + "'");
      } else if (id != null && texts != null) {
        out.add(new RiskFactorDef(id, texts, sources));
      }
    }
    return out;
  }
}
