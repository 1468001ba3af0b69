#!/usr/bin/env bash
# The hostile soak (RELIABILITY.md): builds the CLI and the bench (not installed anywhere), starts
# `mixdoc serve` on a free loopback port with 2 workers and the launcher's default heap, runs
# io.mixdoc.bench.Soak against it (options go there, e.g. --warm 30 --idle 20 --seconds 60 --cool 60), then
# stops the server it started. Loopback only; takes --warm + --idle + --seconds + --cool + --idle (default
# 20 + 15 + 180 + 60 + 15) seconds, and longer when requests still run as an idle phase begins.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
if [ ! -f mixdoc-bench/target/mixdoc-bench.jar ] || [ ! -f mixdoc-cli/target/mixdoc-cli.jar ] || [ -n "${MIXDOC_REBUILD:-}" ]; then
  ./mvnw -q -B -DskipTests -pl mixdoc-cli,mixdoc-bench -am package >&2
fi
port="${SOAK_PORT:-18080}"
# The server runs as users run it: through the launcher, with its heap and memory-return flags
# (no class-data archive, so that the launcher execs the JVM and $! is the server's own process id).
MIXDOC_CDS=off ./mixdoc serve --host 127.0.0.1 --port "$port" --workers 2 >/dev/null 2>&1 &
server=$!
trap 'kill "$server" 2>/dev/null || true' EXIT
# A loaded machine may take minutes to start the server: the soak starts only once it answers.
for i in $(seq 1 300); do
  curl -sf "http://127.0.0.1:$port/v1/health" >/dev/null 2>&1 && break
  kill -0 "$server" 2>/dev/null || { echo "soak: the server exited" >&2; exit 1; }
  [ "$i" = 300 ] && { echo "soak: the server did not answer within 300 s" >&2; exit 1; }
  sleep 1
done
java -Dmixdoc.root="$root" -cp "mixdoc-bench/target/mixdoc-bench.jar:mixdoc-bench/target/lib/*" io.mixdoc.bench.Soak \
  --url "http://127.0.0.1:$port/" --pid "$server" "$@"
