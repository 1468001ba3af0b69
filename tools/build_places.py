#!/usr/bin/env python3
"""Builds mixdoc-facts' places.tsv: first-level subdivisions a news reader expects a gazetteer to know
(the states of the United States with its capital district, the provinces and territories of Canada),
from Debian's iso-codes package (ISO 3166-2 names, LGPL-2.1+) and its zh_CN translations.

    apt-get install iso-codes && python3 tools/build_places.py

Countries, macro-regions and cities come from ICU (CLDR) at run time; this file adds only what CLDR lacks.
"""
import gettext
import json
import subprocess

COUNTRIES = ("US", "CA")
OUT = "mixdoc-facts/src/main/resources/io/mixdoc/facts/places.tsv"

version = subprocess.run(["dpkg-query", "-W", "-f=${Version}", "iso-codes"], capture_output=True, text=True).stdout
subdivisions = json.load(open("/usr/share/iso-codes/json/iso_3166-2.json", encoding="utf-8"))["3166-2"]
zh = gettext.translation("iso_3166-2", localedir="/usr/share/locale", languages=["zh_CN"])
rows = []
for s in subdivisions:
    country = s["code"].split("-")[0]
    if country not in COUNTRIES or s["type"] == "Outlying area":
        continue  # outlying areas (Guam, Puerto Rico) are CLDR regions already
    en = [s["name"]]
    if s["code"] == "US-DC":
        en.append("Washington, D.C.")
    z = zh.gettext(s["name"])
    rows.append((s["code"], "|".join([z] if z != s["name"] else []), "|".join(en)))
with open(OUT, "w", encoding="utf-8") as f:
    f.write("# First-level subdivisions (US states and district, Canadian provinces and territories), built by\n")
    f.write(f"# tools/build_places.py from Debian iso-codes {version} (ISO 3166-2 names and their zh_CN translations,\n")
    f.write("# LGPL-2.1+). Columns as organisations.tsv: id, type, Chinese names (|), English names (|).\n")
    for code, z, en in sorted(rows):
        f.write(f"{code}\tPLACE\t{z}\t{en}\n")
print(len(rows), "places written to", OUT)
