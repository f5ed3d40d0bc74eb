#!/usr/bin/env python3
"""Copy the hand labels of labels.tsv (id, label, note) into the label and note
columns of sample.tsv. Fails if a sampled row has no label, a label is not one
of the five, or labels.tsv names a row that is not in the sample."""
import os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
LABELS = {"exact", "wrong-id", "not-citation", "unresolved-ok", "unresolved-bad"}
lab = {}
with open(os.path.join(HERE, "labels.tsv"), encoding="utf-8") as f:
    next(f)
    for line in f:
        if not line.strip():
            continue
        i, label, note = (line.rstrip("\n").split("\t") + ["", ""])[:3]
        if label not in LABELS or i in lab:
            sys.exit("bad or repeated label for %s: %r" % (i, label))
        lab[i] = (label, note)
path = os.path.join(HERE, "sample.tsv")
with open(path, encoding="utf-8") as f:
    lines = f.read().splitlines()
out = [lines[0]]
ids = set()
for line in lines[1:]:
    cells = line.split("\t")
    ids.add(cells[0])
    if cells[0] not in lab:
        sys.exit("row %s has no label" % cells[0])
    cells[10], cells[11] = lab[cells[0]]
    out.append("\t".join(cells))
extra = set(lab) - ids
if extra:
    sys.exit("labels for rows not in the sample: %s" % sorted(extra))
with open(path, "w", encoding="utf-8") as f:
    f.write("\n".join(out) + "\n")
print("labelled %d rows" % (len(out) - 1))
