#!/usr/bin/env python3
"""Draws the sample of this audit: recall misses (UN links whose id the
detector did not output in that file, by akn_gold.matches) of the GA-76 TEST
part of ../shared/corpus/akn: every Arabic miss, and 20 per other language
(all of them if a language has 20 or fewer).

  tools/audits/akn-misses-test/sample.py --exe BIN            # writes sample.tsv, counts.tsv
  tools/audits/akn-misses-test/sample.py --exe BIN --context  # also prints, per miss, its text and what
                                                              # the detector output near it, to label

sample.tsv: id, lang, file, gold target, gold surface, gold char offsets
(start/end, characters of the .txt, as gold.jsonl gives them; the first link
of that target in the file, the one akn_eval dumps). No document text.
counts.tsv: akn_eval's tp, fp, fn per language (GA-76 test). The seed is fixed
here, so a rerun with the same binary draws the same sample.
"""
import argparse
import collections
import json
import os
import random
import re
import subprocess
import sys
import tempfile

SEED = 20261203
PER_LANG = 20
ALL_LANGS = ("ar",)          # every miss of these languages is taken
LANGS = ("ar", "en", "es", "fr", "ru", "zh")
HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(os.path.dirname(HERE)))
GA = os.path.join(ROOT, "..", "shared", "corpus", "akn", "ga-76")
if not os.path.isdir(GA):
    GA = "/work/shared/corpus/akn/ga-76"
sys.path.insert(0, os.path.join(ROOT, "tools"))
import akn_eval  # noqa: E402  (its `scored` filter)


def run_eval(exe, dump):
    out = subprocess.run([sys.executable, os.path.join(ROOT, "tools", "akn_eval.py"), "--exe", exe, "--part", "test",
                          "--dump", dump, GA], check=True, capture_output=True, text=True).stdout
    counts = {}
    for m in re.finditer(r"^\S+ test (\w\w): .* tp=(\d+) fp=(\d+) fn=(\d+)$", out, re.M):
        counts[m.group(1)] = {"tp": int(m.group(2)), "fp": int(m.group(3)), "fn": int(m.group(4))}
    rows = [json.loads(l) for l in open(dump, encoding="utf-8")]
    return rows, counts, out


def first_span(spans, f, target):
    """The gold link akn_eval dumps for a missed target: the first in gold.jsonl order."""
    return next(s for s in spans[f] if s["target"] == target)


def detect(exe, path):
    res = subprocess.run([exe, "detect", "--format", "jsonl", path], capture_output=True, timeout=120)
    return [json.loads(l) for l in res.stdout.decode("utf-8", "replace").splitlines() if l.startswith("{")]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--exe", required=True)
    ap.add_argument("--context", action="store_true", help="print each sampled miss's context and nearby detections")
    args = ap.parse_args()
    spans = collections.defaultdict(list)
    for line in open(os.path.join(GA, "gold.jsonl"), encoding="utf-8"):
        g = json.loads(line)
        spans[g["file"]].append(g)
    with tempfile.NamedTemporaryFile(suffix=".jsonl") as tmp:
        rows, counts, _ = run_eval(args.exe, tmp.name)
    misses = collections.defaultdict(list)
    for r in rows:
        if r["what"] == "miss":
            misses[r["lang"]].append(r)
    for lang, c in counts.items():
        if len(misses[lang]) != c["fn"]:
            raise SystemExit(f"dump has {len(misses[lang])} misses for {lang}, akn_eval printed fn={c['fn']}")
    with open(os.path.join(HERE, "counts.tsv"), "w", encoding="utf-8") as fh:
        fh.write("lang\ttp\tfp\tfn\n")
        for lang in LANGS:
            c = counts[lang]
            fh.write(f"{lang}\t{c['tp']}\t{c['fp']}\t{c['fn']}\n")
    rng = random.Random(SEED)
    picked = []
    for lang in LANGS:
        pool = sorted(misses[lang], key=lambda r: (r["file"], r["target"]))
        if lang in ALL_LANGS or len(pool) <= PER_LANG:
            picked.append((lang, pool))
        else:
            picked.append((lang, rng.sample(pool, PER_LANG)))
    with open(os.path.join(HERE, "sample.tsv"), "w", encoding="utf-8") as fh:
        fh.write("id\tlang\tfile\ttarget\tsurface\tstart\tend\n")
        for lang, group in picked:
            for i, r in enumerate(group):
                s = first_span(spans, r["file"], r["target"])
                sid = f"{lang}{i:02d}"
                fh.write(f"{sid}\t{lang}\t{r['file']}\t{r['target']}\t{s['surface']}\t{s['start']}\t{s['end']}\n")
                if args.context:
                    path = os.path.join(GA, r["file"])
                    text = open(path, encoding="utf-8").read()
                    a, b = s["start"], s["end"]
                    cut = lambda x, y: text[max(0, x):y].replace("\n", " ⏎ ")
                    print(f"=== {sid} {r['file']} gold={r['target']} surface='{s['surface']}' in_note={s['in_note']}"
                          f" other links of it: {sum(1 for g in spans[r['file']] if g['target'] == r['target']) - 1}")
                    print(f"  {cut(a - 350, a)}[[{cut(a, b)}]]{cut(b, b + 200)}")
                    ab = len(text[:a].encode("utf-8"))  # detector offsets are UTF-8 bytes
                    for m in detect(args.exe, path):
                        fs = m.get("file_start", m["start"])
                        if abs(fs - ab) < 400 or m["target"] == r["target"]:
                            flag = "" if akn_eval.scored(m) else " (unscored)"
                            print(f"  det {fs - ab:+d} {m['target']} '{m['surface']}' {m['kind']}{flag}")
    print("# misses, GA-76 test part: " + ", ".join(f"{l} {len(misses[l])}" for l in LANGS), file=sys.stderr)


if __name__ == "__main__":
    main()
