#!/usr/bin/python3
"""Expands macros in the events template:
  @verb[:class][!excluded!excluded]  -> =form|=form|... every 3rd-person/1pl form, infinitive,
                                        gerund, participles and enclitic infinitives of the verb,
                                        minus the excluded surfaces
  %verb[:class]                       -> =form|... future and conditional forms only
  alternatives may be joined with |, e.g. @criticar!crítica|=críticas
"""
import os, re, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from conj import conjugate

def forms(verb, kinds=None, excl=()):
    inf, _, ch = verb.partition(':')
    c = conjugate(inf, ch or None)
    out = []
    for k, v in c.items():
        if kinds and k not in kinds: continue
        for f in v:
            if f in excl or f in out: continue
            out.append(f)
    return out

VERBS=set()
def expand_token(tok):
    alts = tok.split('|')
    res = []
    for a in alts:
        if a.startswith('@') or a.startswith('%'):
            body = a[1:]
            parts = body.split('!')
            verb, excl = parts[0], set(parts[1:])
            kinds = ('fut', 'cond') if a[0] == '%' else ('inf','ger','part','pres','pret','impsubj','impf','fut','cond','subj','clitic')
            if a[0] == '@' and verb.endswith('+'):
                verb = verb[:-1]
            for f in forms(verb, kinds, excl):
                if '=' + f not in res: res.append('=' + f)
        else:
            if ':' in a and not a.startswith('='):
                VERBS.add(a); a = a.split(':')[0]
            elif re.fullmatch(r'[a-záéíóúñü]+(ar|er|ir|ír)', a):
                VERBS.add(a)
            res.append(a)
    return '|'.join(res)

import itertools
def variants(pattern):
    # a token whose alternatives contain '_' phrases becomes several lines: one with the single
    # words, one per phrase
    opts = []
    for t in pattern.split(' '):
        alts = t.split('|')
        single = [a for a in alts if '_' not in a]
        multi = [a.replace('_', ' ') for a in alts if '_' in a]
        o = (['|'.join(single)] if single else []) + multi
        opts.append(o)
    return [' '.join(c) for c in itertools.product(*opts)]

def expand_file(path):
    """-> (text of events.tsv, sorted list of the verbs named in the template, for genlemmas.py)"""
    VERBS.clear()
    out = []
    for line in open(path, encoding='utf-8'):
        line = line.rstrip('\n')
        if not line or line.startswith('#'):
            out.append(line); continue
        f = line.split('\t')
        for v in variants(f[0]):
            g = list(f)
            g[0] = ' '.join(expand_token(t) for t in v.split(' '))
            out.append('\t'.join(g))
    return ''.join(l + '\n' for l in out), sorted(VERBS)


if __name__ == '__main__':
    # expand.py [TEMPLATE [VERBS_OUT]]: events.tsv on stdout; the verb list (input of genlemmas.py)
    # goes to VERBS_OUT when given
    here = os.path.dirname(os.path.abspath(__file__))
    text, verbs = expand_file(sys.argv[1] if len(sys.argv) > 1 else os.path.join(here, 'events.src'))
    sys.stdout.write(text)
    if len(sys.argv) > 2:
        open(sys.argv[2], 'w', encoding='utf-8').write('\n'.join(verbs) + '\n')
