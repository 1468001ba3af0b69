#!/usr/bin/env bash
# The scaling benchmark (BENCHMARKS.md, "Scaling"): CPU ms per MB of each stage from 10 KB to 10 MB
# on ordinary and pathological inputs. Options go to io.mixdoc.bench.Scaling (--max-mb N, --kinds a,b).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
if [ ! -f mixdoc-bench/target/mixdoc-bench.jar ] || [ -n "${MIXDOC_REBUILD:-}" ]; then
  ./mvnw -q -B -DskipTests -pl mixdoc-bench -am package >&2
fi
exec java -Xmx2g ${BENCH_JAVA_OPTS:-} -Dmixdoc.root="$root" \
  -cp "mixdoc-bench/target/mixdoc-bench.jar:mixdoc-bench/target/lib/*" io.mixdoc.bench.Scaling "$@"
