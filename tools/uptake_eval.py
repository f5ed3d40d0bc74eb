#!/usr/bin/env python3
"""Evaluate (and tune) the verdicts of `unxref uptake` on labelled pairs.

Every paragraph of tests/uptake/data/eval-pairs.tsv goes into one target
document (operative paragraph N = pair N) and every recommendation into one
source document, so a recommendation must find its own paragraph among all
the others. A pair counts as right when the verdict matches the label and,
unless the label is absent, the pair's own paragraph is the best one.

  tools/uptake_eval.py [--exe build/unxref] [--pairs FILE] [--threshold NAME=VALUE ...]
  tools/uptake_eval.py --tune     # grid search on the "tune" split, then report both splits

Tuning also scores the sample pair in corpus/ against tests/uptake/data/sample-labels.tsv
(20 more labelled recommendations); the "test" split is never used to choose thresholds.
"""
import argparse
import itertools
import json
import os
import subprocess
import sys
import tempfile

VERDICTS = ["verbatim", "adapted", "thematic", "absent"]
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

# Candidate values for the grid search; the defaults in uptake.hpp are in each.
GRID = {
    "verbatim_exact": [0.5, 0.6, 0.7],
    "verbatim_run": [8, 10, 12],
    "adapted_coverage": [0.4, 0.45, 0.5],
    "adapted_similarity": [0.34, 0.38, 0.42],
    "thematic_similarity": [0.05, 0.06, 0.08, 0.1, 0.12],
    "thematic_terms": [3, 4],
}
SAMPLE_SOURCE = os.path.join(ROOT, "corpus", "submissions", "icat-gpa-appraisal-submission-2017.md")
SAMPLE_TARGET = os.path.join(ROOT, "corpus", "declarations", "political-declaration-gpa-2017.md")
SAMPLE_LABELS = os.path.join(ROOT, "tests", "uptake", "data", "sample-labels.tsv")


def score_sample(exe, thresholds):
    """(right, absent reported as taken up) on the labelled sample pair."""
    labels = read_pairs(SAMPLE_LABELS)
    recs = run(exe, SAMPLE_SOURCE, SAMPLE_TARGET, thresholds)["recommendations"]
    right = false_uptake = 0
    for label, rec in zip(labels, recs):
        best = rec["matches"][0]["paragraph"] if rec["matches"] else "-"
        ok = rec["verdict"] == label["verdict"] and (label["verdict"] == "absent" or best == label["paragraphs"])
        right += ok
        false_uptake += label["verdict"] == "absent" and rec["verdict"] != "absent"
    return right, false_uptake


def read_pairs(path):
    pairs = []
    with open(path, encoding="utf-8") as f:
        header = None
        for line in f:
            line = line.rstrip("\n")
            if not line or line.startswith("#"):
                continue
            cols = line.split("\t")
            if header is None:
                header = cols
                continue
            pairs.append(dict(zip(header, cols)))
    return pairs


def write_documents(pairs, folder):
    source = os.path.join(folder, "source.md")
    target = os.path.join(folder, "target.md")
    with open(source, "w", encoding="utf-8") as f:
        f.write("# Evaluation source\n\n## Recommendations\n\n")
        for p in pairs:
            f.write("- " + p["recommendation"] + "\n")
    with open(target, "w", encoding="utf-8") as f:
        f.write("# Evaluation target\n\nThe General Assembly,\n\n")
        for i, p in enumerate(pairs, 1):
            # "1\\." keeps the number in the text: a Markdown list marker would be dropped.
            f.write(f"{i}\\. {p['paragraph']}\n\n")
    return source, target


def run(exe, source, target, thresholds):
    cmd = [exe, "uptake", source, target, "--format", "json"]
    for name, value in thresholds.items():
        cmd += ["--threshold", f"{name}={value}"]
    out = subprocess.run(cmd, capture_output=True, text=True)
    if out.returncode != 0:
        sys.exit(f"uptake_eval: {' '.join(cmd)} failed ({out.returncode}):\n{out.stderr}")
    return json.loads(out.stdout)


