#!/usr/bin/env python3
"""Checks dyad's actor data (python3 standard library only).

    python3 data/build/check_actors.py [--verbose]

Files checked, for every language folder that has them:
  data/lexicons/<lang>/countries.tsv   phrase, ISO alpha-3, kind name|capital (generated)
  data/lexicons/<lang>/demonyms.tsv    phrase, ISO alpha-3, kind adj|demonym (curated)
  data/lexicons/<lang>/metonyms.tsv    phrase, ISO alpha-3, kind (seats of government), if present
  data/lexicons/<lang>/igos.tsv        phrase, IGO code
  data/lexicons/common/monarchies.txt  ISO alpha-3
  data/geo/capitals.tsv                iso3, name, lat, lon, geonameid, population

Rules: TAB-separated with the exact number of fields; valid ISO 3166-1 alpha-3 (plus XKX, Kosovo);
within one language a phrase (compared as folded tokens, the way the lexicon tokenises it) maps to one
country over countries.tsv + demonyms.tsv (+ metonyms.tsv) together, and to one code in igos.tsv; no phrase is listed
twice in one file; IGO codes not in the reference table are documented in the file's header; single-token
acronyms that are ordinary lower-case words of the language (hunspell word list) carry '='; a few
acronyms are never allowed (French "AU", "OR", "ON", German "AU", Portuguese "UMA", Italian "CIG" ...). Languages:
en nl fr de es ar it pt (hunspell de_DE es_ES it_IT pt_PT ar; Arabic has no case, so the acronym test never fires
there and only NEVER_ACRONYMS applies). Exit status 1 on any error.
"""
import json
import os
import re
import sys
import unicodedata
from collections import defaultdict

ROOT = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..'))
LEX = os.path.join(ROOT, 'data', 'lexicons')
ISO_JSON = '/usr/share/iso-codes/json/iso_3166-1.json'
HUNSPELL = {'en': '/usr/share/hunspell/en_US.dic', 'nl': '/usr/share/hunspell/nl.dic',
            'fr': '/usr/share/hunspell/fr.dic', 'de': '/usr/share/hunspell/de_DE.dic',
            'es': '/usr/share/hunspell/es_ES.dic', 'it': '/usr/share/hunspell/it_IT.dic',
            'pt': '/usr/share/hunspell/pt_PT.dic', 'ar': '/usr/share/hunspell/ar.dic'}
EXTRA_CODES = {'XKX'}  # Kosovo: user-assigned, used by the EU and the World Bank
REFERENCE_IGOS = {'IGOUNO', 'IGOUNOREFHCR', 'IGOUNOHLHWHO', 'IGOEUREEC', 'IGOEURCOE', 'IGOWSTNAT', 'IGOAFRAFU',
                  'IGOMEAARL', 'IGOMEAAMU', 'IGOWAFWAS', 'IGOSEAASN', 'IGOMOSOIC', 'IGOCOPITP', 'IGOBUSIMF'}
NEVER_ACRONYMS = {'fr': {'au', 'or', 'on', 'ou', 'un', 'le', 'la', 'des', 'et'},
                  'en': {'or', 'on', 'who', 'us', 'it', 'in', 'as', 'at', 'an', 'am', 'is'},
                  'nl': {'au', 'of', 'en', 'op', 'om', 'de', 'het', 'is', 'in'},
                  'de': {'au', 'und', 'der', 'die', 'das', 'in', 'im', 'an', 'am', 'um', 'es', 'er', 'so', 'zu', 'da',
                         'ob', 'wo', 'ab'},
                  'es': {'de', 'la', 'el', 'en', 'y', 'o', 'un', 'una', 'a', 'al', 'del', 'los', 'las', 'se', 'no',
                         'es', 'lo', 'le'},
                  'it': {'di', 'la', 'il', 'un', 'una', 'e', 'o', 'in', 'da', 'al', 'del', 'che', 'non', 'ci', 'si',
                         'ne', 'se', 'cpi', 'cig', 'pam'},
                  'pt': {'de', 'da', 'do', 'a', 'o', 'e', 'em', 'um', 'uma', 'os', 'as', 'no', 'na', 'ao', 'se',
                         'que', 'por'},
                  'ar': {'في', 'من', 'على', 'إلى', 'الى', 'عن', 'مع', 'أن', 'ان', 'او', 'أو'}}
COUNTRY_KINDS = {'countries.tsv': {'name', 'capital'}, 'demonyms.tsv': {'adj', 'demonym'},
                 'metonyms.tsv': {'name', 'adj', 'demonym', 'capital'}}
VERBOSE = '--verbose' in sys.argv

errors = []
warnings = []


def err(path, line, msg):
    errors.append(f'{os.path.relpath(path, ROOT)}:{line}: {msg}')


def warn(path, line, msg):
    warnings.append(f'{os.path.relpath(path, ROOT)}:{line}: {msg}')


