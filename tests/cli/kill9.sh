#!/usr/bin/env bash
# Crash safety of `dyad ingest`: kill -9 in the middle of an ingest, run the
# same command again, and the store must equal the one a clean run gives:
# the same documents and the same events, nothing lost, nothing doubled.
set -u
dyad=$1
tmp=$(mktemp -d)
trap 'kill -9 $pid 2>/dev/null; rm -rf "$tmp"' EXIT
fail() { echo "FAIL: $*"; exit 1; }

# A corpus of 60,000 distinct documents built from the dev gold snippets.
python3 - "$tmp/corpus.jsonl" <<'PY'
import json, sys, glob
snips = [json.loads(l) for f in sorted(glob.glob("tests/gold/*.jsonl")) for l in open(f) if l.strip()]
with open(sys.argv[1], "w") as out:
    for i in range(60000):
        s = snips[i % len(snips)]
        out.write(json.dumps({"id": f"k{i}", "lang": s["lang"], "published": s["published"],
                              "text": s["text"] + f" (ref {i})"}, ensure_ascii=False) + "\n")
PY

count() {
  python3 -c "import sqlite3,sys; c=sqlite3.connect(sys.argv[1]); print(c.execute('select count(*) from documents').fetchone()[0])" "$1" 2>/dev/null || echo 0
}
digest() {
  python3 - "$1" <<'PY'
import hashlib, sqlite3, sys
c = sqlite3.connect(sys.argv[1])
docs = sorted(r[0] for r in c.execute("select content_hash from documents"))
events = sorted(r[0] for r in c.execute("select event_id from events"))
print(len(docs), len(events), hashlib.sha256(("\n".join(docs) + "|" + "\n".join(events)).encode()).hexdigest())
PY
}

"$dyad" ingest -q -j 2 --db "$tmp/clean.db" "$tmp/corpus.jsonl" 2>/dev/null || fail "clean ingest failed"

"$dyad" ingest -q -j 2 --db "$tmp/crash.db" "$tmp/corpus.jsonl" 2>/dev/null &
pid=$!
killed=0
for _ in $(seq 1 3000); do
  n=$(count "$tmp/crash.db")
  if [ "$n" -gt 0 ]; then kill -9 $pid 2>/dev/null && killed=1; break; fi
  kill -0 $pid 2>/dev/null || break
  sleep 0.01
done
wait $pid 2>/dev/null
[ "$killed" = 1 ] || fail "ingest ended before it could be killed (test corpus too small for this machine)"
partial=$(count "$tmp/crash.db")
echo "killed with $partial of 60000 documents stored"
[ "$partial" -lt 60000 ] || fail "the kill came after the last batch"
"$dyad" ingest -q -j 2 --db "$tmp/crash.db" "$tmp/corpus.jsonl" 2>/dev/null || fail "second ingest failed"
clean=$(digest "$tmp/clean.db")
crash=$(digest "$tmp/crash.db")
echo "clean run:  $clean"
echo "after kill: $crash"
[ "$clean" = "$crash" ] || fail "stores differ"
echo "kill -9: 1 passed, 0 failed"
