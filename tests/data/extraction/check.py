#!/usr/bin/env python3
"""Checks the extraction gold invariant of ../shared/data/gold/README.md on gold files:
the non-whitespace characters of input.content are covered exactly once by the headline when it is a content line (no title),
dateline.text, paragraphs and removed,
every span is a stripped contiguous span of content, paragraphs are in document order, subheadings are paragraphs.
usage: python3 tests/data/extraction/check.py GOLD.jsonl...   (exit 1 and one line per problem if any)"""
import json, sys

problems = 0
for path in sys.argv[1:]:
    for n, line in enumerate(open(path, encoding='utf-8'), 1):
        if not line.strip():
            continue
        r = json.loads(line); c = r['input']['content']; g = r['gold']
        covered = [False] * len(c)

        def claim(span, start=0):
            """Marks the first occurrence of span at or after start whose characters are all unclaimed; returns its end."""
            global problems
            if span != span.strip() or not span:
                print(f'{path}:{n} {r["id"]}: span not stripped: {span!r}'); problems += 1
            at = c.find(span, start)
            while at >= 0 and any(covered[at:at + len(span)]):
                at = c.find(span, at + 1)
            if at < 0:
                print(f'{path}:{n} {r["id"]}: not a free span of content: {span[:60]!r}'); problems += 1
                return start
            for k in range(at, at + len(span)):
                covered[k] = True
            return at + len(span)

        if r['input']['title'] is None:
            claim(g['headline'])
        if g['dateline']['text']:
            claim(g['dateline']['text'])
        end = 0
        for p in g['paragraphs']:
            end = claim(p, end)
        for x in g['removed']:
            claim(x)
        for s in g['subheadings']:
            if s not in g['paragraphs']:
                print(f'{path}:{n} {r["id"]}: subheading not a paragraph: {s!r}'); problems += 1
        missed = ''.join(ch for ch, cov in zip(c, covered) if not cov and not ch.isspace())
        if missed:
            print(f'{path}:{n} {r["id"]}: content not covered: {missed[:60]!r}'); problems += 1
sys.exit(1 if problems else 0)
