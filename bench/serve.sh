#!/usr/bin/env bash
# API latency on a store of N synthetic events (default 1 million):
#   bash bench/serve.sh [build] [events]
# Generates the store with dyad_bench_store (kept in /tmp for later runs),
# starts `dyad serve` on a free loopback port, runs dyad_bench_serve against it.
set -euo pipefail
build=${1:-build}
events=${2:-1000000}
db=/tmp/dyad_bench_serve_${events}.db
"$build/bench/dyad_bench_store" --events "$events" --db "$db" >/dev/null
out=$(mktemp)
"$build/dyad" serve --db "$db" --port 0 >"$out" &
pid=$!
trap 'kill $pid 2>/dev/null; rm -f "$out"' EXIT
for _ in $(seq 100); do grep -q http "$out" && break; sleep 0.1; done
url=$(grep -o 'http://[0-9.:]*' "$out")
echo "store: $events events ($db); server: $url"
"$build/bench/dyad_bench_serve" --url "$url" --requests "${REQUESTS:-300}"
