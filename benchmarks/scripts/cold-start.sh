#!/usr/bin/env bash
# Cold start of the example CLI: a fresh JVM that loads the default (UK) bundle with full
# validation and prints one assessment, measured whole (process start to exit) with hyperfine,
# next to a bare `java -version`, with and without JVM flags that shorten start-up.
#
#   mvn -B -ntp verify            # builds examples/target/advisor-cli.jar
#   benchmarks/scripts/cold-start.sh [RUNS]
#
# Writes benchmarks/target/cold-start/{cold-start.json,cold-start.md,medians.md}.
set -euo pipefail
cd "$(dirname "$0")/../.."
RUNS=${1:-30}
JAR=examples/target/advisor-cli.jar
SITUATION=benchmarks/scripts/situation.json
OUT=benchmarks/target/cold-start
mkdir -p "$OUT"
command -v hyperfine >/dev/null || { echo "needs hyperfine (apt-get install -y hyperfine)" >&2; exit 1; }
[ -f "$JAR" ] || { echo "build first: mvn -B -ntp verify" >&2; exit 1; }

ASSESS="-jar $JAR assess $SITUATION"
# An application class-data archive (AppCDS), made by one training run of the same command.
rm -f "$OUT/app.jsa" "$OUT/app-c1.jsa"
java -XX:ArchiveClassesAtExit="$OUT/app.jsa" $ASSESS >/dev/null 2>"$OUT/cds-dump.log"
java -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -XX:ArchiveClassesAtExit="$OUT/app-c1.jsa" $ASSESS \
  >/dev/null 2>>"$OUT/cds-dump.log"

hyperfine -N --warmup 3 --runs "$RUNS" \
  --export-json "$OUT/cold-start.json" --export-markdown "$OUT/cold-start.md" \
  -n "java -version (bare JVM)" "java -version" \
  -n "CLI assess, default flags" "java $ASSESS" \
  -n "CLI assess, -Xshare:off (no CDS at all)" "java -Xshare:off $ASSESS" \
  -n "CLI assess, -XX:TieredStopAtLevel=1" "java -XX:TieredStopAtLevel=1 $ASSESS" \
  -n "CLI assess, -XX:+UseSerialGC" "java -XX:+UseSerialGC $ASSESS" \
  -n "CLI assess, AppCDS" "java -XX:SharedArchiveFile=$OUT/app.jsa $ASSESS" \
  -n "CLI assess, AppCDS + TieredStopAtLevel=1 + SerialGC" \
     "java -XX:SharedArchiveFile=$OUT/app-c1.jsa -XX:TieredStopAtLevel=1 -XX:+UseSerialGC $ASSESS"

python3 - "$OUT/cold-start.json" > "$OUT/medians.md" <<'PY'
import json, statistics, sys
results = json.load(open(sys.argv[1]))["results"]
print("| command | median wall (ms) | mean ± σ (ms) | min … max (ms) | CPU user+sys, mean (ms) | runs |")
print("|---|---:|---:|---:|---:|---:|")
for r in results:
    t = [x * 1000 for x in r["times"]]
    print(f"| {r['command']} | {statistics.median(t):.0f} | {statistics.mean(t):.0f} ± "
          f"{statistics.stdev(t):.0f} | {min(t):.0f} … {max(t):.0f} | "
          f"{(r['user'] + r['system']) * 1000:.0f} | {len(t)} |")
PY
cat "$OUT/medians.md"
