package org.safeguarding.advisor.spring;

import java.util.List;
import java.util.Optional;

/**
 * What became of the auto-configured bundle: loaded (with the files it was checked from), or
 * refused with its problems. Read by health, info and the endpoints; empty when the application
 * defines its own {@code Advisor}.
 */
final class AdvisorBundleState {
  private volatile LoadedBundle loaded;
  private volatile BundleRefusedException refused;

  void loaded(LoadedBundle bundle) {
    this.loaded = bundle;
    this.refused = null;
  }

  void refused(BundleRefusedException e) {
    this.refused = e;
  }

  Optional<LoadedBundle> loaded() {
    return Optional.ofNullable(loaded);
  }

  /** {@return the problems that kept the bundle from loading; empty if it was not refused} */
  List<String> problems() {
    BundleRefusedException e = refused;
    return e == null ? List.of() : e.problems();
  }

  Optional<String> refusedWhere() {
    BundleRefusedException e = refused;
    return e == null ? Optional.empty() : Optional.of(e.where());
  }
}
