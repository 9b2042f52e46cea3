#!/usr/bin/python3
"""Arabic: writes agents.tsv and lemmas.tsv of data/lexicons/ar.

  agents.tsv  gen_agents.py over agents_src.tsv (every phrase also with ال, the accusative -ا,
              the hamza-less spelling and, for one-word phrases, final ة written ه)
  lemmas.tsv  arsim.py gen over lexemes.txt, simulating the coder's token keys on the other files
              of data/lexicons/ar (language, events, refine, function, countries, ...), the fresh
              agents.tsv and data/geo/places.tsv

Usage: /usr/bin/python3 gen.py [OUT_DIR] [--write] [--clitics LIST]
  OUT_DIR    directory for the generated files (default: a new temporary directory)
  --write    write into data/lexicons/ar, replacing the committed files
  --clitics  prefix clitic list to simulate instead of the one in language.tsv (see README.md)
Needs the Snowball `Stemmer` module (Debian package python3-stemmer) -> run with /usr/bin/python3.
"""
import os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.path.insert(0, os.path.join(HERE, '..', 'common'))
import arsim
import outdir  # the [OUT_DIR] [--write] command line of every generator
from gen_agents import generate as gen_agents

# the plain-clitic list of the first Arabic pack (before the replacing clitics such as لل>ال);
# only for comparisons: the committed lemmas.tsv follows language.tsv
REPRO_CLITICS = 'وبال|وال|بال|فال|كال|ولل|لل|ال|و|ف|ب|ل|ك'


def main():
    def extra(ap):
        ap.add_argument('--clitics', help='prefix clitics to simulate instead of language.tsv\'s; "repro" = %s' % REPRO_CLITICS)
    a, out = outdir.parse('ar', 'Generate data/lexicons/ar/{agents,lemmas}.tsv', arsim.AR, extra)
    gen_agents(os.path.join(HERE, 'agents_src.tsv'), os.path.join(out, 'agents.tsv'))
    arsim.OVERRIDE['agents.tsv'] = os.path.join(out, 'agents.tsv')
    if a.clitics:
        arsim.CLITICS = REPRO_CLITICS if a.clitics == 'repro' else a.clitics
    arsim.write_lemmas(out)
    print('wrote', os.path.join(out, 'agents.tsv'), 'and', os.path.join(out, 'lemmas.tsv'), file=sys.stderr)


if __name__ == '__main__':
    main()
