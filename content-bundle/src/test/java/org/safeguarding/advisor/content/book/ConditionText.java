package org.safeguarding.advisor.content.book;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A condition of the bundle's condition language in plain English: "the child is under 18 (or
 * their age is unknown) and an adult is involved". A named condition is written out in full, as a
 * link to its entry. Every form of the language (bundle-format.md) has its wording; an unknown form
 * is an error, so the book can never silently leave a condition out.
 */
final class ConditionText {
  static String anchor(String conditionId) {
    return "condition-" + conditionId;
  }

  private enum Context {
    TOP,
    ALL,
    ANY
  }

  private final Map<String, JsonNode> named;

  ConditionText(Map<String, JsonNode> named) {
    this.named = named;
  }

  /** The condition as a clause, to follow "When " or "while ". */
  Inline render(JsonNode condition) {
    return render(condition, Context.TOP, false);
  }

  private Inline render(JsonNode c, Context context, boolean negate) {
    if (c.has("all")) {
      return composite(c.get("all"), "all", context, negate);
    }
    if (c.has("any")) {
      return composite(c.get("any"), "any", context, negate);
    }
    if (c.has("not")) {
      return render(c.get("not"), context, !negate);
    }
    if (c.has("ref")) {
      String id = c.get("ref").textValue();
      Inline link = new Inline().link(anchor(id), refText(id, context));
      return negate ? Inline.of("it is not the case that ").append(link) : link;
    }
    return Inline.of(fact(c, negate));
  }

  /** Named conditions longer than this, or built on others, are cited by their description. */
  static final int INLINE_LIMIT = 160;

  /**
   * How a named condition reads inside another: a short one made of facts only is written out
   * ("the child is under 18 (or their age is unknown)"); a longer one, or one built on other named
   * conditions, by its own description, so a sentence never grows into the whole bundle.
   */
  private String refText(String id, Context context) {
    JsonNode when = named.get(id).get("when");
    String text = render(when, context, false).plain();
    if (!usesRefs(when) && text.length() <= INLINE_LIMIT) {
      return text;
    }
    return description(id);
  }

  /** A named condition's description as a clause: no final full stop, a lower-case start. */
  String description(String id) {
    String d = named.get(id).get("description").textValue().strip();
    if (d.endsWith(".")) {
      d = d.substring(0, d.length() - 1);
    }
    String firstWord = d.split("[ :,]", 2)[0];
    boolean acronym = firstWord.length() > 1 && firstWord.equals(firstWord.toUpperCase(Locale.ROOT));
    if (!d.isEmpty() && !acronym) {
      d = Character.toLowerCase(d.charAt(0)) + d.substring(1);
    }
    return d;
  }

  private static boolean usesRefs(JsonNode c) {
    if (c.has("ref")) {
      return true;
    }
    if (c.has("not")) {
      return usesRefs(c.get("not"));
    }
    for (String kind : List.of("all", "any")) {
      if (c.has(kind)) {
        for (JsonNode part : c.get(kind)) {
          if (usesRefs(part)) {
            return true;
          }
        }
      }
    }
    return false;
  }

  private Inline composite(JsonNode parts, String kind, Context context, boolean negate) {
    Context inner = kind.equals("all") ? Context.ALL : Context.ANY;
    if (negate) {
      return Inline.of("it is not the case that ").append(composite(parts, kind, Context.ALL, false));
    }
    List<Inline> rendered = new ArrayList<>();
    parts.forEach(p -> rendered.add(render(p, inner, false)));
    if (rendered.size() == 1) {
      return rendered.get(0);
    }
    String word = kind.equals("all") ? "and" : "or";
    boolean flat = context == Context.TOP || context == inner;
    // Nested inside the other kind: "either A or B", "both A and B"; three or more in brackets,
    // "(any of: A, B or C)", so that what follows cannot be read as part of the last item.
    boolean bracket = !flat && rendered.size() > 2;
    Inline out = new Inline();
    if (!flat) {
      out.text(bracket ? (kind.equals("all") ? "(all of: " : "(any of: ")
          : (kind.equals("all") ? "both " : "either "));
    }
    for (int i = 0; i < rendered.size(); i++) {
      if (i > 0) {
        out.text(i == rendered.size() - 1 ? " " + word + " " : ", ");
      }
      out.append(rendered.get(i));
    }
    return bracket ? out.text(")") : out;
  }

  private static List<String> values(JsonNode c, String field) {
    List<String> out = new ArrayList<>();
    c.get(field).forEach(v -> out.add(v.textValue()));
    return out;
  }

  private static List<String> words(Map<String, String> table, List<String> values) {
    List<String> out = new ArrayList<>();
    values.forEach(v -> out.add(Words.label(table, v)));
    return out;
  }

