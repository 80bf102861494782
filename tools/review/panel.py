#!/usr/bin/env python3
"""panel.py panelNN OUT.jsonl: a held-out panel's conversations (from panelNN/ids.tsv and
../shared/data) as a replies corpus for `defuse eval replies` or make_sheet.py."""
import json, os, sys
from common import HERE, panel_rows

name, out = sys.argv[1:3]
with open(out, 'w') as f:
    for pid, channel, text in panel_rows(os.path.join(HERE, name, 'ids.tsv')):
        f.write(json.dumps({"id": pid, "channel": channel,
                            "messages": [{"role": "customer", "text": text}], "expect": {}}) + "\n")
