#!/usr/bin/env python3
"""Stratified random sample of unxref mentions for a hand precision audit,
and the seeded choice of the documents read in full for the recall audit.

Runs the frozen binary the binary in UNXREF_AUDIT_EXE (commit 6ad73ac) on the
20 UPR reports and the 5 designed reports of /work/shared/pdfs, writes

  mentions.jsonl      every mention, as the binary printed it (the population)
  extract/<doc>.txt   the text the detector read (offsets in the jsonl are
                      UTF-8 byte offsets into this text)
  sample.tsv          the sample, with empty label/note columns to fill in
  recall-docs.txt     the 6 documents chosen for the recall audit

Strata (each mention in exactly one):
  shortform   resolved_from non-empty (short forms, resolved or not)
  resolution  kind == resolution
  symbol      kind == symbol
  treaty      kind == treaty
  sdg         kind starts with sdg-
  document    kind == document
  (any other kind gets its own stratum named after the kind)
A stratum with fewer than 40 mentions is taken whole; a larger one gives
min(n, 60) mentions drawn at random (random.Random(SEED).sample).

sample.tsv is never overwritten once it exists (it holds the hand labels):
  python3 sample.py            # first run: writes everything
  python3 sample.py --check    # later: reruns the binary and the draw and
                               # checks that sample.tsv's drawn rows are the same
"""
import collections
import glob
import json
import os
import random
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
# The binary of the audited commit (build it from 6ad73ac), overridable.
BIN = os.environ.get("UNXREF_AUDIT_EXE", os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "..", "build", "unxref"))
SHARED = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "..", "..", "shared")
PDFS = sorted(glob.glob(os.path.join(SHARED, "pdfs", "upr", "*.pdf"))) + sorted(
    glob.glob(os.path.join(SHARED, "pdfs", "designed", "*.pdf")))
SEED = 0x6ad73  # fixed (the commit hash as a number), chosen before any mention was labelled
SMALL = 40
MAX_TAKE = 60
COLS = ["id", "doc", "start", "end", "page", "kind", "surface", "target",
        "resolved_from", "context", "label", "note"]


def tsv_cell(s):
    return str(s).replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n").replace("\r", "")


def stratum(m):
    if m["resolved_from"]:
        return "shortform"
    k = m["kind"]
    if k.startswith("sdg-"):
        return "sdg"
    return k


def run_detector():
    out = subprocess.run([BIN, "detect", *PDFS, "--format", "jsonl"],
                         check=True, capture_output=True, text=True).stdout
    return out, [json.loads(line) for line in out.splitlines() if line.strip()]


def draw(mentions):
    for i, m in enumerate(mentions):
        m["id"] = "m%04d" % i
    by = collections.defaultdict(list)
    for m in mentions:
        by[stratum(m)].append(m)
    rng = random.Random(SEED)
    picked = []
    sizes = {}
    for name in sorted(by):
        pool = by[name]
        take = pool if len(pool) < SMALL else rng.sample(pool, min(len(pool), MAX_TAKE))
        sizes[name] = (len(pool), len(take))
        picked.extend(take)
    picked.sort(key=lambda m: m["id"])
    return picked, sizes


def recall_docs():
    """4 UPR reports of 4 different review years, then 2 designed reports."""
    rng = random.Random(SEED + 1)
    upr = sorted(glob.glob(os.path.join(SHARED, "pdfs", "upr", "*.pdf")))
    by_year = collections.defaultdict(list)
    for p in upr:
        by_year[os.path.basename(p)[-8:-4]].append(p)
    years = rng.sample(sorted(by_year), 4)
    chosen = [rng.choice(sorted(by_year[y])) for y in sorted(years)]
    designed = sorted(glob.glob(os.path.join(SHARED, "pdfs", "designed", "*.pdf")))
    chosen += sorted(rng.sample(designed, 2))
    return chosen


def row(m):
    return [m["id"], os.path.basename(m["doc"]), m["start"], m["end"], m["page"],
            m["kind"], m["surface"], m["target"], m["resolved_from"], m["context"], "", ""]


def main():
    check = "--check" in sys.argv
    raw, mentions = run_detector()
    picked, sizes = draw(mentions)
    for name, (n, k) in sorted(sizes.items()):
        print("stratum %-11s population %5d  sampled %3d" % (name, n, k))
    print("total population %d, sample %d" % (len(mentions), len(picked)))
    docs = recall_docs()
    print("recall documents:", ", ".join(os.path.basename(d) for d in docs))

    path = os.path.join(HERE, "sample.tsv")
    if check:
        with open(path, encoding="utf-8") as f:
            have = [line.rstrip("\n").split("\t") for line in f][1:]
        want = [[tsv_cell(c) for c in row(m)] for m in picked]
        same = [h[:10] for h in have] == [w[:10] for w in want]
        print("sample.tsv drawn columns identical to a fresh draw:", same)
        sys.exit(0 if same else 1)

    with open(os.path.join(HERE, "mentions.jsonl"), "w", encoding="utf-8") as f:
        f.write(raw)
    os.makedirs(os.path.join(HERE, "extract"), exist_ok=True)
    for p in PDFS:
        txt = subprocess.run([BIN, "extract", p, "--format", "text"], check=True,
                             capture_output=True, text=True).stdout
        with open(os.path.join(HERE, "extract", os.path.basename(p)[:-4] + ".txt"), "w",
                  encoding="utf-8") as f:
            f.write(txt)
    with open(os.path.join(HERE, "recall-docs.txt"), "w") as f:
        f.write("\n".join(os.path.basename(d) for d in docs) + "\n")
    if os.path.exists(path):
        print("sample.tsv exists (it holds the labels): not overwritten; use --check")
        return
    with open(path, "w", encoding="utf-8") as f:
        f.write("\t".join(COLS) + "\n")
        for m in picked:
            f.write("\t".join(tsv_cell(c) for c in row(m)) + "\n")
    print("wrote", path)


if __name__ == "__main__":
    main()
