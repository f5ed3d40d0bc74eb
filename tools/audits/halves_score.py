"""The scorer of the instrument audits of the AKN test part (akn-instruments-3,
-4, split into a 'fix' and a 'held' half, and -5, held whole; each audit's
score.py names its folder and its halves): an unxref
binary against the audit's hand list of instrument citations
(recall_src.tsv) and of the resolution/symbol citations the UN's own links
leave out (symbols_src.tsv), with figures for the 'fix' half, the 'held'
half and both, per language and per error class. Error classes of the 'fix'
half are listed in detail; of the 'held' half only counted unless
--show-held. An audit held whole is reported as counts only, with 95%
intervals per language and class.

How it matches (RULES.md): every row of recall_src.tsv is pinned to the
occurrence-th copy of its surface in the .txt file, as a byte span of the
file. A detector mention counts for a row when its span in the file
(`file_start`, `file_end` of `unxref detect`, issue 15) overlaps the row's.
Until 2026-12-02 the spans were mapped onto a copy of the detector's
flattened text rebuilt from `extract --format json`; that copy joined blocks
differently from the detector once texts were read one block a line
(49fb5b0), which made every figure after that commit wrong. Instrument mentions are those of kind `treaty`
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

from audit_common import (  # shared by the instrument audits
    AKN, ROOT, CLASSES, CLASS_NAMES, RESOLUTION_LIKE, SYMBOL_KINDS, accepted, align, detect, fig, is_instrument, nth, pin, read_tsv, registry, short, use_file_offsets, wilson)

LANGS = ["en", "fr", "es", "ru", "ar", "zh"]
# the secondary part: resolutions and document symbols (SDG targets and known-document titles are out of scope)
# A surface that cites a resolution or a document, not an instrument by name.
# A bare "Ibid." pointing back at "resolution 2200 A (XXI)" is a resolution reference too.


def gold_rows(docs):
    """The UN's links for the audited files: rows like recall_src's, pinned by their character offsets."""
    out = collections.defaultdict(list)
    want = {d["path"] for d in docs}
    for sub in ("ga-76", "sc-2021"):
        with open(os.path.join(AKN, sub, "gold.jsonl"), encoding="utf-8") as f:
            for line in f:
                g = json.loads(line)
                p = os.path.join(sub, g["file"])
                if p in want:
                    out[p].append(g)
    return out


def to_flat(texts, doc, i, j):
    raw, flat, m = texts[doc]
    a, b = m[i], m[j]
    start = len(flat[:a].encode("utf-8"))
    return start, start + len(flat[a:b].encode("utf-8"))


def drop_part(t):
    """A/RES/45/55B -> A/RES/45/55: the UN's links leave part letters out."""
    return re.sub(r"(/\d+)[A-Z](-[A-Z])?$", r"\1", t)


def miss_class(head, rs, lang):
    """Error class of a citation not found with its id."""
    got = [m for r in rs for m in r["got"]]
    with_id = [m for m in got if m["target"]]
    cls = head["class"]
    if with_id:
        t = with_id[0]["target"]
        exp = sorted(head["ids"])[0]
        if exp.startswith("treaty:") and t.startswith("treaty:") and exp[7:].startswith(t[7:]):
            return "wrong id: parent instead of protocol/amendment"
        return "wrong id (%s)" % cls
    if got:
        return "short form left unresolved" if cls == "short" else "detected without an id (%s)" % cls
    return {"full": "named instrument not detected", "abbr": "abbreviation not detected",
            "short": "short form not detected", "unts": "UNTS footnote not detected"}[cls]


def table(halves, title, data, cols):
    """Figures of `data` by half (rows; 'all' too when there are two) and by the keys `cols`
    (columns), without intervals."""
    print(title)
    print("    %-6s" % "" + "".join("%24s" % c for c in cols))
    for h in halves + (["all"] if len(halves) > 1 else []):
        print("    %-6s" % h + "".join("%24s" % (fig(*data[(h, c)]).split(" [")[0] if data[(h, c)][1] else "-")
                                     for c in cols))


