#!/usr/bin/env python3
"""Scores dyad on the PLOVER GSR at the PLOVER-type level (and, as a check, at the CAMEO root).

Reads tests/gold/plover_gsr_en.jsonl (made by scripts/convert_plover_gsr.py from the PLOVER
gold-standard records, Open Event Data Alliance, CC BY-SA 4.0), codes its texts with
`dyad code --lang en` and scores (source, target, PLOVER type) with the rule of `dyad eval`:
  - an actor is keyed by its country, or by its code when it has none (as dyad eval does);
  - predictions of one document are deduplicated on (source, target, label);
  - a gold event is a hit when some prediction has its label and its (source, target), or
    (target, source) when the gold event is symmetric; every prediction that hits is used;
  - unused predictions are false positives.
Gold types are the draft-0.8 names the converter writes in each event's "plover" field
(DEMAND -> REQUEST, DISAPPROVE and INVESTIGATE -> ACCUSE, FIGHT -> ASSAULT). dyad events
without a PLOVER type (CAMEO 01 statements and 02 appeals; PLOVER has no type for them) are
left out of the type-level score and counted apart; the root-level score keeps them, so its
figures equal `dyad eval`'s.

The confusion table counts, for each gold event, the PLOVER types of the predictions on the
same dyad (same direction, or either direction for a symmetric gold event): one count per
distinct predicted type, "(no type)" for a CAMEO 01/02 prediction, and "(no dyad)" when no
prediction has that dyad. The diagonal is the hits.

Usage: scripts/score_plover_gsr.py [GOLD] [--dyad BIN] [--lexicon LEX]
  GOLD     default tests/gold/plover_gsr_en.jsonl
  --dyad   default build/dyad (e.g. /tmp/b/dyad for another build)
"""
import argparse
import collections
import json
import os
import subprocess
import sys
import tempfile

REPO = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
NO_TYPE, NO_DYAD = "(no type)", "(no dyad)"


def key(actor):
    if not actor:
        return ""
    return actor.get("country") or actor.get("code") or ""


def code_docs(docs, dyad, lexicon):
    with tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False, encoding="utf-8") as f:
        for d in docs:
            f.write(json.dumps({k: d[k] for k in ("id", "lang", "published", "text")}, ensure_ascii=False) + "\n")
        path = f.name
    try:
        cmd = [dyad, "code", "--lang", "en", "-q", "-f", "jsonl", path]
        if lexicon:
            cmd[2:2] = ["--lexicon", lexicon]
        out = subprocess.run(cmd, check=True, capture_output=True, text=True).stdout
    finally:
        os.unlink(path)
    by_doc = collections.defaultdict(list)
    for line in out.splitlines():
        if line.strip():
            e = json.loads(line)
            by_doc[e["doc_id"]].append(e)
    return by_doc


def score(docs, coded, label_gold, label_pred):
    """Returns (tp, fp, fn, per-label Counter of tp/fp/fn)."""
    tp = fp = fn = 0
    per = collections.defaultdict(collections.Counter)
    for d in docs:
        pred = []
        for e in coded.get(d["id"], []):
            p = (key(e["source"]), key(e.get("target")), label_pred(e))
            if p[2] is not None and p not in pred:
                pred.append(p)
        used = [False] * len(pred)
        for g in d["events"]:
            gs, gt, gl = g["source"], g.get("target") or "", label_gold(g)
            hit = False
            for i, (ps, pt, pl) in enumerate(pred):
                if pl == gl and ((ps, pt) == (gs, gt) or (g.get("symmetric") and (ps, pt) == (gt, gs))):
                    used[i] = hit = True
            if hit:
                tp += 1
                per[gl]["tp"] += 1
            else:
                fn += 1
                per[gl]["fn"] += 1
        for i, (_, _, pl) in enumerate(pred):
            if not used[i]:
                fp += 1
                per[pl]["fp"] += 1
    return tp, fp, fn, per


def prf(tp, fp, fn):
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f


def confusion(docs, coded):
    table = collections.defaultdict(collections.Counter)
    for d in docs:
        events = coded.get(d["id"], [])
        for g in d["events"]:
            gs, gt = g["source"], g.get("target") or ""
            types = set()
            for e in events:
                ps, pt = key(e["source"]), key(e.get("target"))
                if (ps, pt) == (gs, gt) or (g.get("symmetric") and (ps, pt) == (gt, gs)):
                    types.add(e["plover"]["type"] or NO_TYPE)
            for t in types or {NO_DYAD}:
                table[g["plover"]][t] += 1
    return table


def print_scores(title, result, out):
    tp, fp, fn, per = result
    p, r, f = prf(tp, fp, fn)
    print("## %s\n" % title, file=out)
    print("| label | tp | fp | fn | P | R | F1 |\n|---|---|---|---|---|---|---|", file=out)
    for label in sorted(per):
        c = per[label]
        print("| %s | %d | %d | %d | %.3f | %.3f | %.3f |" % ((label, c["tp"], c["fp"], c["fn"]) + prf(c["tp"], c["fp"], c["fn"])),
              file=out)
    print("| **all** | %d | %d | %d | %.3f | %.3f | %.3f |\n" % (tp, fp, fn, p, r, f), file=out)


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("gold", nargs="?", default=os.path.join(REPO, "tests", "gold", "plover_gsr_en.jsonl"))
    ap.add_argument("--dyad", default=os.path.join(REPO, "build", "dyad"))
    ap.add_argument("--lexicon")
    args = ap.parse_args()
    if not os.path.exists(args.dyad):
        sys.exit("score_plover_gsr: no dyad binary at %s (build it or pass --dyad)" % args.dyad)

    with open(args.gold, encoding="utf-8") as f:
        docs = [json.loads(line) for line in f if line.strip()]
    if any("plover" not in g for d in docs for g in d["events"]):
        sys.exit("score_plover_gsr: gold events need a 'plover' type (run scripts/convert_plover_gsr.py)")
    coded = code_docs(docs, args.dyad, args.lexicon)
    out = sys.stdout
    n_pred = sum(len(v) for v in coded.values())
    n_untyped = sum(1 for v in coded.values() for e in v if not e["plover"]["type"])
    print("docs %d, gold events %d, dyad events %d (%d without a PLOVER type, CAMEO 01/02)\n"
          % (len(docs), sum(len(d["events"]) for d in docs), n_pred, n_untyped), file=out)

    print_scores("(source, target, PLOVER type)", score(
        docs, coded, lambda g: g["plover"], lambda e: e["plover"]["type"] or None), out)
    print_scores("(source, target, CAMEO root) -- same rule as dyad eval", score(
        docs, coded, lambda g: g["root"], lambda e: e["root"]), out)

    table = confusion(docs, coded)
    cols = sorted({t for row in table.values() for t in row if t not in (NO_TYPE, NO_DYAD)})
    cols += [c for c in (NO_TYPE, NO_DYAD) if any(c in row for row in table.values())]
    print("## Confusion: gold PLOVER type (rows) vs dyad's type on the same dyad (columns)\n", file=out)
    print("| gold \\ dyad | " + " | ".join(cols) + " |", file=out)
    print("|---" * (len(cols) + 1) + "|", file=out)
    for g in sorted(table):
        print("| %s | " % g + " | ".join(str(table[g][c]) if table[g][c] else "." for c in cols) + " |", file=out)


if __name__ == "__main__":
    main()
