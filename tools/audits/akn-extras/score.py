#!/usr/bin/env python3
"""Scores labels.tsv against sample.tsv: the share of the sampled extras that are
real citations with the right id ("citation"), and the errors by kind of target."""
import collections
import os

HERE = os.path.dirname(os.path.abspath(__file__))
sample = {r[0]: r for r in (l.rstrip("\n").split("\t") for l in open(os.path.join(HERE, "sample.tsv"), encoding="utf-8")) if r[0] != "id"}
labels = [l.rstrip("\n").split("\t") for l in open(os.path.join(HERE, "labels.tsv"), encoding="utf-8")][1:]
count = collections.Counter(label for _, label, _ in labels)
print(f"sampled extras: {len(labels)}; real citations with the right id: {count['citation']} "
      f"({count['citation'] / len(labels):.0%}); wrong: {count['wrong']}")
for i, label, note in labels:
    if label != "citation":
        print(f"  {i}: {sample[i][3]} from '{sample[i][4]}' ({sample[i][2]}): {note}")
