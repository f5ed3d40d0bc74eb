#!/usr/bin/env python3
"""Scores the hand audit: precision from sample.tsv (stratified, reweighted to
the population in mentions.jsonl), recall from recall.tsv, a census precision
over every mention in the recall documents, and the error classes.

  python3 score.py            # prints everything
"""
import collections
import json
import math
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from sample import stratum  # the same strata the sample was drawn with

SEEDED = [l.strip() for l in open(os.path.join(HERE, "recall-docs.txt")) if l.strip()]


def unesc(s):
    return s.replace("\\n", "\n").replace("\\t", "\t").replace("\\\\", "\\")


def wilson(k, n, z=1.96):
    if n == 0:
        return (float("nan"), float("nan"))
    p = k / n
    d = 1 + z * z / n
    c = (p + z * z / (2 * n)) / d
    h = z * math.sqrt(p * (1 - p) / n + z * z / (4 * n * n)) / d
    return (c - h, c + h)


def pct(x):
    return "  n/a " if x != x else "%5.1f%%" % (100 * x)


def load_tsv(name):
    with open(os.path.join(HERE, name), encoding="utf-8") as f:
        rows = [l.rstrip("\n").split("\t") for l in f if l.strip()]
    return [dict(zip(rows[0], r)) for r in rows[1:]]


# ---------------------------------------------------------------- precision
mentions = [json.loads(l) for l in open(os.path.join(HERE, "mentions.jsonl"), encoding="utf-8")]
pop = collections.Counter(stratum(m) for m in mentions)
N = sum(pop.values())
sample = load_tsv("sample.tsv")
for r in sample:
    r["stratum"] = stratum({"resolved_from": unesc(r["resolved_from"]), "kind": r["kind"]})
    if not r["label"]:
        sys.exit("unlabelled row %s" % r["id"])

LABELS = ["exact", "wrong-id", "not-citation", "unresolved-ok", "unresolved-bad"]
by = collections.defaultdict(list)
for r in sample:
    by[r["stratum"]].append(r)

print("=" * 78)
print("PRECISION (sample.tsv; %d labelled of %d mentions in 25 PDFs)" % (len(sample), N))
print("=" * 78)
print("%-11s %5s %4s  %s  %-16s %-16s" % ("stratum", "popN", "n", " ".join("%4s" % l[:4] for l in LABELS),
                                         "exact (95% CI)", "real-cit (95% CI)"))


def rates(rows):
    n = len(rows)
    c = collections.Counter(r["label"] for r in rows)
    return n, c, c["exact"], c["exact"] + c["wrong-id"]


est = {}
for s in sorted(by):
    n, c, e, rc = rates(by[s])
    lo, hi = wilson(e, n)
    lo2, hi2 = wilson(rc, n)
    est[s] = (n, e / n, rc / n)
    print("%-11s %5d %4d  %s  %s [%s-%s] %s [%s-%s]" % (
        s, pop[s], n, " ".join("%4d" % c[l] for l in LABELS),
        pct(e / n), pct(lo).strip(), pct(hi).strip(), pct(rc / n), pct(lo2).strip(), pct(hi2).strip()))
missing = set(pop) - set(by)
for s in missing:
    print("%-11s %5d    0  (not sampled)" % (s, pop[s]))


def stratified(strata, idx):
    tot = sum(pop[s] for s in strata)
    p = sum(pop[s] / tot * est[s][idx] for s in strata)
    # variance with the Agresti-Coull adjusted proportion, so that a stratum
    # with 60/60 does not claim zero uncertainty; finite-population correction
    # (a stratum taken whole contributes no sampling variance)
    def adj(s):
        n = est[s][0]
        return (est[s][idx] * n + 2) / (n + 4)
    var = sum((pop[s] / tot) ** 2 * adj(s) * (1 - adj(s)) / est[s][0] * (1 - est[s][0] / pop[s])
              for s in strata)
    return p, 1.96 * math.sqrt(var), tot


strata = [s for s in by]
allrows = sample
n, c, e, rc = rates(allrows)
print("\nunweighted, all %d rows: exact %s, real-citation %s   labels: %s" % (
    n, pct(e / n), pct(rc / n), dict(c)))
