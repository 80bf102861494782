#!/usr/bin/env python3
"""msglevels.py BIN FILE.jsonl: each line's text as a one-message private chat: level, band, signals."""
import json, subprocess, sys, tempfile, os
binp, path = sys.argv[1:3]
pub = '--public' in sys.argv
for line in open(path):
    c = json.loads(line)
    with tempfile.NamedTemporaryFile('w', suffix='.jsonl', delete=False) as t:
        t.write(json.dumps({"role": "customer", "text": c['text']}) + '\n')
    args = [binp, 'analyze', t.name, '--json']
    if pub:
        args += ['--config', '/tmp/pub.json']
    d = json.loads(subprocess.run(args, capture_output=True, text=True, check=True).stdout)
    os.unlink(t.name)
    m = d['messages'][0]
    sig = ' '.join(f"{s['kind']}:{c['text'][s['start']:s['end']]}:{s['weight']:.1f}" for s in m['signals'])
    print(f"{c.get('cls','')}\t{m['level']}\t{m['band']}\t{sig}\t{c['text']}")
