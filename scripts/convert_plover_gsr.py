#!/usr/bin/env python3
"""Converts the PLOVER gold-standard records (GSR) into dyad's gold format.

Source: ../shared/peer/plover_gsr/PLOVER_GSR_CAMEO.txt -- PLOVER gold-standard records,
Open Event Data Alliance, CC BY-SA 4.0 (openeventdata/PLOVER). A JSON array; the first
record ("event": "DOCUMENT") is documentation. Each other record has one English sentence
("text"), a "date", gold "source" and "target" (lists of {actorText, code, sector}, or ""
or missing) and one PLOVER event type ("event") in the names of an older PLOVER draft.

Output: tests/gold/plover_gsr_en.jsonl in the format of tests/gold/README.md, scored by
`dyad eval tests/gold/plover_gsr_en.jsonl` on (source, target, CAMEO root).

Usage: scripts/convert_plover_gsr.py [GSR_FILE] [-o OUT] [--reference DIR] [--bare-igo]
  GSR_FILE     default ../shared/peer/plover_gsr/PLOVER_GSR_CAMEO.txt (from the repo root)
  --reference  default ../shared/reference (cameo_to_plover.txt, cameo_codes.csv)
  --bare-igo   keep the GSR's bare "IGO" code instead of refining it (see "Actors")

Per record
----------
- id = the GSR id; lang "en"; published = the GSR "date" (every record has the placeholder
  2000-01-01); text = the GSR "text". The GSR id PLOVER-GSR01-COERCE-0004 occurs twice
  for two different sentences; the second occurrence gets the id "...-0004#2" so that ids
  stay unique (the score script groups by id).
- events = one event per (source actor, target actor) pair of the record (duplicates of the
  same code pair removed), each with "root" = the CAMEO root of the record's PLOVER type,
  "plover" = that type in the current manual's names, source_sector / target_sector = the
  GSR sector when given, "symmetric". A record without a target list gives one event per
  source actor with target null. The GSR gives no specific CAMEO code, so "code" is omitted.
  The record keeps the GSR type as "gsr_event".
- Symmetric records: the GSR marks actors that are both source and target with "SRC/TAR" in
  textInfo.markup and lists them all under "source" with an empty target. Such a record of
  type CONSULT or AGREE gives one symmetric event per unordered pair of its actors (a pair of
  two actors with the same country code, e.g. the Sudanese government and the SPLM/A, gives
  one SDN-SDN event). EXTENSION beyond those two types: the same markup also occurs on
  SUPPORT (signing a treaty, restoring ties), COOPERATE (joint exercises, sharing
  expertise), REJECT ("failed to reach agreement") and FIGHT ("both ... violating the
  ceasefire") records; these are joint actions too, and reading them literally would give
  "X -> no target" events, so they are converted the same way (symmetric, one event per
  unordered pair). The converter prints how many records of each kind it made symmetric.
  A record with several "SRC:" actors and no target (CONSULT-0007: "U.S. and Russian
  negotiators return to Geneva for talk") is NOT made symmetric: the gold says no target.
- Skipped and counted: the DOCUMENT record; records without a source list (ASSAULT-0009,
  "Iraqi civilians have been killed in a suicide car bombing": target only); records whose
  type cannot be mapped (none in the current file).
- A target that is neither a list nor empty (AGREE-0007 has the context value "diplomatic"
  in its target field, a slip in the GSR) is read as no target; that record is SRC/TAR
  anyway.

PLOVER type -> CAMEO root
-------------------------
Built at run time from cameo_to_plover.txt (PLOVER manual draft 0.8): every line
"CODE: TYPE, mode, context # name" of a CAMEO code (3-4 digits; the two-digit heading lines
are skipped, the repeated 175 line is counted once) gives TYPE a vote for the root CODE[:2];
the type's root is the majority (the table printed with -v or below). The GSR uses an older
draft's names; those that are not draft-0.8 types are related by an alias that selects rows
of the table (they are the CAMEO root names of cameo_codes.csv, which confirms each):

  GSR type     draft-0.8 rows used                          votes by root         root
  AGREE        AGREE                                        03:28                 03
  CONSULT      CONSULT                                      04:7                  04
  SUPPORT      SUPPORT                                      05:8                  05
  COOPERATE    COOPERATE                                    06:5                  06
  AID          AID                                          07:6                  07
  CONCEDE      CONCEDE                                      08:10                 08
  YIELD        alias of CONCEDE (CAMEO 08 "YIELD")          08:10                 08
  RETREAT      RETREAT                                      08:15                 08
  INVESTIGATE  ACCUSE with mode "investigate" (CAMEO 09)    09:5                  09
  DEMAND       REQUEST (CAMEO 10 "DEMAND")                  10:27                 10
  REQUEST      REQUEST                                      10:27                 10
  DISAPPROVE   ACCUSE with mode disapprove/allege (CAMEO 11) 11:12                11
  ACCUSE       ACCUSE (investigate and disapprove)          09:5 11:12            11
  REJECT       REJECT                                       12:28                 12
  THREATEN     THREATEN                                     13:22                 13
  PROTEST      PROTEST                                      14:26                 14
  MOBILIZE     MOBILIZE                                     15:5                  15
  SANCTION     SANCTION                                     16:12                 16
  COERCE       COERCE                                       16:1 17:10 19:2       17
  ASSAULT      ASSAULT                                      17:2 18:13 19:5 20:7  18
  FIGHT        ASSAULT with context "military" (CAMEO 19)   17:1 19:5 20:1        19

Ambiguities (a gold event of these types whose true CAMEO code lies in a minority root will
count as a miss plus an extra even when dyad codes it right):
  - ASSAULT spans 18 (unconventional violence), 19 (conventional military force, the older
    draft's FIGHT), 20 (mass violence: massacres, ethnic cleansing, WMD) and two 17 codes
    (175 violent repression, 1712 destroy property). The GSR still has FIGHT, so its ASSAULT
    records are the non-military ones: 18 by majority; mass killings (CAMEO 20) are lost.
  - FIGHT is not a draft-0.8 type; its rows are ASSAULT's "military" rows: 19 by majority
    (175 -> 17 and 200 -> 20 are the minority).
  - COERCE includes 163 (impose embargo or sanctions, CAMEO root 16) and 191/192 (blockade,
    occupation, CAMEO root 19); the majority is 17.
  - SANCTION excludes 163 (the table gives it to COERCE); all its rows are 16.
  - ACCUSE merges CAMEO 09 (investigate) and 11 (disapprove); the GSR keeps them apart as
    INVESTIGATE (09) and DISAPPROVE (11), so bare ACCUSE (absent from the GSR) is 11.
  - CONCEDE and RETREAT both map to 08 (YIELD); the table splits 08 by subcode (080-083
    CONCEDE, 084-087 RETREAT, plus 0813/0814 RETREAT).
  - AGREE in draft 0.8 is CAMEO 03 (intent to cooperate) only; a GSR AGREE sentence about a
    signed agreement (CAMEO 057, SUPPORT) or an actual settlement would be 05 or 08 in CAMEO.
  - PLOVER has no type for CAMEO 01 (statements) and 02 (appeals); the GSR has none either.

Actors
------
- The GSR "code" is a CAMEO country code (ISO 3166-1 alpha-3 in most records) or a generic
  CAMEO code. Codes that are not ISO alpha-3 and have an ISO equivalent are mapped with
  NON_ISO below (each value is checked against /usr/share/iso-codes/json/iso_3166-1.json
  when that file exists):
      JAP -> JPN (Japan; CAMEO's legacy code)       ITL -> ITA (Italy)
      VTN -> VNM (Vietnam: "Vietnamese-led forces")
      ROM -> ROU (Romania; CAMEO legacy, not in the current GSR, which uses ROU)
      UK  -> GBR (not in the current GSR, which uses GBR)
  Every other code of the GSR is ISO alpha-3 already (HKG and PSE included).
- Non-state codes are kept as given: NGO (non-governmental organisation), IMG
  ("international militarized group": al-Qaeda), ISM ("Muslim hackers"). dyad keys an actor
  by its country, or by its code when it has none, so these can only match an identical code.
- IGO: the GSR gives the bare code "IGO" for every international organisation (and the
  actor's name in actorText), while dyad and tests/gold/README.md use the full CAMEO code
  (IGOUNO ...). A bare "IGO" could never match, so it is refined from actorText with the
  table of ../shared/reference/cameo_actor_codes.md (IGO_BY_NAME below: United Nations,
  U.N., UN, Security Council, Kofi Annan, UN peacekeepers/personnel, U.N. war crimes court
  -> IGOUNO; UN refugee agency -> IGOUNOREFHCR; European Community, European common market,
  EU -> IGOEUREEC; NATO -> IGOWSTNAT; Arab League -> IGOMEAARL). Organisations that table
  does not list (APEC, IAEA, OSCE, ILO, Red Cross, Red Crescent, Amnesty International,
  "regional peacekeeping force") and one evident GSR slip ("Serbian military police" coded
  IGO) keep the bare "IGO". --bare-igo turns the refinement off.
- Codes that start with IGO and are longer than "IGO" are kept as given.
"""
import argparse
import collections
import csv
import itertools
import json
import os
import re
import sys

