"""The command line every lexicon generator shares: [OUT_DIR] [--write].

    args, out = outdir.parse('it', 'Generate data/lexicons/it/...', lex_dir, extra=add_options)

With no argument the output goes to a new temporary directory; with OUT_DIR there; with
--write into the committed lex_dir. Writing into lex_dir any other way is refused, so a
generator run by mistake cannot overwrite the committed files.
"""
import argparse, os, tempfile


def parse(lang, description, lex_dir, extra=None):
    ap = argparse.ArgumentParser(description=description)
    ap.add_argument('out', nargs='?', help='output directory (default: a new temporary directory)')
    ap.add_argument('--write', action='store_true',
                    help='write into data/lexicons/%s (overwrites the committed files)' % lang)
    if extra:
        extra(ap)
    a = ap.parse_args()
    if a.write and a.out:
        ap.error('give either OUT_DIR or --write, not both')
    out = lex_dir if a.write else (a.out or tempfile.mkdtemp(prefix='lexgen-%s-' % lang))
    if not a.write and os.path.realpath(out) == os.path.realpath(lex_dir):
        ap.error('refusing to write into data/lexicons/%s without --write' % lang)
    os.makedirs(out, exist_ok=True)
    return a, out
