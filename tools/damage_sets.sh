#!/usr/bin/env bash
# Rebuilds the generated damage dev sets in data/eval/damage/ (issue 14): real clean documents of the
# real-text corpus (data/real, see its MANIFEST.tsv for packages and licences) with one kind of damage
# spliced in, and gold. Deterministic (seed 14): the same corpus gives the same files.
#   tools/damage_sets.sh            # needs a JDK; builds the CLI first
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -q -B -DskipTests -pl mixdoc-cli -am package
cp="mixdoc-cli/target/mixdoc-cli.jar:mixdoc-cli/target/lib/*"
# pick KIND PACKAGE_REGEX EVERY MAX: every EVERY-th document of that kind and package, at most MAX
pick() { awk -F'\t' -v k="$1" -v p="$2" -v e="$3" -v m="$4" \
  'NR > 1 && $2 == k && $4 ~ p { if (n++ % e == 0 && c < m) { print "data/real/" $1; c++ } }' data/real/MANIFEST.tsv; }
gen() { java -cp "$cp" io.mixdoc.eval.gen.DamageSetGenerator "$@"; }
simplified='(zh-cn|^manpages-zh)$'
rm -rf data/eval/damage/{injected,zhuyin,noise,glue,glue-*,dup,leaked,untranslated}
gen injected data/eval/damage/injected 14 "data/real (zh-tech, Debian zh-cn documentation)" $(pick zh-tech "$simplified" 4 40)
gen zhuyin data/eval/damage/zhuyin 14 "data/real (zh-tech, Debian zh-cn documentation)" $(pick zh-tech "$simplified" 5 40)
gen noise data/eval/damage/noise 14 "data/real (zh-tech and en-zh)" $(pick zh-tech "$simplified" 9 20) $(pick en-zh . 2 20)
# glue: every document of the corpus is tried; only those holding the evidence are written (GlueGenerator)
all_docs=$(awk -F'\t' 'NR > 1 { print "data/real/" $1 }' data/real/MANIFEST.tsv)
for g in latin term-zh sentence infobox; do
  gen glue-$g data/eval/damage/glue-$g 14 "data/real (zh-tech, en-zh, bilingual)" $all_docs
done
# glue-zh: data/real holds too few lists written apart elsewhere; the files of Chinese manuals and Javadoc that
# data/real does not take are added after it (target/list-sources, built from pinned packages, not committed)
tools/build-real-corpus.sh lists
list_docs=$(awk -F'\t' 'NR > 1 { print "target/list-sources/" $1 }' target/list-sources/MANIFEST.tsv)
gen glue-zh data/eval/damage/glue-zh 14 "data/real (zh-tech, en-zh, bilingual), then target/list-sources (zh-tech)" \
  $all_docs $list_docs
gen dup data/eval/damage/dup 14 "data/real (zh-tech and en-zh)" $(pick zh-tech . 9 36) $(pick en-zh . 2 20)
gen leaked data/eval/damage/leaked 14 "data/real (en-zh and bilingual)" $(pick en-zh . 2 40) $(pick bilingual . 3 40)
# English lines from the en-zh documents, put between the Chinese lines of the zh-tech ones
gen untranslated data/eval/damage/untranslated 14 "data/real (zh-tech Debian zh-cn documentation, English lines from en-zh)" \
  $(pick zh-tech "$simplified" 7 40) $(pick en-zh . 2 40)