p1, h1, _ = stratified(strata, 1)
p2, h2, _ = stratified(strata, 2)
print("REWEIGHTED to the population (N=%d): exact precision %s +/- %.1f pts; real-citation precision %s +/- %.1f pts"
      % (N, pct(p1), 100 * h1, pct(p2), 100 * h2))

# sensitivity: the [ambig-decl] rows (declarations/standards given treaty:<key>
# rather than the adopting resolution's symbol) counted as wrong-id instead
alt = {}
for s_ in by:
    n_ = len(by[s_])
    e_ = sum(1 for r in by[s_] if r["label"] == "exact" and not r["note"].startswith("[ambig-decl]"))
    alt[s_] = (n_, e_ / n_, est[s_][2])
saved = dict(est)
est.update(alt)
pa, ha, _ = stratified(strata, 1)
est.clear()
est.update(saved)
print("sensitivity: if declarations/standards must carry the adopting resolution's symbol ([ambig-decl] rows "
      "as wrong-id): exact precision %s +/- %.1f pts" % (pct(pa), 100 * ha))

print("\nper kind (strata merged, reweighted; the shortform stratum is kind treaty):")
kinds = {"treaty (named + short forms)": ["treaty", "shortform"], "treaty, named only": ["treaty"],
         "short forms (resolved_from set)": ["shortform"], "resolution": ["resolution"],
         "symbol": ["symbol"], "sdg": ["sdg"]}
for name, ss in kinds.items():
    ss = [s for s in ss if s in est]
    if not ss:
        print("  %-32s no mentions in the population" % name)
        continue
    a, ha, tot = stratified(ss, 1)
    b, hb, _ = stratified(ss, 2)
    nn = sum(est[s][0] for s in ss)
    ee = sum(1 for s in ss for r in by[s] if r["label"] == "exact")
    print("  %-32s popN %5d  n %3d  exact %3d  exact-precision %s +/- %4.1f   real-citation %s +/- %4.1f"
          % (name, tot, nn, ee, pct(a), 100 * ha, pct(b), 100 * hb))
print("  %-32s popN %5d  (the detector emitted no mention of kind 'document')" % ("document", 0))

# ---------------------------------------------------------------- recall
rec = load_tsv("recall.tsv")
SHORT = re.compile(r"^(the |its |same |organization’s |Convention’s)", re.I)


def rclass(r):
    e, s = r["expected"], r["surface"]
    if e == "?":
        return "?"
    if r["note"].startswith("plural"):
        return "plural protocols"
    if SHORT.match(s) and not re.match(r"^the (Convention|Optional Protocol|Protocol) (on|to|No\.|relating|against|for)", s):
        return "short form / anaphor"
    if e.startswith("sdg:"):
        return "sdg"
    if e == "A/RES/2200(XXI)":  # "the two International Covenants": an instrument name
        return "treaty (named)"
    if re.match(r"^(A/RES|A/HRC/RES|S/RES|E/RES|E/CN\.4/RES)/", e):
        return "resolution"
    if e.startswith("treaty:"):
        return "treaty (named)"
    return "symbol"


for r in rec:
    r["class"] = rclass(r)
    r["set"] = "seeded" if r["doc"] in SEEDED else "supplementary"

print()
print("=" * 78)
print("RECALL (recall.tsv; documents read in full)")
print("=" * 78)
print("seeded documents:", ", ".join(SEEDED))
for d in SEEDED:
    rr = [r for r in rec if r["doc"] == d and r["expected"] != "?"]
    q = [r for r in rec if r["doc"] == d and r["expected"] == "?"]
    f = sum(r["found"] == "yes" for r in rr)
    print("  %-44s expected %3d  found %3d  recall %s   ('?' rows: %d)" % (
        d, len(rr), f, pct(f / len(rr)) if rr else "  n/a ", len(q)))


