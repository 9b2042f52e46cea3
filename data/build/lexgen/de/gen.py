#!/usr/bin/python3
"""German: writes lemmas.tsv and events.tsv of data/lexicons/de.

  lemmas.tsv  every finite form / participle of the verbs in verbs.py whose Snowball (german) stem
              differs from the infinitive's
  events.tsv  events.src (the hand-written patterns, " PE" expanded to the clause-end list) followed
              by the generated passive and perfect-tense blocks

Usage: /usr/bin/python3 gen.py [OUT_DIR] [--write]
  OUT_DIR  directory for the generated files (default: a new temporary directory)
  --write  write into data/lexicons/de, replacing the committed files
Needs the Snowball `Stemmer` module (Debian package python3-stemmer) -> run with /usr/bin/python3.
"""
import os, re, sys
import Stemmer
HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(os.path.join(HERE, '..', '..', '..', '..'))
LEX = os.path.join(ROOT, 'data', 'lexicons', 'de')
sys.path.insert(0, HERE)
from verbs import WEAK, STRONG
sys.path.insert(0, os.path.join(HERE, '..', 'common'))
import outdir  # the [OUT_DIR] [--write] command line of every generator

_a, OUT = outdir.parse('de', 'Generate data/lexicons/de/{lemmas,events}.tsv', LEX)
st = Stemmer.Stemmer('german')
def fold(w): return w.lower().replace('ß', 'ss')
def stem(w): return st.stemWord(fold(w))
INSEP = ('be', 'ge', 'er', 'ver', 'zer', 'ent', 'emp', 'miss', 'über', 'unter', 'wider', 'hinter')
def weak_forms(b):
    S = b[:-1] if (b.endswith('eln') or b.endswith('ern')) else b[:-2]
    e = 'e' if (re.search(r'(t|d|chn)$', S) or re.search(r'[^aeiouäöülrmnh][mn]$', S)) else ''
    nog = b.endswith('ieren') or b.startswith(INSEP)
    pp = ('' if nog else 'ge') + S + e + 't'
    return [S + e + 't', S + e + 'te', S + e + 'ten', S + 'e'], pp, S, e, nog
lem = {}
def put(form, lemma):
    form = fold(form); lemma = fold(lemma)
    if stem(form) == stem(lemma): return
    if form in lem and lem[form] != lemma:
        print('CONFLICT', form, lem[form], lemma, file=sys.stderr)
        return
    lem[form] = lemma
for w in WEAK.split():
    if '|' in w:
        p, b = w.split('|')
        fin, pp, S, e, nog = weak_forms(b)
        for f in fin + [pp]: put(f, b)
        for f in fin[:3]: put(p + f, p + b)
        put(p + pp, p + b)
        put(p + 'zu' + b, p + b)
    else:
        fin, pp, S, e, nog = weak_forms(w)
        for f in fin + [pp]: put(f, w)
for inf, forms in STRONG.items():
    for f in forms.split(): put(f, inf)
# forms left out: nouns/adjectives identical to a verb form
BLOCK = {'angriff', 'angriffe', 'angriffen', 'festnahme', 'festnahmen', 'festnahm', 'bekannt', 'bekannte', 'bekannten',
         'verbot', 'gedacht', 'besuche', 'reise', 'gesandte', 'gesandten', 'bestand', 'stand'}
for b in BLOCK: lem.pop(b, None)
# a few forms that ARE wanted although generic participles: keep the ones events rely on
out = ['# German forms the Snowball "german" stemmer does not fold onto the infinitive used in events.tsv',
       '# and refine.tsv. form<TAB>lemma. Weak verbs: -t / -te / -ten and ge-...-t participles (kritisierte ->',
       '# kritisieren); strong verbs: every stem change (traf, getroffen -> treffen); separable verbs: the base',
       '# verb of the split main-clause form (nahm ... fest -> nehmen) and the joined forms of the particle',
       '# verb (festgenommen, festzunehmen -> festnehmen). Forms that are also a frequent noun or adjective',
       '# are left out (Angriff, Festnahme, bekannt, Verbot).']
