#!/usr/bin/env python3
"""Instruments (treaties, and frameworks named as such) found in the English
text of a tune resolution but not in its translation (or the other way
round): a reading aid for names and short forms missing in one language.

Every AKN resolution exists in the six languages, and a resolution cites the
same instruments in each, so a target the detector finds in the English text
and never in the Arabic one is, more often than not, an Arabic name or short
form it does not know (the English detection can be wrong too: read before
fixing). Only the tune part of ../shared/corpus/akn is read (the split of
tools/akn_eval.py, via uncovered.py's part_of). Counts are per resolution:
a target is 'missing' in a resolution when English has it and the language
has none of it.

  tools/audits/tune-heads/parallel.py --lang ar [--top 30] [--extra] [--where TARGET]

--extra lists the opposite: found in the language, not in English.
--where TARGET lists the resolutions (and the English surfaces) behind one row.
"""
import argparse, collections, json, os, subprocess, sys  # noqa: E401

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from uncovered import AKN, FOLDERS, ROOT, part_of, selfs_of_files  # noqa: E402
from audit_common import is_instrument, registry  # noqa: E402  (what the instrument audits count)

LETTER = {"ar": "A", "en": "E", "es": "S", "fr": "F", "ru": "R", "zh": "C"}


def tune_pairs(lang):
    """(English path, translation path) of every tune resolution present in both."""
    selfs = selfs_of_files()
    out = []
    for d in ("ga-76", "sc-2021"):
        for f in sorted(os.listdir(os.path.join(AKN, d, "English"))):
            if not (selfs.get(f) and part_of(selfs[f]) == "tune" and f.endswith("E.txt")):
                continue
            other = os.path.join(AKN, d, FOLDERS[lang], f[:-5] + LETTER[lang] + ".txt")
            if os.path.exists(other):
                out.append((os.path.join(AKN, d, "English", f), other))
    return out


def instrument_targets(exe, files):
    """basename -> Counter of instrument targets, and -> surfaces per target."""
    res = subprocess.run([exe, "detect", "--format", "jsonl", *files], capture_output=True, check=False)
    counts = collections.defaultdict(collections.Counter)
    surfaces = collections.defaultdict(lambda: collections.defaultdict(set))
    frameworks, _ = registry()
    for line in res.stdout.decode("utf-8", "replace").splitlines():
        if not line.startswith("{"):
            continue
        m = json.loads(line)
        # Treaties, and frameworks named as such ("the SAMOA Pathway" -> A/RES/69/15).
        if not m.get("target") or not is_instrument(m, frameworks):
            continue
        f = os.path.basename(m["doc"].split(":", 1)[-1])
        counts[f][m["target"]] += 1
        surfaces[f][m["target"]].add(m["surface"])
    return counts, surfaces


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--exe", default=os.path.join(ROOT, "build", "unxref"))
    ap.add_argument("--lang", required=True, choices=sorted(set(FOLDERS) - {"en"}))
    ap.add_argument("--top", type=int, default=30)
    ap.add_argument("--extra", action="store_true")
    ap.add_argument("--where")
    a = ap.parse_args()
    pairs = tune_pairs(a.lang)
    en, en_s = instrument_targets(a.exe, [p for p, _ in pairs])
    tr, tr_s = instrument_targets(a.exe, [q for _, q in pairs])
    rows = collections.defaultdict(list)
    both = 0
    for p, q in pairs:
        fe, fq = os.path.basename(p), os.path.basename(q)
        for t in set(en[fe]) | set(tr[fq]):
            if en[fe][t] and tr[fq][t]:
                both += 1
            elif en[fe][t] and not a.extra:
                rows[t].append((q, sorted(en_s[fe][t])))
            elif tr[fq][t] and a.extra:
                rows[t].append((q, sorted(tr_s[fq][t])))
    print(f"{len(pairs)} tune resolutions (en, {a.lang}); (resolution, target) pairs found in both: {both}; "
          f"{'only in ' + a.lang if a.extra else 'only in en'}: {sum(len(v) for v in rows.values())}")
    if a.where:
        for q, s in rows.get(a.where, []):
            print(f"  {os.path.relpath(q, AKN)} | {' | '.join(s)[:150]}")
        return
    for t, v in sorted(rows.items(), key=lambda x: (-len(x[1]), x[0]))[:a.top]:
        names = collections.Counter(s for _, ss in v for s in ss)
        print(f"  {len(v):4d}  {t:48s} {' | '.join(n for n, _ in names.most_common(3))[:110]}")


if __name__ == "__main__":
    main()