def is_word_char(ch):
    return unicodedata.category(ch)[0] in 'LNM'


def tokens(text):
    """Tokens as data/lexicons/README.md defines them: runs of letters/digits/marks or one punctuation
    character; NFKC-normalised and case-folded."""
    out, cur = [], []
    for ch in unicodedata.normalize('NFKC', text):
        if is_word_char(ch):
            cur.append(ch)
            continue
        if cur:
            out.append(''.join(cur))
            cur = []
        if not ch.isspace():
            out.append(ch)
    if cur:
        out.append(''.join(cur))
    return [t.casefold() for t in out]


def phrase_key(phrase):
    """Folded token key of a phrase; '=' and '~' prefixes are markers, not text."""
    parts = []
    for el in phrase.split(' '):
        if not el:
            continue
        if el[0] in '=~' and len(el) > 1:
            el = el[1:]
        parts.extend(tokens(el))
    return ' '.join(parts)


def read_rows(path, nfields):
    rows = []
    with open(path, encoding='utf-8') as f:
        for n, raw in enumerate(f, 1):
            line = raw.rstrip('\n')
            if line.endswith('\r'):
                err(path, n, 'CR line ending')
                line = line[:-1]
            if not line.strip() or line.lstrip().startswith('#'):
                continue
            fields = line.split('\t')
            if len(fields) != nfields:
                err(path, n, f'expected {nfields} TAB-separated fields, found {len(fields)}: {line!r}')
                continue
            if any(fl != fl.strip() or not fl for fl in fields):
                err(path, n, f'empty field or stray whitespace: {line!r}')
                continue
            rows.append((n, fields))
    return rows


def header_text(path):
    with open(path, encoding='utf-8') as f:
        return ''.join(l for l in f if l.startswith('#'))


def check_phrase(path, n, phrase):
    els = [e for e in phrase.split(' ') if e]
    if not els:
        err(path, n, 'empty phrase')
        return
    if re.fullmatch(r'\*\d*', els[0]) or re.fullmatch(r'\*\d*', els[-1]):
        err(path, n, f'phrase starts or ends with a gap: {phrase!r}')
    if '  ' in phrase:
        err(path, n, f'double space in {phrase!r}')
    if len(phrase_key(phrase).split(' ')) > 32:
        err(path, n, f'more than 32 tokens: {phrase!r}')


def load_hunspell(lang):
    """Lower-case words of the hunspell list; entries flagged ONLYINCOMPOUND or NEEDAFFIX are only parts of
    words (German "bogota/Sozm") and are skipped."""
    words = set()
    path = HUNSPELL.get(lang)
    if not path or not os.path.exists(path):
        return None
    not_alone, flag_type = set(), 'char'
    aff = path[:-4] + '.aff'
    if os.path.exists(aff):
        with open(aff, encoding='utf-8', errors='replace') as f:
            for line in f:
                m = re.match(r'(ONLYINCOMPOUND|NEEDAFFIX|FLAG)\s+(\S+)', line)
                if m and m.group(1) == 'FLAG':
                    flag_type = m.group(2)
                elif m:
                    not_alone.add(m.group(2))

    def split_flags(fl):
        if flag_type == 'long':
            return [fl[i:i + 2] for i in range(0, len(fl), 2)]
        if flag_type == 'num':
            return fl.split(',')
        return list(fl)

    with open(path, encoding='utf-8', errors='replace') as f:
        for line in f:
            entry = re.split(r'[\t ]', line.strip(), maxsplit=1)[0]
            w, _, flags = entry.partition('/')
            if not_alone and any(x in not_alone for x in split_flags(flags)):
                continue
            if w and w == w.lower() and any(c.isalpha() for c in w):
                words.add(unicodedata.normalize('NFC', w))
    return words


