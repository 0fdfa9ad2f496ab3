#!/usr/bin/env bash
# Every measurement in BENCHMARKS.md, in one go, with the settings the tables were made with.
# Build first (mvn -B -ntp verify), run on a quiet machine (check `uptime`), then read
# benchmarks/target/results/*.txt. Takes about ten minutes on two cores.
#
#   benchmarks/scripts/run-all.sh [jmh|cold|footprint|all]
set -euo pipefail
cd "$(dirname "$0")/../.."
JAR=benchmarks/target/benchmarks.jar
OUT=benchmarks/target/results
mkdir -p "$OUT"
WHAT=${1:-all}
# The benchmarks jar must hold this work tree's engine: build from the root (mvn -B -ntp verify).
# Building the module alone (-pl benchmarks without -am) takes advisor-core from the local Maven
# repository instead, which may be anyone's snapshot.
if [[ -f core/target/classes/org/safeguarding/advisor/engine/CompiledBundle.class ]] && ! cmp -s \
    <(unzip -p "$JAR" org/safeguarding/advisor/engine/CompiledBundle.class) \
    core/target/classes/org/safeguarding/advisor/engine/CompiledBundle.class; then
  echo "benchmarks.jar does not hold core/target/classes: rebuild with mvn -B -ntp verify" >&2
  exit 1
fi
git rev-parse HEAD > "$OUT/commit.txt"
# Short but stable enough on two cores: one fork, 3 x 1 s warm-up, 5 x 1 s measured.
RUN=(-f 1 -wi 3 -w 1s -i 5 -r 1s)

jmh() { # name, then JMH arguments
  local name=$1; shift
  echo "== $name: java -jar $JAR $* (load: $(cut -d' ' -f1-3 /proc/loadavg))" | tee "$OUT/$name.txt"
  java -jar "$JAR" "$@" -rf json -rff "$OUT/$name.json" 2>&1 | tee -a "$OUT/$name.txt" \
    | grep -E '^(Benchmark|[A-Za-z]+Benchmark\.)' || true
  echo "   (load after: $(cut -d' ' -f1-3 /proc/loadavg))" | tee -a "$OUT/$name.txt"
}

if [[ $WHAT == all || $WHAT == jmh ]]; then
  uptime | tee "$OUT/uptime-start.txt"
  jmh assess-avgt-gc      AssessBenchmark "${RUN[@]}" -prof gc
  jmh assess-sample       'AssessBenchmark.realisticMix' "${RUN[@]}" -bm sample -tu ns
  jmh peers-avgt-gc       PeerBenchmark "${RUN[@]}" -prof gc
  jmh thrpt-t1            'AssessBenchmark.realisticMix|PeerBenchmark' "${RUN[@]}" -bm thrpt -tu ms -t 1
  jmh thrpt-t2            'AssessBenchmark.realisticMix|PeerBenchmark' "${RUN[@]}" -bm thrpt -tu ms -t 2
  jmh load-avgt-gc        BundleLoadBenchmark "${RUN[@]}" -prof gc
  jmh lint-avgt           LintBenchmark "${RUN[@]}"
  jmh scaling-avgt-gc     ScalingBenchmark "${RUN[@]}" -prof gc
  # The profiles are of the memo off: an assessment worked out in full (with it on, a lookup).
  jmh assess-stack        'AssessBenchmark.realisticMix' -p memo=off "${RUN[@]}" -prof 'stack:lines=3;top=12'
  # Where the time goes (JFR CPU samples; 10 measured seconds for enough samples).
  jmh assess-jfr          'AssessBenchmark.realisticMix' -p memo=off -f 1 -wi 3 -w 1s -i 10 -r 1s \
      -prof "jfr:dir=$OUT/jfr"
  NS=$(python3 -c "import json; print(json.load(open('$OUT/assess-jfr.json'))[0]['primaryMetric']['score'])")
  benchmarks/scripts/cpu-breakdown.py "$(find "$OUT/jfr" -name '*.jfr' | head -1)" "$NS" \
    | tee "$OUT/assess-cpu-breakdown.txt"
  # What allocates (every allocation recorded by the allocation instrumenter agent).
  # (A provided dependency of the module, so the build has put it in the local repository.)
  AGENT=${M2_REPO:-$HOME/.m2/repository}/com/google/code/java-allocation-instrumenter/java-allocation-instrumenter/3.3.4/java-allocation-instrumenter-3.3.4.jar
  java -javaagent:"$AGENT" -cp "$JAR" org.safeguarding.advisor.benchmarks.AllocationBreakdown 2>&1 \
    | grep -v '^OpenJDK' | tee "$OUT/assess-alloc-breakdown.txt"
  uptime | tee "$OUT/uptime-end.txt"
fi
if [[ $WHAT == all || $WHAT == cold ]]; then
  benchmarks/scripts/cold-start.sh 30 | tee "$OUT/cold-start.txt"
fi
if [[ $WHAT == all || $WHAT == footprint ]]; then
  benchmarks/scripts/footprint.sh | tee "$OUT/footprint.txt"
fi
