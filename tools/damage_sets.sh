#!/usr/bin/env bash
# Rebuilds the generated damage dev sets in "$out"/ (issue 14): real clean documents of the
# real-text corpus (data/real, see its MANIFEST.tsv for packages and licences) with one kind of damage
# spliced in, and gold. Deterministic (seed 14): the same corpus gives the same files.
#   tools/damage_sets.sh            # needs a JDK; builds the CLI first
#   tools/damage_sets.sh --check    # rebuilds into a temporary folder and fails unless every set whose sources
#                                   # are committed (all but glue-zh, which needs target/list-sources) equals
#                                   # the committed files byte for byte; glue-zh too when target/list-sources exists
# Sets are picked by position in data/real/MANIFEST.tsv: when data/real is rebuilt with other documents, rerun
# this script (and --check) so no set is left built from the old corpus.
set -euo pipefail
cd "$(dirname "$0")/.."
out=data/eval/damage
check=false
if [ "${1:-}" = --check ]; then
  check=true
  out=$(mktemp -d)
  trap 'rm -rf "$out"' EXIT
fi
# offline first (the build is frugal on a shared machine); online only when the local repository lacks a dependency
./mvnw -q -B -o -DskipTests -pl mixdoc-cli -am package || ./mvnw -q -B -DskipTests -pl mixdoc-cli -am package
cp="mixdoc-cli/target/mixdoc-cli.jar:mixdoc-cli/target/lib/*"
# pick KIND PACKAGE_REGEX EVERY MAX: every EVERY-th document of that kind and package, at most MAX
pick() { awk -F'\t' -v k="$1" -v p="$2" -v e="$3" -v m="$4" \
  'NR > 1 && $2 == k && $4 ~ p { if (n++ % e == 0 && c < m) { print "data/real/" $1; c++ } }' data/real/MANIFEST.tsv; }
gen() { java -cp "$cp" io.mixdoc.eval.gen.DamageSetGenerator "$@"; }
simplified='(zh-cn|^manpages-zh)$'
rm -rf "$out"/{injected,zhuyin,noise,glue,glue-*,dup,leaked,untranslated}
gen injected "$out"/injected 14 "data/real (zh-tech, Debian zh-cn documentation)" $(pick zh-tech "$simplified" 4 40)
gen zhuyin "$out"/zhuyin 14 "data/real (zh-tech, Debian zh-cn documentation)" $(pick zh-tech "$simplified" 5 40)
gen noise "$out"/noise 14 "data/real (zh-tech and en-zh)" $(pick zh-tech "$simplified" 9 20) $(pick en-zh . 2 20)
# glue: every document of the corpus is tried; only those holding the evidence are written (GlueGenerator)
all_docs=$(awk -F'\t' 'NR > 1 { print "data/real/" $1 }' data/real/MANIFEST.tsv)
for g in latin term-zh sentence infobox; do
  gen glue-$g "$out"/glue-$g 14 "data/real (zh-tech, en-zh, bilingual)" $all_docs
done
# glue-zh: data/real holds too few lists written apart elsewhere; the files of Chinese manuals and Javadoc that
# data/real does not take are added after it (target/list-sources, built from pinned packages, not committed)
if $check && [ ! -f target/list-sources/MANIFEST.tsv ]; then
  echo "glue-zh not checked: target/list-sources not built (tools/build-real-corpus.sh lists)" >&2
else
$check || tools/build-real-corpus.sh lists
list_docs=$(awk -F'\t' 'NR > 1 { print "target/list-sources/" $1 }' target/list-sources/MANIFEST.tsv)
gen glue-zh "$out"/glue-zh 14 "data/real (zh-tech, en-zh, bilingual), then target/list-sources (zh-tech)" \
  $all_docs $list_docs
fi
gen dup "$out"/dup 14 "data/real (zh-tech and en-zh)" $(pick zh-tech . 9 36) $(pick en-zh . 2 20)
gen leaked "$out"/leaked 14 "data/real (en-zh and bilingual)" $(pick en-zh . 2 40) $(pick bilingual . 3 40)
# English lines from the en-zh documents, put between the Chinese lines of the zh-tech ones
gen untranslated "$out"/untranslated 14 "data/real (zh-tech Debian zh-cn documentation, English lines from en-zh)" \
  $(pick zh-tech "$simplified" 7 40) $(pick en-zh . 2 40)
if $check; then
  status=0
  for set in "$out"/*/; do
    name=$(basename "$set")
    if diff -rq "$set" "data/eval/damage/$name" >/dev/null; then
      echo "$name: rebuilds byte-identically"
    else
      echo "$name: DIFFERS from the committed files:" >&2
      diff -rq "$set" "data/eval/damage/$name" | head -5 >&2
      status=1
    fi
  done
  exit $status
fi
