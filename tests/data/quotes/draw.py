#!/usr/bin/env python3
"""Draws the held-out quotes articles (session 6): 13 SaudiNewsNet + 5 ANT v2.1, fixed seed.
usage (from the repository root): python3 tests/data/quotes/draw.py ../shared/data > /tmp/quotes-draw.jsonl
Prints one JSON line per drawn article, in draw order: {"id", "input"} in the gold record shape."""
import glob, gzip, io, json, os, random, sys, zipfile

SEED = 6
MARKERS = ('قال', 'أكد', 'أوضح', 'أضاف', '«', '“')
SNN_SOURCES = ['alriyadh', 'aljazirah', 'alyaum', 'okaz', 'aleqtisadiya', 'almadina', 'alwatan', 'aawsat', '3alyoum', 'alweeam', 'sabq']
ANT_SOURCES = ['CNN', 'BBC', 'alarabia', 'france24', 'skynews']
MIN_CHARS, MAX_CHARS = 400, 1800


def eligible(text):
    return MIN_CHARS <= len(text) <= MAX_CHARS and sum(m in text for m in MARKERS) >= 2


def main(shared):
    rng = random.Random(SEED)
    used = set()
    for path in glob.glob(os.path.join(shared, 'gold', '*.jsonl')):
        for line in open(path, encoding='utf-8'):
            if line.strip() and '"id"' in line:
                used.add(json.loads(line).get('id'))
    snn = {s: [] for s in SNN_SOURCES}
    for path in sorted(glob.glob(os.path.join(shared, 'corpus', 'saudinewsnet', '*.zip'))):
        day = os.path.basename(path)[:-4]
        with zipfile.ZipFile(path) as z:
            articles = json.load(io.TextIOWrapper(z.open(day + '.json'), encoding='utf-8'))
        for index, a in enumerate(articles):
            rid = 'snn-%s-%04d' % (day, index)
            if a.get('source') in snn and rid not in used and eligible(a.get('content') or ''):
                snn[a['source']].append((rid, {'title': a.get('title'), 'content': a['content'], 'source': a['source'], 'url': a.get('url'),
                                               'author': a.get('author'), 'published': a.get('date_extracted')}))
    order = SNN_SOURCES[:]
    rng.shuffle(order)
    order += order[:2]  # 13 articles over 11 sources: the first two sources of the shuffled order give two
    drawn = []
    for source in order:
        pick = rng.choice(snn[source])
        snn[source].remove(pick)
        drawn.append(pick)
    ant = {s: [] for s in ANT_SOURCES}
    with gzip.open(os.path.join(shared, 'corpus', 'ant-v2.1-train.jsonl.gz'), 'rt', encoding='utf-8') as f:
        for line in f:
            a = json.loads(line)
            if a.get('source') in ant and a['id'] not in used and eligible(a.get('text') or ''):
                ant[a['source']].append((a['id'], {'title': a.get('title'), 'content': a['text'], 'source': a['source'], 'url': a.get('url'),
                                                   'author': a.get('author'), 'published': a.get('published')}))
    outlets = ANT_SOURCES[:]
    rng.shuffle(outlets)
    ant_drawn = [rng.choice(ant[s]) for s in outlets]
    # draw order: dev2 = 9 SNN + 3 ANT, test2 = 4 SNN + 2 ANT
    for rid, record in drawn[:9] + ant_drawn[:3] + drawn[9:] + ant_drawn[3:]:
        print(json.dumps({'id': rid, 'input': record}, ensure_ascii=False))


if __name__ == '__main__':
    main(sys.argv[1] if len(sys.argv) > 1 else '../shared/data')
