#!/usr/bin/python3
"""BiLSTM-CRF named-entity tagger for ANERcorp: a training tool, not used at runtime.

Reads what `marsad-train ner-export` writes (per token the forms, proclitic, trigger category and gazetteer bits the
CRF's features read; the training sentences with annotated names by folds) and the skip-gram vectors of
`ner-clusters --vectors-out`. Per token: the frozen 100-d word vector (of the word, else of the word without its
proclitic, else without the article, as the CRF's clusters are looked up), learned embeddings of its clusters at
64 / 256 / 1024 (the shipped clusters file), optionally a learned embedding of the training words (--word-dim), a letter CNN over the normalized word,
and 57 indicators (gazetteer begin / inside bits per source and type, trigger category, proclitic, article, no
vector) -> one BiLSTM layer -> label scores -> linear-chain CRF (Viterbi under the BIO constraint).

Early stopping reads a slice of the training sentences (the last --stop-fraction of them, contiguous), never the
dev split. Writes the dev tags (CoNLL, for ../shared/tools/conlleval.py) and the per-token label log-marginals of the
dev split (for adding to the CRF's emission scores in `marsad-train ner-combine`).

Deterministic on CPU: fixed seeds, --threads torch threads (1 by default: faster than 2 on the shared 2-core machine). Needs Debian's python3-torch (1.13).
"""
import argparse
import json
import random
import subprocess
import sys
import time
from pathlib import Path

import numpy as np
import torch
from torch import nn

LABELS = ["O", "B-PER", "I-PER", "B-LOC", "I-LOC", "B-ORG", "I-ORG", "B-MISC", "I-MISC"]
LABEL_INDEX = {name: i for i, name in enumerate(LABELS)}
GAZETTEER_BITS = 25  # 5 sources x 5 slots (Gazetteer.Slots)
TRIGGERS = 4
INDICATORS = 2 * GAZETTEER_BITS + TRIGGERS + 3  # + proclitic, article, no vector


def can_follow(previous, label):
    """BIO: I-X only after B-X or I-X (previous = -1 at the sentence start)."""
    if label == 0 or label % 2 == 1:
        return True
    return previous > 0 and (previous - 1) // 2 == (label - 1) // 2


def read_split(path):
    sentences, current = [], []
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n")
            if not line:
                if current:
                    sentences.append(current)
                current = []
                continue
            current.append(line.split("\t"))
    if current:
        sentences.append(current)
    return sentences


def read_clusters(path):
    """Word -> (cluster of 64, of 256, of 1024), each + 1 (0: no cluster), from the shipped clusters file."""
    clusters = {}
    with open(path, encoding="utf-8") as f:
        for line in f:
            if line.startswith("#"):
                continue
            word, _, c64, c256, c1024 = line.rstrip("\n").split("\t")
            clusters[word] = (int(c64) + 1, int(c256) + 1, int(c1024) + 1)
    return clusters


def read_vectors(path):
    with open(path, encoding="utf-8") as f:
        count, dims = map(int, f.readline().split())
        words = {}
        matrix = np.zeros((count + 1, dims), dtype=np.float32)  # row 0: no vector
        for i, line in enumerate(f):
            parts = line.rstrip("\n").split(" ")
            words[parts[0]] = i + 1
            matrix[i + 1] = np.asarray(parts[1:], dtype=np.float32)
    return words, matrix


class Encoded:
    """A split as tensors' inputs: per sentence word-vector ids, letter ids, indicators and gold labels."""

    def __init__(self, sentences, words, clusters, letters, grow_letters, known):
        self.items = []
        for sentence in sentences:
            vec, chars, ind, gold = [], [], [], []
            for fields in sentence:
                token, tag, word, remainder, bare, proclitic, trigger, begins, insides = fields
                index = words.get(word) or words.get(remainder) or words.get(bare) or 0
                cluster = clusters.get(word) or clusters.get(remainder) or clusters.get(bare) or (0, 0, 0)
                vec.append((index,) + cluster + (known.get(bare, 1),))
                ids = []
                for c in word:
                    if c not in letters:
                        if grow_letters:
                            letters[c] = len(letters) + 2  # 0 padding, 1 unknown
                    ids.append(letters.get(c, 1))
                chars.append(ids or [1])
                row = np.zeros(INDICATORS, dtype=np.float32)
                b, n = int(begins), int(insides)
                for k in range(GAZETTEER_BITS):
                    if b >> k & 1:
                        row[k] = 1
                    if n >> k & 1:
                        row[GAZETTEER_BITS + k] = 1
                t = int(trigger)
                if 1 <= t <= TRIGGERS:
                    row[2 * GAZETTEER_BITS + t - 1] = 1
                base = 2 * GAZETTEER_BITS + TRIGGERS
                if proclitic != "-" and not proclitic.startswith("+"):
                    row[base] = 1
                if proclitic.endswith("ال"):
                    row[base + 1] = 1
                if index == 0:
                    row[base + 2] = 1
                ind.append(row)
                gold.append(LABEL_INDEX[tag])
            self.items.append((vec, chars, np.stack(ind), gold, [f[0] for f in sentence]))


