#!/usr/bin/env python3
"""Scores labels.tsv against sample.tsv and counts.tsv (all written for one binary,
see README.md): per language, how the sampled recall misses of the GA-76 test
part split into labels, the share of real detector misses (true-miss) with a
95% Wilson interval, and the recall that share implies.

  tools/audits/akn-misses-test/score.py > tools/audits/akn-misses-test/score-output.txt

Per language:
  tp, fn    akn_eval's matched and missed UN links (GA-76 test part)
  n         misses labelled (all of them in ar and en, 20 drawn at random elsewhere)
  s         share of the n labelled true-miss
  R         tp / (tp + fn)                        (akn_eval's recall)
  R_true    tp / (tp + fn * s)                    (misses that are gold errors, scorer artefacts
                                                   or no citations taken out)
  R_strict  tp / (tp + fn * s2)                   s2: share of misses where a citation with an id
                                                   in the spec was not output right, true-miss or
                                                   gold-error alike (the UN's link is wrong AND the
                                                   detector missed the right id too)
The range on R_true puts the Wilson bounds of s into the same formula; for ar
and en, where every miss was read, s is exact and so is R_true.
"""
import collections
import math
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from audit_common import read_tsv, wilson  # noqa: E402  (one reader and one interval for every audit)
LANGS = ("ar", "en", "es", "fr", "ru", "zh")
LABELS = ("true-miss", "gold-error", "scorer-rule", "not-citation")
Z = 1.959964
NONE = "(none in spec)"


def table(name):
    return read_tsv(os.path.join(HERE, name))


def detector_right(l):
    """For a gold-error: did the detector output the spec's id at that place (or,
    where the spec has no id, rightly nothing)?"""
    if l["right_id"] == NONE:
        return l["detected_id"] == ""
    return l["detected_id"] == l["right_id"]


def strict_miss(l):
    return l["label"] == "true-miss" or (l["label"] == "gold-error" and not detector_right(l))


