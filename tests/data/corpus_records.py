"""Reads the shared corpora as gold-record inputs, for the scripts that draw the held-out gold sets
(tests/data/extraction/draw*.py, tests/data/quotes/draw.py). Every reader yields in file order, so a fixed seed gives
the same draw on every machine."""
import glob, gzip, json, os, zipfile


def saudinewsnet(shared):
    """(id, input) for every SaudiNewsNet article; id `snn-<day>-<index>`, index = position in that day's JSON array."""
    for path in sorted(glob.glob(os.path.join(shared, 'corpus', 'saudinewsnet', '*.zip'))):
        day = os.path.basename(path)[:-4]
        with zipfile.ZipFile(path) as z:
            for entry in z.namelist():
                for i, a in enumerate(json.loads(z.read(entry))):
                    yield f'snn-{day}-{i:04d}', {'title': a.get('title'), 'content': a.get('content') or '', 'source': a.get('source'),
                                                 'url': a.get('url'), 'author': a.get('author'), 'published': a.get('date_extracted')}


def ant(shared):
    """(id, input) for every ANT v2.1 article, keeping the corpus id; the content is its `text`."""
    with gzip.open(os.path.join(shared, 'corpus', 'ant-v2.1-train.jsonl.gz'), 'rt', encoding='utf-8') as f:
        for line in f:
            r = json.loads(line)
            yield r['id'], {'title': r.get('title'), 'content': r.get('text') or '', 'source': r.get('source'),
                            'url': r.get('url'), 'author': r.get('author'), 'published': r.get('published')}


def ids(paths):
    """The record ids in JSON Lines gold files."""
    found = set()
    for path in paths:
        for line in open(path, encoding='utf-8'):
            if line.strip():
                found.add(json.loads(line).get('id'))
    return found
