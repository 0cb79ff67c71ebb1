#!/usr/bin/python3
"""Averages the label probabilities of several bilstm_crf.py runs' dev-marginals.txt files (an ensemble), and writes
their log in the same format, for `marsad-train ner-combine --marginals`.

usage: average_marginals.py OUT IN1 IN2 [IN3 ...]
"""
import math
import sys


def main():
    if len(sys.argv) < 4:
        sys.exit(__doc__)
    inputs = [open(path, encoding="utf-8") for path in sys.argv[2:]]
    with open(sys.argv[1], "w", encoding="utf-8") as out:
        for lines in zip(*inputs):
            rows = [line.split() for line in lines]
            if any(len(r) != len(rows[0]) for r in rows):
                sys.exit(f"{sys.argv[1]}: the inputs are not aligned (token lines against sentence breaks)")
            if not rows[0]:
                out.write("\n")
                continue
            mean = [sum(math.exp(float(r[k])) for r in rows) / len(rows) for k in range(len(rows[0]))]
            out.write(" ".join(f"{math.log(max(p, 1e-30)):.4f}" for p in mean) + "\n")


if __name__ == "__main__":
    main()
