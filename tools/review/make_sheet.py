#!/usr/bin/env python3
"""make_sheet.py BIN PANEL.jsonl OUT.md: a reviewer sheet (customer messages, channel, level
and band, recommended technique, three replies) from the `defuse` binary BIN."""
import json, subprocess, sys, tempfile, os
binp, panel, out = sys.argv[1:4]
rows = []
for line in open(panel):
    c = json.loads(line)
    with tempfile.NamedTemporaryFile('w', suffix='.jsonl', delete=False) as t:
        for m in c['messages']:
            t.write(json.dumps({"role": m['role'], "text": m['text']}) + '\n')
    with tempfile.NamedTemporaryFile('w', suffix='.json', delete=False) as cf:
        json.dump({"publicChannel": c['channel'] == 'public'}, cf)
    d = json.loads(subprocess.run([binp, 'analyze', t.name, '--json', '--config', cf.name],
                                  capture_output=True, text=True, check=True).stdout)
    os.unlink(t.name); os.unlink(cf.name)
    rows.append((c, d))
with open(out, 'w') as f:
    f.write("# Panel sheet\n\nFor each conversation: the channel (public = a post on the brand's "
            "public social feed; private = a private chat), the customer's message(s), the "
            "level Defuse shows the agent (0-100; bands: calm < 20, tense 20-39, heated 40-59, "
            "hostile 60-79, critical 80+), the technique it recommends, and its three suggested "
            "replies.\n\n")
    for c, d in rows:
        a = d['advice']; s = d['state']
        f.write(f"## {c['id']}\n\nchannel: {c['channel']}\n\n")
        for m in c['messages']:
            f.write(f"> **{m['role']}:** {m['text']}\n>\n")
        f.write(f"\nlevel: {s['level']} ({s['band']})\n\ntechnique: {a['technique']}: {a['why']}\n\n")
        for i, r in enumerate(a['replies'], 1):
            f.write(f"{i}. {r['text']}\n")
        f.write("\n")
