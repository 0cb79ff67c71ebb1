#!/usr/bin/env python3
"""Draws the held-out quotes articles (session 6) from SaudiNewsNet and ANT v2.1, with a fixed seed per set.
usage (from the repository root): python3 tests/data/quotes/draw.py ../shared/data [2|3|4|5] > /tmp/quotes-draw.jsonl
Set 2 (default): 13 SaudiNewsNet + 5 ANT, seed 6 (dev2 + test2). Set 3: 12 SaudiNewsNet + 4 ANT, seed 9 (dev3 + test3),
also excluding the ids of dev2/test2. Set 4: 15 SaudiNewsNet + 5 ANT, seed 12, all held out (test4), also excluding the
ids of dev2/test2/dev3/test3. Set 5 (session 7): 6 SaudiNewsNet + 2 ANT, seed 15, longer articles (1,801–3,000
characters, at least three markers), so it cannot overlap sets 2–4 (test5). Prints one JSON line per drawn article, in draw order: {"id", "input"} in the gold record
shape."""
import glob, json, os, random, sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..'))
import corpus_records  # noqa: E402

MARKERS = ('قال', 'أكد', 'أوضح', 'أضاف', '«', '“')
SNN_SOURCES = ['alriyadh', 'aljazirah', 'alyaum', 'okaz', 'aleqtisadiya', 'almadina', 'alwatan', 'aawsat', '3alyoum', 'alweeam', 'sabq']
ANT_SOURCES = ['CNN', 'BBC', 'alarabia', 'france24', 'skynews']
HERE = os.path.dirname(os.path.abspath(__file__))
SHORT = (400, 1800, 2)  # content length bounds and the least number of markers present
# set: (seed, SaudiNewsNet articles, ANT articles, SaudiNewsNet in dev, ANT in dev, held-out files whose ids are excluded,
#       eligibility)
SETS = {
    '2': (6, 13, 5, 9, 3, [], SHORT),
    '3': (9, 12, 4, 8, 2, ['dev2.jsonl', 'test2.jsonl'], SHORT),
    '4': (12, 15, 5, 0, 0, ['dev2.jsonl', 'test2.jsonl', 'dev3.jsonl', 'test3.jsonl'], SHORT),
    '5': (15, 6, 2, 0, 0, [], (1801, 3000, 3)),
}


def main(shared, which):
    seed, snn_count, ant_count, snn_dev, ant_dev, excluded, (min_chars, max_chars, min_markers) = SETS[which]

    def eligible(text):
        return min_chars <= len(text) <= max_chars and sum(m in text for m in MARKERS) >= min_markers

    rng = random.Random(seed)
    used = corpus_records.ids(glob.glob(os.path.join(shared, 'gold', '*.jsonl')) + [os.path.join(HERE, f) for f in excluded])
    snn = {s: [] for s in SNN_SOURCES}
    for rid, record in corpus_records.saudinewsnet(shared):
        if record['source'] in snn and rid not in used and eligible(record['content']):
            snn[record['source']].append((rid, record))
    order = SNN_SOURCES[:]
    rng.shuffle(order)
    order = (order + order)[:snn_count]  # more articles than sources: the first sources of the shuffled order give two
    drawn = []
    for source in order:
        pick = rng.choice(snn[source])
        snn[source].remove(pick)
        drawn.append(pick)
    ant = {s: [] for s in ANT_SOURCES}
    for rid, record in corpus_records.ant(shared):
        if record['source'] in ant and rid not in used and eligible(record['content']):
            ant[record['source']].append((rid, record))
    outlets = ANT_SOURCES[:]
    rng.shuffle(outlets)
    ant_drawn = [rng.choice(ant[s]) for s in outlets[:ant_count]]
    # draw order: the dev articles (first SaudiNewsNet, first ANT), then the test articles (the rest of each)
    for rid, record in drawn[:snn_dev] + ant_drawn[:ant_dev] + drawn[snn_dev:] + ant_drawn[ant_dev:]:
        print(json.dumps({'id': rid, 'input': record}, ensure_ascii=False))


if __name__ == '__main__':
    main(sys.argv[1] if len(sys.argv) > 1 else '../shared/data', sys.argv[2] if len(sys.argv) > 2 else '2')
