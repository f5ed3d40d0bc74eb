#!/usr/bin/env python3
"""Detection against the UN's own links (../shared/corpus/akn), tuning and test parts apart.

Every resolution is in one part, with all six of its language versions, by a
hash of its own symbol: `tune` is what detector changes may be looked at and
fixed on; `test` is only scored. Scoring is ../shared/tools/akn_gold.py's
(its `matches` rule, mentions of kind resolution/symbol written with a
digit), but one `unxref detect` process reads many files, so a full run takes
seconds, not minutes.

  tools/akn_eval.py [--exe build/unxref] [--part tune|test|all] [--lang L] [DIR ...]
  tools/akn_eval.py --dump FILE ...   # also write every miss and extra with its context (JSON lines)

DIR defaults to ../shared/corpus/akn/sc-2021 and ../shared/corpus/akn/ga-76.
Prints P and R per language and overall for each DIR, and P*: precision
where an extra that another language version of the same resolution links
counts as right (the markup of some versions, Arabic most, links fewer of
the citations their text makes).
"""
import argparse
import collections
import json
import os
import re
import subprocess
import sys
import zlib

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SHARED = os.path.join(ROOT, "..", "shared")
sys.path.insert(0, os.path.join(SHARED, "tools"))
import akn_gold  # noqa: E402  (the scorer's own matching rule)


def part_of(symbol):
    """'tune' or 'test', fixed by the resolution's symbol (same part in every language)."""
    return "tune" if zlib.crc32(symbol.encode()) % 2 == 0 else "test"


def load_gold(d):
    """Per file: gold targets, language, own symbol, link records; and per
    resolution the union of the links of its six language versions."""
    gold, langs, selfs, spans = collections.defaultdict(set), {}, {}, collections.defaultdict(list)
    union = collections.defaultdict(set)
    with open(os.path.join(d, "gold.jsonl"), encoding="utf-8") as f:
        for line in f:
            g = json.loads(line)
            gold[g["file"]].add(g["target"])
            langs[g["file"]] = g["lang"]
            selfs[g["file"]] = g.get("self", "")
            spans[g["file"]].append(g)
            union[g.get("self", "")].add(g["target"])
    return gold, langs, selfs, spans, union


def detect(exe, paths):
    """{path: [mention, ...]} from one process per batch of files."""
    out = collections.defaultdict(list)
    for i in range(0, len(paths), 200):
        batch = paths[i:i + 200]
        res = subprocess.run([exe, "detect", "--format", "jsonl", *batch], capture_output=True, timeout=600)
        for line in res.stdout.decode("utf-8", "replace").splitlines():
            if line.startswith("{"):
                m = json.loads(line)
                out[m["doc"]].append(m)
    return out


def scored(m):
    return m.get("kind") in ("resolution", "symbol") and m.get("target") and re.search(r"\d", m.get("surface", ""))


def context(text, start, end, side=70):
    return text[max(0, start - side):start] + "[[" + text[start:end] + "]]" + text[end:end + side]


def figures(c):
    """P and R as akn_gold.py computes them, and P* where an extra linked in
    another language version of the same resolution is no false positive."""
    p = c["tp"] / max(1, c["tp"] + c["fp"])
    r = c["tp"] / max(1, c["tp"] + c["fn"])
    p_union = c["tp"] / max(1, c["tp"] + c["fp_union"])
    return f"P={p:.3f} R={r:.3f} P*={p_union:.3f}"


def evaluate(d, args, dump):
    gold, langs, selfs, spans, union = load_gold(d)
    files = [f for f in sorted(gold) if (args.part == "all" or part_of(selfs[f]) == args.part)
             and (not args.lang or langs[f] == args.lang)]
    paths = [os.path.join(d, f) for f in files]
    found = detect(args.exe, paths)
    per_lang = collections.defaultdict(collections.Counter)
    for f, path in zip(files, paths):
        mentions = [m for m in found.get(path, []) if scored(m)]
        got = {m["target"] for m in mentions}
        g = gold[f]
        matched = {t: akn_gold.matches(t, got) for t in g}
        used = set().union(*matched.values()) if matched else set()
        missed = [t for t, hit in matched.items() if not hit]
        extra = got - used
        c = per_lang[langs[f]]
        c["tp"] += len(g) - len(missed)
        c["fp"] += len(extra)
        # An extra that another language version of the same resolution links
        # is a citation this version's markup left unlinked.
        c["fp_union"] += len([t for t in extra if not any(akn_gold.matches(g, {t}) for g in union[selfs[f]])])
        c["fn"] += len(missed)
        c["docs"] += 1
        if dump:
            with open(path, encoding="utf-8") as fh:
                text = fh.read()
            for t in missed:
                for s in spans[f]:
                    if s["target"] == t:
                        dump.write(json.dumps({"what": "miss", "file": f, "lang": langs[f], "target": t,
                                               "context": context(text, s["start"], s["end"])},
                                              ensure_ascii=False) + "\n")
                        break
            for t in sorted(extra):
                m = next(m for m in mentions if m["target"] == t)
                dump.write(json.dumps({"what": "extra", "file": f, "lang": langs[f], "target": t,
                                       "surface": m["surface"], "context": m["context"]},
                                      ensure_ascii=False) + "\n")
    total = collections.Counter()
    name = os.path.basename(os.path.normpath(d))
    for lang in sorted(per_lang):
        c = per_lang[lang]
        total.update(c)
        print(f"{name} {args.part} {lang}: {figures(c)} docs={c['docs']} tp={c['tp']} fp={c['fp']} fn={c['fn']}")
    print(f"{name} {args.part} all: {figures(total)} docs={total['docs']} gold={total['tp'] + total['fn']}")


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("dirs", nargs="*")
    ap.add_argument("--exe", default=os.path.join(ROOT, "build", "unxref"))
    ap.add_argument("--part", choices=["tune", "test", "all"], default="tune")
    ap.add_argument("--lang")
    ap.add_argument("--dump")
    args = ap.parse_args()
    dirs = args.dirs or [os.path.join(SHARED, "corpus", "akn", "sc-2021"), os.path.join(SHARED, "corpus", "akn", "ga-76")]
    dump = open(args.dump, "w", encoding="utf-8") if args.dump else None
    for d in dirs:
        evaluate(d, args, dump)
    if dump:
        dump.close()


if __name__ == "__main__":
    main()
