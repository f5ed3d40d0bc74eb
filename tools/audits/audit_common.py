"""What the three instrument audits (akn-instruments, -2, -3) score with, in one
place: paths, confidence intervals, the registry's framework ids, pinning a
hand-listed citation to its byte span in the file, running `unxref detect`,
and using each mention's span in the file (`file_start`, `file_end`).

Matching is by byte spans of the file: a row is pinned to the occurrence-th
copy of its surface in the .txt file, a detector mention to its
`file_start`/`file_end`. Until 2026-12-02 each audit mapped rows onto a copy
of the detector's flattened text rebuilt from `extract --format json`; that
copy stopped matching the detector's own text once plain text was read one
block a line (49fb5b0), so every figure after that commit was wrong. A binary
without `file_start` is refused.
"""
import collections
import json
import math
import os
import re
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.normpath(os.path.join(HERE, "..", ".."))
AKN = os.path.normpath(os.path.join(ROOT, "..", "shared", "corpus", "akn"))
SHARED_REG = os.path.normpath(os.path.join(ROOT, "..", "shared", "data", "instruments", "instruments.tsv"))
PROJECT_REG = os.path.join(ROOT, "data", "instruments.tsv")
CLASSES = ["full", "abbr", "short", "unts"]
SYMBOL_KINDS = ("resolution", "symbol")
CLASS_NAMES = {"full": "named (full or common name)", "abbr": "abbreviation", "short": "short form / anaphor",
               "unts": "UNTS footnote (vol., No.)"}
RESOLUTION_LIKE = re.compile(r"\d+\s*/\s*\d+|/RES/|\(\s*[IVXL]+\s*\)|[A-Z]+/[A-Z0-9]|resolu|résolu|резолюц|قرار|决议"
                             r"|^\W*(ibid|idem|там же|同上|المرجع نفسه)\W*$", re.I)


def wilson(k, n, z=1.96):
    if n == 0:
        return float("nan"), float("nan")
    p = k / n
    d = 1 + z * z / n
    c = (p + z * z / (2 * n)) / d
    h = z * math.sqrt(p * (1 - p) / n + z * z / (4 * n * n)) / d
    return max(0.0, c - h), min(1.0, c + h)


def fig(k, n):
    if n == 0:
        return "%4d/%-4d    -" % (k, n)
    lo, hi = wilson(k, n)
    return "%4d/%-4d %5.1f%% [%5.1f-%5.1f]" % (k, n, 100 * k / n, 100 * lo, 100 * hi)


def read_tsv(path):
    with open(path, encoding="utf-8") as f:
        lines = [l.rstrip("\n").split("\t") for l in f if l.strip() and not l.startswith("#")]
    return [dict(zip(lines[0], r + [""] * (len(lines[0]) - len(r)))) for r in lines[1:]]


def registry():
    """(framework ids, kind of each treaty: key) from the shared and the project registry."""
    frameworks, kinds = set(), {}
    for r in read_tsv(SHARED_REG):
        kinds["treaty:" + r["key"]] = r["kind"]
        if r["kind"] in ("framework", "declaration", "standards"):
            for t in (r["symbol"], r["unxref_target"]):
                if t and not t.startswith("treaty:"):
                    frameworks.add(t.replace(" ", "").upper())
    if os.path.exists(PROJECT_REG):
        with open(PROJECT_REG, encoding="utf-8") as f:
            for line in f:
                c = line.rstrip("\n").split("\t")
                if not line.startswith("#") and len(c) > 1 and not c[1].startswith("treaty:"):
                    frameworks.add(c[1].replace(" ", "").upper())
    return frameworks, kinds


def align(raw, flat):
    """raw character offset -> flat character offset; the two differ only in whitespace."""
    m = [0] * (len(raw) + 1)
    i = k = 0
    while i < len(raw):
        m[i] = k
        if k < len(flat) and raw[i] == flat[k]:
            i += 1
            k += 1
        elif raw[i].isspace():
            i += 1
        elif k < len(flat) and flat[k].isspace():
            k += 1
        else:
            raise ValueError("texts differ beyond whitespace at raw offset %d" % i)
    m[len(raw)] = k
    return m


def nth(text, surface, n):
    """(start, end) of the n-th non-overlapping occurrence; a space in the
    surface also matches a no-break space (the files mix them)."""
    pat = re.compile("[ \u00a0\u202f]".join(re.escape(w) for w in surface.split(" ")))
    for k, m in enumerate(pat.finditer(text), 1):
        if k == n:
            return m.start(), m.end()
    return -1, -1


def pin(rows, docs, exe):
    """Adds the row's span in the detector's text (bytes) to every row."""
    texts, bad = {}, 0
    for d in docs:
        path = os.path.join(AKN, d["path"])
        with open(path, encoding="utf-8", newline="") as f:
            raw = f.read()
        # Spans are kept in the file's bytes, which is what mentions report.
        texts[d["path"]] = (raw, raw, align(raw, raw))
    for r in rows:
        raw, flat, m = texts[r["doc"]]
        i, j = nth(raw, r["surface"], int(r["occ"]))
        if i < 0:
            print("PIN ERROR: %s: occurrence %s of %r not found" % (r["doc"], r["occ"], r["surface"]))
            bad += 1
            r["start"] = r["end"] = -1
            continue
        a, b = m[i], m[j]
        r["start"] = len(flat[:a].encode("utf-8"))
        r["end"] = r["start"] + len(flat[a:b].encode("utf-8"))
        r["context"] = raw[max(0, i - 40):j + 40].replace("\n", " / ")
    return texts, bad


def detect(exe, paths):
    res = subprocess.run([exe, "detect", "--format", "jsonl", *paths], capture_output=True, timeout=600)
    out = collections.defaultdict(list)
    for line in res.stdout.decode("utf-8", "replace").splitlines():
        if line.startswith("{"):
            m = json.loads(line)
            out[m["doc"]].append(m)
    return out, res.returncode


def is_instrument(m, frameworks):
    if m["kind"] == "treaty":
        return True
    t = m.get("target", "").replace(" ", "").upper()
    return t in frameworks and not RESOLUTION_LIKE.search(m.get("surface", ""))


def accepted(r, strict_decl):
    if r["expected"] in ("?", "-"):
        return set()
    ids = r["expected"].split("|")
    if strict_decl and len(ids) > 1:
        ids = ids[1:]  # [ambig-decl]: the adopting resolution's symbol only
    return set(ids)


def short(doc):
    return os.path.basename(doc).replace(".txt", "")


def use_file_offsets(found, docs, paths, texts, exe):
    """Sets every mention's start/end to its span in the file and its path to
    the audit's name of the file; returns how many mentions' file bytes differ
    from their surface beyond white space."""
    bad = 0
    for d, p in zip(docs, paths):
        raw = texts[d["path"]][0].encode("utf-8")
        for m in found.get(p, []):
            if m.get("file_start") is None:
                sys.exit("%s gives no file offsets (file_start): it predates issue 15's spans" % exe)
            m["start"], m["end"] = m["file_start"], m["file_end"]
            m["path"] = d["path"]
            in_file = raw[m["start"]:m["end"]].decode("utf-8", "replace")
            if " ".join(in_file.split()) != " ".join(m["surface"].split()):
                bad += 1
    return bad

