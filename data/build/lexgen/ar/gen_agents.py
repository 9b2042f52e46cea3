#!/usr/bin/python3
"""Writes data/lexicons/ar/agents.tsv from agents_src.tsv: every phrase also in the
hamza-less spelling (أ إ آ -> ا) and, for one-word phrases, with a final ة written ه."""
import os, sys
HAMZA = str.maketrans({'أ': 'ا', 'إ': 'ا', 'آ': 'ا'})
HERE = os.path.dirname(os.path.abspath(__file__))
head = """# dyad Arabic agent words -> CAMEO sector. phrase<TAB>sector[<TAB>flags]: pl, or the ISO code of a named group.
# Phrases match the folded SURFACE: every inflected form has its own line (singular, dual,
# sound and broken plurals, accusative -ا). The article and the clitics و ف ب ل ك are not
# written: the coder strips them from a word it does not know (الوزير، للوزير، والجنود -> وزير،
# جنود); each one-word phrase is listed bare and with ال (the ال form may be a token of a longer
# phrase, and a known token is not stripped). Multi-word phrases carry the article where
# the construct needs it (وزير الخارجية) and the bare construct form for the idafa with a
# country (وزير خارجية المغرب, رئيس وزراء إسبانيا).
# Generated from the curated list: each phrase also in the hamza-less spelling (أ/إ/آ -> ا:
# الأمن -> الامن) and one-word phrases with final ة written ه (حكومة -> حكومه).
# `pl`: a dual that stands for the two parties already named (الوزيران، الجانبين، البلدين).
"""


def generate(src, dst):
    seen = set()
    out = [head]
    for line in open(src, encoding='utf-8'):
        line = line.rstrip('\n')
        if not line.strip():
            continue
        if line.startswith('#'):
            out.append(line + '\n')
            continue
        f = line.split('\t')
        phrase = f[0]
        rest = f[1:]
        variants = [phrase]
        if ' ' not in phrase and not phrase.startswith('ال'):
            variants.append('ال' + phrase)
            # the accusative of a singular noun (وفدا، مسؤولا، صحفيا) is written with a final alef
            # but not متهما: mostly the participle "accusing" (متهما المملكة بـ), an event word
            if (not phrase.endswith(('ة', 'ا', 'ى', 'ء', 'ات', 'ون', 'ين', 'ان', 'ه')) and rest[0] != 'REB'
                    and phrase not in ('متهم',)) or phrase in ('متمرد',):
                variants.append(phrase + 'ا')
        variants += [v.translate(HAMZA) for v in variants]
        if ' ' not in phrase and phrase.endswith('ة'):
            variants += [v[:-1] + 'ه' for v in list(variants)]
        for v in variants:
            if v in seen:
                continue
            seen.add(v)
            out.append('\t'.join([v] + rest) + '\n')
    open(dst, 'w', encoding='utf-8').write(''.join(out))
    print(len(seen), 'phrases')


if __name__ == '__main__':
    # gen_agents.py SRC DST  (gen.py in this directory is the usual entry point)
    if len(sys.argv) != 3:
        sys.exit('usage: gen_agents.py SRC DST   (e.g. agents_src.tsv /tmp/agents.tsv)')
    generate(sys.argv[1], sys.argv[2])