def recall_table(rows, title):
    rows = [r for r in rows if r["expected"] != "?"]
    f = sum(r["found"] == "yes" for r in rows)
    lo, hi = wilson(f, len(rows))
    print("%s: %d/%d = %s [95%% CI %s-%s]" % (title, f, len(rows), pct(f / len(rows)), pct(lo).strip(), pct(hi).strip()))
    cc = collections.defaultdict(lambda: [0, 0])
    for r in rows:
        cc[r["class"]][0] += 1
        cc[r["class"]][1] += r["found"] == "yes"
    for k in sorted(cc):
        n_, f_ = cc[k]
        print("    %-24s %3d/%3d = %s" % (k, f_, n_, pct(f_ / n_)))


recall_table([r for r in rec if r["set"] == "seeded"], "\nRECALL, 6 seeded documents (4 UPR + 2 designed)")
OPS = {"treaty:iccpr-op1", "treaty:iccpr-op2", "treaty:icescr-op", "treaty:crc-opac", "treaty:crc-opsc",
       "treaty:crc-opic", "treaty:cedaw-op", "treaty:opcat", "treaty:crpd-op"}
fam = collections.defaultdict(lambda: [0, 0])
for r in rec:
    if r["set"] != "seeded" or r["expected"] == "?":
        continue
    k = "optional protocols" if r["expected"] in OPS else (
        "other instruments" if r["expected"].startswith("treaty:") or r["expected"] == "A/RES/2200(XXI)" else "resolutions + symbols")
    fam[k][0] += 1
    fam[k][1] += r["found"] == "yes"
    if r["expected"] in OPS:
        fam["  " + r["expected"]][0] += 1
        fam["  " + r["expected"]][1] += r["found"] == "yes"
print("  by target family (seeded):")
for k in ["optional protocols"] + sorted(k for k in fam if k.startswith("  ")) + ["other instruments", "resolutions + symbols"]:
    n_, f_ = fam[k]
    print("    %-24s %3d/%3d = %s" % (k, f_, n_, pct(f_ / n_)))
sup = [r for r in rec if r["set"] == "supplementary"]
if sup:
    recall_table(sup, "\nRECALL, supplementary designed report (not in the seeded choice)")
q = [r for r in rec if r["expected"] == "?"]
print("\n'?' rows (citations of instruments with no id in the spec/registry): %d; the detector emitted a mention "
      "on %d of them" % (len(q), sum(r["found"] == "yes" for r in q)))
def qname(r):
    n = r["note"].lower()
    for key, name in [("mdg", "Millennium Development Goals (MDGs)"), ("millennium development", "Millennium Development Goals (MDGs)"),
                      ("59/113", "Plan of Action of the World Programme for Human Rights Education (GA res 59/113 B)"),
                      ("belém", "Belem do Para Convention (Inter-American, violence against women)"),
                      ("istanbul", "Istanbul Protocol (torture investigation manual)"),
                      ("internal displacement", "Guiding Principles on Internal Displacement"),
                      ("by subject", "GA resolution cited by subject, no number"),
                      ("sdgs as a whole", "the Sustainable Development Goals as a set (supplementary doc)")]:
        if key in n:
            return name
    return r["note"]


qc = collections.Counter(qname(r) for r in q)
for k, v in qc.most_common():
    print("    %-80s %d" % (k, v))

# ------------------------------------------------- census precision (recall docs)
print()
print("=" * 78)
print("CENSUS PRECISION: every detector mention in the documents read in full")
print("=" * 78)
ALT = {"A/RES/2200(XXI)": {"treaty:iccpr", "treaty:icescr", "treaty:international-covenants"},
       "treaty:udhr": {"A/RES/217(III)"}, "treaty:paris-principles": {"A/RES/48/134"}}
