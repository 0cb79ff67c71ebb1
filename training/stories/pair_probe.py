#!/usr/bin/env python3
"""How far the story pair decision can go with other models or other features (session 9 probe).

Reads the candidate pairs `quality story-train ... --pairs-out DIR` writes (DIR/*.pairs.tsv: label, the eight
StoryPairModel features, the two article ids) and the story-tuning cache of each window's analyzed articles
($TMPDIR/marsad-story-window-*.jsonl, written by the same run), and prints, leave one window out, the average
precision of the candidate pairs ranked by:
  - logistic regression on the eight features (what StoryPairModel is),
  - the same with all pairwise products (poly2), and gradient-boosted trees (nonlinear),
  - logistic regression on the eight plus one candidate feature read from the analysis (events, topic, quotes,
    lead entities), and plus all of them.
Needs numpy and scikit-learn (Debian: python3-sklearn). Usage: pair_probe.py DIR
"""
import glob
import json
import os
import sys
import tempfile

import numpy as np
from sklearn.ensemble import HistGradientBoostingClassifier
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import average_precision_score
from sklearn.preprocessing import PolynomialFeatures


def load_articles():
    articles = {}
    for path in glob.glob(os.path.join(tempfile.gettempdir(), "marsad-story-window-*.jsonl")):
        with open(path, encoding="utf-8") as f:
            for line in f:
                a = json.loads(line)
                articles[a["id"]] = a
    return articles


def lead_end(article):
    text = article.get("text") or ""
    for sep in (".\n", ". ", "\n"):
        i = text.find(sep)
        if i > 40:
            return i
    return min(len(text), 300)


def summary(article):
    """What the candidate features read of one article: its lead event, entity keys, topic, quote speakers."""
    end = lead_end(article)
    events = article.get("events") or []
    lead = [e for e in events if e["start"] <= end]
    entities = article.get("entities") or []
    topic = article.get("topic")
    return {
        "lead_type": lead[0]["type"] if lead else None,
        "lead_actors": {a for e in lead for a in (e.get("actors") or [])},
        "keys": {e.get("key") or e["text"] for e in entities},
        "lead_keys": {e.get("key") or e["text"] for e in entities if e["start"] <= end},
        "topic": topic.get("label") if isinstance(topic, dict) else topic,
        "speakers": {q.get("speaker_canonical") or q.get("speaker") or "" for q in (article.get("quotes") or [])} - {""},
    }


def missing(x, y):
    return len(x - y) / len(x) if x else 0.0


CANDIDATES = {
    "same-lead-event-type": lambda a, b: float(bool(a["lead_type"]) and a["lead_type"] == b["lead_type"]),
    "different-act-types": lambda a, b: float(bool(a["lead_type"] and b["lead_type"]) and a["lead_type"] != b["lead_type"]
                                              and "statement" not in (a["lead_type"], b["lead_type"])),
    "statement-vs-act": lambda a, b: float((a["lead_type"] == "statement") != (b["lead_type"] == "statement")),
    "lead-entities-missing": lambda a, b: (missing(a["lead_keys"], b["keys"]) + missing(b["lead_keys"], a["keys"])) / 2,
    "lead-entities-disjoint": lambda a, b: float(bool(a["lead_keys"] and b["lead_keys"]) and not a["lead_keys"] & b["lead_keys"]),
    "same-topic": lambda a, b: float(bool(a["topic"]) and a["topic"] == b["topic"]),
    "shared-speaker": lambda a, b: float(bool(a["speakers"] & b["speakers"])),
    "shared-lead-actor": lambda a, b: float(bool(a["lead_actors"] & b["lead_actors"])),
}


def main(directory):
    articles = load_articles()
    summaries = {}

    def get(article_id):
        if article_id not in summaries:
            summaries[article_id] = summary(articles[article_id])
        return summaries[article_id]

    windows = []
    for path in sorted(glob.glob(os.path.join(directory, "*.pairs.tsv"))):
        with open(path, encoding="utf-8") as f:
            rows = [line.rstrip("\n").split("\t") for line in f][1:]
        x = np.array([[float(v) for v in r[1:9]] for r in rows])
        y = np.array([float(r[0]) for r in rows])
        extra = np.array([[fn(get(r[9]), get(r[10])) for fn in CANDIDATES.values()] for r in rows])
        windows.append((os.path.basename(path).split(".")[0], x, extra, y))
    print("windows:", " | ".join(w[0] for w in windows))

    def lowo(make, columns=(), transform=None):
        precisions = []
        for i in range(len(windows)):
            def inputs(w):
                m = np.hstack([w[1], w[2][:, list(columns)]]) if columns else w[1]
                return transform(m) if transform else m
            train = [w for j, w in enumerate(windows) if j != i]
            model = make()
            model.fit(np.vstack([inputs(w) for w in train]), np.concatenate([w[3] for w in train]))
            p = model.predict_proba(inputs(windows[i]))[:, 1]
            precisions.append(average_precision_score(windows[i][3], p))
        return precisions

    def show(name, precisions):
        print(f"{name:34} mean AP {np.mean(precisions):.3f}  [" + " | ".join(f"{p:.3f}" for p in precisions) + "]")

    lr = lambda: LogisticRegression(C=1.0, max_iter=5000)
    trees = lambda: HistGradientBoostingClassifier(max_depth=3, learning_rate=0.05, max_iter=300, l2_regularization=1.0)
    show("logistic regression (StoryPairModel)", lowo(lr))
    show("logistic regression, poly2", lowo(lr, transform=PolynomialFeatures(2, include_bias=False).fit_transform))
    show("gradient-boosted trees (depth 3)", lowo(trees))
    for k, name in enumerate(CANDIDATES):
        show("+ " + name, lowo(lr, columns=[k]))
    show("+ all candidates", lowo(lr, columns=range(len(CANDIDATES))))
    show("+ all candidates, trees", lowo(trees, columns=range(len(CANDIDATES))))


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit("usage: pair_probe.py DIR (the --pairs-out directory of quality story-train)")
    main(sys.argv[1])