def main():
    sample = {r["id"]: r for r in table("sample.tsv")}
    labels = table("labels.tsv")
    if set(sample) != {l["id"] for l in labels}:
        raise SystemExit("labels.tsv and sample.tsv name different ids")
    bad = [l["id"] for l in labels if l["label"] not in LABELS]
    if bad:
        raise SystemExit(f"unknown labels: {bad}")
    counts = {r["lang"]: {k: int(r[k]) for k in ("tp", "fp", "fn")} for r in table("counts.tsv")}
    by_lang = collections.defaultdict(list)
    for l in labels:
        by_lang[sample[l["id"]]["lang"]].append(l)

    print("Recall misses of GA-76, test part (akn_eval), labelled against spec/citation-ids.md")
    print(f"{'lang':4} {'fn':>3} {'n':>3} {'true':>4} {'gold':>4} {'scor':>4} {'notc':>4} {'true share':>10} "
          f"{'95% Wilson':>13} {'gold':>5} {'scor':>5} {'notc':>5} {'tp':>5} {'R':>6} {'R_true':>6} "
          f"{'range':>13} {'R_strict':>8}")
    tot = collections.Counter()
    strat_k, strat_k2, strat_var = 0.0, 0.0, 0.0
    for lang in LANGS:
        ls, c = by_lang[lang], counts[lang]
        n, fn, tp = len(ls), c["fn"], c["tp"]
        b = collections.Counter(l["label"] for l in ls)
        k = b["true-miss"]
        k2 = sum(1 for l in ls if strict_miss(l))
        s, s2 = k / n, k2 / n
        lo, hi = wilson(k, n, Z)
        r_true = lambda share: tp / (tp + fn * share)
        census = n == fn
        rng = "exact (all)" if census else f"[{r_true(hi):.3f},{r_true(lo):.3f}]"
        print(f"{lang:4} {fn:3d} {n:3d} {k:4d} {b['gold-error']:4d} {b['scorer-rule']:4d} {b['not-citation']:4d} "
              f"{s:10.1%} [{lo:5.1%},{hi:5.1%}] {b['gold-error'] / n:5.0%} {b['scorer-rule'] / n:5.0%} "
              f"{b['not-citation'] / n:5.0%} {tp:5d} {tp / (tp + fn):6.3f} {r_true(s):6.3f} {rng:>13} "
              f"{tp / (tp + fn * s2):8.3f}")
        tot.update({"n": n, "fn": fn, "tp": tp, "k": k, "k2": k2, **{lab: b[lab] for lab in LABELS}})
        strat_k += fn * s
        strat_k2 += fn * s2
        if n < fn:  # stratified variance with the finite-population correction
            strat_var += fn ** 2 * (s * (1 - s) / (n - 1)) * (fn - n) / fn
    fn, tp = tot["fn"], tot["tp"]
    s_all, se = strat_k / fn, math.sqrt(strat_var) / fn
    lo, hi = max(0.0, s_all - Z * se), min(1.0, s_all + Z * se)
    r_all = lambda share: tp / (tp + fn * share)
    print(f"{'all':4} {fn:3d} {tot['n']:3d} {tot['k']:4d} {tot['gold-error']:4d} {tot['scorer-rule']:4d} "
          f"{tot['not-citation']:4d} {s_all:10.1%} [{lo:5.1%},{hi:5.1%}] {'':5} {'':5} {'':5} {tp:5d} "
          f"{tp / (tp + fn):6.3f} {r_all(s_all):6.3f} [{r_all(hi):.3f},{r_all(lo):.3f}] "
          f"{tp / (tp + strat_k2):8.3f}")
    print("  true share: of the misses read, the share that are real detector misses (true-miss); gold/scor/notc: shares")
    print("  of the other labels. all: shares weighted by each language's fn; normal interval, finite-population")
    print("  correction (ar and en read in full). R_true = tp / (tp + fn * true share); R_strict also counts gold errors")
    print("  where the detector did not output the right id either.")

    print("\nGold errors: did the detector output the spec's id there?")
    print(f"{'lang':4} {'gold-error':>10} {'detector right':>14} {'detector wrong/nothing':>22}")
    for lang in LANGS:
        ge = [l for l in by_lang[lang] if l["label"] == "gold-error"]
        right = sum(1 for l in ge if detector_right(l))
        print(f"{lang:4} {len(ge):10d} {right:14d} {len(ge) - right:22d}")
    ge = [l for l in labels if l["label"] == "gold-error"]
    right = sum(1 for l in ge if detector_right(l))
    print(f"{'all':4} {len(ge):10d} {right:14d} {len(ge) - right:22d}")
    print("  ('right' includes a link to a body the spec has no id for, where the detector rightly output nothing)")
    for l in ge:
        if not detector_right(l):
            r = sample[l["id"]]
            print(f"    {l['id']} gold {r['target']} -> {l['right_id']}, detector '{l['detected_id']}' "
                  f"(surface '{r['surface']}')")

    print("\nBy class (label: class, count, per language)")
    cls = collections.Counter((l["label"], l["class"], sample[l["id"]]["lang"]) for l in labels)
    keys = sorted({(lab, c) for lab, c, _ in cls},
                  key=lambda x: (LABELS.index(x[0]), -sum(v for (a, b, _), v in cls.items() if (a, b) == x), x[1]))
    for lab, c in keys:
        per = " ".join(f"{lang}:{cls[(lab, c, lang)]}" for lang in LANGS if cls[(lab, c, lang)])
        print(f"  {lab:11} {c:22} {sum(v for (a, b, _), v in cls.items() if (a, b) == (lab, c)):3d}  {per}")

    print("\nTrue misses, by class")
    for lab, c in keys:
        if lab != "true-miss":
            continue
        group = [l for l in labels if l["label"] == lab and l["class"] == c]
        print(f"  {c} ({len(group)}):")
        for l in group:
            r = sample[l["id"]]
            det = f", detector {l['detected_id']}" if l["detected_id"] else ", nothing output"
            print(f"    {l['id']} {l['right_id']} '{r['surface']}' ({r['file']}){det}")


if __name__ == "__main__":
    main()
