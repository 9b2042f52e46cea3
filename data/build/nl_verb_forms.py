#!/usr/bin/python3
"""Dutch verb forms for lemmas.tsv: the inflections the Snowball 'dutch' stemmer cannot fold
onto the infinitive (3rd person -t, past -te/-de(n), participles ge-...-t/d, strong pasts,
joined forms of separable verbs), for every verb that data/lexicons/nl/events.tsv stem-matches.

  /usr/bin/python3 data/build/nl_verb_forms.py > /tmp/nl_forms.tsv   # form<TAB>infinitive

Weak verbs follow the spelling rules (stem vowel doubling, v->f, z->s, 't kofschip); strong and
irregular verbs come from the table below (standard Dutch grammar). Only forms not yet in
lemmas.tsv are printed; forms that are also common other words are left out (STOP)."""
import os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
NL = os.path.join(HERE, '..', 'lexicons', 'nl')

# infinitive: (past singular, past plural, participle)
STRONG = {
    'spreken': ('sprak', 'spraken', 'gesproken'), 'breken': ('brak', 'braken', 'gebroken'),
    'bieden': ('bood', 'boden', 'geboden'), 'komen': ('kwam', 'kwamen', 'gekomen'),
    'nemen': ('nam', 'namen', 'genomen'), 'geven': ('gaf', 'gaven', 'gegeven'),
    'roepen': ('riep', 'riepen', 'geroepen'), 'wijzen': ('wees', 'wezen', 'gewezen'),
    'vallen': ('viel', 'vielen', 'gevallen'), 'vechten': ('vocht', 'vochten', 'gevochten'),
    'trekken': ('trok', 'trokken', 'getrokken'), 'schieten': ('schoot', 'schoten', 'geschoten'),
    'sluiten': ('sloot', 'sloten', 'gesloten'), 'zoeken': ('zocht', 'zochten', 'gezocht'),
    'brengen': ('bracht', 'brachten', 'gebracht'), 'vragen': ('vroeg', 'vroegen', 'gevraagd'),
    'bieden': ('bood', 'boden', 'geboden'), 'werpen': ('wierp', 'wierpen', 'geworpen'),
    'drijven': ('dreef', 'dreven', 'gedreven'), 'dringen': ('drong', 'drongen', 'gedrongen'),
    'laten': ('liet', 'lieten', 'gelaten'), 'slaan': ('sloeg', 'sloegen', 'geslagen'),
    'steken': ('stak', 'staken', 'gestoken'), 'blazen': ('blies', 'bliezen', 'geblazen'),
    'schenden': ('schond', 'schonden', 'geschonden'), 'schenken': ('schonk', 'schonken', 'geschonken'),
    'heffen': ('hief', 'hieven', 'geheven'), 'wegen': ('woog', 'wogen', 'gewogen'),
    'vangen': ('ving', 'vingen', 'gevangen'), 'krijgen': ('kreeg', 'kregen', 'gekregen'),
    'helpen': ('hielp', 'hielpen', 'geholpen'), 'zenden': ('zond', 'zonden', 'gezonden'),
    'dwingen': ('dwong', 'dwongen', 'gedwongen'), 'wijten': ('weet', 'weten', 'geweten'),
    'prijzen': ('prees', 'prezen', 'geprezen'), 'treffen': ('trof', 'troffen', 'getroffen'),
    'zeggen': ('zei', 'zeiden', 'gezegd'), 'houden': ('hield', 'hielden', 'gehouden'),
    'staan': ('stond', 'stonden', 'gestaan'), 'gaan': ('ging', 'gingen', 'gegaan'),
    'doen': ('deed', 'deden', 'gedaan'), 'grijpen': ('greep', 'grepen', 'gegrepen'),
    'treden': ('trad', 'traden', 'getreden'), 'vriezen': ('vroor', 'vroren', 'gevroren'),
    'vinden': ('vond', 'vonden', 'gevonden'), 'winnen': ('won', 'wonnen', 'gewonnen'),
    'kiezen': ('koos', 'kozen', 'gekozen'), 'sterven': ('stierf', 'stierven', 'gestorven'),
    'zetten': ('zette', 'zetten', 'gezet'), 'leggen': ('legde', 'legden', 'gelegd'),
    'rijden': ('reed', 'reden', 'gereden'), 'sturen': ('stuurde', 'stuurden', 'gestuurd'),
    'denken': ('dacht', 'dachten', 'gedacht'), 'kopen': ('kocht', 'kochten', 'gekocht'),
    'hangen': ('hing', 'hingen', 'gehangen'), 'wenden': ('wendde', 'wendden', 'gewend'),
}
SEPARABLE = ['gevangen', 'uiteen', 'bijeen', 'overeen', 'binnen', 'samen', 'terug', 'tegen', 'geluk', 'dood',
             'neer', 'stop', 'aan', 'af', 'bij', 'in', 'mee', 'op', 'toe', 'uit', 'vrij', 'weg', 'door', 'om', 'over']
