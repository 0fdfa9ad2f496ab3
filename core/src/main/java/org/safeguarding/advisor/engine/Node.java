package org.safeguarding.advisor.engine;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A strict view of one JSON value in a bundle file. Each accessor checks the type it expects and
 * records a problem naming the file and path instead of throwing, so loading goes on and reports
 * everything. Objects must be closed with {@link #checkNoOtherFields()} to refuse unknown fields.
 */
final class Node {
  static final Pattern ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
  private static final Pattern HTTPS_URL = Pattern.compile("https://[^\\s/$.?#][^\\s]*");

  private final JsonNode json;
  private final String file;
  private final String path;
  private final Problems problems;
  private final Set<String> read = new LinkedHashSet<>();

  Node(JsonNode json, String file, String path, Problems problems) {
    this.json = json;
    this.file = file;
    this.path = path;
    this.problems = problems;
  }

  /** How many problems the whole load has recorded so far. */
  int problemCount() {
    return problems.size();
  }

  void problem(String message) {
    problems.add(file, path, message);
  }

  /** {@return where this value is, as problems name it: the file, then the path if any} */
  String location() {
    return path.isEmpty() ? file : file + ": " + path;
  }

  boolean isObject() {
    return json != null && json.isObject();
  }

  boolean isArray() {
    return json != null && json.isArray();
  }

  boolean isNull() {
    return json == null || json.isNull();
  }

  JsonNode raw() {
    return json;
  }

  boolean has(String field) {
    read.add(field);
    return json != null && json.isObject() && json.has(field);
  }

  /** The field as a node (absent: a node over null). */
  Node field(String name) {
    read.add(name);
    JsonNode child = json != null && json.isObject() ? json.get(name) : null;
    return new Node(child, file, path.isEmpty() ? name : path + "." + name, problems);
  }

  /** The elements of an array; a problem (and none) if this is not an array. */
  List<Node> elements() {
    if (!isArray()) {
      problem("must be an array");
      return List.of();
    }
    List<Node> out = new ArrayList<>(json.size());
    for (int i = 0; i < json.size(); i++) {
      out.add(new Node(json.get(i), file, path + "[" + i + "]", problems));
    }
    return out;
  }

  /** The field names of an object in document order; a problem (and none) if not an object. */
  List<String> fieldNames() {
    if (!isObject()) {
      problem("must be an object");
      return List.of();
    }
    List<String> names = new ArrayList<>();
    json.fieldNames().forEachRemaining(names::add);
    return names;
  }

  boolean requireObject() {
    if (!isObject()) {
      problem("must be an object");
      return false;
    }
    return true;
  }

  /** Refuses fields this reader never asked for: a misspelt field must not be ignored. */
  void checkNoOtherFields() {
    if (!isObject()) {
      return;
    }
    for (Iterator<Map.Entry<String, JsonNode>> it = json.fields(); it.hasNext(); ) {
      String name = it.next().getKey();
      if (!read.contains(name)) {
        problem("unknown field '" + name + "' (allowed: " + String.join(", ", read) + ")");
      }
    }
  }

  /** A required non-blank string; null (and a problem) if missing or of another type. */
  String requiredString(String name) {
    Node f = field(name);
    if (f.isNull()) {
      f.problem("is required");
      return null;
    }
    return f.asString();
  }

  /** An optional string: null if absent or JSON null. */
  String optionalString(String name) {
    Node f = field(name);
    return f.isNull() ? null : f.asString();
  }

  String asString() {
    if (json == null || !json.isTextual()) {
      problem("must be a string");
      return null;
    }
    String text = json.textValue();
    if (text.isBlank()) {
      problem("must not be blank");
      return null;
    }
    if (!text.equals(text.strip())) {
      problem("must not start or end with white space");
    }
    return text;
  }

  /**
   * An optional https URL: null if absent or JSON null; a problem if it is not an https:// URL
   * (returned all the same, so the problem is listed once).
   */
  String optionalHttpsUrl(String name) {
    String url = optionalString(name);
    if (url != null && !HTTPS_URL.matcher(url).matches()) {
      field(name).problem("'" + url + "' is not an https:// URL");
    }
    return url;
  }

  String requiredId(String name) {
    String id = requiredString(name);
    if (id != null && !ID.matcher(id).matches()) {
      field(name).problem("'" + id + "' is not a lower-case kebab-case id");
      return null;
    }
    return id;
  }

  /** A list of strings; empty (and a problem if required) when absent. */
  List<String> stringList(String name, boolean required) {
    Node f = field(name);
    if (f.isNull()) {
      if (required) {
        f.problem("is required");
      }
      return List.of();
    }
    List<String> out = new ArrayList<>();
    for (Node e : f.elements()) {
      String s = e.asString();
      if (s != null) {
        if (out.contains(s)) {
          e.problem("'" + s + "' is listed twice");
        } else {
          out.add(s);
        }
      }
    }
    if (required && out.isEmpty() && f.isArray()) {
      f.problem("must not be empty");
    }
    return out;
  }

  <E extends Enum<E>> E asEnum(Class<E> type) {
    String text = asString();
    if (text == null) {
      return null;
    }
    try {
      return Enum.valueOf(type, text);
    } catch (IllegalArgumentException e) {
      problem("unknown value '" + text + "' (allowed: " + names(type) + ")");
      return null;
    }
  }

  <E extends Enum<E>> E requiredEnum(String name, Class<E> type) {
    Node f = field(name);
    if (f.isNull()) {
      f.problem("is required (allowed: " + names(type) + ")");
      return null;
    }
    return f.asEnum(type);
  }

  Integer asInt() {
    if (json == null || !json.isIntegralNumber() || !json.canConvertToInt()) {
      problem("must be a whole number");
      return null;
    }
    return json.intValue();
  }

  Boolean asBoolean() {
    if (json == null || !json.isBoolean()) {
      problem("must be true or false");
      return null;
    }
    return json.booleanValue();
  }

  static <E extends Enum<E>> String names(Class<E> type) {
    return Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
  }
}
