#!/usr/bin/env python3
"""Scores `unxref uptake` on the real labelled pairs of pairs.tsv.

Each pair of pair-list.tsv is run once (`unxref uptake --line-paragraphs
--language L --format json SOURCE TARGET`: the source's operative paragraphs are the
units). A unit is right when its verdict is the label and, unless the label is
absent, its best paragraph is one of the labelled paragraphs. Prints the tune
and test halves apart, the confusion matrix of each, and the absent units
reported as taken up. The written sample pair is scored by tools/uptake_eval.py.

  tools/audits/uptake-pairs/evaluate.py [--exe build/unxref] [--split tune|test|all]
                                        [--collection sc-2021|ga-76] [--threshold NAME=VALUE ...] [--misses]
"""
import argparse
import collections
import json
import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(os.path.dirname(HERE)))
AKN_ROOT = os.path.normpath(os.path.join(ROOT, "..", "shared", "corpus", "akn"))
AKN = os.path.join(AKN_ROOT, "sc-2021", "English")  # pairs without a collection column
VERDICTS = ["verbatim", "adapted", "thematic", "absent"]
sys.path.insert(0, os.path.dirname(HERE))
from audit_common import read_tsv  # noqa: E402  (one reader for every audit)


def pair_args(p):
    """The uptake arguments of one row of pair-list.tsv: its two files and stemmer."""
    folder = os.path.join(AKN_ROOT, p["collection"]) if p.get("collection") else AKN
    return ["--language", p.get("language") or "english", "--line-paragraphs",
            os.path.join(folder, p["source"]), os.path.join(folder, p["target"])]


def predict(exe, pair, thresholds):
    cmd = [exe, "uptake", "--format", "json", *pair_args(pair)]
    for t in thresholds:
        cmd += ["--threshold", t]
    r = subprocess.run(cmd, capture_output=True, text=True)
    if r.returncode != 0:
        sys.exit(f"{' '.join(cmd)} failed: {r.stderr[:400]}")
    out = {}
    for rec in json.loads(r.stdout)["recommendations"]:
        best = rec["matches"][0]["paragraph"] if rec["matches"] else ""
        out[rec["label"]] = (rec["verdict"], best)
    return out


def evaluate(exe, thresholds, split="all", misses=None, collection=""):
    """{split: (right, total, absent taken up, matrix)}; `collection` ("sc-2021", "ga-76") keeps those pairs only."""
    pairs = {p["pair"]: p for p in read_tsv(os.path.join(HERE, "pair-list.tsv"))}
    labels = read_tsv(os.path.join(HERE, "pairs.tsv"))
    preds = {pid: predict(exe, p, thresholds) for pid, p in pairs.items()}
    result = {}
    for sp in ("tune", "test"):
        if split not in ("all", sp):
            continue
        matrix = collections.defaultdict(collections.Counter)
        right = total = false_uptake = 0
        for l in labels:
            if l["split"] != sp or not (pairs[l["pair"]].get("collection") or "sc-2021").startswith(collection):
                continue
            verdict, best = preds[l["pair"]].get(l["unit"], ("missing", ""))
            gold = l["verdict"]
            allowed = [x for x in l["paragraphs"].split(",") if x]
            ok = verdict == gold and (gold == "absent" or best in allowed)
            total += 1
            right += ok
            false_uptake += gold == "absent" and verdict != "absent"
            matrix[gold][verdict if verdict == gold or gold == "absent" or best in allowed or verdict == "absent"
                         else "wrong-paragraph"] += 1
            if not ok and misses is not None:
                misses.append(f"{sp} {l['pair']}{l['unit']}: gold {gold} {l['paragraphs'] or '-'}, got {verdict} {best}")
        result[sp] = (right, total, false_uptake, matrix)
    return result


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--exe", default=os.path.join(ROOT, "build", "unxref"))
    ap.add_argument("--split", choices=["tune", "test", "all"], default="all")
    ap.add_argument("--threshold", action="append", default=[])
    ap.add_argument("--misses", action="store_true")
    ap.add_argument("--collection", default="", help="only the pairs of this collection: sc-2021 or ga-76")
    args = ap.parse_args()
    if not os.path.isdir(AKN_ROOT):
        sys.exit(f"{AKN_ROOT} absent")
    misses = [] if args.misses else None
    for sp, (right, total, fu, matrix) in evaluate(os.path.abspath(args.exe), args.threshold, args.split,
                                                   misses, args.collection).items():
        print(f"{sp}: {right}/{total} right ({100.0 * right / max(total, 1):.1f}%), absent reported as taken up: {fu}")
        cols = VERDICTS + ["wrong-paragraph"]
        print("  gold \\ got".ljust(18) + "".join(c.ljust(16) for c in cols))
        for g in VERDICTS:
            print(("  " + g).ljust(18) + "".join(str(matrix[g][c]).ljust(16) for c in cols))
    for m in misses or []:
        print("  " + m)


if __name__ == "__main__":
    main()
