#!/usr/bin/env python3
"""Validate data/lexicons/common/persons.tsv (python3 standard library only).

Format (see data/lexicons/README.md, section common/persons.tsv):

    names<TAB>country<TAB>sector<TAB>role<TAB>from<TAB>to

Errors (exit status 1):
  - a line without exactly 6 TAB-separated fields
  - country that is neither an ISO 3166-1 alpha-3 code (checked against
    /usr/share/iso-codes/json/iso_3166-1.json) nor an IGO code (IGO + 3-letter parts)
  - sector not in the known set of CAMEO sector codes
  - empty names, an empty name variant, a variant listed twice on one line,
    leading/trailing blanks, a variant that is only the canonical name's surname,
    a variant that starts with a non-royal title ("President X", "Sheikh X")
  - empty role, invalid dates (YYYY-MM-DD), missing from, from > to
  - the same exact line twice
  - the same person (canonical name) holding the same office (country + role)
    in two overlapping periods

Warnings (exit status 0 unless --strict):
  - an office that does not reach into 2015..2025
  - two different persons in the same office (country + role) at the same time
  - one name variant used for two different canonical persons
  - the same canonical person listed with different variant sets
  - text that is not in Unicode NFC

Usage: check_persons.py [--strict] [--quiet] [--iso PATH] [persons.tsv]
"""

import argparse
import datetime
import json
import os
import re
import sys
import unicodedata
from collections import defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
DEFAULT_TSV = os.path.normpath(os.path.join(HERE, "..", "lexicons", "common", "persons.tsv"))
DEFAULT_ISO = "/usr/share/iso-codes/json/iso_3166-1.json"

# CAMEO sector codes (shared/reference/cameo_actor_codes.md, Phoenix agents dictionary)
SECTORS = {
    "GOV", "MIL", "REB", "CRM", "OPP", "BUS", "CVL", "JUD", "COP", "MED", "LEG",
    "HLH", "EDU", "UAF", "SPY", "AGR", "REL", "LAB", "REF", "PTY", "ELI", "ENV",
    "NGO", "INS", "IGO", "DEV", "HRI", "MOD", "RAD", "SEP", "NGM", "IMG",
}

IGO_RE = re.compile(r"^IGO(?:[A-Z]{3})+$")
DATE_RE = re.compile(r"^\d{4}-\d{2}-\d{2}$")

# titles a name variant may not start with (the coder handles titles itself);
# royal styles are allowed because monarchs are commonly named that way
# ("King Mohammed VI", "Koning Filip").
FORBIDDEN_TITLES = {
    "president", "président", "president-elect", "prime", "premier", "minister",
    "ministre", "minister-president", "chancellor", "secretary", "general",
    "gen.", "général", "generaal", "colonel", "col.", "lieutenant", "mr", "mr.",
    "mrs", "mrs.", "ms", "ms.", "dr", "dr.", "sheikh", "cheikh", "sjeik",
    "ayatollah", "prince", "crown", "emir", "sir", "dame", "lord", "marshal",
    "field", "admiral", "senator", "monsieur", "madame", "m.", "mme", "dhr.",
    "mevrouw", "meneer",
}

WINDOW_FROM = datetime.date(2015, 1, 1)
WINDOW_TO = datetime.date(2025, 12, 31)
OPEN_END = datetime.date(9999, 12, 31)


def load_iso(path):
    with open(path, encoding="utf-8") as fh:
        data = json.load(fh)
    return {entry["alpha_3"] for entry in data["3166-1"]}


def parse_date(text):
    if not DATE_RE.match(text):
        return None
    try:
        return datetime.date.fromisoformat(text)
    except ValueError:
        return None


