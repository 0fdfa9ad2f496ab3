package org.safeguarding.advisor;

import java.util.List;
import org.immutables.value.Value;

/** Something not to do, such as never copying or forwarding the image. */
@Value.Immutable
public abstract class Warning {
  Warning() {}

  /** The warning's id in the bundle, such as {@code never-copy-or-forward-image}. */
  @Value.Parameter
  public abstract String id();

  /** The warning, in the reporter's words. */
  @Value.Parameter
  public abstract String text();

  /** Ids of the sources it rests on. */
  @Value.Parameter
  public abstract List<String> sources();

  /** A warning with every field given. */
  public static Warning of(String id, String text, List<String> sources) {
    return ImmutableWarning.of(id, text, sources);
  }
}
