package org.safeguarding.advisor.engine;

import java.util.ArrayList;
import java.util.List;

/** Collects every problem found in a bundle, so that all are reported at once. */
final class Problems {
  private final List<String> list = new ArrayList<>();

  void add(String file, String path, String message) {
    list.add(path.isEmpty() ? file + ": " + message : file + ": " + path + ": " + message);
  }

  void add(String message) {
    list.add(message);
  }

  boolean isEmpty() {
    return list.isEmpty();
  }

  int size() {
    return list.size();
  }

  List<String> list() {
    return List.copyOf(list);
  }
}