REPO = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
DEFAULT_GSR = os.path.join(REPO, "..", "shared", "peer", "plover_gsr", "PLOVER_GSR_CAMEO.txt")
DEFAULT_REF = os.path.join(REPO, "..", "shared", "reference")
DEFAULT_OUT = os.path.join(REPO, "tests", "gold", "plover_gsr_en.jsonl")
ISO_JSON = "/usr/share/iso-codes/json/iso_3166-1.json"

# CAMEO country codes that are not ISO 3166-1 alpha-3 -> ISO alpha-3.
NON_ISO = {"JAP": "JPN", "ITL": "ITA", "VTN": "VNM", "ROM": "ROU", "UK": "GBR"}
# Generic CAMEO actor codes kept as given.
KEEP = {"IGO", "NGO", "IMG", "ISM"}

# Bare "IGO" refined from actorText (first match wins), codes from
# ../shared/reference/cameo_actor_codes.md.
IGO_BY_NAME = [
    (r"\brefugee agency\b|\bUNHCR\b", "IGOUNOREFHCR"),
    (r"\bUnited Nations\b|\bU\.N\.|\bUN\b|\bSecurity Council\b|\bKofi Annan\b", "IGOUNO"),
    (r"\bEuropean Community\b|\bEuropean common market\b|\bEU\b|\bEuropean Union\b", "IGOEUREEC"),
    (r"\bNATO\b", "IGOWSTNAT"),
    (r"\bArab League\b", "IGOMEAARL"),
]

