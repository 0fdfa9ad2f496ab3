package org.safeguarding.advisor.benchmarks;

import com.google.monitoring.runtime.instrumentation.AllocationRecorder;
import com.google.monitoring.runtime.instrumentation.Sampler;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.safeguarding.advisor.Advisor;
import org.safeguarding.advisor.Situation;

/**
 * An exact allocation breakdown of {@code Advisor.evaluate} on the realistic mix: every object
 * allocated, by phase (the method {@code Assessor.assess} called that led to it), by the
 * innermost library method, and by class. It counts what the bytecode allocates (the recorder sees
 * every {@code new}, so escape analysis cannot remove any): compare its total with JMH's {@code
 * gc.alloc.rate.norm}, which is what survives the JIT. JFR's allocation samples are not used for
 * this because their weights are skewed toward the first allocation of an operation (a GC retires
 * every TLAB at the safepoint between two operations).
 *
 * <pre>
 * java -javaagent:$HOME/.m2/repository/com/google/code/java-allocation-instrumenter/\
 *   java-allocation-instrumenter/3.3.4/java-allocation-instrumenter-3.3.4.jar \
 *   -cp benchmarks/target/benchmarks.jar org.safeguarding.advisor.benchmarks.AllocationBreakdown
 * </pre>
 */
public final class AllocationBreakdown {
  /** Where one assessment is worked out; its callees are the phases (firing rules, steps, ...). */
  static final String ENGINE = "org.safeguarding.advisor.engine.Assessor";
  static final String LIBRARY = "org.safeguarding.advisor.";
  static final StackWalker WALKER = StackWalker.getInstance();

  /** Records each allocation on one thread, by phase, method and class. */
  private static final class Recorder implements Sampler {
    private final Thread recorded;
    private volatile boolean on;
    private boolean inside;
    private long bytes;
    private long objects;
    private final Map<String, long[]> byPhase = new HashMap<>();
    private final Map<String, long[]> byMethod = new HashMap<>();
    private final Map<String, long[]> byClass = new HashMap<>();

    Recorder(Thread recorded) {
      this.recorded = recorded;
    }

    @Override
    public void sampleAllocation(int count, String desc, Object newObj, long size) {
      if (!on || inside || Thread.currentThread() != recorded) {
        return;
      }
      inside = true;
      try {
        List<String> frames = WALKER.walk(s -> s.map(f -> f.getClassName() + "." + f.getMethodName())
            .filter(f -> !f.startsWith("com.google.monitoring.")
                && !f.startsWith(AllocationBreakdown.class.getName()))
            .limit(40).collect(Collectors.toList()));
        String phase = "(outside Assessor.assess)";
        String method = "(outside the library)";
        for (int i = 0; i < frames.size(); i++) {
          String f = frames.get(i);
          if (method.startsWith("(") && f.startsWith(LIBRARY) && !f.contains(".benchmarks.")) {
            method = f;
          }
          if (f.equals(ENGINE + ".assess")) {
            phase = i == 0 ? "engine.Assessor.assess (itself)" : frames.get(i - 1)
                .replace("org.safeguarding.advisor.", "");
            break;
          }
        }
        String type = newObj == null ? desc : newObj.getClass().getName()
            + (count >= 0 ? "[" + count + "]" : "");
        add(byPhase, phase, size);
        add(byMethod, method.replace("org.safeguarding.advisor.", ""), size);
        add(byClass, count >= 0 ? newObj.getClass().getSimpleName() + " (array)" : type, size);
        bytes += size;
        objects++;
      } finally {
        inside = false;
      }
    }

    private static void add(Map<String, long[]> map, String key, long size) {
      long[] v = map.computeIfAbsent(key, k -> new long[2]);
      v[0] += size;
      v[1]++;
    }

    /** Records 4 x the mix on this thread and prints the tables. */
    static void record(Advisor advisor, Situation[] mix, String bundle, double measured) {
      Recorder recorder = new Recorder(Thread.currentThread());
      AllocationRecorder.addSampler(recorder);
      int ops = 4 * Situations.MIX_SIZE;
      recorder.on = true;
      for (int i = 0; i < ops; i++) {
        advisor.evaluate(mix[i & (Situations.MIX_SIZE - 1)]);
      }
      recorder.on = false;
      AllocationRecorder.removeSampler(recorder);
      System.out.printf("Advisor.evaluate on the realistic mix (%s bundle), %d operations:%n", bundle, ops);
      System.out.printf("%.0f bytes and %.1f objects per operation, as allocated by the bytecode"
          + " (before escape analysis)%n", (double) recorder.bytes / ops, (double) recorder.objects / ops);
      System.out.printf("The JVM counts %.0f bytes per operation on this thread (agent loaded, no"
          + " recording): the recorder sees %.0f%% of it; the rest is allocated inside JVM intrinsics"
          + " (such as Arrays.copyOf) that the agent cannot instrument.%n", measured,
          100 * recorder.bytes / ops / measured);
      print("phase (callee of Assessor.assess)", recorder.byPhase, recorder.bytes, ops, 20);
      print("innermost library method", recorder.byMethod, recorder.bytes, ops, 20);
      print("allocated class", recorder.byClass, recorder.bytes, ops, 15);
    }
  }

  public static void main(String[] args) {
    String bundle = args.length > 0 ? args[0] : Bundles.UK;
    // Memo off by default: with it on, the repeating mix is all lookups and there is little to see.
    String memo = args.length > 1 ? args[1] : Bundles.MEMO_OFF;
    Advisor advisor = Bundles.advisor(Bundles.source(bundle), memo);
    System.out.printf("memo %s%n", memo);
    Situation[] mix = Situations.realisticMix().toArray(new Situation[0]);
    for (int i = 0; i < 50_000; i++) {
      advisor.evaluate(mix[i & (Situations.MIX_SIZE - 1)]);
    }
    // What the thread really allocates per operation, measured by the JVM, with the agent loaded
    // (so no escape analysis either): the recorder's coverage is its total over this.
    com.sun.management.ThreadMXBean threads =
        (com.sun.management.ThreadMXBean) java.lang.management.ManagementFactory.getThreadMXBean();
    long id = Thread.currentThread().getId();
    long before = threads.getThreadAllocatedBytes(id);
    for (int i = 0; i < 4 * Situations.MIX_SIZE; i++) {
      advisor.evaluate(mix[i & (Situations.MIX_SIZE - 1)]);
    }
    double measured = (threads.getThreadAllocatedBytes(id) - before) / (4.0 * Situations.MIX_SIZE);
    System.out.printf("Measured by the JVM: %.0f bytes per operation on this thread%n", measured);
    try {
      Class.forName("com.google.monitoring.runtime.instrumentation.AllocationRecorder");
    } catch (ClassNotFoundException e) {
      System.out.println("(run with the allocation instrumenter as -javaagent for the breakdown)");
      return;
    }
    Recorder.record(advisor, mix, bundle, measured);
  }

  private static void print(String title, Map<String, long[]> map, long total, int ops, int top) {
    System.out.printf("%n| %s | B/op | objects/op | share |%n|---|---:|---:|---:|%n", title);
    map.entrySet().stream()
        .sorted((a, b) -> Long.compare(b.getValue()[0], a.getValue()[0]))
        .limit(top)
        .forEach(e -> System.out.printf("| `%s` | %.0f | %.1f | %.1f%% |%n", e.getKey(),
            (double) e.getValue()[0] / ops, (double) e.getValue()[1] / ops,
            100.0 * e.getValue()[0] / total));
  }
}