def predictions(report, pairs):
    recs = report["recommendations"]
    if len(recs) != len(pairs):
        sys.exit(f"uptake_eval: expected {len(pairs)} recommendations, the source gave {len(recs)}")
    preds = []
    for i, rec in enumerate(recs, 1):
        best = rec["matches"][0]["paragraph"] if rec["matches"] else None
        preds.append((rec["verdict"], best == str(i)))
    return preds


def score(pairs, preds, split):
    matrix = {g: {p: 0 for p in VERDICTS + ["wrong-paragraph"]} for g in VERDICTS}
    right = total = false_uptake = 0
    for pair, (verdict, own) in zip(pairs, preds):
        if split and pair["split"] != split:
            continue
        gold = pair["verdict"]
        total += 1
        if gold != "absent" and verdict != "absent" and not own:
            matrix[gold]["wrong-paragraph"] += 1
            continue
        matrix[gold][verdict] += 1
        right += verdict == gold
        false_uptake += gold == "absent" and verdict != "absent"
    return matrix, right, total, false_uptake


def print_matrix(title, matrix, right, total, false_uptake):
    print(f"\n{title}: {right}/{total} right ({100.0 * right / max(total, 1):.1f}%), "
          f"absent reported as taken up: {false_uptake}")
    cols = VERDICTS + ["wrong-paragraph"]
    print("gold \\ predicted".ljust(18) + "".join(c.ljust(17) for c in cols))
    for g in VERDICTS:
        print(g.ljust(18) + "".join(str(matrix[g][c]).ljust(17) for c in cols))


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--exe", default=os.path.join(ROOT, "build", "unxref"))
    ap.add_argument("--pairs", default=os.path.join(ROOT, "tests", "uptake", "data", "eval-pairs.tsv"))
    ap.add_argument("--threshold", action="append", default=[], help="NAME=VALUE passed to unxref")
    ap.add_argument("--tune", action="store_true", help="grid-search the thresholds on the tune split")
    args = ap.parse_args()
    pairs = read_pairs(args.pairs)
    fixed = dict(t.split("=", 1) for t in args.threshold)
    with tempfile.TemporaryDirectory() as tmp:
        source, target = write_documents(pairs, tmp)
        if args.tune:
            names = list(GRID)
            results = []
            for values in itertools.product(*(GRID[n] for n in names)):
                th = dict(zip(names, values))
                _, right, _, false_uptake = score(
                    pairs, predictions(run(args.exe, source, target, dict(fixed, **th)), pairs), "tune")
                sample_right, sample_false = score_sample(args.exe, dict(fixed, **th))
                results.append(((-false_uptake - sample_false, right + sample_right), values))
            top = max(key for key, _ in results)
            tied = [values for key, values in results if key == top]
            # Many settings tie; take the one nearest the middle of the tied
            # region (per parameter, in grid steps), the least fragile choice.
            middle = [sorted(GRID[n].index(v[i]) for v in tied)[len(tied) // 2] for i, n in enumerate(names)]
            chosen = min(tied, key=lambda v: sum(abs(GRID[n].index(v[i]) - middle[i]) for i, n in enumerate(names)))
            print(f"{len(results)} settings tried, {len(tied)} tie for best on the tune split + sample pair "
                  f"({top[1]} right, {-top[0]} absent taken up)")
            fixed = dict(fixed, **dict(zip(names, chosen)))
            print("best thresholds on the tune split: " + " ".join(f"{k}={v}" for k, v in fixed.items()))
        preds = predictions(run(args.exe, source, target, fixed), pairs)
        for split in ("tune", "test", None):
            print_matrix(split or "all", *score(pairs, preds, split))
        right, false_uptake = score_sample(args.exe, fixed)
        print(f"\nsample pair (corpus/): {right}/{len(read_pairs(SAMPLE_LABELS))} right, "
              f"absent reported as taken up: {false_uptake}")


if __name__ == "__main__":
    main()
