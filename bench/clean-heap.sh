#!/usr/bin/env bash
# Peak heap of a real `mixdoc clean` run: the bench corpus as JSONL (default 200 MB), cleaned on 2 threads
# with -Xmx512m (an OutOfMemoryError fails the run). Prints the largest heap in use before any collection,
# read off the GC log, with the run's CPU and wall time. Options: --mb N, then any `clean` options.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
mb=200
if [ "${1:-}" = "--mb" ]; then mb=$2; shift 2; fi
if [ ! -f mixdoc-bench/target/mixdoc-bench.jar ] || [ ! -f mixdoc-cli/target/mixdoc-cli.jar ] || [ -n "${MIXDOC_REBUILD:-}" ]; then
  ./mvnw -q -B -DskipTests -pl mixdoc-bench,mixdoc-cli -am package >&2
fi
work="$root/mixdoc-bench/target/clean-heap"
mkdir -p "$work"
jsonl="$work/corpus-${mb}mb.jsonl"
if [ ! -f "$jsonl" ]; then
  java -Dmixdoc.root="$root" -cp "mixdoc-bench/target/mixdoc-bench.jar:mixdoc-bench/target/lib/*" \
    io.mixdoc.bench.CorpusJsonl "$mb" "$jsonl"
fi
out="$work/out"
rm -rf "$out"
log="$work/gc.log"
start=$(date +%s.%N)
/usr/bin/time -f "%U %S %e %M" -o "$work/time.txt" java -Xmx512m -Xlog:gc:file="$log" \
  -cp "mixdoc-cli/target/mixdoc-cli.jar:mixdoc-cli/target/lib/*" io.mixdoc.cli.MixdocCli \
  clean --input "$jsonl" --output "$out" --threads 2 --progress log "$@" > "$work/clean.log" 2>&1
read -r user sys wall rss < "$work/time.txt"
peak=$(grep -oE '[0-9]+M->[0-9]+M' "$log" | cut -d- -f1 | tr -d M | sort -n | tail -1)
printf 'clean %s MB on 2 threads, -Xmx512m: peak heap in use %s MB (GC log), peak RSS %s MB, CPU %.0f s, wall %.0f s, %.2f MB per CPU-second, load %s\n' \
  "$mb" "$peak" "$((rss / 1024))" "$(echo "$user + $sys" | bc)" "$wall" "$(echo "$mb / ($user + $sys)" | bc -l)" "$(cut -d' ' -f1 /proc/loadavg)"
tail -3 "$work/clean.log"