def batch_tensors(items):
    n = max(len(it[0]) for it in items)
    width = max(len(c) for it in items for c in it[1])
    b = len(items)
    vec = torch.zeros(b, n, 5, dtype=torch.long)
    chars = torch.zeros(b, n, width, dtype=torch.long)
    ind = torch.zeros(b, n, INDICATORS)
    gold = torch.zeros(b, n, dtype=torch.long)
    mask = torch.zeros(b, n, dtype=torch.bool)
    for i, (v, c, d, g, _) in enumerate(items):
        m = len(v)
        vec[i, :m] = torch.tensor(v)
        for j, ids in enumerate(c):
            chars[i, j, : len(ids)] = torch.tensor(ids)
        ind[i, :m] = torch.from_numpy(d)
        gold[i, :m] = torch.tensor(g)
        mask[i, :m] = True
    return vec, chars, ind, gold, mask


class Tagger(nn.Module):
    def __init__(self, vectors, letters, letter_dim, filters, hidden, dropout, known, word_dim):
        super().__init__()
        self.word_dim = word_dim
        if word_dim > 0:
            self.words = nn.Embedding(known + 2, word_dim, padding_idx=0)  # 1: a word seen fewer than twice
        self.vectors = nn.Embedding.from_pretrained(torch.from_numpy(vectors), freeze=True)
        self.clusters = nn.ModuleList([nn.Embedding(k + 1, d) for k, d in ((64, 8), (256, 16), (1024, 32))])
        self.letters = nn.Embedding(letters + 2, letter_dim, padding_idx=0)
        self.conv = nn.Conv1d(letter_dim, filters, kernel_size=3, padding=1)
        self.dropout = nn.Dropout(dropout)
        self.lstm = nn.LSTM(vectors.shape[1] + 56 + word_dim + filters + INDICATORS, hidden, batch_first=True, bidirectional=True)
        self.out = nn.Linear(2 * hidden, len(LABELS))
        self.transitions = nn.Parameter(torch.zeros(len(LABELS), len(LABELS)))
        self.start = nn.Parameter(torch.zeros(len(LABELS)))
        self.end = nn.Parameter(torch.zeros(len(LABELS)))
        allowed = torch.zeros(len(LABELS), len(LABELS))
        for p in range(len(LABELS)):
            for y in range(len(LABELS)):
                if not can_follow(p, y):
                    allowed[p, y] = -1e4
        self.register_buffer("forbidden", allowed)
        self.register_buffer("forbidden_start", torch.tensor([0.0 if can_follow(-1, y) else -1e4 for y in range(len(LABELS))]))

    def emissions(self, vec, chars, ind, mask):
        b, n, w = chars.shape
        c = self.letters(chars.view(b * n, w)).transpose(1, 2)  # (bn, dim, w)
        c = self.conv(c)
        c = c.masked_fill((chars.view(b * n, 1, w) == 0), -1e4).max(dim=2).values
        c = torch.tanh(c).view(b, n, -1)
        parts = [self.vectors(vec[:, :, 0])] + [e(vec[:, :, k + 1]) for k, e in enumerate(self.clusters)]
        if self.word_dim > 0:
            ids = vec[:, :, 4]
            if self.training:  # word dropout: a known word read as unknown, so the rest learns unseen words
                ids = torch.where((torch.rand(ids.shape) < 0.1) & (ids > 1), torch.ones_like(ids), ids)
            parts.append(self.words(ids))
        x = torch.cat(parts + [c, ind], dim=2)
        x = self.dropout(x)
        lengths = mask.sum(1)
        packed = nn.utils.rnn.pack_padded_sequence(x, lengths.cpu(), batch_first=True, enforce_sorted=False)
        h, _ = self.lstm(packed)
        h, _ = nn.utils.rnn.pad_packed_sequence(h, batch_first=True, total_length=n)
        return self.out(self.dropout(h))

    def trans(self):
        return self.transitions + self.forbidden

    def log_partition_and_alphas(self, e, mask):
        trans = self.trans()
        alpha = self.start + self.forbidden_start + e[:, 0]
        alphas = [alpha]
        for t in range(1, e.shape[1]):
            nxt = torch.logsumexp(alpha.unsqueeze(2) + trans.unsqueeze(0), dim=1) + e[:, t]
            alpha = torch.where(mask[:, t].unsqueeze(1), nxt, alpha)
            alphas.append(alpha)
        return torch.logsumexp(alpha + self.end, dim=1), alphas

    def loss(self, e, gold, mask):
        log_z, _ = self.log_partition_and_alphas(e, mask)
        trans = self.trans()
        score = self.start[gold[:, 0]] + e[:, 0].gather(1, gold[:, :1]).squeeze(1)
        for t in range(1, e.shape[1]):
            step = trans[gold[:, t - 1], gold[:, t]] + e[:, t].gather(1, gold[:, t : t + 1]).squeeze(1)
            score = score + step * mask[:, t]
        last = gold.gather(1, (mask.sum(1) - 1).unsqueeze(1)).squeeze(1)
        score = score + self.end[last]
        return (log_z - score).sum()

    def marginals(self, e, mask):
        """Per-token log-marginals (forward-backward), one sentence at a time (b = 1)."""
        trans = self.trans()
        log_z, alphas = self.log_partition_and_alphas(e, mask)
        n = e.shape[1]
        beta = self.end.unsqueeze(0).expand(e.shape[0], -1)
        betas = [beta]
        for t in range(n - 1, 0, -1):
            beta = torch.logsumexp(trans.unsqueeze(0) + (e[:, t] + beta).unsqueeze(1), dim=2)
            betas.append(beta)
        betas.reverse()
        return torch.stack([a + b for a, b in zip(alphas, betas)], dim=1) - log_z.view(-1, 1, 1)

    def viterbi(self, e):
        """Best labels of one sentence (e: n x labels)."""
        trans = self.trans()
        score = self.start + self.forbidden_start + e[0]
        back = []
        for t in range(1, e.shape[0]):
            total = score.unsqueeze(1) + trans
            best, arg = total.max(dim=0)
            back.append(arg)
            score = best + e[t]
        y = int(torch.argmax(score + self.end))
        path = [y]
        for arg in reversed(back):
            y = int(arg[y])
            path.append(y)
        return path[::-1]


