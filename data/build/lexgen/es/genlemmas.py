#!/usr/bin/python3
"""lemmas.tsv for data/lexicons/es: every form of the template's verbs whose Snowball (spanish) stem
differs from the infinitive's. Usage: genlemmas.py VERBS_TXT [verb[:class] ...] (lemmas.tsv on stdout);
VERBS_TXT is the verb list written by expand.py. gen.py runs both steps."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from conj import conjugate, stem
NONVERBS = {'militar', 'nuclear', 'malestar', 'estar', 'hablar', 'lugar'}
# classes for verbs that appear without one in the template
EXTRA = {'acordar': 'ue', 'cerrar': 'ie', 'negar': 'ie', 'reforzar': 'ue', 'replegar': 'ie', 'plegar': 'ie',
         'desplegar': 'ie', 'defender': 'ie', 'mostrar': 'ue', 'devolver': 'ue', 'extender': 'ie',
         'invertir': 'ie-i', 'rendir': 'i', 'servir': 'i', 'pedir': 'i', 'advertir': 'ie-i',
         'desmentir': 'ie-i', 'demoler': 'ue', 'disolver': 'ue', 'aprobar': 'ue', 'desaprobar': 'ue',
         'renovar': 'ue', 'rogar': 'ue', 'jugar': 'ue', 'manifestar': 'ie', 'comprometer': None,
         'tener': 'ie', 'mantener': 'ie', 'sostener': 'ie', 'detener': 'ie', 'retener': 'ie',
         'soltar': 'ue', 'encontrar': 'ue', 'entender': 'ie', 'atender': 'ie'}
# Verbs that occur in events.src only as surface forms (so expand.py does not list them) but whose
# stem-changing forms are wanted: the committed lemmas.tsv was generated with these on the command line.
DEFAULT_EXTRA = ['soltar']


def generate(verb_lines, extra=DEFAULT_EXTRA):
    res = []
    P = res.append
    verbs = {}
    for l in verb_lines:
        l = l.strip()
        if not l: continue
        v, _, c = l.partition(':')
        if v in NONVERBS: continue
        verbs[v] = c or verbs.get(v) or EXTRA.get(v)
    for v in list(verbs):
        if v in EXTRA and not verbs[v]: verbs[v] = EXTRA[v]
    # verbs written as surfaces or only in macros but whose irregular forms appear in text
    for v in extra:
        a, _, c = v.partition(':'); verbs.setdefault(a, c or EXTRA.get(a))
    MANUAL = {
     'dar': 'da dan damos dio dieron dimos daba daban dábamos dará darán daremos daría darían daríamos dé den demos diera dieran diéramos diese diesen dado dada dados dadas dando darse darle darles',
     'desoír': 'desoye desoyen desoímos desoyó desoyeron desoía desoían desoirá desoirán desoiga desoigan desoído desoída desoyendo desoyera',
     'salir': 'salga salgan salgamos',
    }
    out = {}
    SKIP = {'alcance', 'alcancen'}
    order = []
    for v, c in sorted(verbs.items()):
        if v in MANUAL:
            forms = MANUAL[v].split()
        else:
            cj = conjugate(v, c or None)
            forms = [f for k, fs in cj.items() for f in fs]
            if v in MANUAL: forms += MANUAL[v].split()
        if v == 'salir': forms += MANUAL['salir'].split()
        base = stem(v)
        rows = []
        for f in forms:
            if f == v or stem(f) == base or f in out or f in SKIP: continue
            out[f] = v
            rows.append(f)
        if rows: order.append((v, c, rows))
    P("# form<TAB>lemma: inflected forms whose Snowball (spanish) stem differs from the infinitive's,")
    P("# for every verb the event patterns rely on: stem-changing presents and subjunctives (niega,")
    P("# acuerdan, despliega, pide), strong preterites (tuvo, hizo, dijo, puso, condujo, impuso, detuvo),")
    P("# irregular futures (tendrá, hará, pondrá) and the forms the stemmer splits (ataque, exija, ejerza).")
    P("# 3rd persons and 1st plural of every tense, participles, gerunds, enclitic infinitives; 1st/2nd")
    P("# singular are left out (rare in news, and they collide with nouns: acuerdo, refuerzo, despido).")
    for v, c, rows in order:
        P(f"# {v}")
        for f in rows: P(f"{f}\t{v}")
    return ''.join(l + '\n' for l in res)


if __name__ == '__main__':
    sys.stdout.write(generate(open(sys.argv[1], encoding='utf-8'), sys.argv[2:] or DEFAULT_EXTRA))
