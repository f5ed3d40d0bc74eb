#!/usr/bin/env python3
"""Scores labels.tsv against sample.tsv and counts.tsv (all written for one binary,
see README.md): per language, the share of sampled extras that are real
citations with the spec's id, with a 95% Wilson interval, and the precision on
the test part that share implies.

  tools/audits/akn-extras-test/score.py > score-output.txt

Precision estimate, per language (sc-2021 and ga-76 pooled, as the sample is):
  tp        detected ids akn_eval matched to a UN link
  forgiven  extras that another language version of the resolution links (fp - fp_union)
  U         extras P* counts (fp_union): the population sampled, 20 drawn
  s         share of the sample labelled `citation`
  P_true ~= (tp + forgiven + U*s) / (tp + fp)          [main: forgiven ones taken as right, as P* does]
  P_low  ~= (tp + (forgiven + U)*s) / (tp + fp)        [the brief's formula with every extra scaled by s]
The interval on P_true comes from putting the Wilson bounds of s in the same formula.
"""
import collections
import math
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from audit_common import read_tsv, wilson  # noqa: E402  (one reader and one interval for every audit)
LANGS = ("ar", "en", "es", "fr", "ru", "zh")
Z = 1.959964


def table(name):
    return read_tsv(os.path.join(HERE, name))


def main():
    sample = {r["id"]: r for r in table("sample.tsv")}
    labels = table("labels.tsv")
    if set(sample) != {l["id"] for l in labels}:
        raise SystemExit("labels.tsv and sample.tsv name different ids")
    counts = collections.defaultdict(collections.Counter)
    for r in table("counts.tsv"):
        for k in ("tp", "fp", "fp_union", "fn"):
            counts[r["lang"]][k] += int(r[k])
    by_lang = collections.defaultdict(collections.Counter)
    for l in labels:
        by_lang[sample[l["id"]]["lang"]][l["label"]] += 1

    print("Sampled extras (P* still counts them) from the akn TEST part, sc-2021 + ga-76 pooled")
    print(f"{'lang':4} {'n':>3} {'cit':>3} {'wrong':>5} {'notc':>4} {'share':>6} {'95% Wilson':>13}"
          f" {'tp':>5} {'fp':>4} {'U':>3} {'P':>6} {'P*':>6} {'P_true':>6} {'95% range':>13} {'P_low':>6}")
    tot = collections.Counter()
    strat_share, strat_var = 0.0, 0.0
    for lang in LANGS:
        b, c = by_lang[lang], counts[lang]
        n = sum(b.values())
        k = b["citation"]
        s = k / n
        lo, hi = wilson(k, n, Z)
        tp, fp, u = c["tp"], c["fp"], c["fp_union"]
        forgiven = fp - u
        p_true = lambda share: (tp + forgiven + u * share) / (tp + fp)
        p_low = (tp + (forgiven + u) * s) / (tp + fp)
        print(f"{lang:4} {n:3d} {k:3d} {b['wrong-id']:5d} {b['not-citation']:4d} {s:6.1%} "
              f"[{lo:5.1%},{hi:5.1%}] {tp:5d} {fp:4d} {u:3d} {tp / (tp + fp):6.3f} {tp / (tp + u):6.3f} "
              f"{p_true(s):6.3f} [{p_true(lo):.3f},{p_true(hi):.3f}] {p_low:6.3f}")
        tot.update({"n": n, "k": k, "tp": tp, "fp": fp, "u": u, "wrong": b["wrong-id"], "notc": b["not-citation"]})
        strat_share += u * s
        # Stratified variance with the finite-population correction (20 of ~75 drawn per language).
        strat_var += (u ** 2) * (s * (1 - s) / max(1, n - 1)) * (u - n) / u if u > n else 0.0
    u = tot["u"]
    s_all = strat_share / u
    se = math.sqrt(strat_var) / u
    forgiven = tot["fp"] - u
    p_all = lambda share: (tot["tp"] + forgiven + u * share) / (tot["tp"] + tot["fp"])
    print(f"all  {tot['n']:3d} {tot['k']:3d} {tot['wrong']:5d} {tot['notc']:4d} {s_all:6.1%} "
          f"[{s_all - Z * se:5.1%},{min(1, s_all + Z * se):5.1%}] {tot['tp']:5d} {tot['fp']:4d} {u:3d} "
          f"{tot['tp'] / (tot['tp'] + tot['fp']):6.3f} {tot['tp'] / (tot['tp'] + u):6.3f} {p_all(s_all):6.3f} "
          f"[{p_all(s_all - Z * se):.3f},{p_all(min(1, s_all + Z * se)):.3f}] "
          f"{(tot['tp'] + tot['fp'] * s_all) / (tot['tp'] + tot['fp']):6.3f}")
    print("  (all: share weighted by each language's U; normal interval with finite-population correction)")
    print("  U = extras P* counts; P_true counts the extras P* forgives as right; P_low scales every extra by the share")

    print("\nLabelled `citation`, by class")
    cls = collections.Counter((l["class"], sample[l["id"]]["lang"]) for l in labels if l["label"] == "citation")
    for name in sorted({c for c, _ in cls}, key=lambda c: (-sum(v for (k, _), v in cls.items() if k == c), c)):
        per = " ".join(f"{lang}:{cls[(name, lang)]}" for lang in LANGS if cls[(name, lang)])
        print(f"  {name:18} {sum(v for (k, _), v in cls.items() if k == name):3d}  {per}")
    print("\nNot right, by class")
    bad = [l for l in labels if l["label"] != "citation"]
    for name in sorted({l["class"] for l in bad}, key=lambda c: (-sum(1 for l in bad if l["class"] == c), c)):
        group = [l for l in bad if l["class"] == name]
        print(f"  {name} ({len(group)}, {group[0]['label']}):")
        for l in group:
            r = sample[l["id"]]
            right = f" -> {l['right_id']}" if l["right_id"] else ""
            print(f"    {l['id']} {r['target']}{right} from '{r['surface']}' ({r['file']}): {l['note']}")


if __name__ == "__main__":
    main()
