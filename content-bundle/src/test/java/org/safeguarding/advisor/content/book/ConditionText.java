package org.safeguarding.advisor.content.book;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.safeguarding.advisor.Condition;
import org.safeguarding.advisor.SituationFact;

/**
 * A condition of the bundle's condition language in plain English: "the child is under 18 (or
 * their age is unknown) and an adult is involved". A named condition is written out in full, as a
 * link to its entry. It words the typed condition the bundle's views give ({@link Condition}), one
 * record of the language at a time; it never reads the bundle's JSON or decides whether a
 * condition holds.
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

  ConditionText() {}

  /** The condition as a clause, to follow "When " or "while ". */
  Inline render(Condition condition) {
    return render(condition, Context.TOP, false);
  }

  private Inline render(Condition c, Context context, boolean negate) {
    if (c instanceof Condition.All all) {
      return composite(all.conditions(), "all", context, negate);
    }
    if (c instanceof Condition.Any any) {
      return composite(any.conditions(), "any", context, negate);
    }
    if (c instanceof Condition.Not not) {
      return render(not.condition(), context, !negate);
    }
    if (c instanceof Condition.Named named) {
      Inline link = new Inline().link(anchor(named.id()), refText(named, context));
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
  private String refText(Condition.Named named, Context context) {
    String text = render(named.definition(), context, false).plain();
    if (!usesRefs(named.definition()) && text.length() <= INLINE_LIMIT) {
      return text;
    }
    return description(named);
  }

  /** A named condition's description as a clause: no final full stop, a lower-case start. */
  static String description(Condition.Named named) {
    String d = named.description().strip();
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

  private static boolean usesRefs(Condition c) {
    if (c instanceof Condition.Named) {
      return true;
    }
    if (c instanceof Condition.Not not) {
      return usesRefs(not.condition());
    }
    List<Condition> parts = c instanceof Condition.All all ? all.conditions()
        : c instanceof Condition.Any any ? any.conditions() : List.of();
    return parts.stream().anyMatch(ConditionText::usesRefs);
  }

  private Inline composite(List<Condition> parts, String kind, Context context, boolean negate) {
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

  /** The JSON names of a test's values, as the Words tables key them. */
  private static <V> List<String> names(SituationFact<V> fact, List<V> values) {
    List<String> out = new ArrayList<>();
    values.forEach(v -> out.add(fact.valueName(v)));
    return out;
  }

  private static List<String> words(Map<String, String> table, List<String> values) {
    List<String> out = new ArrayList<>();
    values.forEach(v -> out.add(Words.label(table, v)));
    return out;
  }

  private static String fact(Condition c, boolean negate) {
    if (c instanceof Condition.AgeComparison || c instanceof Condition.AgeUnknown) {
      return age(c, negate);
    }
    if (c instanceof Condition.ContainsAny<?> || c instanceof Condition.ContainsAll<?>
        || c instanceof Condition.IsEmpty) {
      return set(c, negate);
    }
    Condition.In<?> test = (Condition.In<?>) c;
    String fact = test.fact().path();
    List<String> in = inNames(test);
    switch (fact) {
      case "reporter": {
        String who = Words.or(words(Words.REPORTER, in));
        return negate ? "the person asking is not " + (in.size() > 1 ? "any of " : "") + who
            : "the person asking is " + who;
      }
      case "jurisdiction": {
        // A missing jurisdiction is a nation not known (contract 1.1); the test says what that
        // means, and negating the test flips it with the rest.
        boolean ifUnknown = test.ifUnknown().orElse(false) != negate;
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

  private static <V> List<String> inNames(Condition.In<V> test) {
    return names(test.fact(), test.values());
  }

  private static <V> List<String> anyNames(Condition.ContainsAny<V> test) {
    return names(test.fact(), test.values());
  }

  private static <V> List<String> allNames(Condition.ContainsAll<V> test) {
    return names(test.fact(), test.values());
  }

  private static String clauses(String text, boolean negate) {
    return negate ? "it is not the case that " + text : text;
  }

  private static String set(Condition c, boolean negate) {
    String fact = c instanceof Condition.IsEmpty e ? e.fact().path()
        : c instanceof Condition.ContainsAny<?> a ? a.fact().path()
        : ((Condition.ContainsAll<?>) c).fact().path();
    Map<String, String> table = fact.equals("concerns") ? Words.CONCERN : Words.PLATFORM;
    String noun = fact.equals("concerns") ? "concern" : "platform";
    if (c instanceof Condition.IsEmpty isEmpty) {
      boolean empty = isEmpty.empty() != negate;
      return empty ? "no " + noun + " is known yet" : "at least one " + noun + " is known";
    }
    if (c instanceof Condition.ContainsAny<?> any) {
      List<String> w = words(table, anyNames(any));
      if (negate) {
        return w.size() == 1 ? "the " + noun + "s do not include " + w.get(0)
            : "the " + noun + "s include none of " + Words.and(w);
      }
      return "the " + noun + "s include " + Words.or(w);
    }
    List<String> w = words(table, allNames((Condition.ContainsAll<?>) c));
    String all = (w.size() > 1 ? "all of " : "") + Words.and(w);
    return "the " + noun + "s " + (negate ? "do not include " : "include ") + all;
  }

  private static String age(Condition c, boolean negate) {
    if (c instanceof Condition.AgeUnknown test) {
      boolean unknown = test.unknown() != negate;
      return unknown ? "the child's age is not known" : "the child's age is known";
    }
    Condition.AgeComparison test = (Condition.AgeComparison) c;
    boolean ifUnknown = test.ifUnknown();
    String op = test.operator().name().toLowerCase(Locale.ROOT);
    int n = test.age();
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
