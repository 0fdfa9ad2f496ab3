package org.safeguarding.advisor.engine;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;

/**
 * Reads one JSON value from a parser into a tree of {@link JsonNode}s, as {@code
 * ObjectMapper.readTree} does, without an {@code ObjectMapper}. Setting up an {@code ObjectMapper}
 * loads some 400 classes and formats dates it never uses: about 200 ms of a command-line
 * assessment's half-second start, for a tree the library could build itself. The parser does the
 * strict checking (nesting and number limits, and duplicate keys where the parser is set to);
 * this adds "nothing after the value", and refuses a duplicate key itself with its place in the
 * document ({@link DuplicateKeyException}).
 *
 * <p>Its users are the bundle loader (every bundle file) and, through {@link
 * CompiledBundle#readJson} and {@link CompiledBundle#duplicateKeyPath}, the {@code json}
 * package's reader of situations: so it is package-private here, beside the loader.
 */
final class JsonTrees {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private JsonTrees() {}

  /**
   * Reads the parser's one value and checks that nothing follows it.
   *
   * @return the value's tree, or null if the input holds no value at all
   * @throws StreamReadException if the JSON is malformed, breaks the parser's limits, or has
   *     anything after the first value
   * @throws IOException if the input cannot be read
   */
  static JsonNode readOnly(JsonParser parser) throws IOException {
    JsonNode value = read(parser);
    if (value == null) {
      return null;
    }
    JsonToken after = parser.nextToken();
    if (after != null) {
      throw new JsonParseException(parser,
          "Trailing token (" + after + ") found after the value: only one value is allowed");
    }
    return value;
  }

  /**
   * Reads the parser's next value; what follows it is left for the caller.
   *
   * @return the value's tree, or null if the input holds no more values
   * @throws StreamReadException if the JSON is malformed or breaks the parser's limits
   * @throws IOException if the input cannot be read
   */
  static JsonNode read(JsonParser parser) throws IOException {
    JsonToken first = parser.nextToken();
    return first == null ? null : value(parser, first);
  }

  /**
   * A key given twice in one object, found by the tree rather than the parser, so that it comes
   * with the key's place in the document (the same however the document is laid out) instead of
   * a line and column.
   */
  static final class DuplicateKeyException extends JsonParseException {
    private static final long serialVersionUID = 1L;
    /** The keys and indexes from the document's root to the duplicate key, outermost first. */
    private final transient java.util.Deque<Object> steps = new java.util.ArrayDeque<>();

    DuplicateKeyException(JsonParser parser, String name) {
      super(parser, "a key appears twice in one object");
      steps.push(name);
    }

    /**
     * {@return the way from the root to the duplicate key: a {@code String} key for each object,
     * an {@code Integer} index for each array, outermost first}
     */
    java.util.List<Object> steps() {
      return java.util.List.copyOf(steps);
    }
  }

  private static JsonNode value(JsonParser parser, JsonToken token) throws IOException {
    switch (token) {
      case START_OBJECT: {
        ObjectNode object = NODES.objectNode();
        for (JsonToken t = parser.nextToken(); t != JsonToken.END_OBJECT; t = parser.nextToken()) {
          String name = parser.currentName();
          if (object.has(name)) {
            throw new DuplicateKeyException(parser, name);
          }
          try {
            object.set(name, value(parser, parser.nextToken()));
          } catch (DuplicateKeyException e) {
            e.steps.push(name);
            throw e;
          }
        }
        return object;
      }
      case START_ARRAY: {
        ArrayNode array = NODES.arrayNode();
        for (JsonToken t = parser.nextToken(); t != JsonToken.END_ARRAY; t = parser.nextToken()) {
          try {
            array.add(value(parser, t));
          } catch (DuplicateKeyException e) {
            e.steps.push(array.size());
            throw e;
          }
        }
        return array;
      }
      case VALUE_STRING:
        return NODES.textNode(parser.getText());
      case VALUE_NUMBER_INT:
        switch (parser.getNumberType()) {
          case INT:
            return NODES.numberNode(parser.getIntValue());
          case LONG:
            return NODES.numberNode(parser.getLongValue());
          default:
            return NODES.numberNode(parser.getBigIntegerValue());
        }
      case VALUE_NUMBER_FLOAT:
        return parser.getNumberType() == JsonParser.NumberType.BIG_DECIMAL
            ? NODES.numberNode(parser.getDecimalValue())
            : NODES.numberNode(parser.getDoubleValue());
      case VALUE_TRUE:
        return NODES.booleanNode(true);
      case VALUE_FALSE:
        return NODES.booleanNode(false);
      case VALUE_NULL:
        return NODES.nullNode();
      default:
        throw new JsonParseException(parser, "Unexpected token (" + token + ")");
    }
  }
}
