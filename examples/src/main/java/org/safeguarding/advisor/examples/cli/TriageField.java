package org.safeguarding.advisor.examples.cli;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.stream.Collectors;
import org.safeguarding.advisor.Answer;
import org.safeguarding.advisor.Concern;
import org.safeguarding.advisor.ContentBundle;
import org.safeguarding.advisor.Indicator;
import org.safeguarding.advisor.Jurisdiction;
import org.safeguarding.advisor.OtherParty;
import org.safeguarding.advisor.Platform;
import org.safeguarding.advisor.Reporter;
import org.safeguarding.advisor.Situation;
import org.safeguarding.advisor.Spread;

/**
 * One fact of a situation that the triage can ask about, by its contract JSON path: what kind of
 * answer it takes, its allowed values in the contract's order, and how an answer is put into a
 * {@link Situation.Builder}. Only the contract's values are ever set: never free text.
 */
final class TriageField {
  /** The kind of answer a field takes. */
  enum Kind {
    /** One value: {@code reporter}, {@code jurisdiction}, {@code spread}, {@code otherParty}, an indicator. */
    ONE,
    /** Several values: {@code concerns}, {@code platforms}. */
    SEVERAL,
    /** A whole number of years: {@code childAge}. */
    AGE
  }

  /** A numbered choice: the contract value and the bundle's label for it. */
  record Choice(String value, String label) {}

  private final String path;
  private final Kind kind;
  private final List<String> values;
  private final BiConsumer<Situation.Builder, String> setter;

  private TriageField(String path, Kind kind, List<String> values,
      BiConsumer<Situation.Builder, String> setter) {
    this.path = path;
    this.kind = kind;
    this.values = List.copyOf(values);
    this.setter = setter;
  }

  /**
   * The field at a contract JSON path, such as {@code spread} or {@code indicators.BLACKMAIL}.
   *
   * @throws IllegalArgumentException if the contract has no such field
   */
  static TriageField of(String path) {
    switch (path) {
      case "reporter":
        return new TriageField(path, Kind.ONE, names(Reporter.values()),
            (b, v) -> b.reporter(Reporter.valueOf(v)));
      case "jurisdiction":
        return new TriageField(path, Kind.ONE,
            Arrays.stream(Jurisdiction.values()).map(Jurisdiction::code)
                .collect(Collectors.toList()),
            (b, v) -> b.jurisdiction(Jurisdiction.fromCode(v)));
      case "childAge":
        return new TriageField(path, Kind.AGE, List.of(),
            (b, v) -> b.childAge(Integer.parseInt(v)));
      case "concerns":
        return new TriageField(path, Kind.SEVERAL, names(Concern.values()),
            (b, v) -> b.addConcern(Concern.valueOf(v)));
      case "spread":
        return new TriageField(path, Kind.ONE, names(Spread.values()),
            (b, v) -> b.spread(Spread.valueOf(v)));
      case "otherParty":
        return new TriageField(path, Kind.ONE, names(OtherParty.values()),
            (b, v) -> b.otherParty(OtherParty.valueOf(v)));
      case "platforms":
        return new TriageField(path, Kind.SEVERAL, names(Platform.values()),
            (b, v) -> b.addPlatform(Platform.valueOf(v)));
      default:
        break;
    }
    String prefix = "indicators.";
    if (path.startsWith(prefix)) {
      Indicator indicator = indicator(path.substring(prefix.length()));
      if (indicator != null) {
        return new TriageField(path, Kind.ONE, names(Answer.values()),
            (b, v) -> b.putIndicator(indicator, Answer.valueOf(v)));
      }
    }
    throw new IllegalArgumentException("the triage cannot ask about '" + path + "'");
  }

  String path() {
    return path;
  }

  Kind kind() {
    return kind;
  }

  /**
   * The numbered choices, in the contract's declared order (so the numbers never move between
   * runs), with the bundle's labels. {@code UNKNOWN} is never a choice: the triage's own "Don't
   * know" stands for it, and leaves the fact unknown. Empty for {@code childAge}.
   */
  List<Choice> choices(ContentBundle bundle) {
    Map<String, String> labels = bundle.choices(path);
    List<Choice> out = new ArrayList<>();
    for (String value : values) {
      if (!value.equals("UNKNOWN")) {
        out.add(new Choice(value, labels.getOrDefault(value, value)));
      }
    }
    return out;
  }

  /** Puts the answer (contract values, or the age as digits) into the builder. */
  void apply(Situation.Builder builder, List<String> answer) {
    for (String value : answer) {
      setter.accept(builder, value);
    }
  }

  private static Indicator indicator(String name) {
    for (Indicator i : Indicator.values()) {
      if (i.name().equals(name)) {
        return i;
      }
    }
    return null;
  }

  private static List<String> names(Enum<?>[] constants) {
    return Arrays.stream(constants).map(Enum::name).collect(Collectors.toList());
  }
}
