#!/usr/bin/env python3
"""msglevels.py BIN FILE.jsonl [--public]: each line's message as a one-message conversation:
level, band, signals, text. A line is either {"text": ...} (with an optional "cls" label,
printed first) or a replies-corpus conversation ({"channel", "messages": [...]}: pool.py,
snippets.py), whose first customer message is read on its own channel; --public reads every
line as a public post."""
import json
import os
import subprocess
import sys
import tempfile

binp, path = sys.argv[1:3]
everything_public = '--public' in sys.argv


def level(text, public):
    with tempfile.TemporaryDirectory() as tmp:
        transcript = os.path.join(tmp, 'conversation.jsonl')
        config = os.path.join(tmp, 'config.json')
        with open(transcript, 'w') as t:
            t.write(json.dumps({"role": "customer", "text": text}) + '\n')
        with open(config, 'w') as c:
            c.write(json.dumps({"publicChannel": True} if public else {}))
        out = subprocess.run([binp, 'analyze', transcript, '--json', '--config', config],
                             capture_output=True, text=True, check=True).stdout
    return json.loads(out)['messages'][0]


for line in open(path):
    c = json.loads(line)
    if 'messages' in c:
        text = next(m['text'] for m in c['messages'] if m['role'] == 'customer')
        label = c.get('id', '')
        public = everything_public or c.get('channel') == 'public'
    else:
        text, label, public = c['text'], c.get('cls', ''), everything_public
    m = level(text, public)
    sig = ' '.join(f"{s['kind']}:{text[s['start']:s['end']]}:{s['weight']:.1f}" for s in m['signals'])
    print(f"{label}\t{m['level']}\t{m['band']}\t{sig}\t{text}")