INSEPARABLE = ['onder', 'ver', 'ont', 'her', 'mis', 'be', 'ge', 'er']
# loan verbs in -eren stress -eer- (arresteert); native ones do not (weigert, belegert)
LOAN_EREN = set('''arresteren annexeren arriveren bekritiseren kritiseren blokkeren bombarderen capituleren confisqueren
demonstreren deporteren feliciteren intensiveren liquideren mobiliseren protesteren ratificeren reageren stationeren
telefoneren investeren annuleren evacueren escaleren saboteren negeren accepteren respecteren patrouilleren
sanctioneren financieren coördineren informeren consulteren riposteren garanderen formuleren condoleren marcheren
exporteren importeren doneren boycotten interneren isoleren controleren executeren sommeren trotseren'''.split())
# words that only look prefixed
NOT_PREFIXED = {'bellen', 'investeren', 'intensiveren', 'ondertekenen', 'onderhandelen', 'onderdrukken', 'overleggen',
                'geven', 'gebruiken', 'wegen', 'werken', 'openen'}
STEM_OVERRIDE = {'tekenen': 'teken', 'ondertekenen': 'onderteken', 'aantekenen': 'aanteken',
                 'onderhandelen': 'onderhandel', 'mishandelen': 'mishandel', 'wisselen': 'wissel',
                 'uitwisselen': 'uitwissel', 'gijzelen': 'gijzel', 'versoepelen': 'versoepel',
                 'veroveren': 'verover', 'onteigenen': 'onteigen', 'ontmantelen': 'ontmantel',
                 'leveren': 'lever', 'opleveren': 'oplever', 'verbeteren': 'verbeter', 'overleggen': 'overleg',
                 'beëindigen': 'beëindig', 'veroordelen': 'veroordeel',
                 'komen': 'kom', 'delen': 'deel', 'uitdelen': 'uitdeel', 'betalen': 'betaal'}
NOUNS = set('''aanslagen artilleriebeschietingen autobommen banden beperkingen bermbommen besprekingen betrekkingen
blauwhelmen bloedbaden bombardementen bommen consulaten contacten cyberaanvallen diplomaten dreigementen droneaanvallen
explosieven exportbeperkingen gedachten gesprekken gevechten gevechtsvliegtuigen gevolgen granaten handelsbeperkingen
handelsbesprekingen handelsgesprekken handelsonderhandelingen hulpgoederen importbeperkingen inlichtingen
invoerbeperkingen journalisten klachten legeroefeningen leningen luchtaanvallen luchtafweersystemen luchtbombardementen
luchtmachtoefeningen luchtverdedigingssystemen marineoefeningen massamoorden massaprotesten medeleven militairen miljoen
misnoegen netwerken oefeningen onderhandelingen ongenoegen ongeregeldheden pantservoertuigen protesten raketten
reisbeperkingen rellen schilden slachtpartijen soldaten stakingen strafmaatregelen strijdkrachten troepen uitzettingen
vredesgesprekken vredesonderhandelingen vredestroepen vuurgevechten wapenleveringen wapensystemen waterkanonnen binnen
bijeen overeen samen tegen tussen uiteen leven kondigen wegen'''.split())
# forms that are also frequent other words
STOP = {'staken', 'vroeg', 'uit', 'op', 'af', 'aan', 'in', 'wegen', 'weten', 'reden', 'zei', 'legde', 'bood', 'boden',
        'gaf', 'viel', 'won', 'meet', 'deed', 'gaan', 'doen', 'ging', 'kwam', 'nam', 'zette', 'zetten', 'sloten',
        'bieden', 'helpt', 'houdt', 'wil', 'gevangen', 'getroffen', 'gesloten', 'verloren', 'kreeg', 'voert', 'stelt',
        'geweten', 'gelegd', 'gekozen', 'gedacht', 'gekocht', 'gebracht', 'gegeven', 'gekomen', 'gedaan', 'gegaan',
        'gestaan', 'gezegd', 'gehouden', 'gevonden', 'gewonnen', 'gesproken', 'genomen', 'geroepen', 'gewezen', 'gevallen',
        'gereden', 'gewend', 'treden', 'tegen', 'teken', 'stel', 'laat', 'open', 'opent'}


