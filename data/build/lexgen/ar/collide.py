#!/usr/bin/python3
"""Check, not a generator: hunspell ar.dic words (Debian hunspell-ar) and actor words that the
lexicon does not list but whose stem equals the key of a one-element event pattern. Usage: collide.py"""
import os, re, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from arsim import Lex, parse_spec, implicit_lexemes, candidates, fold, read_lines, tokenize, inp
lx = Lex()
lexemes = parse_spec(); lexemes += implicit_lexemes(lexemes)
mine = set()
for f, lem, pr in candidates(lexemes): mine.add(fold(f))
# single-element event patterns: stem keys
single = {}
for name, f, els in lx.patterns:
    if name != 'events.tsv' or len(els) != 1: continue
    for k in els[0][1]: single.setdefault(k, []).append(f[0] + ' ' + f[1])
words = set()
for l in open('/usr/share/hunspell/ar.dic', encoding='utf-8', errors='ignore'):
    w = l.split('/')[0].strip()
    if re.fullmatch('[\u0621-\u064a]+', w or ''): words.add(w)
for name in ('agents.tsv','function.tsv','countries.tsv','demonyms.tsv','igos.tsv'):
    for f in read_lines(inp(name)):
        for t in tokenize(f[0]): words.add(fold(t))
out = {}
for w in words:
    if w in mine: continue
    surf, stem, raw = lx.keys(w)
    if stem in single:
        out.setdefault(stem, []).append(w)
for k, ws in sorted(out.items(), key=lambda x: -len(x[1])):
    print(k, '|', single[k][0], '|', len(ws), ' '.join(sorted(ws)[:40]))
