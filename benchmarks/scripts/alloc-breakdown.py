#!/usr/bin/env python3
"""Allocation breakdown of one JMH benchmark from its Java Flight Recorder recording.

JFR samples allocations (jdk.ObjectAllocationSample, weighted by the bytes each sample stands
for); scripts/allocation.jfc is JDK 17's "profile" settings with the sampling throttle raised from
300/s to 20000/s, so a short run gives enough samples. This sums the weights by allocated class and by allocation site (the innermost frame in
org.safeguarding, and the frame that allocated), as shares of the total, and turns them into bytes
per operation with the benchmark's gc.alloc.rate.norm.

  java -jar benchmarks/target/benchmarks.jar 'AssessBenchmark.realisticMix' -f 1 -wi 3 -w 1s -i 5 -r 1s \
      -prof gc -prof "jfr:dir=benchmarks/target/jfr;configName=$PWD/benchmarks/scripts/allocation.jfc"
  benchmarks/scripts/alloc-breakdown.py benchmarks/target/jfr/<run>/profile.jfr BYTES_PER_OP [TOP]
"""
import collections, json, subprocess, sys

path, per_op = sys.argv[1], float(sys.argv[2])
top = int(sys.argv[3]) if len(sys.argv) > 3 else 15
raw = subprocess.run(["jfr", "print", "--json", "--stack-depth", "64", "--events",
                      "jdk.ObjectAllocationSample", path],
                     check=True, capture_output=True, text=True).stdout
events = json.loads(raw)["recording"]["events"]
by_class, by_site, by_ours = (collections.Counter() for _ in range(3))
total = 0
for e in events:
    v = e["values"]
    frames = (v.get("stackTrace") or {}).get("frames") or []
    names = [(f["method"]["type"]["name"] + "." + f["method"]["name"]).replace("/", ".")
             for f in frames]
    # Only what the measured operation allocates: stacks under a JMH-generated benchmark stub.
    if not any("jmh_generated" in n for n in names):
        continue
    w = v["weight"]
    total += w
    by_class[v["objectClass"]["name"].replace("/", ".")] += w
    by_site[names[0] if names else "?"] += w
    ours = next((n for n in names if n.startswith("org.safeguarding.advisor.")
                 and ".benchmarks." not in n), "(outside the library)")
    by_ours[ours] += w

def table(title, counter):
    print(f"\n| {title} | share | ≈ B/op |\n|---|---:|---:|")
    for k, w in counter.most_common(top):
        print(f"| `{k}` | {100 * w / total:.1f}% | {per_op * w / total:.0f} |")

print(f"{len(events)} samples, {per_op:.0f} B/op (gc.alloc.rate.norm)")
table("allocated class", by_class)
table("innermost library frame", by_ours)
table("allocating frame", by_site)
