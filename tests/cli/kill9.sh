#!/usr/bin/env bash
# Crash safety of `dyad ingest`: kill -9 in the middle of an ingest, run the
# same command again, and the store must equal the one a clean run gives:
# the same documents and the same events, nothing lost, nothing doubled.
#
#   kill9.sh DYAD            the SQLite store
#   kill9.sh DYAD postgresql the PostgreSQL store in $DYAD_TEST_PG (two fresh
#                            schemas); exit 77 (skipped) when it is not set
set -u
dyad=$1
backend=${2:-sqlite}
tmp=$(mktemp -d)
pid=
schemas=()
cleanup() {
  [ -n "$pid" ] && kill -9 $pid 2>/dev/null
  for s in "${schemas[@]}"; do psql "$DYAD_TEST_PG" -qtA -c "DROP SCHEMA $s CASCADE" >/dev/null 2>&1; done
  rm -rf "$tmp"
}
trap cleanup EXIT
fail() { echo "FAIL: $*"; exit 1; }

if [ "$backend" = postgresql ]; then
  if [ -z "${DYAD_TEST_PG:-}" ]; then
    echo "SKIP: DYAD_TEST_PG is not set (eval \"\$(bash scripts/pg-start)\" starts a server and sets it)"
    exit 77
  fi
  sep='?'; case "$DYAD_TEST_PG" in *\?*) sep='&';; esac
  for name in clean crash; do
    s="dyad_kill9_$$_$name"
    PGOPTIONS="-c client_min_messages=warning" psql "$DYAD_TEST_PG" -v ON_ERROR_STOP=1 -qtA \
      -c "DROP SCHEMA IF EXISTS $s CASCADE; CREATE SCHEMA $s" >/dev/null ||
      fail "DYAD_TEST_PG is set but the server is unreachable"
    schemas+=("$s")
  done
  clean_db="$DYAD_TEST_PG${sep}options=-csearch_path%3D${schemas[0]}"
  crash_db="$DYAD_TEST_PG${sep}options=-csearch_path%3D${schemas[1]}"
else
  clean_db="$tmp/clean.db"
  crash_db="$tmp/crash.db"
fi

# A corpus of distinct documents built from the dev gold snippets: 60,000 for
# SQLite, 15,000 for PostgreSQL (enough: the kill comes after the first stored batch).
total=60000
[ "$backend" = postgresql ] && total=15000
python3 - "$tmp/corpus.jsonl" "$total" <<'PY'
import json, sys, glob
snips = [json.loads(l) for f in sorted(glob.glob("tests/gold/*.jsonl")) for l in open(f) if l.strip()]
with open(sys.argv[1], "w") as out:
    for i in range(int(sys.argv[2])):
        s = snips[i % len(snips)]
        out.write(json.dumps({"id": f"k{i}", "lang": s["lang"], "published": s["published"],
                              "text": s["text"] + f" (ref {i})"}, ensure_ascii=False) + "\n")
PY

# Rows of one query, one per line.
rows() {
  if [ "$backend" = postgresql ]; then
    psql "$1" -qtA -c "$2" 2>/dev/null
  else
    python3 -c "import sqlite3,sys; [print(r[0]) for r in sqlite3.connect(sys.argv[1]).execute(sys.argv[2])]" "$1" "$2" 2>/dev/null
  fi
}
count() {
  local n
  n=$(rows "$1" "select count(*) from documents")
  echo "${n:-0}"
}
digest() {
  { rows "$1" "select content_hash from documents"; echo "|"; rows "$1" "select event_id from events"; } > "$tmp/rows"
  python3 - "$tmp/rows" <<'PY'
import hashlib, sys
docs, events = open(sys.argv[1]).read().split("|\n")
docs, events = sorted(docs.split()), sorted(events.split())
print(len(docs), len(events), hashlib.sha256(("\n".join(docs) + "|" + "\n".join(events)).encode()).hexdigest())
PY
}

"$dyad" ingest -q -j 2 --db "$clean_db" "$tmp/corpus.jsonl" 2>/dev/null || fail "clean ingest failed"

"$dyad" ingest -q -j 2 --db "$crash_db" "$tmp/corpus.jsonl" 2>/dev/null &
pid=$!
killed=0
for _ in $(seq 1 3000); do
  n=$(count "$crash_db")
  if [ "$n" -gt 0 ]; then kill -9 $pid 2>/dev/null && killed=1; break; fi
  kill -0 $pid 2>/dev/null || break
  sleep 0.01
done
wait $pid 2>/dev/null
[ "$killed" = 1 ] || fail "ingest ended before it could be killed (test corpus too small for this machine)"
partial=$(count "$crash_db")
echo "killed with $partial of $total documents stored"
[ "$partial" -lt "$total" ] || fail "the kill came after the last batch"
"$dyad" ingest -q -j 2 --db "$crash_db" "$tmp/corpus.jsonl" 2>/dev/null || fail "second ingest failed"
clean=$(digest "$clean_db")
crash=$(digest "$crash_db")
echo "clean run:  $clean"
echo "after kill: $crash"
[ "$clean" = "$crash" ] || fail "stores differ"
echo "kill -9 ($backend): 1 passed, 0 failed"
