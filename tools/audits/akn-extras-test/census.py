#!/usr/bin/env python3
"""Census of one error class over ALL extras P* counts on the akn test part (not
only the sample): ids that are a linked id of the same resolution with one or
two digits added at the end, the mark of a footnote number glued to the
number ("resolución 75/587," = resolution 75/58, footnote 7). A lower bound:
symbols the UN never links (OPCW's EC-94/DEC.2) do not show up this way.

  tools/audits/akn-extras-test/census.py --exe BIN
"""
import argparse
import collections
import json
import os
import re
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import sample  # noqa: E402  (same eval run, gold index and P* filter)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--exe", required=True)
    args = ap.parse_args()
    selfs, union = sample.gold_index()
    with tempfile.NamedTemporaryFile(suffix=".jsonl") as tmp:
        rows, _, _ = sample.run_eval(args.exe, tmp.name)
    total, glued, seen = collections.Counter(), collections.Counter(), []
    for r in rows:
        if r["what"] != "extra":
            continue
        d = next(d for d in sample.DIRS if (d, r["file"]) in selfs)
        linked = union[(d, selfs[(d, r["file"])])]
        if any(sample.akn_gold.matches(g, {r["target"]}) for g in linked):
            continue
        total[r["lang"]] += 1
        t = r["target"]
        base = next((t[:-k] for k in (1, 2) if re.search(r"/\d{%d,}$" % (k + 1), t) and t[:-k] in linked), None)
        if base:
            glued[r["lang"]] += 1
            seen.append(f"  {r['lang']} {t} = {base} + footnote {t[len(base):]}  ({r['file']})")
    print("extras P* counts, test part, and those that are a linked id plus glued footnote digits:")
    for lang in sample.LANGS:
        print(f"  {lang}: {glued[lang]:3d} of {total[lang]:3d}")
    print("\n".join(seen))


if __name__ == "__main__":
    main()
