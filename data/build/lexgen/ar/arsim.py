#!/usr/bin/python3
"""Simulates dyad's Arabic token keys (surface, stem) for the ar lexicon files, and
generates lemmas.tsv from lexemes.txt. Usage:
  arsim.py gen OUT_DIR  write OUT_DIR/lemmas.tsv (gen.py in this directory is the usual entry point)
  arsim.py keys W..     show keys of words and which event/refine pattern elements they match
  arsim.py cov          pattern words whose clitic forms do not reach the pattern's key
  arsim.py strip        hunspell (ar.dic) words that the clitic stripping turns into a short lexicon word
Inputs: lexemes.txt (this directory), data/lexicons/ar/*.tsv (language, events, refine, agents, ...)
and data/geo/places.tsv of this repository.
"""
import sys, os, re, unicodedata
import Stemmer
SRC = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(os.path.join(SRC, '..', '..', '..', '..'))
AR = os.path.join(ROOT, 'data', 'lexicons', 'ar')
GEO = os.path.join(ROOT, 'data', 'geo', 'places.tsv')
# input files read from elsewhere than AR (gen.py points agents.tsv at the freshly generated one)
OVERRIDE = {}
# when set, replaces the prefix_clitics list of language.tsv (see README.md: the committed
# lemmas.tsv was generated while the list still had plain ولل|لل)
CLITICS = None

def inp(name):
    return OVERRIDE.get(name) or os.path.join(AR, name)
st = Stemmer.Stemmer('arabic')

HARAKAT = re.compile('[\u064b-\u065f\u0670\u0640]')

def fold(s):
    # as the coder's text::Fold: NFKC case fold, Arabic harakat and tatweel dropped
    return HARAKAT.sub('', unicodedata.normalize('NFKC', s).casefold())

def tokenize(s):
    out = []; cur = ''
    for ch in s:
        cat = unicodedata.category(ch)
        if ch.isalnum() or cat[0] in 'LMN' and cat != 'No' or cat in ('Mn', 'Mc', 'Me', 'Lm'):
            cur += ch
        else:
            if cur: out.append(cur); cur = ''
            if not ch.isspace(): out.append(ch)
    if cur: out.append(cur)
    return out

def read_lines(path):
    if not os.path.exists(path): return []
    out = []
    for l in open(path, encoding='utf-8'):
        l = l.rstrip('\n').strip()
        if not l or l.startswith('#'): continue
        out.append([x.strip() for x in l.split('\t')])
    return out

def load_lemmas():
    lem = {}
    for f in read_lines(inp('lemmas.tsv')):
        lem[fold(f[0])] = fold(f[1])
    return lem

class Lex:
    def __init__(self, lemmas=None):
        self.lemmas = load_lemmas() if lemmas is None else lemmas
        self.clitics = []  # (clitic, replacement), longest clitic first, as the coder sorts them
        for f in read_lines(inp('language.tsv')):
            if f[0] == 'prefix_clitics':
                # "لل>ال": the clitic is replaced (ل + ال is written لل), as TokenAnalyzer::Keys does
                pairs = [tuple(fold(x) for x in c.split('>', 1)) if '>' in c else (fold(c), '') for c in (CLITICS or f[1]).split('|')]
                self.clitics = sorted(pairs, key=lambda p: -len(p[0].encode()))
        self.vocab = set()
        self.patterns = []  # (file, line text, code, elements) elements: list of (surfaces set, stems set)
        for name, stem_default, pfield in [('events.tsv', True, 0), ('refine.tsv', True, 1), ('agents.tsv', False, 0),
                                          ('function.tsv', False, 0), ('countries.tsv', False, 0), ('demonyms.tsv', False, 0),
                                          ('metonyms.tsv', False, 0), ('igos.tsv', False, 0), ('days.tsv', False, 0)]:
            for f in read_lines(inp(name)):
                els = self.add_pattern(f[pfield], stem_default)
                if name in ('events.tsv', 'refine.tsv'):
                    self.patterns.append((name, f, els))
        self.event_stems = set()
        for name, f, els in self.patterns:
            if name == 'events.tsv':
                for ss, sk in els: self.event_stems |= sk
        if os.path.exists(GEO):
            for l in open(GEO, encoding='utf-8'):
                f = l.rstrip('\n').split('\t')
                if len(f) < 9: continue
                for alias in f[8].split('|'):
                    if re.search('[\u0600-\u06ff]', alias):
                        for t in tokenize(alias):
                            self.vocab.add(fold(t))

    def key(self, folded, stem):
        if not stem: return folded
        return st.stemWord(self.lemmas.get(folded, folded))

    def add_pattern(self, phrase, stem_default):
        els = []
        for el in phrase.split(' '):
            if not el or (el[0] == '*' and len(el) <= 3): continue
            alts = el.split('|')
            e = (set(), set())
            for alt in alts:
                stem = stem_default
                if alt[0] in '~=':
                    stem = alt[0] == '~'; alt = alt[1:]
                toks = [t for t in tokenize(alt)]
                if len(alts) == 1 and len(toks) > 1:
                    for t in toks:
                        k = self.key(fold(t), stem); self.vocab.add(k)
                        els.append(({k}, set()) if not stem else (set(), {k}))
                    e = None
                    break
                for t in toks:
                    k = self.key(fold(t), stem); self.vocab.add(k)
                    (e[1] if stem else e[0]).add(k)
            if e is not None: els.append(e)
        return els

    def keys(self, raw):
        word = fold(raw)
        surf = word if word in self.vocab else None
        if surf is None:
            for c, put in self.clitics:
                if len(word.encode()) <= len(c.encode()) + 2 or not word.startswith(c): continue
                rest = put + word[len(c):]
                if rest in self.vocab:
                    word = rest; surf = rest; break
        stem = st.stemWord(self.lemmas.get(word, word))
        return surf, (stem if stem in self.vocab else None), stem

    def matches(self, raw):
        surf, stem, rawstem = self.keys(raw)
        hits = []
        for name, f, els in self.patterns:
            for i, (ss, sk) in enumerate(els):
                if (surf and surf in ss) or (stem and stem in sk):
                    hits.append((name, i, f[0] if name == 'events.tsv' else f[1], f[1] if name == 'events.tsv' else f[2]))
        return surf, rawstem, hits

