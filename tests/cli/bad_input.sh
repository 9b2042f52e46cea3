#!/usr/bin/env bash
# The CLI on bad input: bad records are reported with file and line and skipped,
# the good ones are coded, the exit status is non-zero and the summary counts failures.
set -u
dyad=$1
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fail() { echo "FAIL: $*"; exit 1; }

printf '%s\n' '{"id":"ok1","lang":"en","published":"2024-05-01","text":"Moroccan police arrested three French nationals in Tangier."}' \
  '{"id":"broken","text":"no end' \
  '{"id":"ok2","lang":"fr","published":"2024-05-02","text":"Le président français a salué le Maroc."}' > "$tmp/feed.jsonl"
printf 'Rabat \xff\xfe talks\n' > "$tmp/bad.txt"
: > "$tmp/empty.txt"

"$dyad" code --quiet "$tmp/feed.jsonl" "$tmp/bad.txt" "$tmp/empty.txt" > "$tmp/out.jsonl" 2> "$tmp/err.txt"
status=$?
[ "$status" -eq 1 ] || fail "exit status $status, want 1"
grep -q "feed.jsonl:2" "$tmp/err.txt" || fail "no file:line for the broken JSON line"
grep -q "bad.txt: invalid UTF-8 at byte 6" "$tmp/err.txt" || fail "no offset for invalid UTF-8"
grep -q "empty.txt: empty document" "$tmp/err.txt" || fail "empty file not reported"
grep -q "2 documents coded, .* 3 records failed" "$tmp/err.txt" || fail "summary: $(tail -1 "$tmp/err.txt")"
python3 - "$tmp/out.jsonl" <<'PY' || fail "output is not valid JSONL events"
import json, sys
rows = [json.loads(l) for l in open(sys.argv[1])]
ids = {r["doc_id"] for r in rows}
assert "ok1" in ids, ids
for r in rows:
    for k in ("doc_id", "event_id", "date", "source", "target", "cameo", "root", "quad_class", "goldstein",
              "plover", "location", "lang", "sentence", "evidence"):
        assert k in r, k
PY

# A lexicon artifact that is not one is refused with a clear message.
printf 'garbage' > "$tmp/bad.lex"
"$dyad" code --lexicon "$tmp/bad.lex" "$tmp/feed.jsonl" > /dev/null 2> "$tmp/err2.txt"
[ $? -eq 2 ] || fail "bad lexicon: exit status"
grep -q "bad magic number" "$tmp/err2.txt" || fail "bad lexicon: $(cat "$tmp/err2.txt")"

# An unknown output format is a usage error.
"$dyad" code --format yaml "$tmp/feed.jsonl" > /dev/null 2>&1
[ $? -eq 2 ] || fail "unknown format accepted"
echo "bad input: 1 passed, 0 failed"
