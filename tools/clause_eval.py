#!/usr/bin/env python3
"""Typed citations against the UN's own clause verbs (../shared/corpus/akn).

Every linked citation of the gold (gold.jsonl) carries `verb`: the verb of
its preambular clause, or the first italic verb of its operative paragraph.
The gold verb is normalised to a relation by `unxref relation` (the lexicon
of data/clause-verbs.tsv); detection gives every mention a `relation`. This
prints, per set and language, how often the two agree, on preambular and on
operative citations separately (targets: 0.95 and 0.90).

Parts are akn_eval.py's: each resolution is in `tune` or `test`, with all of
its language versions, by a hash of its symbol. Lexicon and pass changes are
looked at on `tune` only; `test` is the figure for text not tuned on.

Some gold "verbs" are no verbs: for a note written inside its paragraph,
the converter took the note's first italic words ("Official Records of
the General Assembly, Seventy-sixth Session, Supplement No. 10", "Ibid").
A gold verb with a digit, a comma or bracket, or more than six words is
left out (counted as `titles` in the output; --all-gold keeps them).

A gold citation is scored when detection found a mention of its target in
the same file: gold and detected mentions of one target are paired in text
order (by relative position, the gold's offsets being characters of the
.txt and the detector's bytes of the extracted text). Citations with an
empty gold verb are left out; `coverage` says how many gold citations were
paired.

  tools/clause_eval.py [--exe build/unxref] [--part tune|test|all] [--lang L] [--dump FILE] [DIR ...]
"""
import argparse
import collections
import json
import os
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, os.path.join(ROOT, "tools"))
from akn_eval import part_of  # noqa: E402  (the same split as detection's)

DEFAULT_DIRS = [os.path.join(ROOT, "..", "shared", "corpus", "akn", d) for d in ("sc-2021", "ga-76")]


def clause_of(para):
    if para.startswith("para"):
        return "operative"
    if para.startswith("container") or para.startswith("preamble"):
        return "preambular"
    return None


def verb_like(verb):
    v = verb.strip().rstrip(",،，:;")
    if not v or any(ch.isdigit() for ch in v) or any(ch in v for ch in ",，、()《》“”"):
        return False
    return len(v.split()) <= 6


def load_gold(d, part, lang):
    """{file: [gold record, ...]} for the part; split records of one citation ("58/", "2") merged."""
    out = collections.defaultdict(list)
    with open(os.path.join(d, "gold.jsonl"), encoding="utf-8") as f:
        for line in f:
            g = json.loads(line)
            if part != "all" and part_of(g.get("self", "")) != part:
                continue
            if lang and g["lang"] != lang:
                continue
            recs = out[g["file"]]
            if recs and recs[-1]["target"] == g["target"] and recs[-1]["end"] >= g["start"] - 1:
                recs[-1]["end"] = g["end"]
                continue
            recs.append(g)
    return out


def relations_of(exe, verbs):
    verbs = sorted(verbs)
    res = subprocess.run([exe, "relation"], input="\n".join(verbs) + "\n", capture_output=True, text=True,
                         check=True)
    rel = {}
    for line, verb in zip(res.stdout.splitlines(), verbs):
        rel[verb] = line.split("\t", 1)[0]
    return rel


def detect(exe, paths):
    out = collections.defaultdict(list)
    for i in range(0, len(paths), 200):
        batch = paths[i:i + 200]
        res = subprocess.run([exe, "detect", "--format", "jsonl", *batch], capture_output=True, timeout=900)
        for line in res.stdout.decode("utf-8", "replace").splitlines():
            if line.startswith("{"):
                m = json.loads(line)
                out[m["doc"]].append(m)
    return out