HAMZA = str.maketrans({'أ': 'ا', 'إ': 'ا', 'آ': 'ا'})

def spelling_variants(w):
    vs = {w, w.translate(HAMZA)}
    for v in list(vs):
        if v.endswith('ي'): vs.add(v[:-1] + 'ى')
        if v.endswith('ى'): vs.add(v[:-1] + 'ي')
        if v.endswith('ة'): vs.add(v[:-1] + 'ه')
    return vs

SUFFIX = ['ه', 'ها', 'هم', 'هما']

def parse_spec():
    lexemes = []
    for l in open(os.path.join(SRC, 'lexemes.txt'), encoding='utf-8'):
        l = l.strip()
        if not l or l.startswith('#'): continue
        p = l.split()
        kind, lemma, rest = p[0], p[1], p[2:]
        excl = {x[1:] for x in rest if x.startswith('-')}
        extra = [x[1:] for x in rest if x.startswith('+')]
        rest = [x for x in rest if x[0] not in '-+']
        verbs, pres_forms, nouns = [], [], []
        if kind == 'V':
            past, pres = rest[0], rest[1]
            verbs = [past, past + 'ت', past + 'وا', past + 'ا', past + 'تا', past + 'نا'] + [past + s for s in SUFFIX[:3]] + [past + 'ت' + s for s in SUFFIX[:3]]
            pres_forms = [x + pres for x in 'يتن'] + ['ي' + pres + 'ون', 'ت' + pres + 'ون', 'ي' + pres + 'ان', 'ت' + pres + 'ان'] + [x + pres + s for x in 'يت' for s in SUFFIX[:2]]
            pres_forms += [x for x in extra if x[0] in 'يتن']
            verbs += [x for x in extra if x[0] not in 'يتن']
        elif kind == 'W':
            for x in rest:
                (pres_forms if x[0] in 'يتن' and x != lemma else verbs).append(x)
        elif kind == 'N':
            base = [lemma] + rest
            for i, n in enumerate(base):
                nouns.append(n)
                if n.endswith('ة'):
                    if i == 0: nouns += [n[:-1] + 'ت' + s for s in SUFFIX] + [n[:-1] + 'تان', n[:-1] + 'تين']
                elif n.endswith('ات'):
                    nouns += [n + s for s in SUFFIX]
                else:
                    if i == 0: nouns += [(n[:-1] + 'ا' if n.endswith('ى') else n) + s for s in SUFFIX]
                    if not n.endswith(('ا', 'ى', 'ء')): nouns.append(n + 'ا')
        verbs = [v for v in verbs if v not in excl]
        pres_forms = [v for v in pres_forms if v not in excl]
        nouns = [v for v in nouns if v not in excl]
        lexemes.append((kind, lemma, verbs, pres_forms, nouns))
    return lexemes