for f in sorted(lem): out.append(f'{f}\t{lem[f]}')
open(os.path.join(OUT, 'lemmas.tsv'), 'w', encoding='utf-8').write('\n'.join(out) + '\n')
print(len(lem), 'lemmas', file=sys.stderr)

# ---- events: expand PE and append the generated passive block
PE = ',|.|;|:|und|oder|sowie|–|-|"|“|)'
src = open(os.path.join(HERE, 'events.src'), encoding='utf-8').read().replace(' PE', ' ' + PE)
AUX = '=wurde|=wurden|=worden|=wird|=werden|=ist|=sind|=war|=waren'
AUXP = '=wurde|=wurden|=worden|=ist|=sind|=war|=waren'
PASSIVE = [
 ('173', 'festnehmen|verhaften|inhaftieren|anklagen|festhalten|gefangennehmen'),
 ('174', 'abschieben|ausweisen|deportieren'),
 ('043', '=empfangen|=empfing'),
 ('042', 'besuchen'),
 ('111', 'kritisieren|verurteilen|anprangern|rügen'),
 ('112', 'beschuldigen|bezichtigen'),
 ('051', 'loben|würdigen|=unterstützt|begrüßen'),
 ('190', 'angreifen|attackieren|=getötet'),
 ('193', 'erschießen'),
 ('194', 'beschießen'),
 ('195', 'bombardieren'),
 ('181', 'entführen|verschleppen'),
 ('130', 'bedrohen'),
 ('0841', 'freilassen'),
 ('063', 'ausliefern|überstellen'),
 ('020', 'auffordern|aufrufen'),
 ('120', 'ablehnen|zurückweisen'),
 ('163', 'sanktionieren'),
 ('114', 'einbestellen'),
 ('1823', 'ermorden'),
 ('1822', 'foltern'),
 ('192', 'besetzen|erobern|annektieren|einnehmen'),
 ('036', 'einladen'),
 ('1711', 'beschlagnahmen'),
 ('1712', 'zerstören'),
]
SENT = 'Haft|Jahren|Monaten|Haftstrafe|Gefängnis|Gefängnisstrafe|Freiheitsstrafe|Todesstrafe|Tode|Tod|lebenslanger|lebenslang|Geldstrafe|Straflager|Lagerhaft'
blk = ['', '# ---------------------------------------------------------------- passive (generated)',
       '# "X wurde (am Montag) von Y festgenommen": the trigger runs from the auxiliary over the',
       '# agent phrase to the participle; von/vom/durch inside it make Y the source, X the target.',
       f'{AUX} *8 von|vom|durch *8 zu|zur *6 {SENT} *6 verurteilen\t116\tpassive']
for code, parts in PASSIVE:
    blk.append(f'{AUX} *8 von|vom|durch *10 {parts}\t{code}\tpassive')

