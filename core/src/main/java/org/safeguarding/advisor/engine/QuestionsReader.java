package org.safeguarding.advisor.engine;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads questions.json: one question for each fact, its texts, choice labels (and labels by
 * audience), when to ask it first, and its sources.
 */
final class QuestionsReader {
  private QuestionsReader() {}

  static List<QuestionDef> read(Node root, Jurisdictions jurisdictions, TextsReader textReader,
      ConditionCompiler conditions, Citations citations) {
    List<QuestionDef> out = new ArrayList<>();
    if (root == null) {
      return out;
    }
    Set<Fact> seen = new LinkedHashSet<>();
    for (Node node : root.elements()) {
      if (!node.requireObject()) {
        continue;
      }
      String field = node.requiredString("field");
      Fact fact = field == null ? null : Fact.byPath(field);
      if (field != null && fact == null) {
        node.field("field").problem("unknown fact '" + field + "'");
      }
      Texts texts = textReader.read(node, TextsReader.QUESTION_FIELDS, true, null, null);
      Map<String, String> choices = new LinkedHashMap<>();
      Node choicesNode = node.field("choices");
      if (fact != null && fact.kind != Fact.Kind.AGE) {
        List<String> allowed = fact.valueNames(jurisdictions);
        for (String value : choicesNode.fieldNames()) {
          Node label = choicesNode.field(value);
          String text = label.asString();
          if (!allowed.contains(value)) {
            label.problem("'" + value + "' is not a value of " + fact.path + " (allowed: "
                + String.join(", ", allowed) + ")");
          } else if (text != null) {
            choices.put(value, text);
          }
        }
        for (String value : allowed) {
          boolean isUnknownValue = value.equals("UNKNOWN");
          if (!choices.containsKey(value) && !isUnknownValue && choicesNode.isObject()) {
            choicesNode.problem("has no label for " + value);
          }
        }
      } else if (fact != null && !choicesNode.isNull()) {
        choicesNode.problem("childAge takes a number, not choices");
      }
      checkChoicesFor(node.field("choicesFor"), choices);
      Condition askFirst = null;
      Node askFirstNode = node.field("askFirstWhen");
      if (!askFirstNode.isNull()) {
        askFirst = conditions.compile(askFirstNode);
      }
      List<String> sources = citations.cite(node);
      node.checkNoOtherFields();
      if (fact != null && !seen.add(fact)) {
        node.problem("a second question for '" + fact.path + "'");
      } else if (fact != null && texts != null) {
        // In the bundle's order, so numbered choices stay the same from run to run.
        out.add(new QuestionDef(fact, texts, askFirst, sources));
      }
    }
    return out;
  }

  /**
   * The optional {@code choicesFor}: by audience, labels that replace some of {@code choices} for
   * that audience. Each value it names must be one {@code choices} labels.
   */
  private static void checkChoicesFor(Node node, Map<String, String> choices) {
    if (node.isNull()) {
      return;
    }
    if (!node.isObject()) {
      node.problem("must be an object of audiences, each an object of value labels");
      return;
    }
    for (String audienceName : node.fieldNames()) {
      Node labels = node.field(audienceName);
      boolean isAudience = false;
      for (org.safeguarding.advisor.Reporter r : org.safeguarding.advisor.Reporter.values()) {
        isAudience |= r.name().equals(audienceName);
      }
      if (!isAudience) {
        labels.problem("is not an audience (allowed: PARENT_OR_CARER, YOUNG_PERSON, PROFESSIONAL,"
            + " OTHER_ADULT)");
      } else if (!labels.isObject()) {
        labels.problem("must be an object of value labels");
      } else {
        for (String value : labels.fieldNames()) {
          Node label = labels.field(value);
          label.asString(); // reports a label that is not a string
          if (!choices.containsKey(value)) {
            label.problem("'" + value + "' has no label in choices (allowed: "
                + String.join(", ", choices.keySet()) + ")");
          }
        }
      }
    }
  }
}