def candidates(lexemes):
    """-> list of (form, lemma, priority) ; priority 0 = bare word, 1 = clitic-derived, 2 = future"""
    out = []
    for kind, lemma, verbs, pres, nouns in lexemes:
        for v in verbs + pres:
            out.append((v, lemma, 0, True))
            objsuf = any(v.endswith(x) for x in SUFFIX) and v != lemma
            for c in (('و',) if objsuf else ('و', 'ف')):
                out.append((c + v, lemma, 1, False))
        for v in pres:
            for c in ('ل', 'ول'):
                out.append((c + v, lemma, 1, False))
            for c in ('س', 'وس'):
                out.append((c + v, 'سوف', 2, False))
        for n in nouns:
            out.append((n, lemma, 0, True))
            suffixed = kind != 'I' and any(n.endswith(s) for s in SUFFIX) and n != lemma and len(n) > len(lemma)
            for c in (('و', 'ب', 'ل') if suffixed else ('و', 'ب', 'ل', 'وب', 'ول')):
                out.append((c + n, lemma, 1, False))
            if not suffixed and not n.startswith('ال'):
                a = 'ال' + n
                out.append((a, lemma, 1, True))
                for c in ('و', 'ب', 'وب'):
                    out.append((c + a, lemma, 1, c == 'و'))
                for c in ('لل', 'ولل'):
                    out.append((c + n, lemma, 1, False))
    res = []
    for f, lem, pr, final_variants in out:
        vs = spelling_variants(f) if final_variants else {f, f.translate(HAMZA)}
        for v in vs:
            res.append((v, lem, pr))
    return res

STOP = {fold(w) for w in 'من في على إلى الى عن مع بين ضد لدى حتى عبر حول بشأن نحو قبل بعد خلال أمام ذات ل ب و'.split()}

def implicit_lexemes(lexemes):
    """every stem-matched word of events.tsv / refine.tsv that the spec does not list: a noun lexeme"""
    known = {fold(l) for _, l, *_ in lexemes}
    lx = Lex({})
    out = []
    for name, f, els in lx.patterns:
        phrase = f[0] if name == 'events.tsv' else f[1]
        for el in phrase.split(' '):
            if not el or el[0] == '*': continue
            for alt in el.split('|'):
                if alt[0] in '=~': continue
                for t in tokenize(alt):
                    w = fold(t)
                    if w in known or w in STOP or len(w) < 2: continue
                    known.add(w)
                    base = w[2:] if w.startswith('ال') and len(w) > 4 else w
                    forms = [base]
                    if not base.endswith(('ا', 'ى', 'ء', 'ة', 'ات')): forms.append(base + 'ا')
                    out.append(('I', w, [], [], forms))
    return out

def gen():
    lexemes = parse_spec()
    lexemes += implicit_lexemes(lexemes)
    cands = candidates(lexemes)
    # resolve conflicts: lowest priority wins; between lexemes of equal priority the first listed wins
    best = {}
    order = {fold(l): i for i, (_, l, *_r) in enumerate(lexemes)}
    order['سوف'] = -1
    conflicts = {}
    for f, lem, pr in cands:
        f = fold(f)
        if f not in best or pr < best[f][1] or (pr == best[f][1] and order[fold(lem)] < order[fold(best[f][0])]):
            if f in best and best[f][1] == pr and best[f][0] != lem: conflicts[f] = (best[f][0], lem)
            best[f] = (lem, pr)
        elif pr == best[f][1] and best[f][0] != lem:
            conflicts[f] = (best[f][0], lem)
    chosen = {f: v[0] for f, v in best.items()}
    def target(lem, lemmas):
        return st.stemWord('سوف') if lem == 'سوف' else st.stemWord(lemmas.get(fold(lem), fold(lem)))
    lemmas = {}
    for it in range(6):
        lx = Lex(lemmas)
        added = 0
        for f, lem in chosen.items():
            if f in lemmas or f == fold(lem): continue
            surf, stem, raw = lx.keys(f)
            if lem == 'سوف' and stem not in lx.event_stems: continue
            if raw != target(lem, lemmas):
                lemmas[f] = fold(lem); added += 1
        if not added: break
    # drop entries that are not needed
    lx = Lex(lemmas)
    for f in list(lemmas):
        lem = lemmas.pop(f)
        lx.lemmas = lemmas
        surf, stem, raw = lx.keys(f)
        if raw != target(lem, lemmas) and not (lem == 'سوف' and stem not in lx.event_stems): lemmas[f] = lem
    # lemmas are not chained by the coder: point every entry at the final lemma
    for f in list(lemmas):
        l = lemmas[f]; n = 0
        while l in lemmas and n < 5: l = lemmas[l]; n += 1
        lemmas[f] = l
    lx = Lex(lemmas)
    for f, lem in sorted(chosen.items()):
        if lem == 'سوف': continue
        surf, stem, raw = lx.keys(f)
        if raw != target(lem, lemmas):
            print('UNFIXABLE', f, lem, '->', surf, raw, file=sys.stderr)
    return lexemes, lemmas, conflicts, chosen

