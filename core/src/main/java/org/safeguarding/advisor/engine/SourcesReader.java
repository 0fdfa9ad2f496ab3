package org.safeguarding.advisor.engine;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.safeguarding.advisor.Source;
import org.safeguarding.advisor.Verification;

/** Reads sources.json: the documents everything else cites, by id, in the bundle's order. */
final class SourcesReader {
  private SourcesReader() {}

  static Map<String, Source> read(Node root) {
    Map<String, Source> out = new LinkedHashMap<>();
    if (root == null) {
      return out;
    }
    for (Node node : root.elements()) {
      if (!node.requireObject()) {
        continue;
      }
      String id = node.requiredId("id");
      String title = node.requiredString("title");
      String publisher = node.optionalString("publisher");
      String url = node.optionalHttpsUrl("url");
      node.requiredString("kind");
      if (node.field("kind").raw() != null && node.field("kind").raw().isTextual()) {
        String kind = node.field("kind").raw().textValue();
        if (!List.of("SEED", "GUIDANCE", "LAW", "SERVICE").contains(kind)) {
          node.field("kind").problem("unknown value '" + kind
              + "' (allowed: SEED, GUIDANCE, LAW, SERVICE)");
        }
      }
      Verification verification = node.requiredEnum("verification", Verification.class);
      String note = node.optionalString("note");
      node.checkNoOtherFields();
      Source.Kind kind = sourceKind(node.field("kind").raw());
      if (id != null && out.containsKey(id)) {
        node.problem("duplicate source id '" + id + "'");
      } else if (id != null && title != null && verification != null && kind != null) {
        out.put(id, Source.of(id, title, Optional.ofNullable(publisher), Optional.ofNullable(url),
            kind, verification, Optional.ofNullable(note)));
      }
    }
    return out;
  }

  /** The source kind written, or null where it is missing or unknown (a problem already says so). */
  private static Source.Kind sourceKind(JsonNode kind) {
    if (kind == null || !kind.isTextual()) {
      return null;
    }
    for (Source.Kind k : Source.Kind.values()) {
      if (k.name().equals(kind.textValue())) {
        return k;
      }
    }
    return null;
  }
}
