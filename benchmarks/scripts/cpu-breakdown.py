#!/usr/bin/env python3
"""Where the time of one JMH benchmark goes, from its Java Flight Recorder CPU samples.

Each jdk.ExecutionSample under CompiledBundle.evaluate is counted once for the phase it is in (the
method evaluate called, or for the work of a full assessment, the method assess called), and once for every library method on its stack (inclusive time), so the
shares say which step of an assessment costs what. Run the benchmark with JMH's JFR profiler:

  java -jar benchmarks/target/benchmarks.jar 'AssessBenchmark.realisticMix' -f 1 -wi 3 -w 1s -i 5 -r 1s \\
      -prof "jfr:dir=benchmarks/target/jfr"
  benchmarks/scripts/cpu-breakdown.py benchmarks/target/jfr/<run>/profile.jfr NS_PER_OP
"""
import collections, json, subprocess, sys

path = sys.argv[1]
ns_per_op = float(sys.argv[2]) if len(sys.argv) > 2 else None
raw = subprocess.run(["jfr", "print", "--json", "--stack-depth", "64", "--events",
                      "jdk.ExecutionSample", path], check=True, capture_output=True, text=True).stdout
events = json.loads(raw)["recording"]["events"]
ENGINE = "org.safeguarding.advisor.engine.CompiledBundle.evaluate"
# evaluate looks the situation up in the memo and, when it is not there, calls assess: the phases
# of a full assessment are what assess calls.
ASSESS = "org.safeguarding.advisor.engine.CompiledBundle.assess"
phase, inclusive = collections.Counter(), collections.Counter()
total = 0
for e in events:
    frames = (e["values"].get("stackTrace") or {}).get("frames") or []
    names = [(f["method"]["type"]["name"] + "." + f["method"]["name"]).replace("/", ".") for f in frames]
    if ENGINE not in names:
        continue
    total += 1
    i = names.index(ENGINE)
    root = ASSESS if ASSESS in names[:i] else ENGINE
    j = names.index(root)
    phase[names[j - 1] if j > 0 else root + " (itself)"] += 1
    for n in set(names[:i + 1]):
        if n.startswith("org.safeguarding.advisor.") or n.startswith("java."):
            inclusive[n] += 1

def short(n):
    return n.replace("org.safeguarding.advisor.", "")

def table(title, counter, top):
    unit = " | ≈ ns/op" if ns_per_op else ""
    print(f"\n| {title} | samples | share{unit} |\n|---|---:|---:|" + ("---:|" if ns_per_op else ""))
    for k, n in counter.most_common(top):
        extra = f" | {ns_per_op * n / total:,.0f}" if ns_per_op else ""
        print(f"| `{short(k)}` | {n} | {100 * n / total:.1f}%{extra} |")

print(f"{total} CPU samples inside CompiledBundle.evaluate (of {len(events)} in the recording)")
table("phase (the method evaluate, or assess, called)", phase, 15)
table("inclusive, any method on the stack", inclusive, 20)
