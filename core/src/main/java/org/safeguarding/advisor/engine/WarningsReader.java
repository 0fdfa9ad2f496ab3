package org.safeguarding.advisor.engine;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads warnings.json: each warning's texts (for every audience), sources, doFirst and lint
 * declarations.
 */
final class WarningsReader {
  private WarningsReader() {}

  static List<WarningDef> read(Node root, TextsReader texts, DoFirstReader doFirsts,
      Declarations declarations, Citations citations) {
    List<WarningDef> out = new ArrayList<>();
    if (root == null) {
      return out;
    }
    Set<String> ids = new LinkedHashSet<>();
    for (Node node : root.elements()) {
      if (!node.requireObject()) {
        continue;
      }
      String id = node.requiredId("id");
      Texts warningTexts = texts.read(node, TextsReader.WARNING_FIELDS, true, citations, null);
      List<String> sources = citations.cite(node);
      List<DoFirst> doFirst = doFirsts.read(node, warningTexts);
      declarations.read(node, id, true);
      node.checkNoOtherFields();
      if (id != null && !ids.add(id)) {
        node.problem("duplicate warning id '" + id + "'");
      } else if (id != null && warningTexts != null) {
        out.add(new WarningDef(id, warningTexts, sources, doFirst));
      }
    }
    return out;
  }
}
