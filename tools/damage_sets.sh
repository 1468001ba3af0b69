#!/usr/bin/env bash
# Rebuilds the generated damage dev sets in data/eval/damage/ (issue 14) from real clean text taken
# from Debian packages: maint-guide-zh-cn and maint-guide 1.2.53 (GPL-2+). Deterministic (seed 14).
#   tools/damage_sets.sh            # needs apt-get (Debian/Ubuntu) and a JDK; builds the CLI first
set -euo pipefail
cd "$(dirname "$0")/.."
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
(cd "$work" && apt-get download maint-guide-zh-cn=1.2.53 maint-guide=1.2.53 >/dev/null \
  && for f in *.deb; do dpkg-deb -x "$f" x; done)
doc="$work/x/usr/share/doc"
./mvnw -q -B -DskipTests -pl mixdoc-cli -am package
cp="mixdoc-cli/target/mixdoc-cli.jar:mixdoc-cli/target/lib/*"
gen() { java -cp "$cp" io.mixdoc.eval.gen.DamageSetGenerator "$@"; }
rm -rf data/eval/damage/injected data/eval/damage/noise
gen injected data/eval/damage/injected 14 "maint-guide-zh-cn 1.2.53 (GPL-2+)" "$doc/maint-guide-zh-cn/maint-guide.zh-cn.txt.gz"
gen noise data/eval/damage/noise 14 "maint-guide-zh-cn, maint-guide 1.2.53 (GPL-2+)" \
  "$doc/maint-guide-zh-cn/maint-guide.zh-cn.txt.gz" "$doc/maint-guide/maint-guide.en.txt.gz"
