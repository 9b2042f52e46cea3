"""The part of the Italian and Portuguese generators that is the same: the lemma table (forms whose
Snowball stem differs from the infinitive's -> infinitive; future/conditional forms -> "<inf>fut")
and the generated future/conditional block of events.tsv. Each language gives its conjugator and
word lists; this module gives the scheme."""
import sys

MARKER = '# ---------------------------------------------------------------- generated: future and conditional'


def lemma_forms(verbs, conjugate, stem, irregular, never, suppletive, regular_participle):
    """conjugate(v) -> (forms, future forms). `suppletive` verbs keep only their irregular forms;
    a verb with an irregular participle (-to, -so, -sto) drops its regular one (`regular_participle`
    endings). Returns ({form: infinitive}, {future form: infinitive + 'fut'})."""
    lem, futmap = {}, {}
    for v in verbs:
        base = stem(v)
        forms, fut = conjugate(v)
        if v in suppletive:
            forms = []
        irr = irregular.get(v, '').split()
        if any(x.endswith(('to', 'so', 'sto')) for x in irr):
            forms = [x for x in forms if not x.endswith(regular_participle)]
        for f in forms + irr:
            if f in never or f == v:
                continue
            if stem(f) != base:
                lem.setdefault(f, v)
        for f in fut:
            futmap[f] = v + 'fut'
    return lem, futmap


def write_lemmas(path, header, lem, futmap, futures_by_lemma):
    """lemmas.tsv: the header, then each infinitive's forms, then the future forms (grouped by
    lemma, or in conjugation order). Returns {infinitive: [forms]}."""
    by = {}
    for f, v in lem.items():
        by.setdefault(v, []).append(f)
    out = list(header)
    for v in sorted(by):
        out.append('# ' + v)
        out += [f'{f}\t{v}' for f in sorted(set(by[v]))]
    out.append('# future and conditional: intended events')
    if futures_by_lemma:
        fb = {}
        for f, l in futmap.items():
            fb.setdefault(l, []).append(f)
        for l in sorted(fb):
            out += [f'{f}\t{l}' for f in fb[l]]
    else:
        out += [f'{f}\t{l}' for f, l in futmap.items()]
    open(path, 'w', encoding='utf-8').write('\n'.join(out) + '\n')
    return by


def write_future_block(src_path, out_path, intent_path, fut3, block_header):
    """events.tsv: the hand-written head of src_path (before MARKER), then MARKER, block_header and
    one pattern per head pattern whose verb has a future: the verb replaced by "~<3rd sg future>"
    (matches every form lemmatised to <inf>fut), coded with the intent code of the root (03 keeps
    its own). fut3: infinitive -> 3rd person singular future, or None. Returns the count."""
    intent = dict(l.rstrip('\n').split('\t')[:2] for l in open(intent_path, encoding='utf-8') if l[0] != '#' and '\t' in l)
    head = open(src_path, encoding='utf-8').read().split(MARKER)[0].rstrip('\n') + '\n'
    lines, seen = [], set()
    for line in head.split('\n'):
        if not line or line.startswith('#'):
            continue
        f = line.split('\t')
        pat, code = f[0], f[1]
        flags = f[2] if len(f) > 2 else ''
        if code[:2] not in intent:
            continue
        els = pat.split(' ')
        for i, el in enumerate(els):
            vs = [a for a in el.split('|') if fut3.get(a) and not a.startswith('=')]
            if vs:
                p2 = ' '.join(els[:i] + ['|'.join('~' + fut3[a] for a in vs)] + els[i + 1:])
                if p2 not in seen:
                    seen.add(p2)
                    lines.append('\t'.join([p2, code if code[:2] == '03' else intent[code[:2]]] + ([flags] if flags else [])))
                break
    open(out_path, 'w', encoding='utf-8').write(head + '\n' + '\n'.join([MARKER] + block_header + lines) + '\n')
    return len(lines)


def report(lem, futmap, n_patterns, by):
    """The generator's summary on stderr and each verb's forms on stdout."""
    print(len(lem), 'lemmas', len(futmap), 'future forms', n_patterns, 'future patterns', file=sys.stderr)
    for v in sorted(by):
        print(v, ' '.join(sorted(by[v])))
