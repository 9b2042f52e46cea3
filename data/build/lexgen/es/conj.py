#!/usr/bin/python3
"""Spanish conjugator for 3rd persons + 1st plural, used to (a) find inflected forms whose
Snowball stem differs from the infinitive's stem (-> lemmas.tsv), (b) list future/conditional
forms (-> intent patterns)."""
import sys, unicodedata
import Stemmer
ST = Stemmer.Stemmer('spanish')

ACC = {'a':'á','e':'é','i':'í','o':'ó','u':'ú'}
def acc_last_vowel(s):
    # put an accent on the last vowel of s
    for i in range(len(s)-1, -1, -1):
        if s[i] in ACC: return s[:i]+ACC[s[i]]+s[i+1:]
    return s

# irregular preterite stems (strong preterites): 3sg ending handled separately
STRONG = {  # infinitive-suffix -> (pret stem)
    'tener':'tuv','estar':'estuv','andar':'anduv','hacer':'hic','poder':'pud','poner':'pus',
    'querer':'quis','saber':'sup','caber':'cup','venir':'vin','decir':'dij','traer':'traj',
    'ducir':'duj','haber':'hub'}
FUT = {'tener':'tendr','poner':'pondr','venir':'vendr','salir':'saldr','valer':'valdr','hacer':'har',
       'decir':'dir','querer':'querr','poder':'podr','saber':'sabr','caber':'cabr','haber':'habr'}
PART = {'hacer':'hech','decir':'dich','poner':'puest','ver':'vist','volver':'vuelt','abrir':'abiert',
        'romper':'rot','morir':'muert','scribir':'scrit','cubrir':'cubiert','solver':'suelt',
        'imprimir':'impres','freír':'frit'}

EXACT = {'estar','andar','poder','querer','saber','caber','haber','ver','salir','valer'}
def base_match(inf, table):
    for k in sorted(table, key=len, reverse=True):
        if k in EXACT and inf != k and not (k == 'ver' and inf == 'prever'): continue
        if inf.endswith(k): return inf[:-len(k)] + table[k], k
    return None, None