census = collections.Counter()
census_ex = {}
for m in mentions:
    d = os.path.basename(m["doc"])
    rows = [r for r in rec if r["doc"] == d]
    if not rows and d not in SEEDED:
        continue
    ov = [r for r in rows if m["start"] < int(r["end"]) and m["end"] > int(r["offset"])]
    if not ov:
        ov = [r for r in rows if m["start"] < int(r["end"]) + 12 and m["end"] > int(r["offset"])]
    if any(m["target"] == r["expected"] or m["target"] in ALT.get(r["expected"], ()) for r in ov):
        k = "exact"
    elif ov and not m["target"]:
        k = "unresolved (antecedent present)" if any(r["expected"] != "?" for r in ov) else "unresolved (no id exists)"
    elif ov:
        k = "wrong-id"
    else:
        k = "not-citation (no expected citation there)"
    census[k] += 1
    census_ex.setdefault(k, "%s @%d %r -> %s" % (d, m["start"], m["surface"].replace("\n", " "), m["target"] or "(none)"))
tot = sum(census.values())
for k, v in census.most_common():
    print("  %-42s %3d  %s   e.g. %s" % (k, v, pct(v / tot), census_ex[k]))
print("  census exact precision %s, real-citation precision %s (of %d mentions)" % (
    pct(census["exact"] / tot), pct((census["exact"] + census["wrong-id"] + census["unresolved (antecedent present)"]) / tot), tot))

# ---------------------------------------------------------------- error classes
print()
print("=" * 78)
print("ERROR CLASSES")
print("=" * 78)
print("precision sample (labels other than exact, and exact rows flagged [ambig-decl]):")
ec = collections.OrderedDict()
for r in sample:
    mm = re.match(r"\[([^\]]+)\]", r["note"])
    if r["label"] == "exact" and not mm:
        continue
    k = "%s / %s" % (mm.group(1) if mm else "-", r["label"])
    ec.setdefault(k, []).append(r)
for k, rows in sorted(ec.items(), key=lambda kv: -len(kv[1])):
    r = rows[0]
    print("  %-44s %3d  e.g. %s %s %r -> %s | %s" % (k, len(rows), r["id"], r["doc"], unesc(r["surface"]).replace("\n", " "),
                                                   r["target"] or "(none)", re.sub(r"^\[[^\]]+\]\s*", "", r["note"])[:110]))

PARENT = {"treaty:iccpr-op1": "treaty:iccpr", "treaty:iccpr-op2": "treaty:iccpr", "treaty:icescr-op": "treaty:icescr",
          "treaty:crc-opac": "treaty:crc", "treaty:crc-opsc": "treaty:crc", "treaty:crc-opic": "treaty:crc",
          "treaty:cedaw-op": "treaty:cedaw", "treaty:opcat": "treaty:cat", "treaty:crpd-op": "treaty:crpd"}


def miss_class(r):
    got = set(filter(None, r["detector_gave_here"].split(",")))
    e = r["expected"]
    if PARENT.get(e) in got:
        return "protocol reported as its parent treaty"
    if "(unresolved)" in got:
        return "short form left unresolved (antecedent present)"
    if r["class"] == "short form / anaphor":
        return "short form / anaphor given a wrong id or missed" if got else "anaphor not detected (its Optional Protocol, the Statue, ...)"
    if r["class"] == "plural protocols":
        return "plural protocols not expanded"
    overlapping_other = got - {e}
    if e == "A/RES/2200(XXI)":
        return "name variant / typo / unknown abbreviation not detected"
    if e == "treaty:ilo-c169":
        return "ILO Convention by number not detected"
    if e.startswith("treaty:ilo-"):
        return "ILO Convention by number not detected"
    if not got or all(g in ("treaty:opcat", "treaty:cat", "treaty:crpd", "treaty:untoc", "treaty:cedaw", "treaty:crc", "treaty:ced")
                      and g != e for g in overlapping_other) and r["surface"][0].isupper():
        return "name variant / typo / unknown abbreviation not detected"
    return "other"


print("\nrecall misses (rows with an id, found = no):")
mc = collections.OrderedDict()
for r in rec:
    if r["expected"] != "?" and r["found"] == "no":
        mc.setdefault(miss_class(r), []).append(r)
for k, rows in sorted(mc.items(), key=lambda kv: -len(kv[1])):
    r = rows[0]
    print("  %-60s %3d  e.g. %s @%s %r expected %s, detector gave %s" % (
        k, len(rows), r["doc"], r["offset"], r["surface"], r["expected"], r["detector_gave_here"] or "nothing"))