# GSR (older draft) type -> (draft-0.8 type, row filter or None for all rows of the type).
ALIASES = {
    "YIELD": ("CONCEDE", None),
    "DEMAND": ("REQUEST", None),
    "INVESTIGATE": ("ACCUSE", lambda mode, ctx: mode == "investigate"),
    "DISAPPROVE": ("ACCUSE", lambda mode, ctx: mode in ("disapprove", "allege")),
    "FIGHT": ("ASSAULT", lambda mode, ctx: "military" in ctx),
}
SYMMETRIC_TYPES = {"CONSULT", "AGREE"}


def read_plover_table(path):
    """[(code, type, mode, context)] of every CAMEO code line, each code once."""
    rows, seen = [], set()
    line_re = re.compile(r"^\s*(\d{3,4})\s*:\s*([^#]*)")
    with open(path, encoding="utf-8") as f:
        for line in f:
            m = line_re.match(line)
            if not m:
                continue
            code = m.group(1)
            parts = [p.strip() for p in m.group(2).split(",")]
            parts += [""] * (3 - len(parts))
            if code in seen or not parts[0]:
                continue
            seen.add(code)
            rows.append((code, parts[0].upper(), parts[1].lower(), parts[2].lower()))
    return rows


def read_root_names(path):
    names = {}
    with open(path, newline="", encoding="utf-8") as f:
        for row in csv.DictReader(f):
            code = row["code"].strip()
            if len(code) == 2:
                names[code] = row["name"].strip()
    return names


def build_type_table(rows):
    """GSR type -> {"plover": draft-0.8 type, "root": majority root, "votes": Counter}."""
    types = sorted({t for _, t, _, _ in rows})
    table = {}
    for name in types + sorted(ALIASES):
        plover, keep = ALIASES.get(name, (name, None))
        votes = collections.Counter(
            code[:2] for code, t, mode, ctx in rows if t == plover and (keep is None or keep(mode, ctx)))
        if not votes:
            continue
        # Majority root; a tie (none in draft 0.8) goes to the lower root.
        root = sorted(votes.items(), key=lambda kv: (-kv[1], kv[0]))[0][0]
        table[name] = {"plover": plover, "root": root, "votes": votes}
    return table


def load_iso(path=ISO_JSON):
    try:
        with open(path, encoding="utf-8") as f:
            return {c["alpha_3"] for c in json.load(f)["3166-1"]}
    except OSError:
        return None


class ActorMapper:
    def __init__(self, iso, refine_igo=True):
        self.iso = iso
        self.refine_igo = refine_igo
        self.counts = collections.Counter()
        if iso is not None:
            bad = {k: v for k, v in NON_ISO.items() if v not in iso}
            if bad:
                sys.exit("convert_plover_gsr: NON_ISO values not in ISO 3166-1: %s" % bad)

    def code(self, actor, count=True):
        counts = self.counts if count else collections.Counter()
        code = (actor.get("code") or "").strip().upper()
        if code in NON_ISO:
            counts["non-ISO mapped %s->%s" % (code, NON_ISO[code])] += 1
            return NON_ISO[code]
        if code == "IGO" and self.refine_igo:
            text = actor.get("actorText") or ""
            for pattern, igo in IGO_BY_NAME:
                if re.search(pattern, text):
                    counts["IGO refined ->%s" % igo] += 1
                    return igo
            counts["IGO kept bare (%s)" % text.strip()] += 1
            return code
        if code.startswith("IGO") or code in KEEP:
            counts["kept %s" % code] += 1
            return code
        if self.iso is not None and code not in self.iso:
            counts["unknown code kept %s" % code] += 1
        return code


