#!/usr/bin/env python3
"""pool.py SEED N OUT [EXCLUDE.jsonl ...]: N/2 upset support tweets (support-escalation train
levels 1-2 and complaints-twitter train complaints, dev rows left out; public) + N/2
negative review sentences (uci amazon+yelp; private), as a replies corpus without
expectations. Held-out panels' messages (panel*/ids.tsv) are never drawn; texts in EXCLUDE files neither."""
import csv, json, random, sys
from common import DATA, held_texts
seed, n, out = int(sys.argv[1]), int(sys.argv[2]), sys.argv[3]
rng = random.Random(seed)
held = held_texts()
for p in sys.argv[4:]:
    for line in open(p):
        for m in json.loads(line)['messages']:
            held.add(m['text'])
D = DATA
dev = set()
with open(f'{D}/support-escalation/dev.tsv') as f:
    for r in csv.DictReader(f, delimiter='\t', quoting=csv.QUOTE_NONE):
        dev.add(r['tweet_id'])
tw = []
with open(f'{D}/support-escalation/train.tsv') as f:
    for r in csv.DictReader(f, delimiter='\t', quoting=csv.QUOTE_NONE):
        if r['level'] in ('1', '2'):
            tw.append(r['text'])
with open(f'{D}/complaints-twitter/train.csv') as f:
    for r in csv.reader(f):
        if r and r[2] == '1' and r[0] not in dev:
            tw.append(r[1])
tw = sorted(set(t for t in tw if t not in held))
rv = []
for name in ('amazon', 'yelp'):
    for d in json.load(open(f'{D}/uci-sentiment-sentences/{name}.json')):
        if d['class'] == 0 and d['text'] not in held:
            rv.append(d['text'])
with open(out, 'w') as f:
    for i, t in enumerate(rng.sample(tw, n // 2)):
        f.write(json.dumps({"id": f"t{i}", "channel": "public", "messages": [{"role": "customer", "text": t}], "expect": {}}) + "\n")
    for i, t in enumerate(rng.sample(rv, n - n // 2)):
        f.write(json.dumps({"id": f"r{i}", "channel": "private", "messages": [{"role": "customer", "text": t}], "expect": {}}) + "\n")
print(f"{out}: {n // 2} of {len(tw)} tweets, {n - n // 2} of {len(rv)} reviews", file=sys.stderr)