HEAD = """# dyad Arabic lemmas: form<TAB>lemma. GENERATED by arsim.py gen from the lexeme list (lexemes.txt,
# kept with the pack's sources): for every verb and masdar the event patterns use, its inflections
# (past/present persons, object pronouns, plurals, ال and the clitics و ف ب ل ك لل and their
# combinations, hamza-less and ى/ه spellings), the forms whose Snowball (arabic) stem differs from
# the lemma's stem are listed here. The coder strips a clitic only when the rest is a word of
# the lexicon, and inflected forms listed here are not, so clitic forms are listed whole.
# Future forms (س + present: سيزور، ستفرض) go to سوف: they are intentions, coded by the
# explicit future lines at the top of events.tsv, never as done events.
"""

def main():
    if sys.argv[1] == 'gen':
        write_lemmas(sys.argv[2])
    elif sys.argv[1] == 'keys':
        lx = Lex()
        for w in sys.argv[2:]:
            surf, raw, hits = lx.matches(w)
            print(w, 'surf=' + str(surf), 'stem=' + raw, '|', '; '.join('%s %s' % (h[2], h[3]) for h in hits[:6]))
    elif sys.argv[1] == 'cov':
        coverage()
    elif sys.argv[1] == 'strip':
        stripcheck()

def write_lemmas(out_dir):
    lexemes, lemmas, conflicts, chosen = gen()
    with open(os.path.join(out_dir, 'lemmas.tsv'), 'w', encoding='utf-8') as o:
        o.write(HEAD)
        by = {}
        for f, l in lemmas.items(): by.setdefault(l, []).append(f)
        order = [fold(l) for _, l, *_ in lexemes] + ['سوف']
        seen = set()
        for l in order:
            if l in seen or l not in by: continue
            seen.add(l)
            o.write('# ' + l + '\n')
            for f in sorted(by[l], key=lambda x: (len(x), x)):
                o.write(f + '\t' + l + '\n')
    print(len(lemmas), 'lemma entries;', len(conflicts), 'conflicts', file=sys.stderr)
    for f, ls in sorted(conflicts.items()):
        print('conflict', f, ' '.join(ls), file=sys.stderr)

def coverage():
    lx = Lex()
    spec = {fold(l) for _, l, *_ in parse_spec()}
    seen = set()
    for name, f, els in lx.patterns:
        phrase = f[0] if name == 'events.tsv' else f[1]
        for el in phrase.split(' '):
            if not el or el[0] in '*=~': continue
            for alt in el.split('|'):
                if alt[0] in '=~': continue
                for t in tokenize(alt):
                    w = fold(t)
                    if w in seen: continue
                    seen.add(w)
                    target = lx.key(w, True)
                    base = w[2:] if w.startswith('ال') and len(w) > 4 else w
                    forms = {base, 'ال' + base, 'و' + base, 'ب' + base, 'ل' + base, 'لل' + base, 'وال' + base, 'بال' + base}
                    bad = []
                    for x in sorted(forms):
                        s, stem, raw = lx.keys(x)
                        if raw != target: bad.append(x + ':' + raw)
                    if bad:
                        print(('LEX ' if w in spec else '    ') + w + ' -> ' + target + '  ' + ' '.join(bad))


def stripcheck():
    lx = Lex()
    words = set()
    for l in open('/usr/share/hunspell/ar.dic', encoding='utf-8', errors='ignore'):
        w = l.split('/')[0].strip()
        if re.fullmatch('[\u0621-\u064a]+', w or ''): words.add(w)
    out = {}
    for w in words:
        if w in lx.vocab: continue
        surf, stem, raw = lx.keys(w)
        if surf and surf != w and len(surf) <= 3:
            out.setdefault(surf, []).append(w)
    for r, ws in sorted(out.items(), key=lambda x: -len(x[1])):
        print(r, len(ws), ' '.join(sorted(ws)[:25]))

if __name__ == '__main__':
    main()