def entities(labels):
    spans, start, kind = set(), None, None
    for i, y in enumerate(list(labels) + [0]):
        name = LABELS[y]
        if start is not None and (name == "O" or name.startswith("B-") or name[2:] != kind):
            spans.add((start, i, kind))
            start = None
        if name != "O" and start is None:
            start, kind = i, name[2:]
    return spans


def micro_f1(gold_seqs, pred_seqs):
    correct = g = p = 0
    for gold, pred in zip(gold_seqs, pred_seqs):
        a, b = entities(gold), entities(pred)
        correct += len(a & b)
        g += len(a)
        p += len(b)
    if correct == 0:
        return 0.0
    precision, recall = correct / p, correct / g
    return 2 * precision * recall / (precision + recall)


def predict(model, items, with_marginals=False):
    model.eval()
    paths, marginals = [], []
    with torch.no_grad():
        for item in items:
            vec, chars, ind, _, mask = batch_tensors([item])
            e = model.emissions(vec, chars, ind, mask)
            paths.append(model.viterbi(e[0]))
            if with_marginals:
                marginals.append(model.marginals(e, mask)[0].numpy())
    return paths, marginals


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--export", default="artifacts/ner/export")
    parser.add_argument("--vectors", default="artifacts/ner/ant-w2v.vec")
    parser.add_argument("--clusters", default="src/Marsad.Core/Resources/clusters/ant-w2v.tsv")
    parser.add_argument("--out", default="artifacts/ner/bilstm")
    parser.add_argument("--hidden", type=int, default=64)
    parser.add_argument("--word-dim", type=int, default=0, help="learned embeddings of training words (0: none)")
    parser.add_argument("--letter-dim", type=int, default=32)
    parser.add_argument("--filters", type=int, default=64)
    parser.add_argument("--dropout", type=float, default=0.5)
    parser.add_argument("--rate", type=float, default=0.002)
    parser.add_argument("--batch", type=int, default=32)
    parser.add_argument("--max-length", type=int, default=80)
    parser.add_argument("--epochs", type=int, default=15)
    parser.add_argument("--patience", type=int, default=3)
    parser.add_argument("--stop-fraction", type=float, default=0.1,
                        help="last fraction of the training sentences held out for early stopping (0: train on all for --epochs)")
    parser.add_argument("--seed", type=int, default=20261206)
    parser.add_argument("--threads", type=int, default=1)
    args = parser.parse_args()

    torch.set_num_threads(args.threads)
    random.seed(args.seed)
    np.random.seed(args.seed)
    torch.manual_seed(args.seed)
    clock = time.time()

    def log(message):
        print(f"[{time.time() - clock:7.1f}s] {message}", file=sys.stderr, flush=True)

    words, vectors = read_vectors(args.vectors)
    train_sentences = read_split(Path(args.export) / "train.tsv")
    dev_sentences = read_split(Path(args.export) / "dev.tsv")
    letters = {}
    clusters = read_clusters(args.clusters)
    # a learned embedding per training word (the form without proclitic and article) seen at least twice
    counts = {}
    for sentence in train_sentences:
        for fields in sentence:
            counts[fields[4]] = counts.get(fields[4], 0) + 1
    known = {w: i + 2 for i, w in enumerate(sorted(w for w, c in counts.items() if c >= 2))}
    train = Encoded(train_sentences, words, clusters, letters, True, known).items
    dev = Encoded(dev_sentences, words, clusters, letters, False, known).items
    stop = []
    if args.stop_fraction > 0:
        cut = len(train) - round(len(train) * args.stop_fraction)
        train, stop = train[:cut], train[cut:]
    log(f"{len(words)} vectors; train {len(train)} sentences, early-stopping slice {len(stop)}, dev {len(dev)}; {len(letters)} letters")

    model = Tagger(vectors, len(letters), args.letter_dim, args.filters, args.hidden, args.dropout, len(known), args.word_dim)
    optimizer = torch.optim.Adam([p for p in model.parameters() if p.requires_grad], lr=args.rate)
    best = (-1.0, 0, None)
    # long sentences are trained on in pieces of at most --max-length tokens; batches hold sentences of similar length
    pieces = [tuple(part[k : k + args.max_length] for part in item) for item in train for k in range(0, len(item[0]), args.max_length)]
    pieces.sort(key=lambda it: len(it[0]))
    batches = [pieces[k : k + args.batch] for k in range(0, len(pieces), args.batch)]
    for epoch in range(1, args.epochs + 1):
        model.train()
        random.shuffle(batches)
        total = 0.0
        for count, items in enumerate(batches, 1):
            if epoch == 1 and count % 50 == 0:
                log(f"  batch {count} of {len(batches)}")
            vec, chars, ind, gold, mask = batch_tensors(items)
            optimizer.zero_grad()
            loss = model.loss(model.emissions(vec, chars, ind, mask), gold, mask)
            loss.backward()
            nn.utils.clip_grad_norm_(model.parameters(), 5.0)
            optimizer.step()
            total += float(loss)
        message = f"epoch {epoch}: loss {total:.1f}"
        if stop:
            f1 = micro_f1([it[3] for it in stop], predict(model, stop)[0])
            message += f", early-stopping slice micro-F1 {f1:.4f}"
            if f1 > best[0]:
                best = (f1, epoch, {k: v.clone() for k, v in model.state_dict().items()})
        log(message)
        if stop and epoch - best[1] >= args.patience:
            break
    if stop:
        model.load_state_dict(best[2])
        log(f"best epoch {best[1]} (slice micro-F1 {best[0]:.4f})")

    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    torch.save({"state": model.state_dict(), "letters": letters, "known": known, "args": vars(args)}, out / "model.pt")
    paths, marginals = predict(model, dev, with_marginals=True)
    with open(out / "dev-gold.txt", "w", encoding="utf-8") as g, open(out / "dev-pred.txt", "w", encoding="utf-8") as p, \
            open(out / "dev-marginals.txt", "w", encoding="utf-8") as m:
        for item, path, marginal in zip(dev, paths, marginals):
            for token, gold, y, row in zip(item[4], item[3], path, marginal):
                g.write(f"{token}\t{LABELS[gold]}\n")
                p.write(f"{token}\t{LABELS[y]}\n")
                m.write(" ".join(f"{x:.4f}" for x in row) + "\n")
            g.write("\n")
            p.write("\n")
            m.write("\n")
    log(f"dev micro-F1 (own count) {micro_f1([it[3] for it in dev], paths):.4f}")
    scorer = Path(__file__).resolve().parents[2] / ".." / "shared" / "tools" / "conlleval.py"
    if scorer.exists():
        result = subprocess.run([sys.executable, str(scorer), str(out / "dev-gold.txt"), str(out / "dev-pred.txt")],
                                capture_output=True, text=True, check=False)
        log("conlleval.py: " + result.stdout.strip() + result.stderr.strip())
        (out / "conlleval.json").write_text(result.stdout, encoding="utf-8")


if __name__ == "__main__":
    main()