HAT = '=hat|=haben|=hatte|=hatten|=habe|=hätte|=hätten'
IST = '=ist|=sind|=war|=waren|=sei|=seien'
PERFECT = [
 # specific lines first: they take the same span as the generic ones below
 ('116', '', f'zu|zur *6 {SENT} *6 verurteilen'),
 ('016', 'solo', 'Vorwurf|Vorwürfe|Anschuldigung|Anschuldigungen|Behauptung|Behauptungen|Bericht|Berichte *6 zurückweisen|bestreiten|dementieren'),
 ('011', 'solo', 'ablehnen , *6 äußern|kommentieren'),
 ('057', 'sym', 'Vereinbarung|Abmachung|Absprache|Übereinkunft *6 treffen'),
 ('040', 'group', 'Entscheidung|Entscheidungen|Maßnahmen|Vorkehrungen|Vorbereitungen|Wahl|Auswahl|Aussage|Aussagen|Feststellung *6 treffen'),
 ('023', '', 'um *4 Hilfe|Unterstützung|Beistand *4 bitten'),
 ('055', '', 'um *3 Entschuldigung|Verzeihung|Vergebung *4 bitten'),
 ('020', '', 'um *6 bitten'),
 ('0871', 'sym', 'Waffenruhe|Waffenstillstand|Feuerpause *6 vereinbaren'),
 ('163', '', 'auf *6 Sanktionen|Strafmaßnahmen|Sanktionspaket|Strafzölle *8 =geeinigt|=verständigt'),
 ('0871', 'sym', 'auf *6 Waffenruhe|Waffenstillstand|Feuerpause *8 =geeinigt|=verständigt'),
 ('1312', '', 'mit *4 Sanktionen|Strafzöllen|Embargo|Boykott|Strafmaßnahmen|Zöllen *4 drohen'),
 ('020', '', 'auffordern|aufrufen|ersuchen|drängen|mahnen'),
 ('030', '', 'zusagen|zusichern|versprechen'),
 ('030', 'sym', 'vereinbaren|=geeinigt|=verständigt'),
 ('039', '', 'anbieten , *6 vermitteln'),
 ('040', 'sym', 'treffen'),
 ('041', 'sym', 'telefonieren'),
 ('042', '', 'besuchen'),
 ('043', '', '=empfangen'),
 ('045', '', 'vermitteln'),
 ('046', 'sym', 'verhandeln'),
 ('051', '', 'loben|würdigen|begrüßen|gratulieren|=gedankt|=unterstützt'),
 ('054', '', 'anerkennen'),
 ('055', '', 'entschuldigen'),
 ('057', 'sym', 'unterzeichnen|unterschreiben'),
 ('057', '', 'ratifizieren'),
 ('060', 'sym', 'zusammenarbeiten|kooperieren'),
 ('063', '', 'ausliefern|überstellen'),
 ('0841', '', 'freilassen|begnadigen'),
 ('100', '', 'fordern|verlangen'),
 ('110', '', 'missbilligen'),
 ('111', '', 'kritisieren|verurteilen|anprangern|rügen'),
 ('112', '', 'beschuldigen|bezichtigen|vorwerfen'),
 ('114', '', 'einbestellen'),
 ('115', '', 'verklagen'),
 ('120', '', 'ablehnen|zurückweisen|verweigern'),
 ('128', '', 'missachten'),
 ('130', '', 'bedrohen|drohen'),
 ('163', '', 'sanktionieren'),
 ('172', '', 'verbieten'),
 ('173', '', 'festnehmen|verhaften|inhaftieren|anklagen|gefangennehmen'),
 ('161', '', 'Botschafter|Botschafterin|Diplomaten|Diplomatin|Diplomat|Gesandten|Geschäftsträger *6 ausweisen'),
 ('174', '', 'abschieben|ausweisen|deportieren'),
 ('1711', '', 'beschlagnahmen|konfiszieren'),
 ('1712', '', 'zerstören'),
 ('181', '', 'entführen|verschleppen'),
 ('182', '', 'misshandeln|verprügeln'),
 ('1821', '', 'vergewaltigen'),
 ('1822', '', 'foltern'),
 ('1823', '', 'ermorden'),
 ('190', '', 'angreifen|attackieren|=getötet'),
 ('193', '', 'erschießen'),
 ('194', '', 'beschießen'),
 ('195', '', 'bombardieren'),
 ('192', '', 'besetzen|erobern|annektieren|einnehmen'),
]
SEIN = [
 ('042', '', '=gereist|eintreffen|=geflogen|ankommen'),
 ('040', 'sym', 'zusammenkommen|zusammentreffen'),
 ('192', '', 'einmarschieren'),
]

# ---- aux-initial versions of every verb-final pattern of events.src ("Algerien hat seinen Botschafter
# aus Marokko abgezogen"): generated, more specific (more elements) first
VERBS = set()
for w in WEAK.split():
    VERBS.add(w.replace('|', ''))