def overlaps(a_from, a_to, b_from, b_to):
    """Periods overlap if they share more than a hand-over day."""
    return a_from < b_to and b_from < a_to


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("path", nargs="?", default=DEFAULT_TSV)
    ap.add_argument("--iso", default=DEFAULT_ISO, help="iso-codes JSON (default: %(default)s)")
    ap.add_argument("--strict", action="store_true", help="treat warnings as errors")
    ap.add_argument("--quiet", action="store_true", help="do not print warnings")
    args = ap.parse_args(argv)

    errors = []
    warnings = []

    def err(lineno, msg):
        errors.append(f"{args.path}:{lineno}: {msg}")

    def warn(lineno, msg):
        warnings.append(f"{args.path}:{lineno}: warning: {msg}")

    if os.path.exists(args.iso):
        iso = load_iso(args.iso)
    else:
        iso = None
        warnings.append(f"warning: {args.iso} not found (install iso-codes); "
                        "country codes only checked for the form [A-Z]{{3}}")

    seen_lines = {}
    records = []  # (lineno, canonical, variants, country, sector, role, from, to)

    with open(args.path, encoding="utf-8") as fh:
        raw_lines = fh.read().split("\n")
    if raw_lines and raw_lines[-1] == "":
        raw_lines.pop()

    for lineno, line in enumerate(raw_lines, 1):
        if line.endswith("\r"):
            err(lineno, "CR line ending")
            line = line[:-1]
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        if unicodedata.normalize("NFC", line) != line:
            warn(lineno, "text is not in Unicode NFC")
        if line in seen_lines:
            err(lineno, f"duplicate line (first at line {seen_lines[line]})")
            continue
        seen_lines[line] = lineno

        fields = line.split("\t")
        if len(fields) != 6:
            err(lineno, f"expected 6 TAB-separated fields, found {len(fields)}")
            continue
        names, country, sector, role, d_from, d_to = fields

        for label, value in (("names", names), ("country", country), ("sector", sector),
                             ("role", role), ("from", d_from), ("to", d_to)):
            if value != value.strip():
                err(lineno, f"{label} has leading or trailing blanks")

        # names
        variants = names.split("|")
        canonical = variants[0].strip()
        if not names.strip():
            err(lineno, "empty names")
            continue
        seen_variant = set()
        for v in variants:
            vs = v.strip()
            if not vs:
                err(lineno, "empty name variant")
                continue
            if v != vs:
                err(lineno, f"name variant {v!r} has leading or trailing blanks")
            folded = unicodedata.normalize("NFKC", vs).casefold()
            if folded in seen_variant:
                err(lineno, f"name variant {vs!r} listed twice")
            seen_variant.add(folded)
            first = folded.split()[0]
            if first in FORBIDDEN_TITLES:
                err(lineno, f"name variant {vs!r} starts with a title")
        canon_tokens = canonical.split()
        if len(canon_tokens) > 1:
            surname = unicodedata.normalize("NFKC", canon_tokens[-1]).casefold()
            for v in variants[1:]:
                if unicodedata.normalize("NFKC", v.strip()).casefold() == surname:
                    err(lineno, f"bare surname {v.strip()!r} listed as a variant")

        # country
        if IGO_RE.match(country):
            pass
        elif re.fullmatch(r"[A-Z]{3}", country):
            if iso is not None and country not in iso:
                err(lineno, f"country {country!r} is not an ISO 3166-1 alpha-3 code")
        else:
            err(lineno, f"country {country!r} is neither ISO alpha-3 nor an IGO code")

        # sector
        if sector not in SECTORS:
            err(lineno, f"unknown sector {sector!r}")

        if not role.strip():
            err(lineno, "empty role")

        # dates
        f = parse_date(d_from)
        if f is None:
            err(lineno, f"invalid from date {d_from!r} (want YYYY-MM-DD)")
        t = None
        if d_to:
            t = parse_date(d_to)
            if t is None:
                err(lineno, f"invalid to date {d_to!r} (want YYYY-MM-DD)")
        if f is None or (d_to and t is None):
            continue
        if t is not None and f > t:
            err(lineno, f"from {d_from} is after to {d_to}")
            continue
        t_eff = t if t is not None else OPEN_END
        if f > WINDOW_TO or t_eff < WINDOW_FROM:
            warn(lineno, f"office {d_from}..{d_to or 'now'} lies outside 2015..2025")
        records.append((lineno, canonical, tuple(v.strip() for v in variants), country,
                        sector, role.strip(), f, t_eff))

    # same person, same office, overlapping periods -> error
    by_person_office = defaultdict(list)
    for rec in records:
        by_person_office[(rec[1], rec[3], rec[5])].append(rec)
    for (person, country, role), recs in by_person_office.items():
        recs.sort(key=lambda r: r[6])
        for a, b in zip(recs, recs[1:]):
            if overlaps(a[6], a[7], b[6], b[7]):
                err(b[0], f"{person} ({country}, {role}) overlaps line {a[0]}")

    # different persons, same office, same time -> warning
    by_office = defaultdict(list)
    for rec in records:
        by_office[(rec[3], rec[5])].append(rec)
    for (country, role), recs in by_office.items():
        recs.sort(key=lambda r: r[6])
        for i, a in enumerate(recs):
            for b in recs[i + 1:]:
                if b[6] >= a[7]:
                    break
                if a[1] != b[1] and overlaps(a[6], a[7], b[6], b[7]):
                    warn(b[0], f"{b[1]} and {a[1]} (line {a[0]}) both hold "
                               f"{country} {role} at the same time")

    # a variant naming two different persons -> warning
    variant_owner = {}
    for rec in records:
        for v in rec[2]:
            key = unicodedata.normalize("NFKC", v).casefold()
            owner = variant_owner.setdefault(key, (rec[1], rec[0]))
            if owner[0] != rec[1]:
                warn(rec[0], f"name {v!r} also names {owner[0]} (line {owner[1]})")

    # same canonical person with different variant lists -> warning
    variants_of = {}
    for rec in records:
        prev = variants_of.setdefault(rec[1], (set(rec[2]), rec[0]))
        if prev[0] != set(rec[2]):
            warn(rec[0], f"{rec[1]}: variant list differs from line {prev[1]}")

    if not args.quiet:
        for w in warnings:
            print(w, file=sys.stderr)
    for e in errors:
        print(e, file=sys.stderr)

    persons = {(r[1]) for r in records}
    print(f"{args.path}: {len(records)} offices, {len(persons)} persons, "
          f"{len(errors)} errors, {len(warnings)} warnings")
    if errors or (args.strict and warnings):
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
