package org.safeguarding.advisor.content.uk.safety;

import java.lang.reflect.Method;
import java.util.List;
import java.util.Optional;
import org.safeguarding.advisor.Assessment;

/**
 * Contract 1.1's {@code Assessment.doFirst()}, read by reflection while the engine that adds it
 * is being built, so the properties compile on either side of that change.
 */
final class DoFirst {
  static final Optional<Method> METHOD = find();

  private DoFirst() {}

  private static Optional<Method> find() {
    try {
      return Optional.of(Assessment.class.getMethod("doFirst"));
    } catch (NoSuchMethodException e) {
      return Optional.empty();
    }
  }

  /** The ids to read first, or none where the engine does not have them yet. */
  @SuppressWarnings("unchecked")
  static List<String> of(Assessment a) {
    if (METHOD.isEmpty()) {
      return List.of();
    }
    try {
      return (List<String>) METHOD.get().invoke(a);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
  }
}
