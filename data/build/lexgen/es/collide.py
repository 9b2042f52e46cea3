#!/usr/bin/python3
"""Check, not a generator: pattern words of data/lexicons/es/{events,refine}.tsv whose Snowball stem
(after lemmas.tsv) is shared with unrelated words of the es_ES hunspell list (Debian hunspell-es).
Usage: collide.py [LEXICON_DIR] (default: data/lexicons/es of this repository)"""
import os, re, sys, collections
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from conj import stem
LEX = sys.argv[1] if len(sys.argv) > 1 else os.path.join(HERE, '..', '..', '..', 'lexicons', 'es')
lem = {}
for l in open(os.path.join(LEX, 'lemmas.tsv'), encoding='utf-8'):
    if l.startswith('#') or '\t' not in l: continue
    a,b = l.rstrip('\n').split('\t'); lem[a]=b
def key(w): return stem(lem.get(w, w))
words = set()
for f in ['events.tsv','refine.tsv']:
    for l in open(os.path.join(LEX, f), encoding='utf-8'):
        if l.startswith('#') or '\t' not in l: continue
        ph = l.split('\t')[1 if f=='refine.tsv' else 0]
        for el in ph.split(' '):
            for a in el.split('|'):
                if a.startswith('=') or a.startswith('*') or not a: continue
                words.add(a.lstrip('~').lower())
dic = set()
for l in open('/usr/share/hunspell/es_ES.dic', encoding='utf-8', errors='ignore'):
    w = l.split('/')[0].strip()
    if w and w.islower(): dic.add(w)
bystem = collections.defaultdict(set)
for w in dic: bystem[key(w)].add(w)
for w in sorted(words):
    k = key(w)
    others = sorted(x for x in bystem.get(k, ()) if x[:3] != w[:3] or len(k) <= 4)
    if others and (len(k) <= 4 or any(x[:len(k)+1] != w[:len(k)+1] for x in others)):
        print(f'{w} [{k}]: {" ".join(others[:15])}')