def pair(gold, found, text):
    """(gold record, mention) pairs: per target, nearest relative position, in order."""
    size = max(1, len(text.encode("utf-8")))
    byte_of = {}
    pairs = []
    by_target = collections.defaultdict(list)
    for m in found:
        by_target[m["target"]].append(m)
    grouped = collections.defaultdict(list)
    for g in gold:
        grouped[g["target"]].append(g)
    for target, golds in grouped.items():
        cands = sorted(by_target.get(target, []), key=lambda m: m["start"])
        if not cands:
            continue
        used = set()
        for g in sorted(golds, key=lambda g: g["start"]):
            if g["start"] not in byte_of:
                byte_of[g["start"]] = len(text[:g["start"]].encode("utf-8"))
            pos = byte_of[g["start"]] / size
            best, best_d = None, None
            for k, m in enumerate(cands):
                if k in used:
                    continue
                d = abs(m["start"] / size - pos)
                if best_d is None or d < best_d:
                    best, best_d = k, d
            if best is not None and best_d < 0.05:
                used.add(best)
                pairs.append((g, cands[best]))
    return pairs


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("dirs", nargs="*", default=DEFAULT_DIRS)
    ap.add_argument("--exe", default=os.path.join(ROOT, "build", "unxref"))
    ap.add_argument("--part", choices=["tune", "test", "all"], default="tune")
    ap.add_argument("--lang")
    ap.add_argument("--dump", help="write every disagreement (JSON lines) here")
    ap.add_argument("--all-gold", action="store_true", help="also score gold verbs that are titles, not verbs")
    args = ap.parse_args()
    dump = open(args.dump, "w", encoding="utf-8") if args.dump else None
    for d in args.dirs:
        gold = load_gold(d, args.part, args.lang)
        files = sorted(gold)
        verbs = {g["verb"].strip() for recs in gold.values() for g in recs if g["verb"].strip()}
        rel = relations_of(args.exe, verbs)
        found = detect(args.exe, [os.path.join(d, f) for f in files])
        agree = collections.Counter()
        total = collections.Counter()
        gold_n = collections.Counter()
        titles = 0
        for f in files:
            with open(os.path.join(d, f), encoding="utf-8") as fh:
                text = fh.read()
            scored = [g for g in gold[f] if g["verb"].strip() and clause_of(g["para"])]
            titles += sum(1 for g in scored if not verb_like(g["verb"]))
            if not args.all_gold:
                scored = [g for g in scored if verb_like(g["verb"])]
            lang = scored[0]["lang"] if scored else None
            for g in scored:
                gold_n[(g["lang"], clause_of(g["para"]))] += 1
            for g, m in pair(scored, found.get(os.path.join(d, f), []), text):
                key = (g["lang"], clause_of(g["para"]))
                want = rel[g["verb"].strip()]
                total[key] += 1
                if m.get("relation") == want:
                    agree[key] += 1
                elif dump:
                    dump.write(json.dumps({"file": f, "lang": lang, "clause": key[1], "target": g["target"],
                                           "gold_verb": g["verb"], "gold_relation": want,
                                           "verb": m.get("verb"), "relation": m.get("relation"),
                                           "in_note": g["in_note"], "context": m.get("context")},
                                          ensure_ascii=False) + "\n")
        print(f"{os.path.basename(os.path.normpath(d))} part={args.part}"
              f" (gold verbs that are titles: {titles}, {'kept' if args.all_gold else 'left out'})")
        print(f"  {'lang':4} {'preambular':>22} {'operative':>22}")
        for lang in ("ar", "en", "es", "fr", "ru", "zh", "all"):
            cells = []
            for clause in ("preambular", "operative"):
                keys = [k for k in total if k[1] == clause and (lang == "all" or k[0] == lang)]
                n = sum(total[k] for k in keys)
                a = sum(agree[k] for k in keys)
                g = sum(v for k, v in gold_n.items() if k[1] == clause and (lang == "all" or k[0] == lang))
                cells.append(f"{a / n:.3f} ({a}/{n}, cov {n / max(1, g):.2f})" if n else "-")
            print(f"  {lang:4} {cells[0]:>22} {cells[1]:>22}")
    if dump:
        dump.close()


if __name__ == "__main__":
    main()
