package org.safeguarding.advisor.content.book;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The definitions of a bundle as written in its JSON files, read with Jackson. The book needs
 * every definition (texts for every audience, conditions, rules) while the library's public API
 * offers only what applications need; reading the files keeps that API small. The bundle is
 * checked by {@link org.safeguarding.advisor.ContentBundle#load} before it is read here, so this
 * reader may trust the shape.
 */
final class BundleFiles {
  static final List<String> AUDIENCES =
      List.of("PARENT_OR_CARER", "YOUNG_PERSON", "PROFESSIONAL", "OTHER_ADULT");

  final JsonNode manifest;
  final Map<String, JsonNode> sources;
  final Map<String, JsonNode> contacts;
  final Map<String, JsonNode> steps;
  final Map<String, JsonNode> warnings;
  final Map<String, JsonNode> riskFactors;
  final Map<String, JsonNode> conditions;
  final Map<String, JsonNode> rules;
  final Map<String, JsonNode> questions;

  private BundleFiles(Path dir) {
    manifest = read(dir, "manifest.json");
    sources = byKey(read(dir, "sources.json"), "id");
    contacts = byKey(read(dir, "contacts.json"), "id");
    steps = byKey(read(dir, "steps.json"), "id");
    warnings = byKey(read(dir, "warnings.json"), "id");
    riskFactors = byKey(read(dir, "risk-factors.json"), "id");
    conditions = byKey(read(dir, "conditions.json"), "id");
    rules = byKey(read(dir, "rules.json"), "id");
    questions = byKey(read(dir, "questions.json"), "field");
  }

  static BundleFiles read(Path dir) {
    return new BundleFiles(dir);
  }

  private static JsonNode read(Path dir, String name) {
    try {
      return new ObjectMapper().readTree(Files.readAllBytes(dir.resolve(name)));
    } catch (IOException e) {
      throw new UncheckedIOException(dir.resolve(name).toString(), e);
    }
  }

  private static Map<String, JsonNode> byKey(JsonNode array, String key) {
    Map<String, JsonNode> out = new LinkedHashMap<>();
    array.forEach(n -> out.put(n.get(key).textValue(), n));
    return out;
  }

  static String text(JsonNode node, String field) {
    JsonNode v = node.get(field);
    return v == null || v.isNull() ? null : v.textValue();
  }

  static List<String> strings(JsonNode node, String field) {
    List<String> out = new ArrayList<>();
    JsonNode v = node.get(field);
    if (v != null && v.isArray()) {
      v.forEach(e -> out.add(e.textValue()));
    }
    return out;
  }

  /** A rule's steps as (id, urgency) pairs, each step's own urgency or the rule's. */
  static List<String[]> ruleSteps(JsonNode rule) {
    List<String[]> out = new ArrayList<>();
    JsonNode steps = rule.get("steps");
    if (steps == null) {
      return out;
    }
    String defaultUrgency = text(rule, "urgency");
    for (JsonNode entry : steps) {
      if (entry.isObject()) {
        String urgency = text(entry, "urgency");
        out.add(new String[] {text(entry, "id"), urgency == null ? defaultUrgency : urgency});
      } else {
        out.add(new String[] {entry.textValue(), defaultUrgency});
      }
    }
    return out;
  }

  /** The text variants of a step, warning or question, with the audiences each is for. */
  static List<JsonNode> variants(JsonNode item) {
    List<JsonNode> out = new ArrayList<>();
    item.get("text").forEach(out::add);
    return out;
  }

  /** The audiences a step, warning or question has text for, in the contract's order. */
  static List<String> audiences(JsonNode item) {
    List<String> covered = new ArrayList<>();
    for (JsonNode v : variants(item)) {
      covered.addAll(strings(v, "for"));
    }
    List<String> out = new ArrayList<>();
    for (String a : AUDIENCES) {
      if (covered.contains(a)) {
        out.add(a);
      }
    }
    return out;
  }
}
