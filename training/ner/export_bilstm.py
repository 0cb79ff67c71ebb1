#!/usr/bin/python3
"""Writes one or more bilstm_crf.py networks as Marsad's runtime file (models/ner-lstm.bin), read by NerNetworks.

usage: export_bilstm.py OUT --vectors artifacts/ner/ant-w2v.vec --weight 0.5 MODEL.pt [MODEL.pt ...]

The frozen skip-gram vectors are stored once for all networks, each row as int8 with its own scale (max |x| / 127);
every learned tensor as float16. The runtime averages the networks' label probabilities (per-token CRF marginals)
and adds --weight times their log to the CRF's emission scores. Format (little-endian, not compressed: the int8
vectors do not shrink): "MNLS",
version 1, network count, weight (float32); vectors: count, dims, then per word its UTF-8 bytes (int32 length
first), scale (float32) and dims int8; per network: hidden, word dim, letter dim, filters, letters (count, then
per letter its code point and id), known words (count, then per word its UTF-8 bytes and id), then the tensors in
TENSORS order, each as rows, columns and rows x columns float16 (row-major; the letter convolution's weight as
filters x (letter dim x 3), i.e. PyTorch's own layout flattened).
"""
import argparse
import struct

import numpy as np
import torch

TENSORS = [
    "words.weight",
    "clusters.0.weight", "clusters.1.weight", "clusters.2.weight",
    "letters.weight", "conv.weight", "conv.bias",
    "lstm.weight_ih_l0", "lstm.weight_hh_l0", "lstm.bias_ih_l0", "lstm.bias_hh_l0",
    "lstm.weight_ih_l0_reverse", "lstm.weight_hh_l0_reverse", "lstm.bias_ih_l0_reverse", "lstm.bias_hh_l0_reverse",
    "out.weight", "out.bias", "transitions", "start", "end",
]


def text(value):
    data = value.encode("utf-8")
    return struct.pack("<i", len(data)) + data


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("out")
    parser.add_argument("models", nargs="+")
    parser.add_argument("--vectors", default="artifacts/ner/ant-w2v.vec")
    parser.add_argument("--weight", type=float, default=0.5)
    args = parser.parse_args()

    parts = [b"MNLS", struct.pack("<iif", 1, len(args.models), args.weight)]
    with open(args.vectors, encoding="utf-8") as f:
        count, dims = map(int, f.readline().split())
        parts.append(struct.pack("<ii", count, dims))
        for line in f:
            fields = line.rstrip("\n").split(" ")
            v = np.asarray(fields[1:], dtype=np.float32)
            scale = float(np.abs(v).max()) / 127 or 1.0
            parts.append(text(fields[0]) + struct.pack("<f", scale) + np.round(v / scale).astype(np.int8).tobytes())

    for path in args.models:
        saved = torch.load(path)
        state, options = saved["state"], saved["args"]
        if options["word_dim"] <= 0:
            raise SystemExit(f"{path}: the runtime reads networks with learned word embeddings (--word-dim > 0)")
        # the known-word ids as bilstm_crf.py numbered them (saved with the model since session 10)
        known = saved.get("known")
        if known is None:
            raise SystemExit(f"{path}: no known-word table in the file (retrain with the current bilstm_crf.py)")
        parts.append(struct.pack("<iiii", options["hidden"], options["word_dim"], options["letter_dim"], options["filters"]))
        letters = saved["letters"]
        parts.append(struct.pack("<i", len(letters)))
        for c, i in sorted(letters.items(), key=lambda kv: kv[1]):
            parts.append(struct.pack("<ii", ord(c), i))
        parts.append(struct.pack("<i", len(known)))
        for w, i in sorted(known.items(), key=lambda kv: kv[1]):
            parts.append(text(w) + struct.pack("<i", i))
        for name in TENSORS:
            t = state[name].detach().float().numpy()
            t = t.reshape(t.shape[0], -1) if t.ndim > 1 else t.reshape(1, -1)
            parts.append(struct.pack("<ii", *t.shape) + t.astype("<f2").tobytes())

    with open(args.out, "wb") as f:
        f.write(b"".join(parts))


if __name__ == "__main__":
    main()
