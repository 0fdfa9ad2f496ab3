package org.safeguarding.advisor.engine;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.safeguarding.advisor.BundleSource;

/**
 * A bundle's files as read: the bytes of each (for the digest) and its strictly parsed JSON tree.
 * A file that is missing, unreadable or not valid JSON is a problem naming it, and is left out.
 */
final class BundleFiles {
  // Strict: a duplicate key is an error; JsonTrees refuses anything after the first value.
  private static final JsonFactory JSON = JsonFactory.builder()
      .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
      .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
      .build();

  /** The bytes of each file that could be read, in the order read: manifest first. */
  final Map<String, byte[]> bytes = new LinkedHashMap<>();
  /** The checked view of each file that parsed, by file name. */
  final Map<String, Node> roots = new HashMap<>();

  private BundleFiles() {}

  /** Reads the manifest and every content file, recording what goes wrong in {@code problems}. */
  static BundleFiles read(BundleSource source, Problems problems) {
    BundleFiles out = new BundleFiles();
    List<String> files = new ArrayList<>();
    files.add(BundleDigest.MANIFEST);
    files.addAll(BundleDigest.CONTENT_FILES);
    for (String file : files) {
      byte[] content;
      try {
        content = source.readAll(file);
      } catch (IOException e) {
        problems.add(file + ": cannot be read: " + e.getMessage());
        continue;
      }
      if (content == null) {
        problems.add(file + ": is missing");
        continue;
      }
      out.bytes.put(file, content);
      try {
        JsonNode root;
        try (JsonParser parser = JSON.createParser(content)) {
          root = JsonTrees.readOnly(parser);
        }
        out.roots.put(file, new Node(root == null ? MissingNode.getInstance() : root, file, "",
            problems));
      } catch (JsonProcessingException e) {
        String where = e.getLocation() == null ? ""
            : " (line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr()
                + ")";
        problems.add(file + ": is not valid JSON: " + e.getOriginalMessage() + where);
      } catch (IOException e) {
        problems.add(file + ": cannot be read: " + e.getMessage());
      }
    }
    return out;
  }

  /** The checked JSON tree of each file: what the inventory's views are read from. */
  Map<String, JsonNode> trees() {
    Map<String, JsonNode> out = new HashMap<>();
    roots.forEach((file, node) -> out.put(file, node.raw()));
    return out;
  }
}