def report_by_half(halves, rec, rec_cls, pre, unresolved):
    """Recall and precision of a split audit, per half, language and class."""
    print("=" * 78)
    print("RECALL (citations found with the exact id / citations listed); 95% Wilson intervals in the last block")
    table(halves, "  by half and language:", rec, LANGS[:3])
    table(halves, "", rec, LANGS[3:])
    table(halves, "", rec, ["en*", "non-en", "all"])
    table(halves, "  by half and class:", rec_cls, CLASSES)
    for h in halves + ["all"]:
        print("    %-5s all %s" % (h, fig(*rec[(h, "all")])))
    print("-" * 78)
    print("PRECISION (instrument mentions with a target matching a listed citation / all with a target)")
    table(halves, "  by half and language:", pre, LANGS[:3])
    table(halves, "", pre, LANGS[3:])
    table(halves, "", pre, ["en*", "non-en", "all"])
    for h in halves + ["all"]:
        print("    %-5s all %s" % (h, fig(*pre[(h, "all")])))
    print("  unresolved short forms (no target): " + ", ".join(
        "%s %d (%d on a citation with an id)" % (h, len(unresolved[h]), sum(bool(w) for _, w in unresolved[h]))
        for h in halves))


def report_held_counts(units, rows, rec, rec_cls, pre, unresolved):
    """Recall and precision of an audit held whole: figures with intervals, no detail."""
    def lines(data, keys):
        for k in keys:
            print("    %-10s %s" % (k, fig(*data[("held", k)]) if data[("held", k)][1] else "   0/0       -"))

    print("=" * 78)
    print("RECALL (citations found with the exact id / citations listed), 95% Wilson intervals")
    print("  all documents:")
    lines(rec, ["all"])
    print("  by language:")
    lines(rec, LANGS + ["non-en"])
    print("  by class (%s):" % ", ".join("%s = %s" % kv for kv in CLASS_NAMES.items()))
    lines(rec_cls, CLASSES)
    pairs = collections.defaultdict(list)
    for rs in units.values():
        pairs[(rs[0]["doc"], rs[0]["expected"])].append(any(r["hit"] for r in rs))
    print("  clustering: %d citations are %d (document, instrument) pairs; pairs with every citation found %d, "
          "some %d, none %d" % (len(units), len(pairs), sum(all(v) for v in pairs.values()),
                                sum(any(v) and not all(v) for v in pairs.values()),
                                sum(not any(v) for v in pairs.values())))
    print("  neutral rows (not scored for recall): title/nested %d, body %d, '?' %d" % (
        sum(r["class"] == "title" for r in rows), sum(r["class"] == "body" for r in rows),
        sum(r["expected"] == "?" for r in rows)))
    tr = [r for r in rows if r["class"] == "title"]
    print("  title/nested rows: %d; with a mention carrying an accepted id: %d; with another id only: %d; nothing: %d" % (
        len(tr), sum(r["hit"] for r in tr),
        sum(not r["hit"] and any(m["target"] for m in r["got"]) for r in tr), sum(not r["got"] for r in tr)))
    print("-" * 78)
    print("PRECISION (instrument mentions with a target matching a listed citation / all with a target), 95% Wilson")
    print("  all documents:")
    lines(pre, ["all"])
    print("  by language:")
    lines(pre, LANGS + ["non-en"])
    print("  unresolved short forms (no target): %d (%d on a citation with an id)" % (
        len(unresolved["held"]), sum(bool(w) for _, w in unresolved["held"])))


