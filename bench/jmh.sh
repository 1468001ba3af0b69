#!/usr/bin/env bash
# JMH benchmarks of the hot stages (io.mixdoc.bench.StageBenchmarks). Short default settings that
# suit a 2-core machine; any JMH option overrides them, e.g. bench/jmh.sh -wi 5 -i 10 seams.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
if [ ! -f mixdoc-bench/target/mixdoc-bench.jar ] || [ -n "${MIXDOC_REBUILD:-}" ]; then
  ./mvnw -q -B -DskipTests -pl mixdoc-bench -am package >&2
fi
exec java -Dmixdoc.root="$root" -cp "mixdoc-bench/target/mixdoc-bench.jar:mixdoc-bench/target/lib/*" \
  org.openjdk.jmh.Main -f 1 -wi 3 -w 2s -i 5 -r 2s -jvmArgs "-Xmx1g -Dmixdoc.root=$root" "$@"
