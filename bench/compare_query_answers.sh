#!/bin/bash
# Compares the answers of two dyad builds, each on its own store of the same input:
#   bench/compare_query_answers.sh OLD_DYAD OLD_DB NEW_DYAD NEW_DB
# All events as JSONL, GDELT (without DATEADDED and SOURCEURL, which depend on
# the time of ingest) and the table; full-text queries in several languages and
# syntaxes; time series; filters. Prints "same" or "DIFF" per query; exit 1 on any DIFF.
set -u
OLD=$1 OLD_DB=$2 NEW=$3 NEW_DB=$4
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fail=0
compare() {
  local label=$1; shift
  "$OLD" query --db "$OLD_DB" "$@" > "$tmp/old" 2>&1
  "$NEW" query --db "$NEW_DB" "$@" > "$tmp/new" 2>&1
  if [[ $label == gdelt* ]]; then
    for f in old new; do cut -f1-59 "$tmp/$f" > "$tmp/$f.cut"; mv "$tmp/$f.cut" "$tmp/$f"; done
  fi
  if cmp -s "$tmp/old" "$tmp/new"; then echo "same  $label ($(wc -l < "$tmp/new") lines)"
  else echo "DIFF  $label"; fail=1; fi
}
all=(--limit 100000000)
compare "jsonl, all events" -f jsonl "${all[@]}"
compare "gdelt, all events" -f gdelt "${all[@]}"
compare "table, all events" "${all[@]}"
for q in police Marokko maroc MAROC président president PRÄSIDENT ägypten مصر الملك ministère \
         '"prime minister"' 'minist*' 'gouvern*' 'police AND arrested' 'police OR polizei' \
         'France NOT Morocco' 'NEAR(president visit, 5)' presidente España espana; do
  compare "text $q" -f jsonl "${all[@]}" --text "$q"
done
compare "series month, dyad MAR,FRA" --dyad MAR,FRA --series month
compare "series week, country USA" --country USA --series week
compare "series day, root 04" --root 04 --series day
compare "country MAR, lang fr" --country MAR --lang fr -f jsonl "${all[@]}"
compare "target FRA, quad 1" --target FRA --quad 1 -f jsonl "${all[@]}"
exit $fail
