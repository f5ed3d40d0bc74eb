#!/usr/bin/env python3
"""Draws the sample of this audit: mentions unxref reports on the tuning half of
../shared/corpus/akn that the UN's links in no language version of the same
resolution contain ("extras" that even P* counts as false positives).

  tools/audits/akn-extras/sample.py [--exe build/unxref] > sample.tsv

The figures in README.md were labelled on the sample this prints at the
commit named there; labels live in labels.tsv (id <TAB> label <TAB> note).
"""
import argparse
import collections
import json
import os
import random
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(os.path.dirname(HERE)))
sys.path.insert(0, os.path.join(ROOT, "..", "shared", "tools"))
import akn_gold  # noqa: E402


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--exe", default=os.path.join(ROOT, "build", "unxref"))
    ap.add_argument("--size", type=int, default=100)
    ap.add_argument("--context", action="store_true", help="add the detector's context of each mention (to label; "
                    "the committed sample leaves the documents' text in ../shared)")
    args = ap.parse_args()
    with tempfile.NamedTemporaryFile(suffix=".jsonl") as dump:
        subprocess.run([sys.executable, os.path.join(ROOT, "tools", "akn_eval.py"), "--exe", args.exe, "--part", "tune",
                        "--dump", dump.name], check=True, stdout=subprocess.DEVNULL)
        rows = [json.loads(l) for l in open(dump.name, encoding="utf-8")]
    union, selfs = collections.defaultdict(set), {}
    for d in ("ga-76", "sc-2021"):
        for line in open(os.path.join(ROOT, "..", "shared", "corpus", "akn", d, "gold.jsonl"), encoding="utf-8"):
            g = json.loads(line)
            union[g["self"]].add(g["target"])
            selfs[g["file"]] = g["self"]
    extras = [r for r in rows if r["what"] == "extra"
              and not any(akn_gold.matches(g, {r["target"]}) for g in union[selfs[r["file"]]])]
    random.seed(20261201)
    print("id\tfile\tlang\ttarget\tsurface" + ("\tcontext" if args.context else ""))
    for i, r in enumerate(random.sample(extras, min(args.size, len(extras)))):
        ctx = "\t" + r["context"].replace("\t", " ") if args.context else ""
        print(f"{i}\t{r['file']}\t{r['lang']}\t{r['target']}\t{r['surface']}{ctx}")
    print(f"# {len(extras)} extras in all", file=sys.stderr)


if __name__ == "__main__":
    main()
