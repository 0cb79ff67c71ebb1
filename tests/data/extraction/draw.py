#!/usr/bin/env python3
"""Draws the held-out extraction articles (session 6): a fixed-seed random sample, not chosen by eye.
usage: python3 tests/data/extraction/draw.py [SHARED_DATA]   (default ../shared/data)
Prints one JSON line per drawn article in draw order: {"set": "dev2"|"test2", "id", "input": {...}}."""
import glob, gzip, json, os, random, sys, zipfile

SEED = 20261207
SNN_SOURCES = ['alriyadh', 'aljazirah', 'alyaum', 'okaz', 'aleqtisadiya', 'almadina', 'alwatan', 'aawsat', '3alyoum', 'alweeam', 'sabq']
ANT_SOURCES = ['CNN', 'BBC', 'alarabia', 'france24', 'skynews']
shared = sys.argv[1] if len(sys.argv) > 1 else '../shared/data'
rng = random.Random(SEED)

excluded = set()
for name in ('extraction-dev.jsonl', 'quotes-dev.jsonl'):
    for line in open(os.path.join(shared, 'gold', name), encoding='utf-8'):
        if line.strip():
            excluded.add(json.loads(line)['id'])

snn = {s: [] for s in SNN_SOURCES}
for path in sorted(glob.glob(os.path.join(shared, 'corpus', 'saudinewsnet', '*.zip'))):
    day = os.path.basename(path)[:-4]
    with zipfile.ZipFile(path) as z:
        for entry in z.namelist():
            for i, a in enumerate(json.loads(z.read(entry))):
                rid = f'snn-{day}-{i:04d}'
                if a['source'] in snn and rid not in excluded and (a.get('content') or '').strip():
                    snn[a['source']].append((rid, {'title': a.get('title'), 'content': a['content'], 'source': a['source'],
                                                   'url': a.get('url'), 'author': a.get('author'), 'published': a.get('date_extracted')}))
ant = {s: [] for s in ANT_SOURCES}
with gzip.open(os.path.join(shared, 'corpus', 'ant-v2.1-train.jsonl.gz'), 'rt', encoding='utf-8') as f:
    for line in f:
        r = json.loads(line)
        if r['source'] in ant and (r.get('text') or '').strip():
            ant[r['source']].append((r['id'], {'title': r.get('title'), 'content': r['text'], 'source': r['source'],
                                               'url': r.get('url'), 'author': r.get('author'), 'published': r.get('published')}))

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
