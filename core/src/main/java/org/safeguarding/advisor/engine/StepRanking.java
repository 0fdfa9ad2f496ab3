package org.safeguarding.advisor.engine;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;

/** Orders the steps once, by their declared order and "after" relations, refusing cycles. */
final class StepRanking {
  private StepRanking() {}

  /**
   * Ranks every step once: a topological order of the "after" relation that keeps the declared
   * order wherever the relation allows. Any subset sorted by rank then respects both.
   */
  static int[] rank(List<StepDef> steps, Problems problems) {
    int n = steps.size();
    Map<String, Integer> index = new HashMap<>();
    for (int i = 0; i < n; i++) {
      index.put(steps.get(i).id(), i);
    }
    List<List<Integer>> successors = new ArrayList<>();
    int[] indegree = new int[n];
    for (int i = 0; i < n; i++) {
      successors.add(new ArrayList<>());
    }
    for (int i = 0; i < n; i++) {
      for (String before : steps.get(i).after()) {
        Integer b = index.get(before);
        if (b == null) {
          problems.add("steps.json: " + steps.get(i).id() + ".after: unknown step '" + before + "'");
        } else if (b == i) {
          problems.add("steps.json: " + steps.get(i).id() + ".after: a step cannot come after itself");
        } else {
          successors.get(b).add(i);
          indegree[i]++;
        }
      }
    }
    PriorityQueue<Integer> ready = new PriorityQueue<>();
    for (int i = 0; i < n; i++) {
      if (indegree[i] == 0) {
        ready.add(i);
      }
    }
    int[] rank = new int[n];
    int next = 0;
    while (!ready.isEmpty()) {
      int i = ready.poll();
      rank[i] = next++;
      for (int s : successors.get(i)) {
        if (--indegree[s] == 0) {
          ready.add(s);
        }
      }
    }
    if (next < n) {
      List<String> inCycle = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        if (indegree[i] > 0) {
          inCycle.add(steps.get(i).id());
        }
      }
      problems.add("steps.json: the 'after' relations form a cycle among: " + String.join(", ", inCycle));
    }
    return rank;
  }
}
