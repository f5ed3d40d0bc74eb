#!/usr/bin/env python3
"""Scores an unxref binary against the hand list of instrument citations
(recall_src.tsv) in the audited Akoma Ntoso resolutions (docs.tsv).

  python3 score.py [BINARY]          # or UNXREF_AUDIT_EXE=BINARY python3 score.py
  python3 score.py BINARY --strict-decl   # declarations adopted by a resolution: symbol only
  python3 score.py --pin              # only pin the list to the texts (no binary needed)

BINARY defaults to $UNXREF_AUDIT_EXE, else build/unxref of this checkout.
The documents stay in ../shared/corpus/akn; nothing of their text is written.

How it matches (RULES.md): every row of recall_src.tsv is pinned to the
occurrence-th copy of its surface in the .txt file, and that character span is
mapped onto the text the detector reads (`unxref extract --format json`; it
only differs from the file in whitespace). A detector mention counts for a row
when their byte spans overlap. Instrument mentions are those of kind `treaty`
(named instruments and short forms, resolved or not) and those whose target
is a framework/declaration symbol of the registry and whose surface is not a
resolution or document reference ("2030 Agenda" -> A/RES/70/1, but not
"resolution 70/1").
"""
import collections
import json
import math
import os
import re
import subprocess
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
HERE = os.path.dirname(os.path.abspath(__file__))
from audit_common import (  # noqa: E402  (shared by the three instrument audits)
    AKN, ROOT, CLASSES, CLASS_NAMES, RESOLUTION_LIKE, accepted, align, detect, fig, is_instrument, nth, pin, read_tsv, registry, short, use_file_offsets, wilson)

# A surface that cites a resolution or a document, not an instrument by name.
# A bare "Ibid." pointing back at "resolution 2200 A (XXI)" is a resolution reference too.


