#!/usr/bin/env python3
"""Scores `marsad analyze` entities against tests/data/ner/news-gold.jsonl (hand-annotated 2018 news).

The gold lists each article's entity mentions in text order as (surface, type), by the ANERcorp conventions
(currencies, البيت الأبيض and الله are MISC; titles and nationality adjectives are outside names). Surfaces, not
offsets: the analyzed text of an article changes with the extraction step, its names do not. Per article, a
predicted mention is right when the gold has a mention with the same surface (whitespace folded) and type not yet
matched; micro precision, recall and F1 over all articles, and per type. Articles of the prediction not in the gold
are ignored; a gold article missing from the prediction counts as nothing found.

Usage: score_news.py GOLD.jsonl PRED.jsonl  (PRED: `./marsad analyze --in jsonl` output, one article per line)
Input for analyze: the gold ids' records of ../shared/data/corpus/ant-v2.1-train.jsonl.gz as {id, title, text,
source, published} JSON lines (see tests/data/ner/README.md).
"""
import json
import re
import sys
from collections import Counter

TYPES = ("PER", "LOC", "ORG", "MISC")


def fold(surface):
    return re.sub(r"\s+", " ", surface).strip()


def read(path, key):
    articles = {}
    with open(path, encoding="utf-8") as f:
        for line in f:
            if line.strip():
                a = json.loads(line)
                articles[a["id"]] = Counter((fold(e["text"]), e["type"]) for e in a.get(key) or [])
    return articles


def main(gold_path, pred_path):
    gold = read(gold_path, "entities")
    pred = read(pred_path, "entities")
    right, found, wanted = Counter(), Counter(), Counter()
    for article, g in gold.items():
        p = pred.get(article, Counter())
        for (surface, kind), n in g.items():
            wanted[kind] += n
            right[kind] += min(n, p.get((surface, kind), 0))
        for (_, kind), n in p.items():
            found[kind] += n

    def line(name, r, f, w):
        precision = r / f if f else 0.0
        recall = r / w if w else 0.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        print(f"{name:5} gold {w:4}  predicted {f:4}  right {r:4}  P {precision:.3f}  R {recall:.3f}  F1 {f1:.3f}")
        return f1

    print(f"{len(gold)} articles")
    line("micro", sum(right.values()), sum(found.values()), sum(wanted.values()))
    for kind in TYPES:
        line(kind, right[kind], found[kind], wanted[kind])


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit("usage: score_news.py GOLD.jsonl PRED.jsonl")
    main(sys.argv[1], sys.argv[2])
