#!/bin/sh
# Runs every generator into a temporary directory and compares its output with the committed
# files in data/lexicons/<lang>/. Changes nothing in the repository. Exit status 1 if any differs.
# Usage: data/build/lexgen/verify.sh   (needs /usr/bin/python3 with python3-stemmer)
set -u
HERE=$(cd "$(dirname "$0")" && pwd)
LEX=$(cd "$HERE/../../lexicons" && pwd)
PY=/usr/bin/python3
TMP=$(mktemp -d "${TMPDIR:-/tmp}/lexgen-verify.XXXXXX")
trap 'rm -rf "$TMP"' EXIT
status=0
check() {  # lang file...
  lang=$1; shift
  for f in "$@"; do
    if cmp -s "$TMP/$lang/$f" "$LEX/$lang/$f"; then
      echo "$lang/$f: identical"
    else
      echo "$lang/$f: DIFFERS ($(diff "$TMP/$lang/$f" "$LEX/$lang/$f" | grep -c '^<') lines only in generated, $(diff "$TMP/$lang/$f" "$LEX/$lang/$f" | grep -c '^>') only in committed)"
      status=1
    fi
  done
}
run() {  # lang script [args] -- files...
  lang=$1; script=$2; shift 2
  args=""; while [ "$1" != "--" ]; do args="$args $1"; shift; done; shift
  rm -rf "$TMP/$lang"
  if $PY "$HERE/$lang/$script" "$TMP/$lang" $args >"$TMP/$lang.log" 2>&1; then
    check "$lang" "$@"
  else
    echo "$lang: $script FAILED:"; tail -5 "$TMP/$lang.log"; status=1
  fi
}
run de gen.py -- lemmas.tsv events.tsv
run es gen.py -- events.tsv lemmas.tsv
run it gen_it.py -- lemmas.tsv events.tsv
run pt gen_pt.py -- lemmas.tsv events.tsv
run ar gen.py -- agents.tsv lemmas.tsv
exit $status