def actors(value):
    return [a for a in value if isinstance(a, dict) and a.get("code")] if isinstance(value, list) else []


def markup(record):
    info = record.get("textInfo")
    if isinstance(info, dict):
        return info.get("markup") or ""
    return info if isinstance(info, str) else ""


def convert(records, table, mapper, stats):
    out, seen_ids = [], collections.Counter()
    for r in records:
        stats["records"] += 1
        gsr_type = (r.get("event") or "").strip().upper()
        if gsr_type == "DOCUMENT":
            stats["skipped: DOCUMENT record"] += 1
            continue
        sources = actors(r.get("source"))
        if not sources:
            stats["skipped: no source"] += 1
            continue
        if gsr_type not in table:
            stats["skipped: unmapped type %s" % gsr_type] += 1
            continue
        entry = table[gsr_type]
        targets = actors(r.get("target"))
        if r.get("target") not in (None, "") and not isinstance(r.get("target"), list):
            stats["note: non-list target read as none"] += 1

        def ev(s, t, symmetric):
            e = {"source": mapper.code(s), "target": mapper.code(t) if t else None,
                 "root": entry["root"], "plover": entry["plover"]}
            if s.get("sector"):
                e["source_sector"] = s["sector"]
            if t and t.get("sector"):
                e["target_sector"] = t["sector"]
            e["symmetric"] = symmetric
            return e

        src_codes = {mapper.code(a, count=False) for a in sources}
        same_set = not targets or {mapper.code(a, count=False) for a in targets} == src_codes
        events = []
        if "SRC/TAR" in markup(r) and same_set and len(sources) >= 2:
            stats["symmetric: %s" % gsr_type] += 1
            for a, b in itertools.combinations(sources, 2):
                events.append(ev(a, b, True))
        else:
            for s in sources:
                for t in (targets or [None]):
                    events.append(ev(s, t, False))
        unique, keys = [], set()
        for e in events:
            k = (e["source"], e["target"], e["root"])
            if e["symmetric"]:
                k = (tuple(sorted((e["source"], e["target"] or ""))), e["root"])
            if k not in keys:
                keys.add(k)
                unique.append(e)
        rid = r.get("id") or "PLOVER-GSR-%d" % stats["records"]
        seen_ids[rid] += 1
        if seen_ids[rid] > 1:
            stats["note: duplicate id renamed"] += 1
            rid = "%s#%d" % (rid, seen_ids[rid])
        stats["converted"] += 1
        stats["events"] += len(unique)
        stats["type %s" % gsr_type] += 1
        out.append({"id": rid, "lang": "en", "published": r.get("date"), "text": r.get("text", ""),
                    "events": unique, "gsr_event": gsr_type,
                    "note": "PLOVER GSR (Open Event Data Alliance, CC BY-SA 4.0): %s" % markup(r)})
    return out


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("gsr", nargs="?", default=DEFAULT_GSR)
    ap.add_argument("-o", "--output", default=DEFAULT_OUT)
    ap.add_argument("--reference", default=DEFAULT_REF)
    ap.add_argument("--bare-igo", action="store_true", help="keep the GSR's bare IGO code")
    ap.add_argument("-v", "--verbose", action="store_true", help="print the type table and actor mappings")
    args = ap.parse_args()

    rows = read_plover_table(os.path.join(args.reference, "cameo_to_plover.txt"))
    table = build_type_table(rows)
    root_names = read_root_names(os.path.join(args.reference, "cameo_codes.csv"))
    with open(args.gsr, encoding="utf-8") as f:
        records = json.load(f)
    mapper = ActorMapper(load_iso(), refine_igo=not args.bare_igo)
    stats = collections.Counter()
    docs = convert(records, table, mapper, stats)
    os.makedirs(os.path.dirname(os.path.abspath(args.output)), exist_ok=True)
    with open(args.output, "w", encoding="utf-8") as f:
        for d in docs:
            f.write(json.dumps(d, ensure_ascii=False) + "\n")

    err = sys.stderr
    if args.verbose:
        print("type table (GSR type -> draft-0.8 type, root, votes):", file=err)
        for name in sorted(table):
            e = table[name]
            votes = " ".join("%s:%d" % kv for kv in sorted(e["votes"].items()))
            print("  %-12s %-9s %s %-26s %s" % (name, e["plover"], e["root"], root_names.get(e["root"], ""), votes),
                  file=err)
        print("actor codes (counted per event end):", file=err)
        for k, n in sorted(mapper.counts.items()):
            print("  %4d %s" % (n, k), file=err)
    for k in ["records", "converted", "events"] + sorted(k for k in stats if k not in ("records", "converted", "events")):
        print("%-40s %d" % (k, stats[k]), file=err)
    print("wrote %s" % os.path.relpath(args.output), file=err)


if __name__ == "__main__":
    main()