def main():
    with open(ISO_JSON, encoding='utf-8') as f:
        iso3 = {c['alpha_3'] for c in json.load(f)['3166-1']} | EXTRA_CODES
    counts = {}
    langs = sorted(d for d in os.listdir(LEX) if os.path.isdir(os.path.join(LEX, d)) and d != 'common')
    for lang in langs:
        # ---- countries.tsv + demonyms.tsv: one country per phrase
        merged = {}  # key -> (code, path, line)
        same_code_dups = defaultdict(int)
        for fname in ('countries.tsv', 'demonyms.tsv', 'metonyms.tsv'):
            path = os.path.join(LEX, lang, fname)
            if not os.path.exists(path):
                continue
            if fname == 'countries.tsv':
                with open(path, encoding='utf-8') as f:
                    first = f.readline()
                if not first.startswith('# generated by data/build/gen_countries.mjs'):
                    err(path, 1, 'first line must be "# generated by data/build/gen_countries.mjs ..."')
            rows = read_rows(path, 3)
            counts[os.path.relpath(path, ROOT)] = len(rows)
            in_file = {}
            for n, (phrase, code, kind) in rows:
                check_phrase(path, n, phrase)
                if code not in iso3:
                    err(path, n, f'not an ISO 3166-1 alpha-3 code: {code}')
                if kind not in COUNTRY_KINDS[fname]:
                    err(path, n, f'kind {kind!r} not allowed here (want {"/".join(sorted(COUNTRY_KINDS[fname]))})')
                if any(c in phrase for c in '|~=') or re.search(r'(^| )\*', phrase):
                    err(path, n, f'pattern syntax in a country phrase: {phrase!r}')
                k = phrase_key(phrase)
                if k in in_file:
                    err(path, n, f'{phrase!r} listed twice in this file (line {in_file[k]})')
                in_file[k] = n
                if k in merged:
                    pcode, ppath, pline = merged[k]
                    if pcode != code:
                        err(path, n, f'{phrase!r} -> {code}, but {os.path.relpath(ppath, ROOT)}:{pline} maps it to {pcode}')
                    elif ppath != path:
                        same_code_dups[path] += 1
                        if VERBOSE:
                            warn(path, n, f'{phrase!r} also in {os.path.basename(ppath)} (same country)')
                else:
                    merged[k] = (code, path, n)
        for dpath, ndup in sorted(same_code_dups.items()):
            warn(dpath, 0, f'{ndup} phrase(s) already in an earlier file with the same country (harmless)')

        # ---- igos.tsv
        path = os.path.join(LEX, lang, 'igos.tsv')
        if os.path.exists(path):
            head = header_text(path)
            hun = load_hunspell(lang)
            if hun is None:
                warn(path, 0, f'no hunspell word list for {lang}: acronym check skipped')
            rows = read_rows(path, 2)
            counts[os.path.relpath(path, ROOT)] = len(rows)
            seen = {}
            for n, (phrase, code) in rows:
                check_phrase(path, n, phrase)
                if not re.fullmatch(r'IGO[A-Z0-9]{3,12}', code):
                    err(path, n, f'IGO codes look like IGOUNO (6-15 capitals/digits), not {code}')
                elif code not in REFERENCE_IGOS and code not in head:
                    err(path, n, f'{code} is not in the reference table and not documented in the header')
                k = phrase_key(phrase)
                if k in seen:
                    pcode, pline = seen[k]
                    if pcode != code:
                        err(path, n, f'{phrase!r} -> {code}, but line {pline} maps it to {pcode}')
                    else:
                        err(path, n, f'{phrase!r} listed twice (line {pline})')
                else:
                    seen[k] = (code, n)
                toks = k.split(' ')
                bare = phrase.lstrip('=~')
                if len(toks) == 1:
                    if toks[0] in NEVER_ACRONYMS.get(lang, ()):
                        err(path, n, f'{phrase!r} is a function word in {lang}: never an acronym')
                    elif hun is not None and bare.isupper() and toks[0] in hun and not phrase.startswith('='):
                        err(path, n, f'acronym {phrase!r} is an ordinary {lang} word: write ={bare} (and be sure)')

    # ---- monarchies
    path = os.path.join(LEX, 'common', 'monarchies.txt')
    if os.path.exists(path):
        rows = read_rows(path, 1)
        counts[os.path.relpath(path, ROOT)] = len(rows)
        seen = set()
        for n, (code,) in rows:
            if code not in iso3:
                err(path, n, f'not an ISO 3166-1 alpha-3 code: {code}')
            if code in seen:
                err(path, n, f'{code} listed twice')
            seen.add(code)

    # ---- capitals
    path = os.path.join(ROOT, 'data', 'geo', 'capitals.tsv')
    if os.path.exists(path):
        if 'CC BY 4.0' not in header_text(path) or 'GeoNames' not in header_text(path):
            err(path, 1, 'header must credit GeoNames, CC BY 4.0')
        rows = read_rows(path, 6)
        counts[os.path.relpath(path, ROOT)] = len(rows)
        seen = set()
        for n, (code, name, lat, lon, gid, pop) in rows:
            if code not in iso3:
                err(path, n, f'not an ISO 3166-1 alpha-3 code: {code}')
            if code in seen:
                err(path, n, f'{code} has two capitals')
            seen.add(code)
            try:
                la, lo = float(lat), float(lon)
                if not (-90 <= la <= 90 and -180 <= lo <= 180):
                    raise ValueError
            except ValueError:
                err(path, n, f'bad coordinates {lat},{lon}')
            if not gid.isdigit():
                err(path, n, f'bad geonameid {gid!r}')
            if not pop.isdigit():
                err(path, n, f'bad population {pop!r}')

    for rel in sorted(counts):
        print(f'{counts[rel]:6d}  {rel}')
    for w in warnings:
        print('warning:', w)
    for e in errors:
        print('error:', e)
    print(f'{len(errors)} error(s), {len(warnings)} warning(s)')
    return 1 if errors else 0


if __name__ == '__main__':
    sys.exit(main())