def weak_stem(inf):
    if inf.endswith('eren') and any(l.endswith(inf) for l in LOAN_EREN):
        inf = next(l for l in LOAN_EREN if l.endswith(inf))
    if inf in STEM_OVERRIDE:
        return STEM_OVERRIDE[inf], STEM_OVERRIDE[inf][-1]
    x = inf[:-2]
    last = x[-1]
    if len(x) >= 2 and x[-1] == x[-2] and x[-1] not in 'aeiou':
        x = x[:-1]
    elif inf in LOAN_EREN:
        x = x[:-2] + 'eer'  # loan verbs stress -eer-: arresteren -> arresteer
    elif (len(x) >= 3 and x[-2] in 'aeou' and x[-3] not in 'aeiouij' and x[-1] not in 'aeiou'
          and len(re.findall('[aeiouij]+', x)) == 1):
        x = x[:-1] + x[-2] + x[-1]  # open syllable of a one-syllable stem: maken -> maak
    if x.endswith('v'): x = x[:-1] + 'f'
    if x.endswith('z'): x = x[:-1] + 's'
    return x, last


def weak_forms(inf):
    stem, orig_last = weak_stem(inf)
    voiceless = orig_last in 'tkfspx' or stem.endswith('ch')
    past = 'te' if voiceless else 'de'
    pres = stem if stem.endswith('t') else stem + 't'
    part_end = '' if stem[-1] in 'td' else ('t' if voiceless else 'd')
    return pres, stem + past, stem + past + 'n', stem + part_end


def ge(stem_part):
    if stem_part[:1] == 'e': return 'geë' + stem_part[1:]
    if stem_part[:1] == 'i': return 'geï' + stem_part[1:]
    return 'ge' + stem_part


def forms(inf):
    """All forms of `inf` (joined, as in subordinate clauses)."""
    prefix, base, sep = '', inf, False
    if inf not in NOT_PREFIXED and inf not in STRONG:
        for p in SEPARABLE:
            if inf.startswith(p) and len(inf) - len(p) >= 5:
                prefix, base, sep = p, inf[len(p):], True
                break
        else:
            for p in INSEPARABLE:
                if inf.startswith(p) and len(inf) - len(p) >= 4:
                    prefix, base = p, inf[len(p):]
                    break
    out = set()
    if base in STRONG:
        ps, pp, part = STRONG[base]
        pres, _, _, _ = weak_forms(base)
        out |= {prefix + pres, prefix + ps, prefix + pp}
        out.add(prefix + (part if sep or not prefix else part[2:]))  # inseparable: no ge-
    else:
        pres, past, pastpl, part = weak_forms(base)
        out |= {prefix + pres, prefix + past, prefix + pastpl}
        if sep:
            out.add(prefix + ge(part))
        elif prefix or (inf in NOT_PREFIXED and re.match('(be|ge|ver|ont|her|er|onder|over|mis)', inf)
                        and inf not in ('bellen', 'werken', 'wegen', 'investeren', 'intensiveren')):
            out.add(prefix + part)  # inseparable or unstressed first syllable: no ge-
        else:
            out.add(ge(part))
    out.discard(inf)
    return out


def main():
    verbs = set()
    for line in open(os.path.join(NL, 'events.tsv'), encoding='utf-8'):
        if line.startswith('#') or not line.strip(): continue
        for el in line.split('\t')[0].split(' '):
            for alt in el.split('|'):
                alt = alt.lstrip('~')
                if alt.startswith(('=', '*')): continue
                if re.fullmatch(r'[a-zëï]+en', alt) and len(alt) > 4 and alt not in NOUNS: verbs.add(alt)
    known = {l.split('\t')[0] for l in open(os.path.join(NL, 'lemmas.tsv'), encoding='utf-8') if not l.startswith('#')}
    for v in sorted(verbs):
        for f in sorted(forms(v)):
            if f in known or f in STOP or len(f) < 4: continue
            known.add(f)
            print(f'{f}\t{v}')


if __name__ == '__main__':
    main()
