#!/usr/bin/python3
"""Portuguese: lemmas.tsv for the verbs the event patterns use, and the future/conditional block of events.tsv.
Same scheme as gen_it.py: forms whose Snowball stem differs from the infinitive's -> infinitive;
future and conditional forms -> "<infinitive>fut", coded as intended events."""
import os, re, sys
import Stemmer
HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(os.path.join(HERE, '..', '..', '..', '..'))
sys.path.insert(0, HERE)
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'common'))
from patwords import words  # shared by the it and pt generators
import outdir  # the [OUT_DIR] [--write] command line of every generator
import romance  # the lemma table and future block, shared with the it generator

# Input: the hand-written part of data/lexicons/pt/events.tsv (everything before the
# "generated: future and conditional" marker), refine.tsv and data/lexicons/common/intent.tsv.
# Output: lemmas.tsv and events.tsv (input head + regenerated block) in OUT (see --help).
D = os.path.join(ROOT, 'data', 'lexicons', 'pt')
COMMON = os.path.join(ROOT, 'data', 'lexicons', 'common')
OUT = None
stem = Stemmer.Stemmer('portuguese').stemWord
NOT_VERBS = {'ser', 'corredor', 'embaixador', 'hacker', 'mediador', 'militar', 'nuclear', 'por', 'recolher'}
IRREG = {
 'abrir': 'aberto aberta abertos abertas',
 'dar': 'deu deram dá dão dado dada dados dava davam dê deem dando',
 'depor': 'depôs depuseram depõe depõem deposto deposta depostos depunha',
 'deter': 'deteve detiveram detém detêm detinha detinham detenha detenham detivesse',
 'dizer': 'disse disseram diz dizem dito dita dizia diziam dizendo',
 'fazer': 'fez fizeram faz fazem feito feita feitos feitas fazia faziam fazendo faça façam fizesse',
 'impor': 'impôs impuseram impõe impõem imposto imposta impostos impostas impunha impondo imponha',
 'ir': 'foi foram vai vão ia iam indo',
 'manter': 'manteve mantiveram mantém mantêm mantinha mantinham mantido mantida mantendo mantenha',
 'opor': 'opôs opuseram opõe opõem oposto oposta opostos opunha opondo',
 'pôr': 'pôs puseram põe põem posto posta postos postas punha pondo ponha',
 'propor': 'propôs propuseram propõe propõem proposto proposta propostos propostas propunha propondo',
 'requerer': 'requer requereu requereram',
 'sair': 'saiu saíram sai saem saía saíam saindo',
 'pedir': 'peça peçam pede pedem',
 'advertir': 'advirta adverte advertem',
 'agredir': 'agride agridem agrida',
 'prender': '',
 'expulsar': 'expulso expulsa expulsos expulsas',
 'aceitar': 'aceito aceita aceitos aceitas',
 'entregar': 'entregue entregues',
 'soltar': 'solto solta soltos soltas',
 'suspender': 'suspenso suspensa suspensos suspensas',
 'destruir': 'destrói destroem',
 'reunir': 'reúne reúnem reúna reúnam',
 'proibir': 'proíbe proíbem proíba',
 'conduzir': 'conduz',
 'reduzir': 'reduz',
 'render': 'rendeu renderam',
 'romper': 'rompeu romperam',
}
FUT = {'dizer': 'dir', 'fazer': 'far', 'pôr': 'por', 'impor': 'impor', 'depor': 'depor', 'opor': 'opor', 'propor': 'propor'}
NEVER = {'media', 'mediam', 'alcance', 'lance', 'lances', 'posto', 'postos', 'posta', 'dado', 'dados', 'dada', 'feito', 'feitos',
         'dito', 'sai', 'aceito', 'imposto', 'impostos', 'visita', 'visitas', 'pede', 'foi', 'foram'}


