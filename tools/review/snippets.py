#!/usr/bin/env python3
"""snippets.py SEED N OUT [EXCLUDE.jsonl ...]: N negative VADER Amazon review snippets (mean
rating <= -1.0), the first half as public posts and the rest as private chats, as a replies
corpus without expectations: the development sample for the kind of message panels 27 and 28
hold. Held-out panels' messages (panel*/ids.tsv) are never drawn; texts in EXCLUDE files neither."""
import json
import random
import sys
from common import DATA, held_texts

seed, n, out = int(sys.argv[1]), int(sys.argv[2]), sys.argv[3]
held = held_texts()
for p in sys.argv[4:]:
    for line in open(p):
        for m in json.loads(line)['messages']:
            held.add(m['text'])
texts = []
with open(f'{DATA}/vader-groundtruth/amazonReviewSnippets_GroundTruth.txt', encoding='latin-1') as f:
    for line in f:
        fields = line.rstrip('\n').split('\t')
        if len(fields) >= 3 and float(fields[1]) <= -1.0 and fields[2] not in held:
            texts.append(fields[2])
texts = sorted(set(texts))
with open(out, 'w') as f:
    for i, t in enumerate(random.Random(seed).sample(texts, n)):
        channel = 'public' if i < n // 2 else 'private'
        f.write(json.dumps({"id": f"s{i}", "channel": channel,
                            "messages": [{"role": "customer", "text": t}], "expect": {}}) + "\n")
print(f"{out}: {n} of {len(texts)} snippets", file=sys.stderr)
