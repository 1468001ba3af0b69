#!/usr/bin/env bash
# End-to-end throughput harness: builds mixdoc-bench (not installed anywhere) and runs it with a
# 512 MB heap. Options go to io.mixdoc.bench.Throughput, e.g. bench/run.sh --mb 20 for a quick check.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
if [ ! -f mixdoc-bench/target/mixdoc-bench.jar ] || [ -n "${MIXDOC_REBUILD:-}" ]; then
  ./mvnw -q -B -DskipTests -pl mixdoc-bench -am package >&2
fi
exec java -Xmx512m ${BENCH_JAVA_OPTS:-} -Dmixdoc.root="$root" \
  -cp "mixdoc-bench/target/mixdoc-bench.jar:mixdoc-bench/target/lib/*" io.mixdoc.bench.Throughput \
  --dir "$root/mixdoc-bench/target/bench-corpus" "$@"
