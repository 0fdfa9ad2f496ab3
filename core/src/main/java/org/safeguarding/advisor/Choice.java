package org.safeguarding.advisor;

import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * One answer a bundle offers to the question about a {@link SituationFact}, with its label for
 * each audience, as {@link ContentBundle#choices(SituationFact)} lists them. Immutable.
 *
 * @param <V> the type of the fact's answers
 */
public final class Choice<V> {
  private final SituationFact<V> fact;
  private final V value;
  private final Map<Reporter, String> labels;

  private Choice(SituationFact<V> fact, V value, Map<Reporter, String> labels) {
    this.fact = fact;
    this.value = value;
    this.labels = labels;
  }

  /**
   * A choice with one label per audience.
   *
   * @param fact the fact it answers
   * @param value one of the fact's {@link SituationFact#values()}
   * @param labels a label for every {@link Reporter}
   * @param <V> the type of the fact's answers
   * @return the choice
   * @throws IllegalArgumentException if the value is not allowed or an audience has no label
   */
  public static <V> Choice<V> of(SituationFact<V> fact, V value, Map<Reporter, String> labels) {
    Objects.requireNonNull(fact, "fact");
    fact.valueName(value); // refuses a value the fact does not allow
    EnumMap<Reporter, String> copy = new EnumMap<>(Reporter.class);
    for (Reporter audience : Reporter.values()) {
      String label = labels.get(audience);
      if (label == null) {
        throw new IllegalArgumentException("a choice for " + fact.path() + " has no label for "
            + audience);
      }
      copy.put(audience, label);
    }
    return new Choice<>(fact, value, java.util.Collections.unmodifiableMap(copy));
  }

  /** {@return the fact this choice answers} */
  public SituationFact<V> fact() {
    return fact;
  }

  /** {@return the value this choice stands for} */
  public V value() {
    return value;
  }

  /** {@return the value as the contract's JSON writes it, such as {@code YES}} */
  public String valueName() {
    return fact.valueName(value);
  }

  /**
   * {@return the label for this audience, in the bundle's words}
   *
   * @param audience who the question is put to, such as {@link Situation#audience()}
   */
  public String label(Reporter audience) {
    return labels.get(Objects.requireNonNull(audience, "audience"));
  }

  /**
   * Puts this answer into a builder: {@code fact().apply(builder, value())}.
   *
   * @param builder the builder
   * @return the same builder
   */
  public Situation.Builder applyTo(Situation.Builder builder) {
    return fact.apply(builder, value);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Choice && ((Choice<?>) other).fact == fact
        && ((Choice<?>) other).value.equals(value) && ((Choice<?>) other).labels.equals(labels);
  }

  @Override
  public int hashCode() {
    return Objects.hash(fact.path(), value, labels);
  }

  @Override
  public String toString() {
    return "Choice[" + fact.path() + "=" + valueName() + " " + labels.get(Reporter.PARENT_OR_CARER)
        + "]";
  }
}
