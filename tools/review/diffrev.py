#!/usr/bin/env python3
"""diffrev.py A.md B.md [N]: conversations whose replies differ between two review sheets."""
import re, sys
from collections import Counter
def parse(p):
    out={}; cur=None
    for line in open(p):
        m=re.match(r'## (\S+)',line)
        if m: cur=m.group(1); out[cur]={'t':'','r':[], 'msg':[]}; continue
        if cur is None: continue
        if line.startswith('- technique:'): out[cur]['t']=line.split('--')[0][13:].strip()
        elif re.match(r'\d\. ',line): out[cur]['r'].append(line[3:].strip())
        elif line.startswith('> **'): out[cur]['msg'].append(line[2:].strip())
    return out
a=parse(sys.argv[1]); b=parse(sys.argv[2]); n=int(sys.argv[3]) if len(sys.argv)>3 else 60
ch=[k for k in a if k in b and a[k]['r']!=b[k]['r']]
tc=[k for k in ch if a[k]['t']!=b[k]['t']]
print(len(ch),'of',len(a),'changed;', len(tc),'technique changed', Counter((a[k]['t'],b[k]['t']) for k in tc).most_common(8))
for k in ch[:n]:
    print('##', k, ' | '.join(m[:200] for m in a[k]['msg']))
    for r in a[k]['r']: print('   -', a[k]['t'][:14], r)
    for r in b[k]['r']: print('   +', b[k]['t'][:14], r)
