#!/usr/bin/env python3
"""summarize.py R1.json R2.json ...: panel figures (mean, sendable 4-5, harmful 1, technique, band)."""
import json, sys
S=[];T=[];B=[]
per={}
for p in sys.argv[1:]:
    d=json.load(open(p))['items']
    for k,v in d.items():
        S+=v['scores']; T.append(v['technique_fits']); B.append(v['band_fits'])
        per.setdefault(k,[]).extend(v['scores'])
n=len(S)
print(f"replies {n}: mean {sum(S)/n:.2f}, sendable {100*sum(s>=4 for s in S)/n:.1f}%, harmful {100*sum(s==1 for s in S)/n:.1f}%, technique {100*sum(T)/len(T):.0f}%, band {100*sum(B)/len(B):.0f}%")
if '-v' in sys.argv[0:1]: pass
low=sorted(per.items(), key=lambda kv: sum(kv[1])/len(kv[1]))[:10]
print("lowest:", ', '.join(f"{k} {sum(v)/len(v):.1f}" for k,v in low))
