#!/usr/bin/env bash
# dyad query's outputs over a store of the bundled examples: CSV and TSV with a
# header and one parsable row per event (the same events as JSONL), a series
# as CSV, and the filters the table names (sector, place, actor).
set -u
dyad=$1
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fail() { echo "FAIL: $*"; exit 1; }

"$dyad" ingest --quiet --db "$tmp/x.db" examples/ 2> "$tmp/err.txt" || fail "ingest: $(cat "$tmp/err.txt")"
"$dyad" query --db "$tmp/x.db" -f jsonl > "$tmp/all.jsonl" || fail "query jsonl"
"$dyad" query --db "$tmp/x.db" -f csv > "$tmp/all.csv" || fail "query csv"
"$dyad" query --db "$tmp/x.db" -f tsv > "$tmp/all.tsv" || fail "query tsv"
"$dyad" query --db "$tmp/x.db" --series month -f csv > "$tmp/series.csv" || fail "series csv"
"$dyad" query --db "$tmp/x.db" --series month --by dyad -f csv > "$tmp/dyads.csv" || fail "series by dyad"
"$dyad" query --db "$tmp/x.db" --by dyad > /dev/null 2>&1 && fail "--by without --series should be refused"
"$dyad" query --db "$tmp/x.db" --place rabat -f csv > "$tmp/rabat.csv" || fail "place"
"$dyad" query --db "$tmp/x.db" --sector GOV --dyad MAR,FRA -f csv > "$tmp/gov.csv" || fail "sector"
"$dyad" query --db "$tmp/x.db" --actor "gérald darmanin" -f csv > "$tmp/darmanin.csv" || fail "actor"
"$dyad" query --db "$tmp/x.db" --series month -f gdelt > /dev/null 2>&1 && fail "a series as gdelt should be refused"
python3 - "$tmp" <<'PY' || fail "outputs disagree"
import csv, json, sys
d = sys.argv[1]
events = [json.loads(l) for l in open(f"{d}/all.jsonl")]
assert events, "no events stored"
header = ["id", "date", "source", "target", "cameo", "goldstein", "num_mentions", "num_sources", "num_articles",
          "location", "doc_id", "url", "evidence"]
for name, delimiter in (("all.csv", ","), ("all.tsv", "\t")):
    rows = list(csv.reader(open(f"{d}/{name}", newline=""), delimiter=delimiter,
                           quoting=csv.QUOTE_MINIMAL if delimiter == "," else csv.QUOTE_NONE))
    assert rows[0] == header, (name, rows[0])
    assert len(rows) == len(events) + 1, (name, len(rows), len(events))
    for row, e in zip(rows[1:], events):
        assert len(row) == len(header), (name, row)
        assert (row[1], row[4], row[10]) == (e["date"] or "", e["cameo"], e["doc_id"]), (name, row, e)
series = list(csv.reader(open(f"{d}/series.csv", newline="")))
assert series[0] == ["period", "quad_class", "events", "mean_goldstein"], series[0]
assert sum(int(r[2]) for r in series[1:]) == sum(1 for e in events if e["date"]), series
dyads = list(csv.DictReader(open(f"{d}/dyads.csv", newline="")))
assert sum(int(r["events"]) for r in dyads) == sum(1 for e in events if e["date"]), dyads
assert any(r["dyad"] == "MAR-FRA" for r in dyads), dyads
def rows(name):
    return list(csv.DictReader(open(f"{d}/{name}", newline="")))
rabat = rows("rabat.csv")
assert rabat and all(r["location"] == "Rabat" for r in rabat), rabat
gov = rows("gov.csv")
assert any(r["cameo"].startswith("04") for r in gov), gov
assert all("GOV" in r["source"] + r["target"] for r in gov), gov
darmanin = rows("darmanin.csv")
assert darmanin and all(r["source"].startswith("FRA") or r["target"].startswith("FRA") for r in darmanin), darmanin
PY
echo "query formats: ok"