def main(here, audit, halves=("fix", "held")):
    """Scores the audit whose docs.tsv, recall_src.tsv and symbols_src.tsv are in `here`.

    An audit whose every document is held (halves == ("held",)) gets a report of
    counts only, by language and class, with intervals, since nothing of it may
    be read for tuning; a split audit gets its figures by half.
    """
    HALVES = list(halves)
    held_only = HALVES == ["held"]
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    strict = "--strict-decl" in sys.argv
    pin_only = "--pin" in sys.argv
    show_held = "--show-held" in sys.argv
    exe = args[0] if args else os.environ.get("UNXREF_AUDIT_EXE", os.path.join(ROOT, "build", "unxref"))
    docs = read_tsv(os.path.join(here, "docs.tsv"))
    lang_of = {d["path"]: d["lang"] for d in docs}
    half_of = {d["path"]: d["half"] for d in docs}
    rows = read_tsv(os.path.join(here, "recall_src.tsv"))
    srows = read_tsv(os.path.join(here, "symbols_src.tsv"))
    unknown = {r["doc"] for r in rows + srows} - set(lang_of)
    if unknown:
        sys.exit("labels name documents not in docs.tsv: %s" % sorted(unknown))
    if not pin_only and not os.access(exe, os.X_OK):
        sys.exit("no binary at %s (pass it as an argument or UNXREF_AUDIT_EXE)" % exe)
    texts, bad_pins = pin(rows + srows, docs, None if pin_only else exe)
    if pin_only:
        print("%d instrument rows, %d symbol rows, %d pin errors" % (len(rows), len(srows), bad_pins))
        sys.exit(1 if bad_pins else 0)
    frameworks, kinds = registry()

    unit = 0
    for i, r in enumerate(rows):
        if not ("[alias]" in r["note"] and i > 0 and rows[i - 1]["doc"] == r["doc"]):
            unit += 1
        r["unit"] = unit
        r["ids"] = accepted(r, strict)

    paths = [os.path.join(AKN, d["path"]) for d in docs]
    found, rc = detect(exe, paths)
    surface_bad = use_file_offsets(found, docs, paths, texts, exe)
    mentions, others = [], []
    for p in paths:
        for m in found.get(p, []):
            if is_instrument(m, frameworks):
                mentions.append(m)
            elif m["kind"] in SYMBOL_KINDS:
                others.append(m)
    by_doc = collections.defaultdict(list)
    for r in rows:
        by_doc[r["doc"]].append(r)

    def overlapping(m):
        return [r for r in by_doc[m["path"]] if r["start"] < m["end"] and m["start"] < r["end"]]

    for r in rows:
        r["got"] = [m for m in mentions if m["path"] == r["doc"] and r["start"] < m["end"] and m["start"] < r["end"]]
        r["hit"] = any(m["target"] in r["ids"] for m in r["got"])

    units = collections.OrderedDict()
    for r in rows:
        if r["class"] in ("title", "body") or r["expected"] in ("?", "-"):
            continue
        units.setdefault(r["unit"], []).append(r)

    print("=" * 78)
    print("unxref instrument audit %d on %d Akoma Ntoso resolutions (test part; %s)" % (
        audit, len(docs), "all 'held'" if held_only else "'fix' and 'held' halves"))
    print("binary: %s%s" % (exe, "   [--strict-decl]" if strict else ""))
    print("instrument rows: %d (%d citations with an id, %d '?' rows, %d title/nested rows, %d body rows); "
          "symbol rows: %d; pin errors: %d" % (
              len(rows), len(units), sum(r["expected"] == "?" for r in rows),
              sum(r["class"] == "title" for r in rows), sum(r["class"] == "body" for r in rows), len(srows), bad_pins))
    print("detector: exit %d, %d mentions in these files, %d instrument mentions, surface/offset mismatches: %d" % (
        rc, sum(len(v) for v in found.values()), len(mentions), surface_bad))
    if held_only:
        print("documents per language: " + ", ".join("%s %d" % (l, sum(d["lang"] == l for d in docs)) for l in LANGS))
        print("citations with an id per language: " + ", ".join(
            "%s %d" % (l, sum(lang_of[rs[0]["doc"]] == l for rs in units.values())) for l in LANGS))
    else:
        print("documents per half: " + ", ".join("%s %d" % (h, sum(d["half"] == h for d in docs)) for h in HALVES))

    # ---- recall
    rec = collections.defaultdict(lambda: [0, 0])     # (half, lang) and (half, 'all'), ('all', ...)
    rec_cls = collections.defaultdict(lambda: [0, 0])  # (half, class)
    misses = collections.defaultdict(list)             # half -> [(class, rs, lang)]
    for u, rs in units.items():
        head = rs[0]
        hit = any(r["hit"] for r in rs)
        h, lang = half_of[head["doc"]], lang_of[head["doc"]]
        for key in ((h, lang), (h, "all"), ("all", lang), ("all", "all"),
                    (h, "non-en" if lang != "en" else "en*"), ("all", "non-en" if lang != "en" else "en*")):
            rec[key][0] += hit
            rec[key][1] += 1
        for key in ((h, head["class"]), ("all", head["class"])):
            rec_cls[key][0] += hit
            rec_cls[key][1] += 1
        if not hit:
            misses[h].append((miss_class(head, rs, lang), rs, lang))

    # ---- precision
    pre = collections.defaultdict(lambda: [0, 0])
    wrong = collections.defaultdict(list)
    unresolved = collections.defaultdict(list)
    for m in mentions:
        ov = overlapping(m)
        h, lang = half_of[m["path"]], lang_of[m["path"]]
        if not m["target"]:
            unresolved[h].append((m, [r for r in ov if r["ids"]]))
            continue
        ok = any(m["target"] in r["ids"] for r in ov)
        for key in ((h, lang), (h, "all"), ("all", lang), ("all", "all"),
                    (h, "non-en" if lang != "en" else "en*"), ("all", "non-en" if lang != "en" else "en*")):
            pre[key][0] += ok
            pre[key][1] += 1
        if not ok:
            if any(r["ids"] and r["class"] != "title" for r in ov):
                v = "wrong id on a listed citation"
            elif any(r["class"] == "title" for r in ov):
                v = "id on a nested name or quoted title"
            elif any(r["class"] == "body" for r in ov):
                v = "body named after its instrument given the instrument's id"
            elif ov:
                v = "id on a citation the registry has no key for ('?')"
            else:
                v = "spurious: not an instrument citation"
            wrong[h].append((v, m, ov))

    if held_only:
        report_held_counts(units, rows, rec, rec_cls, pre, unresolved)
    else:
        report_by_half(HALVES, rec, rec_cls, pre, unresolved)

    # ---- '?' rows
    q = [r for r in rows if r["expected"] == "?"]
    print("  '?' rows (no id in spec/registry): %d; given an id: %d; unresolved: %d; nothing: %d" % (
        len(q), sum(any(m["target"] for m in r["got"]) for r in q),
        sum(bool(r["got"]) and not any(m["target"] for m in r["got"]) for r in q), sum(not r["got"] for r in q)))

    # ---- error classes
    print("=" * 78)
    print("ERROR CLASSES (recall misses and precision errors), counts %s" % ("only" if held_only else "per half"))
    counts = collections.Counter()
    for h in HALVES:
        for c, _, _ in misses[h]:
            counts[("miss: " + c, h)] += 1
        for v, _, _ in wrong[h]:
            counts[("extra: " + v, h)] += 1
    names = sorted({c for c, _ in counts}, key=lambda c: (-(counts[(c, "fix")] + counts[(c, "held")]), c))
    if held_only:
        print("    %-66s %5s" % ("class", "count"))
        for c in names:
            print("    %-66s %5d" % (c[:66], counts[(c, "held")]))
        print("    %-66s %5d" % ("total recall misses", len(misses["held"])))
        print("    %-66s %5d" % ("total wrong or spurious mentions", len(wrong["held"])))
    else:
        print("    %-62s %5s %5s" % ("class", "fix", "held"))
        for c in names:
            print("    %-62s %5d %5d" % (c[:62], counts[(c, "fix")], counts[(c, "held")]))

    for h in HALVES:
        if h == "held" and not show_held:
            continue
        by_key = collections.Counter()
        for c, rs, lang in misses[h]:
            by_key[("miss: " + c, sorted(rs[0]["ids"])[-1], lang)] += 1
        for v, m, ov in wrong[h]:
            by_key[("extra: " + v, m["target"], lang_of[m["path"]])] += 1
        print("  %s half by class, id and language:" % h)
        for (c, k, lang), n in sorted(by_key.items(), key=lambda x: (-x[1], x[0])):
            print("    %3d  %-58s %-32s %s" % (n, c[:58], k[:32], lang))
    for h in HALVES:
        if h == "held" and not show_held:
            print("-" * 78)
            print("HELD HALF: details withheld (counts above); pass --show-held to list them")
            continue
        print("-" * 78)
        print("%s HALF, MISSES (%d): lang | doc | surface #occ | expected | got | class" % (h.upper(), len(misses[h])))
        for c, rs, lang in sorted(misses[h], key=lambda x: (x[0], x[2])):
            r = rs[0]
            got = sorted({(m["target"] or "(unresolved)") for x in rs for m in x["got"]}) or ["-"]
            print("  %s | %s | %s #%s | %s | %s | %s" % (lang, short(r["doc"])[:22], r["surface"][:60], r["occ"],
                                                     r["expected"], ",".join(got), c))
        print("%s HALF, WRONG OR SPURIOUS INSTRUMENT MENTIONS (%d): lang | doc | surface @byte | got | listed | class" % (
            h.upper(), len(wrong[h])))
        for v, m, ov in sorted(wrong[h], key=lambda x: x[0]):
            exp = ",".join(sorted({r["expected"] for r in ov})) or "(none)"
            print("  %s | %s | %s @%d | %s | %s | %s" % (lang_of[m["path"]], short(m["path"])[:22], m["surface"][:60],
                                                      m["start"], m["target"], exp, v))
        print("%s HALF, UNRESOLVED SHORT FORMS (%d): lang | doc | surface @byte | listed as" % (h.upper(), len(unresolved[h])))
        for m, withid in unresolved[h]:
            print("  %s | %s | %s @%d | %s" % (lang_of[m["path"]], short(m["path"])[:22], m["surface"][:60], m["start"],
                                              ",".join(sorted({r["expected"] for r in withid})) or "-"))

    # ---- secondary: resolution and symbol citations against the UN's links and the unlinked list
    print("=" * 78)
    print("SECONDARY: resolution/symbol citations (non-instrument mentions)")
    gold = gold_rows(docs)
    gspans = collections.defaultdict(list)
    for p, gs in gold.items():
        for g in gs:
            s, e = to_flat(texts, p, g["start"], g["end"])
            gspans[p].append((s, e, g["target"]))
    grec = collections.defaultdict(lambda: [0, 0])
    sdetail = collections.defaultdict(list)
    for p, sp in gspans.items():
        h, lang = half_of[p], lang_of[p]
        for s, e, t in sp:
            near = [m for m in others if m["path"] == p and m["start"] < e and s < m["end"]]
            hit = any(m["target"] == t or drop_part(m["target"]) == t for m in near)
            if not hit:
                sdetail[h].append("  UN link missed: %s | %s | %s @%d | %s | %s" % (
                    lang, short(p)[:22], texts[p][1].encode("utf-8")[s:e].decode("utf-8", "replace"), s, t,
                    ",".join(sorted({m["target"] for m in near})) or "-"))
            for key in ((h, lang), (h, "all"), ("all", lang), ("all", "all")):
                grec[key][0] += hit
                grec[key][1] += 1
    print("  recall on the UN's links in these files (a part letter the links drop is not held against it):")
    table(HALVES, "", grec, LANGS[:3])
    table(HALVES, "", grec, LANGS[3:] + ["all"])
    srec = collections.defaultdict(lambda: [0, 0])
    snone = collections.Counter()
    for r in srows:
        h = half_of[r["doc"]]
        got = [m for m in others + mentions if m["path"] == r["doc"] and r["start"] < m["end"] and m["start"] < r["end"]]
        tg = sorted({m["target"] for m in got if m["target"]})
        if r["expected"] == "none-in-contract":
            snone[(h, "with an id")] += bool(tg)
            snone[(h, "rows")] += 1
            if tg:
                sdetail[h].append("  none-in-contract given an id: %s | %s | %s | %s" % (
                    lang_of[r["doc"]], short(r["doc"])[:22], r["surface"], ",".join(tg)))
            continue
        ids = r["expected"].split("|") if "[pair]" in r["note"] else [r["expected"]]
        if "[pair]" not in r["note"]:
            ids = [ids[0]]
        for t in ids:
            hit = t in tg or any(drop_part(x) == t for x in tg)
            for key in ((h, lang_of[r["doc"]]), (h, "all"), ("all", lang_of[r["doc"]]), ("all", "all")):
                srec[key][0] += hit
                srec[key][1] += 1
            if not hit:
                sdetail[h].append("  unlinked citation missed: %s | %s | %s #%s | %s | %s" % (
                    lang_of[r["doc"]], short(r["doc"])[:22], r["surface"], r["occ"], t, ",".join(tg) or "-"))
    print("  recall on citations the UN's links leave out (symbols_src.tsv):")
    table(HALVES, "", srec, LANGS[:3])
    table(HALVES, "", srec, LANGS[3:] + ["all"])
    print("  'none-in-contract' rows given an id anyway: " + ", ".join(
        "%s %d/%d" % (h, snone[(h, "with an id")], snone[(h, "rows")]) for h in HALVES))
    # mentions outside both lists
    extra = collections.defaultdict(list)
    for m in others:
        if not m["target"]:
            continue
        if any(s < m["end"] and m["start"] < e for s, e, _ in gspans[m["path"]]):
            continue
        if any(r["doc"] == m["path"] and r["start"] < m["end"] and m["start"] < r["end"] for r in srows):
            continue
        extra[half_of[m["path"]]].append(m)
    print("  non-instrument mentions outside the UN's links and outside symbols_src.tsv (not citations): " +
          ", ".join("%s %d" % (h, len(extra[h])) for h in HALVES))
    # precision of what the detector finds beyond the UN's links: on a listed unlinked citation with its id, or not
    xp = collections.defaultdict(lambda: [0, 0])
    for m in others:
        if not m["target"] or any(s < m["end"] and m["start"] < e for s, e, _ in gspans[m["path"]]):
            continue
        ov = [r for r in srows if r["doc"] == m["path"] and r["start"] < m["end"] and m["start"] < r["end"]]
        ok = any(m["target"] in r["expected"].split("|") or drop_part(m["target"]) in r["expected"].split("|")
                 for r in ov)
        h = half_of[m["path"]]
        for key in ((h, "all"), ("all", "all")):
            xp[key][0] += ok
            xp[key][1] += 1
    print("  precision of resolution/symbol mentions outside the UN's links: " + ", ".join(
        "%s %s" % (h, fig(*xp[(h, "all")]).split(" [")[0]) for h in HALVES + ["all"]))
    for h in HALVES:
        if h == "held" and not show_held:
            print("  held half: %d UN links missed, %d unlinked citations missed, %d none-in-contract given an id;"
                  " details withheld" % tuple(sum(x.startswith(k) for x in sdetail[h])
                                              for k in ("  UN link", "  unlinked", "  none-in")))
            continue
        for x in sdetail[h]:
            print(x)
        for m in extra[h]:
            print("  extra: %s | %s | %s @%d | %s | kind %s" % (lang_of[m["path"]], short(m["path"])[:22],
                                                             m["surface"][:60], m["start"], m["target"], m["kind"]))
    sys.exit(1 if bad_pins else 0)
