#!/usr/bin/env python3
"""One readable line per event (JSONL on stdin), for golden diffs."""
import json
import sys

for line in sys.stdin:
    e = json.loads(line)
    src, tgt, loc = e["source"], e["target"], e["location"]
    target = f'{tgt["code"]}({tgt["text"]})' if tgt else "-"
    place = f'{loc["canonical"]}/{loc["country"]}' if loc else "-"
    print(f'{e["doc_id"]} {e["cameo"]} {src["code"]}({src["text"]}) -> {target} '
          f'date={e["date"]}{"" if e["date_precision"] == "day" else "~" + e["date_precision"]} loc={place} x{e["mentions"]} | {e["evidence"]["text"]}')
