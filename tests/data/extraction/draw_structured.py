#!/usr/bin/env python3
"""Draws the structure-rich held-out extraction articles (session 6): a fixed-seed random sample among the articles whose
top carries a dateline or byline cue, because a plain random draw (draw.py) holds almost no agency or dated datelines.
usage: python3 tests/data/extraction/draw_structured.py [SHARED_DATA]   (default ../shared/data)
Prints one JSON line per drawn article in draw order: {"set": "dev3"|"test3", "id", "input": {...}}."""
import json, os, random, re, sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..'))
import corpus_records  # noqa: E402

SEED = 20261207
shared = sys.argv[1] if len(sys.argv) > 1 else '../shared/data'
here = os.path.dirname(os.path.abspath(__file__))
rng = random.Random(SEED)

# The cue, fixed before any article was read: in the first 150 characters of the content, a news-agency token or a
# Hijri year of the corpus period; or a first line of at most 8 words holding a dash or a colon (a byline or dateline).
AGENCY = re.compile(r'(?<![\w])(?:واس|رويترز|أ ف ب|أ\.ف\.ب|ا ف ب|د ب أ|د\.ب\.أ|سانا|الأناضول|كونا|وام|بنا|أ ش أ|يو بي آي|CNN)(?![\w])')
HIJRI = re.compile(r'14[34]\d\s*(?:هـ|ه)')

def cued(content):
    head = content.strip()[:150]
    first = content.strip().split('\n')[0]
    return bool(AGENCY.search(head) or HIJRI.search(head)
                or (len(first.split()) <= 8 and re.search(r'[-–—:]', first)))

excluded = corpus_records.ids([os.path.join(shared, 'gold', 'extraction-dev.jsonl'), os.path.join(shared, 'gold', 'quotes-dev.jsonl'),
                                os.path.join(here, 'dev2.jsonl'), os.path.join(here, 'test2.jsonl')])
snn = {}
for rid, inp in corpus_records.saudinewsnet(shared):
    if rid not in excluded and inp['source'] != 'arreyadi' and inp['content'].strip() and cued(inp['content']):
        snn.setdefault(inp['source'], []).append((rid, inp))
ant = [(rid, inp) for rid, inp in corpus_records.ant(shared) if rid not in excluded and inp['content'].strip() and cued(inp['content'])]

# stratified like draw.py: 2 per source (fewer where fewer are cued), shuffled, the first 20 kept
drawn_snn = [a for s in sorted(snn) for a in rng.sample(snn[s], min(2, len(snn[s])))]
rng.shuffle(drawn_snn)
drawn_snn = drawn_snn[:20]
drawn_ant = rng.sample(ant, 4)
# dev3 = the first 14 SaudiNewsNet and first 2 ANT articles; test3 = the remaining 6 and 2.
order = [('dev3', a) for a in drawn_snn[:14] + drawn_ant[:2]] + [('test3', a) for a in drawn_snn[14:] + drawn_ant[2:]]
print(f'candidates: {sum(map(len, snn.values()))} SaudiNewsNet {dict((k, len(v)) for k, v in snn.items())}, {len(ant)} ANT', file=sys.stderr)
for split, (rid, inp) in order:
    print(json.dumps({'set': split, 'id': rid, 'input': inp}, ensure_ascii=False))
