#!/usr/bin/env python3
"""Locate every expected citation of recall_src.tsv in the extracted text and
check it against the detector's output; writes recall.tsv.

recall_src.tsv (hand-written, read in full from extract/<doc>.txt):
  doc, approx (byte offset near the citation), surface (as written; any run of
  whitespace in the text matches one space), expected (target id per the spec,
  or "?" when the instrument has no id in the registry), note

Each row is pinned to the occurrence of its surface nearest to `approx` that no
earlier row of the same doc has taken. Found = the detector emitted, in that
doc, a mention with target == expected whose span overlaps the surface, or
the 12 bytes after it (where a defining abbreviation such as "(OP-CAT)"
follows the full name). For "?" rows, found says whether any mention (any
target) overlaps the surface itself, and `got` lists what the detector gave there.
Also writes recall-unmatched.tsv: detector mentions in these documents that
no expected row accounts for (false positives).
"""
import os
import json, os, re, sys
HERE = os.path.dirname(os.path.abspath(__file__))
ALT = {  # declarations adopted by a GA resolution: either id is accepted (RULES.md)
    "treaty:udhr": {"A/RES/217(III)"}, "treaty:undrip": {"A/RES/61/295"},
    "treaty:paris-principles": {"A/RES/48/134"},
    "treaty:millennium-declaration": {"A/RES/55/2"}, "treaty:devaw": {"A/RES/48/104"},
    # "the two International Covenants": the registry's international-covenants row
    "A/RES/2200(XXI)": {"treaty:international-covenants", "treaty:iccpr", "treaty:icescr"},
}
# The binary of the audited commit (build it from 6ad73ac), overridable.
BIN = os.environ.get("UNXREF_AUDIT_EXE", os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "..", "build", "unxref"))
SHARED = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "..", "..", "shared")
PDF_DIRS = [os.path.join(SHARED, "pdfs", "upr"), os.path.join(SHARED, "pdfs", "designed")]


def page_map(doc, text):
    """(byte offset, page) pairs: each extracted block located in the text."""
    import subprocess
    path = next(os.path.join(d, doc) for d in PDF_DIRS if os.path.exists(os.path.join(d, doc)))
    blocks = json.loads(subprocess.run([BIN, "extract", path, "--format", "json"], check=True,
                                       capture_output=True, text=True).stdout)["blocks"]
    # blocks come in page order; the text follows reading order, which is
    # nearly the same: look for each block's first 60 bytes a little ahead of
    # the last one found, and skip blocks not found there (mastheads, the
    # contents page, running headers)
    marks, pos = [], 0
    for bl in blocks:
        head = bl["text"].strip().split("\n")[0][:60].encode()
        if len(head) < 12 or bl.get("role") in ("masthead", "header-footer"):
            continue
        i = text.find(head, pos, pos + 6000)
        if i >= 0:
            marks.append((i, bl["page"]))
            pos = i + 1
    return marks


def page_at(marks, off):
    pg = marks[0][1] if marks else 0
    for i, p in marks:
        if i > off:
            break
        pg = p
    return pg


ms = {}
for line in open(os.path.join(HERE, "mentions.jsonl"), encoding="utf-8"):
    m = json.loads(line)
    ms.setdefault(os.path.basename(m["doc"]), []).append(m)
rows = [l.rstrip("\n").split("\t") for l in open(os.path.join(HERE, "recall_src.tsv"), encoding="utf-8")][1:]
taken = {}
out = []
texts = {}
pages = {}
for r in rows:
    if not r or not r[0]:
        continue
    doc, approx, surface, expected, note = (r + [""] * 5)[:5]
    if doc not in texts:
        texts[doc] = open(os.path.join(HERE, "extract", doc[:-4] + ".txt"), "rb").read()
        pages[doc] = page_map(doc, texts[doc])
    t = texts[doc]
    body = rb"\s+".join(re.escape(w) for w in surface.encode().split())
    # whole words only: "CED" must not match inside "CEDAW"
    pat = re.compile(rb"(?<![A-Za-z0-9])" + body + rb"(?![A-Za-z0-9])")
    occ = [(mm.start(), mm.end()) for mm in pat.finditer(t)]
    occ = [o for o in occ if (doc, o[0], expected) not in taken]
    if not occ:
        sys.exit("not found in %s: %r (approx %s)" % (doc, surface, approx))
    # rows are written in reading order with `approx` at or just before the
    # citation (the start of its line): take the first free occurrence from there
    after = [o for o in occ if o[0] >= int(approx) - 5]
    if not after:
        sys.exit("no free %r in %s after %s" % (surface, doc, approx))
    a, b = after[0]
    if a - int(approx) > 1500:
        sys.exit("nearest %r in %s is %d bytes from approx %s" % (surface, doc, a - int(approx), approx))
    taken[(doc, a, expected)] = True
    over = [m for m in ms.get(doc, []) if m["start"] < b + 12 and m["end"] > a]
    got = sorted({m["target"] or "(unresolved)" for m in over})
    if expected == "?":
        # no defining abbreviation to allow for: the surface itself must be hit
        over = [m for m in over if m["start"] < b and m["end"] > a]
        got = sorted({m["target"] or "(unresolved)" for m in over})
        found = "yes" if over else "no"
    else:
        ok = {expected} | ALT.get(expected, set())
        found = "yes" if any(m["target"] in ok for m in over) else "no"
    out.append([doc, str(page_at(pages[doc], a)), str(a), surface, expected, found, ",".join(got), note, str(b)])
with open(os.path.join(HERE, "recall.tsv"), "w", encoding="utf-8") as f:
    f.write("doc\tpage\toffset\tsurface\texpected\tfound\tdetector_gave_here\tnote\tend\n")
    for o in out:
        f.write("\t".join(o) + "\n")
n = [o for o in out if o[4] != "?"]
print("expected with an id: %d, found %d; '?' rows: %d" % (len(n), sum(o[5] == "yes" for o in n), len(out) - len(n)))

# Detector mentions in the recall documents that no expected row accounts for:
# false positives (treaty bodies read as treaties, own symbols, ...) or
# defining abbreviations right after a full name (counted with the name).
spans = {}
for o in out:
    spans.setdefault(o[0], []).append((int(o[2]), int(o[8]) + 12, o[4]))
with open(os.path.join(HERE, "recall-unmatched.tsv"), "w", encoding="utf-8") as f:
    f.write("doc\tstart\tsurface\ttarget\tcontext\n")
    for doc in sorted(texts):
        for m in ms.get(doc, []):
            if not any(m["start"] < b and m["end"] > a for a, b, _ in spans.get(doc, [])):
                f.write("\t".join([doc, str(m["start"]), m["surface"].replace("\n", " "), m["target"] or "(unresolved)",
                                   m["context"].replace("\n", " ").replace("\t", " ")]) + "\n")
