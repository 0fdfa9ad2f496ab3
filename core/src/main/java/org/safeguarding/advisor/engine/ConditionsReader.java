package org.safeguarding.advisor.engine;

import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Reads conditions.json: the named conditions, declared to the condition compiler and compiled
 * before anything that may refer to them.
 */
final class ConditionsReader {
  private ConditionsReader() {}

  static void read(Node root, ConditionCompiler conditions) {
    if (root == null) {
      return;
    }
    Set<String> ids = new LinkedHashSet<>();
    for (Node node : root.elements()) {
      if (!node.requireObject()) {
        continue;
      }
      String id = node.requiredId("id");
      node.requiredString("description");
      Node when = node.field("when");
      node.checkNoOtherFields();
      if (when.isNull()) {
        when.problem("is required");
      } else if (id != null && !ids.add(id)) {
        node.problem("duplicate condition id '" + id + "'");
      } else if (id != null) {
        conditions.declare(id, when);
      }
    }
    conditions.compileNamed();
  }
}
