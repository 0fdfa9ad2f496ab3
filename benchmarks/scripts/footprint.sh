#!/usr/bin/env bash
# Runtime footprint: the jars (and MB) a user's classpath gains for the library with the UK
# content, next to KIE DMN's (kie-dmn-core and everything it pulls in at runtime) and Easy Rules'.
#
#   benchmarks/scripts/footprint.sh      # after mvn -B -ntp verify (needs the module jars)
set -euo pipefail
cd "$(dirname "$0")/../.."
OUT=benchmarks/target/footprint
mkdir -p "$OUT"
KIE_VERSION=$(sed -n 's:.*<kie.version>\(.*\)</kie.version>.*:\1:p' benchmarks/pom.xml)
EASY_VERSION=$(sed -n 's:.*<easy-rules.version>\(.*\)</easy-rules.version>.*:\1:p' benchmarks/pom.xml)

# The library: the content module's runtime classpath (core, Jackson) plus the content jar itself.
# (-am with package: core resolves to the jar just built in this reactor, not to a local repository.)
mvn -q -B -ntp -Dstyle.color=never package org.apache.maven.plugins:maven-dependency-plugin:3.8.1:build-classpath -pl content-bundle -am -DskipTests \
  -DincludeScope=runtime -Dmdep.outputFile="$PWD/$OUT/advisor.cp" >/dev/null
{ tr ":" "\n" < "$OUT/advisor.cp"; echo; ls "$PWD"/content-bundle/target/advisor-content-uk-*.jar | grep -v -e -sources -e -javadoc; } \
  | grep . > "$OUT/advisor.jars"

peer() { # groupId artifactId version name
  mvn -q -B -ntp -Dstyle.color=never -f benchmarks/footprint/peer.pom.xml org.apache.maven.plugins:maven-dependency-plugin:3.8.1:build-classpath \
    -Dpeer.groupId="$1" -Dpeer.artifactId="$2" -Dpeer.version="$3" -DincludeScope=runtime \
    -Dmdep.outputFile="$PWD/$OUT/$4.cp" >/dev/null
  { tr ":" "\n" < "$OUT/$4.cp"; echo; ls ~/.m2/repository/${1//.//}/$2/$3/$2-$3.jar; } | grep . > "$OUT/$4.jars"
}
peer org.kie kie-dmn-core "$KIE_VERSION" kie-dmn
peer org.jeasy easy-rules-core "$EASY_VERSION" easy-rules

summary() { # name file
  local n bytes
  n=$(grep -c . "$2")
  bytes=$(xargs stat -c %s < "$2" | paste -sd+ | bc)
  printf "| %s | %d | %.2f |\n" "$1" "$n" "$(echo "$bytes / 1048576" | bc -l)"
}
{
  echo "| classpath | jars | MB |"
  echo "|---|---:|---:|"
  summary "advisor-core + advisor-content-uk + Jackson" "$OUT/advisor.jars"
  summary "KIE DMN (org.kie:kie-dmn-core:$KIE_VERSION, runtime)" "$OUT/kie-dmn.jars"
  summary "Easy Rules (org.jeasy:easy-rules-core:$EASY_VERSION, runtime)" "$OUT/easy-rules.jars"
  echo
  echo "Library jars:"
  echo
  echo "| jar | KB |"
  echo "|---|---:|"
  while read -r jar; do
    [ -f "$jar" ] || { echo "missing: $jar (build first)" >&2; exit 1; }
    printf "| %s | %d |\n" "$(basename "$jar")" "$(( $(stat -c %s "$jar") / 1024 ))"
  done < "$OUT/advisor.jars"
  echo
  echo "KIE DMN jars (largest first):"
  echo
  echo "| jar | KB |"
  echo "|---|---:|"
  xargs stat -c '%s %n' < "$OUT/kie-dmn.jars" | sort -rn \
    | while read -r size jar; do printf "| %s | %d |\n" "$(basename "$jar")" "$((size / 1024))"; done
} | tee "$OUT/footprint.md"
