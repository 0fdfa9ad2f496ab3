package org.safeguarding.advisor.engine;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads steps.json: each step's texts, the contacts it names, its sources, the steps it comes
 * after, its doFirst, and its lint declarations.
 */
final class StepsReader {
  private StepsReader() {}

  static List<StepDef> read(Node root, Map<String, ContactDef> contacts, TextsReader texts,
      DoFirstReader doFirsts, Declarations declarations, Citations citations) {
    List<StepDef> out = new ArrayList<>();
    if (root == null) {
      return out;
    }
    Set<String> ids = new LinkedHashSet<>();
    for (Node node : root.elements()) {
      if (!node.requireObject()) {
        continue;
      }
      String id = node.requiredId("id");
      Texts stepTexts =
          texts.read(node, TextsReader.STEP_FIELDS, false, citations, contacts.keySet());
      List<String> stepContacts = node.stringList("contacts", false);
      for (String contact : stepContacts) {
        if (!contacts.containsKey(contact)) {
          node.field("contacts").problem("unknown contact '" + contact + "'");
        }
      }
      List<String> sources = citations.cite(node);
      List<String> after = node.stringList("after", false);
      List<DoFirst> doFirst = doFirsts.read(node, stepTexts);
      declarations.read(node, id, false);
      node.checkNoOtherFields();
      if (id != null && !ids.add(id)) {
        node.problem("duplicate step id '" + id + "'");
      } else if (id != null && stepTexts != null) {
        out.add(new StepDef(id, stepTexts, stepContacts, sources, after, doFirst));
      }
    }
    return out;
  }
}