  private static String fact(JsonNode c, boolean negate) {
    String fact = c.get("fact").textValue();
    if (fact.equals("childAge")) {
      return age(c, negate);
    }
    if (fact.equals("concerns") || fact.equals("platforms")) {
      return set(c, fact, negate);
    }
    List<String> in = values(c, "in");
    switch (fact) {
      case "reporter": {
        String who = Words.or(words(Words.REPORTER, in));
        return negate ? "the person asking is not " + (in.size() > 1 ? "any of " : "") + who
            : "the person asking is " + who;
      }
      case "jurisdiction": {
        // A missing jurisdiction is a nation not known (contract 1.1); the test says what that
        // means, and negating the test flips it with the rest.
        boolean ifUnknown = c.has("ifUnknown") && c.get("ifUnknown").booleanValue() != negate;
        String nations = Words.or(words(Words.JURISDICTION, in));
        String known = negate ? "the child is known not to live in " + nations
            : "the child is known to live in " + nations;
        String or = negate ? "the child does not live in " + nations
            : "the child lives in " + nations;
        return ifUnknown ? or + " (or the nation is not known)" : known;
      }
      case "spread":
        return clauses(Words.or(words(Words.SPREAD, in)), negate);
      case "otherParty":
        return clauses(Words.or(words(Words.OTHER_PARTY, in)), negate);
      default:
        if (fact.startsWith("indicators.")) {
          return indicator(fact.substring("indicators.".length()), in, negate);
        }
        throw new IllegalArgumentException("no wording for the fact '" + fact + "'");
    }
  }

  private static String clauses(String text, boolean negate) {
    return negate ? "it is not the case that " + text : text;
  }

  private static String set(JsonNode c, String fact, boolean negate) {
    Map<String, String> table = fact.equals("concerns") ? Words.CONCERN : Words.PLATFORM;
    String noun = fact.equals("concerns") ? "concern" : "platform";
    if (c.has("isEmpty")) {
      boolean empty = c.get("isEmpty").booleanValue() != negate;
      return empty ? "no " + noun + " is known yet" : "at least one " + noun + " is known";
    }
    if (c.has("containsAny")) {
      List<String> w = words(table, values(c, "containsAny"));
      if (negate) {
        return w.size() == 1 ? "the " + noun + "s do not include " + w.get(0)
            : "the " + noun + "s include none of " + Words.and(w);
      }
      return "the " + noun + "s include " + Words.or(w);
    }
    if (c.has("containsAll")) {
      List<String> w = words(table, values(c, "containsAll"));
      String all = (w.size() > 1 ? "all of " : "") + Words.and(w);
      return "the " + noun + "s " + (negate ? "do not include " : "include ") + all;
    }
    throw new IllegalArgumentException("no wording for " + c);
  }

  private static String age(JsonNode c, boolean negate) {
    if (c.has("isUnknown")) {
      boolean unknown = c.get("isUnknown").booleanValue() != negate;
      return unknown ? "the child's age is not known" : "the child's age is known";
    }
    boolean ifUnknown = c.get("ifUnknown").booleanValue();
    String op = null;
    int n = 0;
    for (String o : List.of("lt", "lte", "gt", "gte", "eq")) {
      if (c.has(o)) {
        op = o;
        n = c.get(o).intValue();
      }
    }
    if (op == null) {
      throw new IllegalArgumentException("no wording for " + c);
    }
    if (negate) {
      // Not under 18 is 18 or over, and the result for an unknown age flips with it.
      ifUnknown = !ifUnknown;
      op = switch (op) {
        case "lt" -> "gte";
        case "lte" -> "gt";
        case "gt" -> "lte";
        case "gte" -> "lt";
        default -> "ne";
      };
    }
    String compared = switch (op) {
      case "lt" -> "under " + n;
      case "lte" -> n + " or under";
      case "gt" -> "over " + n;
      case "gte" -> n + " or over";
      case "eq" -> "exactly " + n;
      default -> "not " + n;
    };
    return ifUnknown ? "the child is " + compared + " (or their age is unknown)"
        : "the child is known to be " + compared;
  }

  private static String indicator(String indicator, List<String> in, boolean negate) {
    List<String> answers = new ArrayList<>();
    for (String a : List.of("YES", "NO", "UNKNOWN")) {
      if (in.contains(a) != negate) {
        answers.add(a);
      }
    }
    String clause = Words.label(Words.INDICATOR_CLAUSE, indicator);
    String name = "\u201c" + Words.label(Words.INDICATOR, indicator) + "\u201d";
    if (answers.equals(List.of("YES"))) {
      return clause;
    }
    if (answers.equals(List.of("YES", "UNKNOWN"))) {
      return clause + " (or this is not known)";
    }
    if (answers.isEmpty()) {
      return "never (no answer on " + name + " matches)";
    }
    if (answers.size() == 3) {
      return "always (any answer on " + name + ")";
    }
    List<String> spoken = new ArrayList<>();
    answers.forEach(a -> spoken.add(a.equals("UNKNOWN") ? "not known" : a.toLowerCase()));
    return "the answer on " + name + " is " + Words.or(spoken);
  }
}
