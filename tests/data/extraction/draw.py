#!/usr/bin/env python3
"""Draws the held-out extraction articles (session 6): a fixed-seed random sample, not chosen by eye.
usage: python3 tests/data/extraction/draw.py [SHARED_DATA]   (default ../shared/data)
Prints one JSON line per drawn article in draw order: {"set": "dev2"|"test2", "id", "input": {...}}."""
import json, os, random, sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..'))
import corpus_records  # noqa: E402

SEED = 20261207
SNN_SOURCES = ['alriyadh', 'aljazirah', 'alyaum', 'okaz', 'aleqtisadiya', 'almadina', 'alwatan', 'aawsat', '3alyoum', 'alweeam', 'sabq']
ANT_SOURCES = ['CNN', 'BBC', 'alarabia', 'france24', 'skynews']
shared = sys.argv[1] if len(sys.argv) > 1 else '../shared/data'
rng = random.Random(SEED)

excluded = corpus_records.ids(os.path.join(shared, 'gold', name) for name in ('extraction-dev.jsonl', 'quotes-dev.jsonl'))
snn = {s: [] for s in SNN_SOURCES}
for rid, inp in corpus_records.saudinewsnet(shared):
    if inp['source'] in snn and rid not in excluded and inp['content'].strip():
        snn[inp['source']].append((rid, inp))
ant = {s: [] for s in ANT_SOURCES}
for rid, inp in corpus_records.ant(shared):
    if inp['source'] in ant and inp['content'].strip():
        ant[inp['source']].append((rid, inp))

# 26 SaudiNewsNet articles: 2 per source, plus a third from 4 sources drawn at random.
extra = set(rng.sample(SNN_SOURCES, 4))
drawn_snn = [a for s in SNN_SOURCES for a in rng.sample(snn[s], 3 if s in extra else 2)]
rng.shuffle(drawn_snn)
# 10 ANT articles: 2 per source.
drawn_ant = [a for s in ANT_SOURCES for a in rng.sample(ant[s], 2)]
rng.shuffle(drawn_ant)

# Draw order: dev2 = first 17 SaudiNewsNet + first 7 ANT; test2 = the remaining 9 + 3.
order = [('dev2', a) for a in drawn_snn[:17] + drawn_ant[:7]] + [('test2', a) for a in drawn_snn[17:] + drawn_ant[7:]]
for split, (rid, inp) in order:
    print(json.dumps({'set': split, 'id': rid, 'input': inp}, ensure_ascii=False))
