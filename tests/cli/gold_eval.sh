#!/usr/bin/env bash
# Scores the dev gold sets and fails if any language falls under the floor
# below: a regression guard set just under the figures in docs/accuracy.md,
# not the targets (P >= 0.85, R >= 0.80), which are not reached yet.
set -u
dyad=$1
floor_p=${DYAD_GOLD_FLOOR_P:-0.72}
floor_r=${DYAD_GOLD_FLOOR_R:-0.45}
# External benchmarks converted into the same format (tests/gold/plover_gsr_*.jsonl, see
# docs/accuracy.md) are not dev gold and have no floor here.
gold=()
for f in tests/gold/*.jsonl; do case $f in */plover_gsr_*) ;; *) gold+=("$f") ;; esac; done
out=$("$dyad" eval "${gold[@]}") || { echo "$out"; echo "FAIL: dyad eval failed"; exit 1; }
echo "$out"
echo "$out" | awk -v fp="$floor_p" -v fr="$floor_r" '
  /^lang/ {in_table = 1; next}
  in_table && NF == 0 {exit}
  in_table && $1 != "all" {
    n++
    if ($6 + 0 < fp || $7 + 0 < fr) { printf "FAIL: %s P=%s R=%s under floor P>=%s R>=%s\n", $1, $6, $7, fp, fr; bad++ }
  }
  END { printf "gold floors: %d passed, %d failed\n", n - bad, bad; exit bad > 0 }'
