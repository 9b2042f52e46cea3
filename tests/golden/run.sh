#!/usr/bin/env bash
# Golden whole-document tests: each bundled example under examples/ (and any
# extra input put in tests/golden/) is coded and its events, one readable line
# each, compared with tests/golden/<input name>.expected.
# UPDATE=1 tests/golden/run.sh build/dyad rewrites the expectations (review the diff).
set -u
dyad=$1
dir=$(cd "$(dirname "$0")" && pwd)
pass=0; fail=0
project() { python3 "$dir/project.py"; }
examples="$dir/../../examples"
for input in "$examples"/*.txt "$examples"/*.html "$examples"/*.jsonl "$dir"/*.txt "$dir"/*.html "$dir"/*.jsonl; do
  [ -e "$input" ] || continue
  expected="$dir/$(basename "$input").expected"
  actual=$("$dyad" code --quiet "$input" 2>/dev/null | project)
  if [ "${UPDATE:-0}" = 1 ]; then
    printf '%s\n' "$actual" > "$expected"
    echo "updated $(basename "$expected")"
    continue
  fi
  if diff -u "$expected" <(printf '%s\n' "$actual") > /tmp/golden.diff.$$; then
    pass=$((pass + 1))
  else
    fail=$((fail + 1))
    echo "FAIL: $(basename "$input")"
    cat /tmp/golden.diff.$$
  fi
  rm -f /tmp/golden.diff.$$
done
echo "golden: $pass passed, $fail failed"
[ "$fail" -eq 0 ]
