import sys,re
def words(path, field):
    out=[]
    for line in open(path, encoding='utf-8'):
        if line.startswith('#') or not line.strip(): continue
        f=line.rstrip('\n').split('\t')
        pat=f[field]
        for el in pat.split(' '):
            for alt in el.split('|'):
                if alt.startswith('*') or alt.startswith('='): continue
                out.append(alt.lstrip('~').lower())
    return out
if __name__=='__main__':
    d=sys.argv[1]
    w=words(d+'/events.tsv',0)+words(d+'/refine.tsv',1)
    print(' '.join(sorted(set(x for x in w if re.search(sys.argv[2], x)))))