def conj(v):
    forms = []
    if v in ('pôr', 'impor', 'depor', 'opor', 'propor', 'ir'):
        fs = FUT.get(v, v[:-1] if v != 'ir' else 'ir')
    elif v.endswith('ar'):
        r = v[:-2]
        rs = r[:-1] + 'qu' if r.endswith('c') else r + 'u' if r.endswith('g') else r[:-1] + 'c' if r.endswith('ç') else r
        forms += [r + 'a', r + 'am', r + 'amos', r + 'ou', r + 'aram', r + 'ava', r + 'avam', r + 'ara', r + 'ado', r + 'ada',
                  r + 'ados', r + 'adas', r + 'ando', rs + 'e', rs + 'em', r + 'asse', r + 'assem', r + 'arem']
        fs = r + 'ar'
    elif v.endswith('er'):
        r = v[:-2]
        rs = r[:-1] + 'ç' if r.endswith('c') else r[:-1] + 'j' if r.endswith('g') else r
        forms += [r + 'e', r + 'em', r + 'emos', r + 'eu', r + 'eram', r + 'ia', r + 'iam', r + 'era', r + 'ido', r + 'ida',
                  r + 'idos', r + 'idas', r + 'endo', rs + 'a', rs + 'am', r + 'esse', r + 'essem', r + 'erem']
        fs = FUT.get(v, r + 'er')
    elif v.endswith('ir'):
        r = v[:-2]
        rs = r[:-1] + 'j' if r.endswith('g') else r
        if r.endswith('u'):   # concluir, atribuir, destruir
            forms += [r + 'i', r + 'em', r + 'ímos', r + 'iu', r + 'íram', r + 'ía', r + 'íam', r + 'ído', r + 'ída', r + 'ídos',
                      r + 'ídas', r + 'indo', r + 'a', r + 'am', r + 'ísse', r + 'íssem', r + 'írem']
        else:
            forms += [r + 'e', r + 'em', r + 'imos', r + 'iu', r + 'iram', r + 'ia', r + 'iam', r + 'ira', r + 'ido', r + 'ida',
                      r + 'idos', r + 'idas', r + 'indo', rs + 'a', rs + 'am', r + 'isse', r + 'issem', r + 'irem']
        fs = FUT.get(v, r + 'ir')
    else:
        raise ValueError(v)
    fut = [fs + e for e in ('á', 'ão', 'emos', 'ia', 'iam')]
    return forms, fut


def main():
    verbs = sorted(set(w for w in words(os.path.join(D, 'events.tsv'), 0) + words(os.path.join(D, 'refine.tsv'), 1)
                       if re.search('(ar|er|ir|or|ôr)$', w) and w not in NOT_VERBS))
    lem, futmap = romance.lemma_forms(verbs, conj, stem, IRREG, NEVER, suppletive={'dar', 'ir', 'fazer', 'dizer'},
                                      regular_participle=('ido', 'ida', 'idos', 'idas'))
    # The headers below still name /tmp/it_pack/gen_pt.py, where the generator lived when the committed
    # files were written: kept verbatim so that the output stays byte-identical to them. Now: data/build/lexgen/pt/gen_pt.py.
    header = ['# Portuguese forms -> lemma, for the verbs the event patterns rely on. Generated by',
              '# /tmp/it_pack/gen_pt.py (regular conjugation + irregular forms: deteve, fez, disse, impôs, preso ...),',
              '# keeping only the forms whose Snowball (portuguese) stem differs from the infinitive\'s.',
              '# Future and conditional forms map to "<infinitive>fut": they do not match the base patterns',
              '# and are coded as intended events by the generated block at the end of events.tsv.',
              '# Left out: forms that are mostly nouns (alcance, lance, posto, dado, feito, imposto, visita).']
    by = romance.write_lemmas(os.path.join(OUT, 'lemmas.tsv'), header, lem, futmap, futures_by_lemma=False)
    block = ['# Generated by /tmp/it_pack/gen_pt.py from the patterns above: the future/conditional of the',
             '# verb ("~reunirá" = every form lemmatised to reunirfut) with the intent code of the root.',
             '# Hand-written futures of surface-listed verbs and mesoclitic forms come first.',
             '=visitará|=visitarão|=visitaria|=visitariam\t036',
             'reunir|encontrar|deslocar - se - á|ão|ia|iam\t036\tsym',
             '=criticará|=criticarão\t110',
             '=ameaçará|=ameaçarão\t130',
             '=cooperará|=cooperarão|=colaborará|=colaborarão *6 com\t031\tsym',
             ]
    n = romance.write_future_block(os.path.join(D, 'events.tsv'), os.path.join(OUT, 'events.tsv'),
                                   os.path.join(COMMON, 'intent.tsv'), {v: conj(v)[1][0] for v in verbs}, block)
    romance.report(lem, futmap, n, by)


def cli():
    global OUT
    _, OUT = outdir.parse('pt', 'Generate data/lexicons/pt/lemmas.tsv and the generated block of events.tsv', D)
    main()
    print('wrote', os.path.join(OUT, 'lemmas.tsv'), 'and', os.path.join(OUT, 'events.tsv'), file=sys.stderr)


if __name__ == '__main__':
    cli()
