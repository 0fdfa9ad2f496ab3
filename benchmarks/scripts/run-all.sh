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
  jmh scaling-avgt-gc     ScalingBenchmark "${RUN[@]}" -prof gc
  jmh assess-stack        'AssessBenchmark.realisticMix' "${RUN[@]}" -prof 'stack:lines=3;top=12'
  jmh assess-jfr          'AssessBenchmark.realisticMix' "${RUN[@]}" -prof gc \
      -prof "jfr:dir=$OUT/jfr;configName=$PWD/benchmarks/scripts/allocation.jfc"
  NORM=$(python3 -c "import json,sys; r=json.load(open('$OUT/assess-jfr.json'))[0]; print(r['secondaryMetrics']['gc.alloc.rate.norm']['score'])")
  benchmarks/scripts/alloc-breakdown.py "$(find "$OUT/jfr" -name '*.jfr' | head -1)" "$NORM" 15 \
    | tee "$OUT/assess-alloc-breakdown.txt"
  uptime | tee "$OUT/uptime-end.txt"
fi
if [[ $WHAT == all || $WHAT == cold ]]; then
  benchmarks/scripts/cold-start.sh 30 | tee "$OUT/cold-start.txt"
fi
if [[ $WHAT == all || $WHAT == footprint ]]; then
  benchmarks/scripts/footprint.sh | tee "$OUT/footprint.txt"
fi
