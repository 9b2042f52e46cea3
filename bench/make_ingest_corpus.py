#!/usr/bin/python3
"""Writes the ingest benchmark corpus: N unique documents (default 30,000) of 4 to
12 same-language dev gold snippets, each snippet followed by a reference number,
from 50 sites (URLs) over a year of publication dates. Deterministic (seed 5).

    bench/make_ingest_corpus.py [N] > corpus.jsonl
"""
import glob, json, random, sys

n = int(sys.argv[1]) if len(sys.argv) > 1 else 30000
rng = random.Random(5)
by_lang = {}
for f in sorted(glob.glob("tests/gold/*.jsonl")):
    for line in open(f, encoding="utf-8"):
        if line.strip():
            s = json.loads(line)
            by_lang.setdefault(s["lang"], []).append(s["text"])
langs = sorted(by_lang)
for i in range(n):
    lang = langs[i % len(langs)]
    parts = [f"{t} ({rng.randrange(10**6)})" for t in rng.choices(by_lang[lang], k=rng.randint(4, 12))]
    doc = {"id": f"d{i}", "lang": lang, "url": f"https://site{i % 50}.example/news/{i}",
           "published": f"2024-{1 + i % 12:02d}-{1 + i % 28:02d}", "text": " ".join(parts)}
    sys.stdout.write(json.dumps(doc, ensure_ascii=False) + "\n")
