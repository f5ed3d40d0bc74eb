#!/usr/bin/env python3
"""Instrument head words that no mention covers, in AKN *tune* resolutions.

A reading aid, not a scored audit: it lists where a word for an instrument
("Договора", "《条约》", "the Convention") stands in a random sample of the
tune part of ../shared/corpus/akn (tools/akn_eval.py's split: crc32 of the
resolution's symbol, even) with no mention of the detector over it, so that
a missing short form or name can be read in context. Covered is not right:
read the resolved targets too (--resolved). Only the tune part is ever read.

  tools/audits/tune-heads/uncovered.py --lang ru --pattern 'Договор[а-я]*' [--files 60] [--show 25]
  tools/audits/tune-heads/uncovered.py --lang zh --pattern '《条约》' --resolved
"""
import argparse, collections, json, os, random, re, subprocess, zlib

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.normpath(os.path.join(HERE, "..", "..", ".."))
AKN = os.path.join(ROOT, "..", "shared", "corpus", "akn")
FOLDERS = {"ar": "Arabic", "en": "English", "es": "Spanish", "fr": "French", "ru": "Russian", "zh": "Chinese"}


def part_of(symbol):
    return "tune" if zlib.crc32(symbol.encode()) % 2 == 0 else "test"


def selfs_of_files():
    """File name -> the symbol of the resolution it holds, from the UN's links."""
    selfs = {}
    for d in ("ga-76", "sc-2021"):
        with open(os.path.join(AKN, d, "gold.jsonl"), encoding="utf-8") as f:
            for line in f:
                g = json.loads(line)
                selfs[os.path.basename(g["file"])] = g.get("self", "")
    return selfs


def tune_files(lang, n, seed):
    selfs = selfs_of_files()
    files = [os.path.join(AKN, d, FOLDERS[lang], f) for d in ("ga-76", "sc-2021")
             for f in sorted(os.listdir(os.path.join(AKN, d, FOLDERS[lang])))
             if selfs.get(f) and part_of(selfs[f]) == "tune"]
    random.Random(seed).shuffle(files)
    return files[:n]


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--exe", default=os.path.join(ROOT, "build", "unxref"))
    ap.add_argument("--lang", required=True, choices=sorted(FOLDERS))
    ap.add_argument("--pattern", required=True, help="a Python regular expression for the head words")
    ap.add_argument("--files", type=int, default=60)
    ap.add_argument("--show", type=int, default=25)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--resolved", action="store_true", help="list resolved short forms matching the pattern instead")
    a = ap.parse_args()
    files = tune_files(a.lang, a.files, a.seed)
    res = subprocess.run([a.exe, "detect", "--format", "jsonl", *files], capture_output=True, check=False)
    mentions = collections.defaultdict(list)
    for line in res.stdout.decode("utf-8", "replace").splitlines():
        if line.startswith("{"):
            m = json.loads(line)
            mentions[m["doc"]].append(m)
    by_file = {os.path.basename(k.split(":", 1)[-1]): v for k, v in mentions.items()}
    rx = re.compile(a.pattern)
    shown, covered, uncovered = [], 0, 0
    for path in files:
        ms = by_file.get(os.path.basename(path), [])
        if a.resolved:
            shown += [f"{m['surface']} -> {m['target'] or '?'} | {m['context'][:150]}"
                      for m in ms if m.get("resolved_from") and rx.search(m["surface"])]
            continue
        raw = open(path, "rb").read()
        for hit in rx.finditer(raw.decode("utf-8")):
            s = len(raw.decode("utf-8")[:hit.start()].encode())
            e = s + len(hit.group(0).encode())
            if any(m.get("file_start", -1) < e and m.get("file_end", -1) > s for m in ms):
                covered += 1
                continue
            uncovered += 1
            shown.append(raw[max(0, s - 120):e + 60].decode("utf-8", "replace").replace("\n", " "))
    if not a.resolved:
        print(f"{len(files)} tune files ({a.lang}), head words covered {covered}, uncovered {uncovered}")
    random.Random(a.seed).shuffle(shown)
    for line in shown[:a.show]:
        print("-", line)


if __name__ == "__main__":
    main()
