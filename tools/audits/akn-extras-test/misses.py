#!/usr/bin/env python3
"""Lists the recall misses of one corpus and language of the akn TEST part: per
missed gold link, its file, surface, gold target, character offsets, and what
the detector reported on the same line of the file (any kind, scored or not).

  tools/audits/akn-extras-test/misses.py --exe BIN [--dir sc-2021] [--lang zh] > misses-sc-2021-zh.tsv

A miss is a gold target of a file that no detected id satisfies (akn_gold's
`matches`, as akn_eval scores it); every link span of that target is listed.
Detector offsets are bytes of its flattened text, so its mentions are placed
in the file by their surface, the occurrence nearest the reported offset.
"""
import argparse
import collections
import json
import os
import re
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(os.path.dirname(HERE)))
AKN = os.path.join(ROOT, "..", "shared", "corpus", "akn")
sys.path.insert(0, os.path.join(ROOT, "..", "shared", "tools"))
sys.path.insert(0, os.path.join(ROOT, "tools"))
import akn_gold  # noqa: E402
import akn_eval  # noqa: E402


def placed(text, mentions):
    """(char start, char end, mention) for each mention, found in the file by its surface."""
    out = []
    for m in mentions:
        pattern = re.compile(r"\s+".join(re.escape(w) for w in m["surface"].split()))
        best = None
        for h in pattern.finditer(text):
            byte = len(text[:h.start()].encode())
            if best is None or abs(byte - m["start"]) < best[0]:
                best = (abs(byte - m["start"]), h.start(), h.end())
        if best:
            out.append((best[1], best[2], m))
    return out


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--exe", required=True)
    ap.add_argument("--dir", default="sc-2021")
    ap.add_argument("--lang", default="zh")
    args = ap.parse_args()
    d = os.path.join(AKN, args.dir)
    spans, selfs = collections.defaultdict(list), {}
    for line in open(os.path.join(d, "gold.jsonl"), encoding="utf-8"):
        g = json.loads(line)
        if g["lang"] == args.lang:
            spans[g["file"]].append(g)
            selfs[g["file"]] = g.get("self", "")
    files = [f for f in sorted(spans) if akn_eval.part_of(selfs[f]) == "test"]
    print("file\tgold_surface\tgold_target\tstart\tend\tdetector_on_same_line")
    total = 0
    for f in files:
        path = os.path.join(d, f)
        res = subprocess.run([args.exe, "detect", "--format", "jsonl", path], capture_output=True, timeout=120)
        mentions = [json.loads(l) for l in res.stdout.decode("utf-8", "replace").splitlines() if l.startswith("{")]
        got = {m["target"] for m in mentions if akn_eval.scored(m)}
        with open(path, encoding="utf-8") as fh:
            text = fh.read()
        where = placed(text, mentions)
        missed = {g["target"] for g in spans[f] if not akn_gold.matches(g["target"], got)}
        total += len(missed)
        for g in spans[f]:
            if g["target"] not in missed:
                continue
            lo = text.rfind("\n", 0, g["start"]) + 1
            hi = text.find("\n", g["end"])
            hi = len(text) if hi < 0 else hi
            near = [f"{m['target']} '{m['surface']}' @{s}" for s, e, m in where if lo <= s < hi]
            print(f"{f}\t{g['surface']}\t{g['target']}\t{g['start']}\t{g['end']}\t{'; '.join(near) or '(nothing)'}")
    print(f"# {args.dir} {args.lang} test: {len(files)} files, {total} missed gold targets", file=sys.stderr)


if __name__ == "__main__":
    main()