VERBS |= set(STRONG)
def is_verb(alt):
    a = alt.lstrip('=').lower()
    return a in VERBS or lem.get(fold(a)) in VERBS or (alt.startswith('=ge') and alt.endswith('t'))
autos = []
for line in src.split('\n'):
    if not line.strip() or line.startswith('#') or '\t' not in line: continue
    f = line.split('\t')
    els = f[0].split()
    if els[0].lstrip('=') in ('hat', 'haben', 'wurde', 'ist') or els[0].startswith('=hat'): continue
    last = els[-1]
    if not any(is_verb(a) for a in last.split('|')): continue
    if len(els) == 1 and f[1] in [c for c, _, _ in PERFECT]: pass
    autos.append((len(els), f"{HAT} *16 {f[0]} {PE}\t" + '\t'.join(f[1:])))
autos.sort(key=lambda x: -x[0])
seen = set(); auto_lines = []
for _, l in autos:
    if l not in seen: seen.add(l); auto_lines.append(l)
blk += ['', '# ---------------------------------------------------------------- perfect tense (generated)',
        '# "Polen hat Deutschland (wegen ...) kritisiert": the trigger starts at the auxiliary, so the',
        '# subject stands before it and the object in its gap, even when a content clause or a',
        '# prepositional phrase with another actor follows the participle. The participle ends its',
        '# clause (PE), so a noun of the same stem inside the gap ("hat Ermittlungen wegen Folter',
        '# eingeleitet") is no participle.']
blk += auto_lines
for code, flags, p in PERFECT:
    l = f'{HAT} *16 {p} {PE}\t{code}' + (f'\t{flags}' if flags else '')
    if l not in seen: blk.append(l)
for code, flags, p in SEIN:
    blk.append(f'{IST} *12 {p} {PE}\t{code}' + (f'\t{flags}' if flags else ''))
blk += ['# Without an agent ("X wurde in Y festgenommen", "..., nachdem X festgenommen worden war") the',
        '# actor before the verb underwent the event and who did it is not said: these passive lines',
        '# take the span so that no reversed event is coded.']
blk.append(f'{AUXP} *6 zu|zur *6 {SENT} *6 verurteilen\t116\tpassive')
WIRD = {'112': 'vorgeworfen|=beschuldigt|=bezichtigt', '111': '=kritisiert|=verurteilt', '173': '=festgenommen|=verhaftet|=inhaftiert|=angeklagt|=festgehalten',
        '174': '=abgeschoben|=ausgewiesen', '190': '=angegriffen|=getötet|=attackiert', '194': '=beschossen', '195': '=bombardiert',
        '130': '=bedroht', '020': '=aufgefordert', '181': '=entführt|=verschleppt', '1822': '=gefoltert', '0841': '=freigelassen',
        '063': '=ausgeliefert', '163': '=sanktioniert', '051': '=gelobt|=unterstützt', '042': '=besucht'}
for code, parts in WIRD.items():
    blk.append(f'=wird|=werden *10 {parts}\t{code}\tpassive')
# verb-final passive with its agent: "..., wo er von Tusk empfangen wurde"
for code, parts in PASSIVE:
    blk.append(f'von|vom|durch *10 {parts} =worden|=wurde|=wurden|=werden|=wird\t{code}\tpassive')
for code, parts in PASSIVE:
    blk.append(f'{AUXP} *10 {parts}\t{code}\tpassive')
    blk.append(f'{parts} =worden|=wurde|=wurden|=werden|=wird\t{code}\tpassive')
open(os.path.join(OUT, 'events.tsv'), 'w', encoding='utf-8').write(src.rstrip('\n') + '\n' + '\n'.join(blk) + '\n')

print('wrote', os.path.join(OUT, 'lemmas.tsv'), 'and', os.path.join(OUT, 'events.tsv'), file=sys.stderr)