def conjugate(inf, change=None):
    """change: 'ie','ue','i' (e->i for -ir), 'ie-i' (e->ie present, e->i pret -ir), 'ue-u' (dormir)"""
    forms = {}
    stemr, end = inf[:-2], inf[-2:]
    if inf.endswith('ír'): stemr, end = inf[:-2], 'ir'
    cls = end
    # stem-changed stem (for stressed syllables)
    def changed(st, kind):
        if not kind: return st
        k = kind.split('-')[0]
        # last e / o / u in st
        tgt = {'ie':'e','ue':'o','i':'e','uu':'u'}[k]
        if k == 'ue' and tgt not in st: tgt = 'u'  # jugar
        i = st.rfind(tgt)
        if i < 0: return st
        rep = {'ie':'ie','ue':'ue','i':'i'}[k]
        if k == 'ue' and st[i-1:i] == 'g': rep = 'üe'  # avergonzar
        return st[:i] + rep + st[i+1:]
    def pret_change(st, kind):
        # -ir verbs e->i / o->u in 3rd preterite, gerund, subj 1pl
        if cls != 'ir' or not kind: return st
        if kind.endswith('-i') or kind == 'i':
            i = st.rfind('e'); return st[:i]+'i'+st[i+1:] if i >= 0 else st
        if kind.endswith('-u'):
            i = st.rfind('o'); return st[:i]+'u'+st[i+1:] if i >= 0 else st
        return st
    S = changed(stemr, change)
    P = pret_change(stemr, change)
    # orthography helpers
    def before_e(st):  # spelling of stem before e (-ar verbs)
        if st.endswith('c'): return st[:-1]+'qu'
        if st.endswith('g'): return st+'u'
        if st.endswith('z'): return st[:-1]+'c'
        if st.endswith('gu'): return st[:-2]+'gü'
        return st
    def before_ao(st):  # -er/-ir stems before a/o
        if st.endswith('gu') and cls == 'ir' and inf.endswith('guir'): return st[:-2]+'g'
        if st.endswith('g'): return st[:-1]+'j'
        if st.endswith('c') and (st[-2:-1] in 'aeiou') and not inf.endswith(('hacer','decir')): return st[:-1]+'zc'  # ofrecer, conducir
        if st.endswith('c'): return st[:-1]+'z'   # vencer
        return st
    uir = inf.endswith('uir') and not inf.endswith('guir')
    eer = inf.endswith(('eer','aer','oer')) or inf.endswith('oír')
    # infinitive, gerund, participle
    forms['inf'] = [inf]
    if cls == 'ar': ger = stemr+'ando'
    elif uir or eer: ger = (P if cls=='ir' else stemr)+'yendo'
    else: ger = P+'iendo'
    forms['ger'] = [ger]
    pb, _ = base_match(inf, PART)
    if pb and inf not in ('prever',):
        parts = [pb+s for s in ('o','a','os','as')]
    else:
        pe = stemr + ('ado' if cls=='ar' else ('ído' if (eer or inf.endswith('ír')) else 'ido'))
        parts = [pe, pe[:-1]+'a', pe+'s', pe[:-1]+'as']
    forms['part'] = parts
    # present indicative 3sg 3pl 1pl
    if cls == 'ar':
        pres = [S+'a', S+'an', stemr+'amos']
    else:
        v = 'e'
        s3 = S + ('y' if uir else '')
        pres = [s3+'e', s3+'en', stemr+('emos' if cls=='er' else 'imos')]
    if cls=='ir' and change and change.split('-')[0]=='i':
        pres = [S+'e', S+'en', stemr+'imos']
    # irregular present 3sg for tener/venir/decir families
    for k, (p3, p3p) in {'tener':('tiene','tienen'),'venir':('viene','vienen'),'decir':('dice','dicen'),
                         'poner':('pone','ponen'),'hacer':('hace','hacen')}.items():
        if inf.endswith(k): pres = [inf[:-len(k)]+p3, inf[:-len(k)]+p3p, pres[2]]
    forms['pres'] = pres
    # preterite
    sb, key = base_match(inf, STRONG)
    if sb:
        if key == 'hacer': p3 = sb[:-1]+'zo'
        else: p3 = sb+'o'
        p3p = sb+('eron' if sb.endswith('j') else 'ieron')
        p1p = sb+'imos'
        forms['pret'] = [p3, p3p, p1p]
        impsubj = p3p[:-3]
    else:
        if cls == 'ar':
            forms['pret'] = [stemr+'ó', stemr+'aron', stemr+'amos']
            impsubj = stemr+'a'
        elif uir or eer:
            forms['pret'] = [P+'yó', P+'yeron', stemr+('imos' if cls=='ir' else 'ímos')]
            impsubj = P+'ye'
        else:
            forms['pret'] = [P+'ió', P+'ieron', stemr+('imos' if cls=='ir' else 'imos')]
            impsubj = P+'ie'
    forms['impsubj'] = [impsubj+'ra', impsubj+'ran', acc_last_vowel(impsubj)+'ramos', impsubj+'se', impsubj+'sen']
    # imperfect
    if cls == 'ar': forms['impf'] = [stemr+'aba', stemr+'aban', stemr+'ábamos']
    else: forms['impf'] = [stemr+'ía', stemr+'ían', stemr+'íamos']
    # future / conditional
    fb, _ = base_match(inf, FUT)
    if not fb: fb = inf.replace('ír','ir')
    forms['fut'] = [fb+'á', fb+'án', fb+'emos']
    forms['cond'] = [fb+'ía', fb+'ían', fb+'íamos']
    # present subjunctive
    if sb and key in ('tener','venir','poner','hacer','decir','traer','ducir'):
        sub = {'tener':'teng','venir':'veng','poner':'pong','hacer':'hag','decir':'dig','traer':'traig','ducir':'duzc'}[key]
        sub = inf[:-len(key)] + sub
        forms['subj'] = [sub+'a', sub+'an', sub+'amos']
    elif cls == 'ar':
        forms['subj'] = [before_e(S)+'e', before_e(S)+'en', before_e(stemr)+'emos']
    else:
        s2 = before_ao(S) + ('y' if uir else '')
        if eer and inf.endswith(('aer','oír')): s2 = S + 'ig'
        p2 = before_ao(P) + ('y' if uir else '')
        forms['subj'] = [s2+'a', s2+'an', p2+'amos']
    # enclitics
    cl = []
    for c in ('se','lo','la','los','las','le','les'):
        cl.append(inf.replace('ír','ir')+c)
        cl.append(acc_last_vowel(ger[:-2]) + ger[-2:] + c)  # reuniéndose
    forms['clitic'] = cl
    return forms

def allforms(inf, change=None):
    out = []
    for k, v in conjugate(inf, change).items():
        for f in v:
            if f not in out: out.append(f)
    return out

def stem(w): return ST.stemWord(w.lower())

if __name__ == '__main__':
    for arg in sys.argv[1:]:
        inf, _, ch = arg.partition(':')
        fs = conjugate(inf, ch or None)
        base = stem(inf)
        print(inf, base)
        for k, v in fs.items():
            print('  ', k, ' '.join(f"{f}{'' if stem(f)==base else '['+stem(f)+']'}" for f in v))