def main():
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    strict = "--strict-decl" in sys.argv
    pin_only = "--pin" in sys.argv
    exe = args[0] if args else os.environ.get("UNXREF_AUDIT_EXE", os.path.join(ROOT, "build", "unxref"))
    docs = read_tsv(os.path.join(HERE, "docs.tsv"))
    lang_of = {d["path"]: d["lang"] for d in docs}
    stratum_of = {d["path"]: d["stratum"] for d in docs}
    rows = read_tsv(os.path.join(HERE, "recall_src.tsv"))
    unknown = {r["doc"] for r in rows} - set(lang_of)
    if unknown:
        sys.exit("recall_src.tsv names documents not in docs.tsv: %s" % sorted(unknown))
    if not pin_only and not os.access(exe, os.X_OK):
        sys.exit("no binary at %s (pass it as an argument or UNXREF_AUDIT_EXE)" % exe)
    texts, bad_pins = pin(rows, docs, None if pin_only else exe)
    if pin_only:
        print("%d rows, %d pin errors" % (len(rows), bad_pins))
        sys.exit(1 if bad_pins else 0)
    frameworks, kinds = registry()

    # citation units: an [alias] row belongs to the row before it
    unit = 0
    for i, r in enumerate(rows):
        if not ("[alias]" in r["note"] and i > 0 and rows[i - 1]["doc"] == r["doc"]):
            unit += 1
        r["unit"] = unit
        r["ids"] = accepted(r, strict)

    paths = [os.path.join(AKN, d["path"]) for d in docs]
    found, rc = detect(exe, paths)
    surface_bad = use_file_offsets(found, docs, paths, texts, exe)
    mentions = []
    for p in paths:
        for m in found.get(p, []):
            if is_instrument(m, frameworks):
                mentions.append(m)
    by_doc = collections.defaultdict(list)
    for r in rows:
        by_doc[r["doc"]].append(r)

    def overlapping(m):
        return [r for r in by_doc[m["path"]] if r["start"] < m["end"] and m["start"] < r["end"]]

    for r in rows:
        r["got"] = [m for m in mentions if m["path"] == r["doc"] and r["start"] < m["end"] and m["start"] < r["end"]]
        r["hit"] = any(m["target"] in r["ids"] for m in r["got"])

    # ---- recall over citation units with an id (title rows and '?' rows apart)
    units = collections.OrderedDict()
    for r in rows:
        if r["class"] in ("title", "body") or r["expected"] in ("?", "-"):
            continue
        units.setdefault(r["unit"], []).append(r)

    def unit_info(rs):
        head = rs[0]
        key = sorted(head["ids"])[0]
        kind = kinds.get(key, "")
        proto = kind == "protocol" or "protocol" in key
        optional = proto and re.search(r"-op|opcat|opac|opsc|opic", key) is not None
        return head, any(r["hit"] for r in rs), proto, optional

    print("=" * 78)
    print("unxref instrument audit on %d Akoma Ntoso resolutions (test part)" % len(docs))
    print("binary: %s%s" % (exe, "   [--strict-decl: declarations need their symbol]" if strict else ""))
    print("rows: %d (%d citations with an id, %d '?' rows, %d title rows, %d body rows); pin errors: %d" % (
        len(rows), len(units), sum(r["expected"] == "?" for r in rows), sum(r["class"] == "title" for r in rows),
        sum(r["class"] == "body" for r in rows), bad_pins))
    print("detector: exit %d, %d mentions in these files, %d instrument mentions, surface/offset mismatches: %d" % (
        rc, sum(len(v) for v in found.values()), len(mentions), surface_bad))
    print("=" * 78)
    tot = [0, 0]
    by_lang = collections.defaultdict(lambda: [0, 0])
    by_stratum = collections.defaultdict(lambda: [0, 0])
    by_class = collections.defaultdict(lambda: [0, 0])
    by_class_lang = collections.defaultdict(lambda: [0, 0])
    fam = collections.defaultdict(lambda: [0, 0])
    misses = []
    for u, rs in units.items():
        head, hit, proto, optional = unit_info(rs)
        lang = lang_of[head["doc"]]
        for c in (tot, by_lang[lang], by_stratum[stratum_of[head["doc"]]], by_class[head["class"]],
                  by_class_lang[(head["class"], lang == "en")]):
            c[0] += hit
            c[1] += 1
        if proto:
            fam["protocols (all)"][0] += hit
            fam["protocols (all)"][1] += 1
        if optional:
            fam["optional protocols"][0] += hit
            fam["optional protocols"][1] += 1
        fam["declarations/frameworks" if (len(head["ids"]) > 1 or not sorted(head["ids"])[0].startswith("treaty:")
                                          or kinds.get(sorted(head["ids"])[0]) in ("declaration", "framework",
                                                                                   "standards"))
            else "treaties (not protocols)" if not proto else "_"][0] += hit
        fam["declarations/frameworks" if (len(head["ids"]) > 1 or not sorted(head["ids"])[0].startswith("treaty:")
                                          or kinds.get(sorted(head["ids"])[0]) in ("declaration", "framework",
                                                                                   "standards"))
            else "treaties (not protocols)" if not proto else "_"][1] += 1
        if "[plural]" in head["note"]:
            fam["plural phrases, per instrument"][0] += hit
            fam["plural phrases, per instrument"][1] += 1
        if not hit:
            misses.append(rs)
    print("RECALL (citation found with the exact id / citations listed), 95% Wilson interval")
    print("  all                         %s" % fig(*tot))
    for lang in ["en", "fr", "es", "ru", "ar", "zh"]:
        if lang in by_lang:
            print("  %-27s %s" % ("lang " + lang, fig(*by_lang[lang])))
    nonen = [sum(by_lang[l][0] for l in by_lang if l != "en"), sum(by_lang[l][1] for l in by_lang if l != "en")]
    print("  %-27s %s" % ("other five languages", fig(*nonen)))
    for st in ["keyword", "random", "protocol", "op-census"]:
        if st in by_stratum:
            print("  %-27s %s" % ("stratum " + st, fig(*by_stratum[st])))
    for c in CLASSES:
        print("  %-27s %s   (en %s; other %s)" % (CLASS_NAMES[c][:27], fig(*by_class[c]),
                                                 fig(*by_class_lang[(c, True)]).split(" [")[0].strip(),
                                                 fig(*by_class_lang[(c, False)]).split(" [")[0].strip()))
    for k in ["treaties (not protocols)", "protocols (all)", "optional protocols", "declarations/frameworks",
              "plural phrases, per instrument"]:
        print("  %-27s %s" % (k, fig(*fam[k])))

    # ---- precision over instrument mentions that assert an id
    print("-" * 78)
    print("PRECISION (mentions matching a listed citation with the exact id / instrument mentions with a target)")
    verdicts = collections.Counter()
    plang = collections.defaultdict(lambda: [0, 0])
    ptype = collections.defaultdict(lambda: [0, 0])
    wrong, unresolved = [], []
    for m in mentions:
        ov = overlapping(m)
        lang = lang_of[m["path"]]
        if not m["target"]:
            withid = [r for r in ov if r["ids"]]
            unresolved.append((m, withid))
            verdicts["unresolved, antecedent listed" if withid else "unresolved, no id to give"] += 1
            continue
        ok = any(m["target"] in r["ids"] for r in ov)
        v = "exact" if ok else ("wrong id" if any(r["ids"] for r in ov) else
                                "body named after its instrument (COP, secretariat, committee)"
                                if any(r["class"] == "body" for r in ov) else
                                "id on a citation the registry has no key for" if ov else "not a listed citation")
        verdicts[v] += 1
        typ = "short forms (resolved_from)" if m.get("resolved_from") else "named / abbreviations"
        for c in (plang[lang], plang["all"], ptype[typ]):
            c[0] += ok
            c[1] += 1
        if not ok:
            wrong.append((m, ov, v))
    print("  all                         %s" % fig(*plang["all"]))
    for lang in ["en", "fr", "es", "ru", "ar", "zh"]:
        if lang in plang:
            print("  %-27s %s" % ("lang " + lang, fig(*plang[lang])))
    for t, c in sorted(ptype.items()):
        print("  %-27s %s" % (t, fig(*c)))
    print("  verdicts: " + ", ".join("%s %d" % kv for kv in verdicts.most_common()))
    nb = plang["all"][1] - verdicts["body named after its instrument (COP, secretariat, committee)"]
    print("  %-27s %s" % ("without body-name mentions", fig(plang["all"][0], nb)))

    # ---- per document
    print("-" * 78)
    print("PER DOCUMENT: doc | lang | stratum | recall found/listed | precision exact/with target")
    rec_doc = collections.defaultdict(lambda: [0, 0])
    for u, rs in units.items():
        rec_doc[rs[0]["doc"]][0] += any(r["hit"] for r in rs)
        rec_doc[rs[0]["doc"]][1] += 1
    pre_doc = collections.defaultdict(lambda: [0, 0])
    for m in mentions:
        if m["target"]:
            pre_doc[m["path"]][0] += any(m["target"] in r["ids"] for r in overlapping(m))
            pre_doc[m["path"]][1] += 1
    for d in docs:
        print("  %-30s %s %-9s %4d/%-4d %4d/%-4d" % (short(d["path"])[:30], d["lang"], d["stratum"],
                                                   rec_doc[d["path"]][0], rec_doc[d["path"]][1],
                                                   pre_doc[d["path"]][0], pre_doc[d["path"]][1]))

    # ---- '?' rows: citations the registry gives no id
    q = [r for r in rows if r["expected"] == "?"]
    print("-" * 78)
    print("'?' ROWS (no id in the spec/registry; scored apart): %d rows; a mention with an id on %d, "
          "unresolved short form on %d, nothing on %d" % (
              len(q), sum(any(m["target"] for m in r["got"]) for r in q),
              sum(bool(r["got"]) and not any(m["target"] for m in r["got"]) for r in q),
              sum(not r["got"] for r in q)))

    print("=" * 78)
    print("MISSES (%d): doc | surface | expected | got" % len(misses))
    for rs in misses:
        r = rs[0]
        got = sorted({(m["target"] or "(unresolved)") for x in rs for m in x["got"]}) or ["-"]
        print("  %s | %s | %s | %s | %s" % (short(r["doc"]), r["surface"][:70] + (" #%s" % r["occ"]),
                                            r["expected"], ",".join(got), r["class"]))
    print("-" * 78)
    print("WRONG OR SPURIOUS MENTIONS (%d): doc | surface | got | expected | verdict" % len(wrong))
    for m, ov, v in wrong:
        exp = ",".join(sorted({r["expected"] for r in ov})) or "(none)"
        print("  %s | %s @%d | %s | %s | %s" % (short(m["path"]), m["surface"][:70], m["start"], m["target"], exp, v))
    print("-" * 78)
    print("UNRESOLVED SHORT FORMS (%d): doc | surface | listed as" % len(unresolved))
    for m, withid in unresolved:
        print("  %s | %s @%d | %s" % (short(m["path"]), m["surface"][:70], m["start"],
                                      ",".join(sorted({r["expected"] for r in withid})) or "-"))
    sys.exit(1 if bad_pins else 0)


if __name__ == "__main__":
    main()
