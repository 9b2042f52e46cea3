#!/usr/bin/python3
"""Spanish: writes events.tsv and lemmas.tsv of data/lexicons/es.

  events.tsv  expand.py applied to events.src (@verb -> every surface form, %verb -> future and
              conditional forms, a_b -> a multiword alternative on a line of its own)
  lemmas.tsv  genlemmas.py over the verbs named in events.src (+ DEFAULT_EXTRA of genlemmas.py):
              the forms whose Snowball (spanish) stem differs from the infinitive's

Usage: /usr/bin/python3 gen.py [OUT_DIR] [--write] [--extra VERB[:class] ...]
  OUT_DIR  directory for the generated files (default: a new temporary directory); verbs.txt,
           the intermediate verb list, is written there too
  --write  write into data/lexicons/es, replacing the committed files (verbs.txt is not written)
Needs the Snowball `Stemmer` module (Debian package python3-stemmer) -> run with /usr/bin/python3.
"""
import os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(os.path.join(HERE, '..', '..', '..', '..'))
LEX = os.path.join(ROOT, 'data', 'lexicons', 'es')
sys.path.insert(0, HERE)
from expand import expand_file
from genlemmas import generate, DEFAULT_EXTRA
sys.path.insert(0, os.path.join(HERE, '..', 'common'))
import outdir  # the [OUT_DIR] [--write] command line of every generator


def main():
    def extra(ap):
        ap.add_argument('--extra', nargs='*', default=DEFAULT_EXTRA,
                        help='verbs added to the lemma list although events.src names them only as surfaces '
                             '(default: %s)' % ' '.join(DEFAULT_EXTRA))
    a, out = outdir.parse('es', 'Generate data/lexicons/es/{events,lemmas}.tsv', LEX, extra)
    events, verbs = expand_file(os.path.join(HERE, 'events.src'))
    open(os.path.join(out, 'events.tsv'), 'w', encoding='utf-8').write(events)
    if not a.write:
        open(os.path.join(out, 'verbs.txt'), 'w', encoding='utf-8').write('\n'.join(verbs) + '\n')
    lemmas = generate((v + "\n" for v in verbs), a.extra)
    open(os.path.join(out, 'lemmas.tsv'), 'w', encoding='utf-8').write(lemmas)
    print('wrote', os.path.join(out, 'events.tsv'), 'and', os.path.join(out, 'lemmas.tsv'), file=sys.stderr)


if __name__ == '__main__':
    main()
