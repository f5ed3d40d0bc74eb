#!/usr/bin/env python3
"""Draws the sample of this audit: extras (detected ids the UN's links in no
language version of the same resolution contain, the ones P* still counts as
false positives) from the TEST part of ../shared/corpus/akn, 20 per language.

  tools/audits/akn-extras-test/sample.py --exe BIN            # writes sample.tsv, counts.tsv
  tools/audits/akn-extras-test/sample.py --exe BIN --context  # also prints each one's context, to label

sample.tsv holds ids, file, offsets, surface and target: start_byte/end_byte
are UTF-8 byte offsets of the surface in the .txt; flat_start/flat_end are
what `unxref detect` reports, bytes of its flattened text (FlatText, see
include/unxref/extract/document.hpp), which drift from the file's; not the documents'
text (that stays in ../shared). counts.tsv holds akn_eval's tp and fp per
corpus and language, and fp_union (the extras P* counts), which score.py
needs for the precision estimate. The seed is fixed here so a rerun with the
same binary draws the same sample.
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

SEED = 20261202
PER_LANG = 20
LANGS = ("ar", "en", "es", "fr", "ru", "zh")
HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(os.path.dirname(HERE)))
AKN = os.path.join(ROOT, "..", "shared", "corpus", "akn")
DIRS = ("sc-2021", "ga-76")
sys.path.insert(0, os.path.join(ROOT, "..", "shared", "tools"))
sys.path.insert(0, os.path.join(ROOT, "tools"))
import akn_gold  # noqa: E402
import akn_eval  # noqa: E402  (its `scored` filter, so offsets come from the very mention it dumped)


def gold_index():
    """(dir, file) -> own symbol; (dir, symbol) -> union of the links of its language versions."""
    selfs, union = {}, collections.defaultdict(set)
    for d in DIRS:
        for line in open(os.path.join(AKN, d, "gold.jsonl"), encoding="utf-8"):
            g = json.loads(line)
            selfs[(d, g["file"])] = g.get("self", "")
            union[(d, g.get("self", ""))].add(g["target"])
    return selfs, union


def run_eval(exe, dump):
    """akn_eval's dump (one row per extra or miss) and its tp/fp per corpus and language."""
    out = subprocess.run([sys.executable, os.path.join(ROOT, "tools", "akn_eval.py"), "--exe", exe, "--part", "test",
                          "--dump", dump], check=True, capture_output=True, text=True).stdout
    counts = {}
    for m in re.finditer(r"^(\S+) test (\w\w): .* tp=(\d+) fp=(\d+) fn=(\d+)$", out, re.M):
        counts[(m.group(1), m.group(2))] = {"tp": int(m.group(3)), "fp": int(m.group(4)), "fn": int(m.group(5))}
    rows = [json.loads(l) for l in open(dump, encoding="utf-8")]
    return rows, counts, out


def offsets(exe, d, f, target):
    """The mention akn_eval dumped (the first scored one with this target): its
    offsets as `unxref detect` reports them, which are bytes of the detector's
    flattened text (FlatText), and the bytes of the same surface in the .txt,
    the nearest occurrence to the reported start (whitespace may differ)."""
    path = os.path.join(AKN, d, f)
    res = subprocess.run([exe, "detect", "--format", "jsonl", path], capture_output=True, timeout=120)
    with open(path, encoding="utf-8") as t:
        text = t.read()
    for line in res.stdout.decode("utf-8", "replace").splitlines():
        if line.startswith("{"):
            m = json.loads(line)
            if akn_eval.scored(m) and m["target"] == target:
                # The detector writes a no-break space as a space: match any run of white space.
                pattern = re.compile(r"\s+".join(re.escape(w) for w in m["surface"].split()))
                hits = [(len(text[:h.start()].encode()), len(text[:h.end()].encode())) for h in pattern.finditer(text)]
                if not hits:
                    raise SystemExit(f"{path}: surface '{m['surface']}' of {target} not in the file")
                start, end = min(hits, key=lambda h: abs(h[0] - m["start"]))
                return m["start"], m["end"], start, end, m["surface"]
    raise SystemExit(f"{path}: no mention of {target} on a rerun")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--exe", required=True)
    ap.add_argument("--context", action="store_true", help="print each sampled extra's context to stdout")
    args = ap.parse_args()
    selfs, union = gold_index()
    with tempfile.NamedTemporaryFile(suffix=".jsonl") as tmp:
        rows, counts, _ = run_eval(args.exe, tmp.name)
    extras = collections.defaultdict(list)
    fp_seen, fp_union = collections.Counter(), collections.Counter()
    for r in rows:
        if r["what"] != "extra":
            continue
        d = next(d for d in DIRS if (d, r["file"]) in selfs)
        r["dir"] = d
        fp_seen[(d, r["lang"])] += 1
        if not any(akn_gold.matches(g, {r["target"]}) for g in union[(d, selfs[(d, r["file"])])]):
            fp_union[(d, r["lang"])] += 1
            extras[r["lang"]].append(r)
    for key, c in counts.items():
        if fp_seen[key] != c["fp"]:
            raise SystemExit(f"dump has {fp_seen[key]} extras for {key}, akn_eval printed fp={c['fp']}")
    with open(os.path.join(HERE, "counts.tsv"), "w", encoding="utf-8") as fh:
        fh.write("dir\tlang\ttp\tfp\tfp_union\tfn\n")
        for (d, lang), c in sorted(counts.items()):
            fh.write(f"{d}\t{lang}\t{c['tp']}\t{c['fp']}\t{fp_union[(d, lang)]}\t{c['fn']}\n")
    rng = random.Random(SEED)
    picked = []
    for lang in LANGS:
        pool = sorted(extras[lang], key=lambda r: (r["dir"], r["file"], r["target"]))
        picked += rng.sample(pool, min(PER_LANG, len(pool)))
    with open(os.path.join(HERE, "sample.tsv"), "w", encoding="utf-8") as fh:
        fh.write("id\tdir\tfile\tlang\tstart_byte\tend_byte\tflat_start\tflat_end\ttarget\tsurface\n")
        for i, r in enumerate(picked):
            flat_start, flat_end, start, end, surface = offsets(args.exe, r["dir"], r["file"], r["target"])
            if surface != r["surface"]:
                raise SystemExit(f"{r['file']}: rerun gives '{surface}' for {r['target']}, dump had '{r['surface']}'")
            sid = f"{r['lang']}{i % PER_LANG:02d}"
            fh.write(f"{sid}\t{r['dir']}\t{r['file']}\t{r['lang']}\t{start}\t{end}\t{flat_start}\t{flat_end}\t"
                     f"{r['target']}\t{surface}\n")
            if args.context:
                with open(os.path.join(AKN, r["dir"], r["file"]), "rb") as t:
                    raw = t.read()
                cut = lambda a, b: raw[max(0, a):b].decode("utf-8", "ignore").replace("\n", " ⏎ ")
                print(f"{sid}\t{r['target']}\t{cut(start - 500, start)}[[{cut(start, end)}]]{cut(end, end + 300)}")
    print("# extras P* counts, test part: " + ", ".join(f"{l} {len(extras[l])}" for l in LANGS), file=sys.stderr)


if __name__ == "__main__":
    main()
