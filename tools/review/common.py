"""Shared paths and readers for the review tools (see README.md)."""
import csv
import glob
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
DATA = os.environ.get('DEFUSE_DATA', os.path.join(ROOT, '..', 'shared', 'data'))
csv.field_size_limit(10**9)


def row_text(source, row):
    """The text of one dataset row: a support-escalation or complaints-twitter tweet id, a VADER
    snippet id or a UCI file index."""
    path = os.path.join(DATA, source)
    if source.endswith('_GroundTruth.txt'):
        with open(path, encoding='latin-1') as f:
            for line in f:
                fields = line.rstrip('\n').split('\t')
                if fields[0] == row:
                    return fields[2]
        raise KeyError(f'{source}: no snippet {row}')
    if source.endswith('.csv'):
        with open(path) as f:
            for r in csv.reader(f):
                if r and r[0] == row:
                    return r[1]
        raise KeyError(f'{source}: no tweet {row}')
    if source.endswith('.tsv'):
        with open(path) as f:
            for r in csv.DictReader(f, delimiter='\t', quoting=csv.QUOTE_NONE):
                if r['tweet_id'] == row:
                    return r['text']
        raise KeyError(f'{source}: no tweet {row}')
    return json.load(open(path))[int(row)]['text']


def panel_rows(ids_tsv):
    """A panel's (id, channel, text) rows from its ids.tsv."""
    with open(ids_tsv) as f:
        for r in csv.DictReader(f, delimiter='\t'):
            yield r['id'], r['channel'], row_text(r['source'], r['row'])


def held_texts():
    """Every held-out panel's texts: never drawn into a development sample."""
    held = set()
    for ids in glob.glob(os.path.join(HERE, 'panel*', 'ids.tsv')):
        held.update(t for _, _, t in panel_rows(ids))
    return held
