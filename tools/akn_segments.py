#!/usr/bin/env python3
"""Target segmentation against the UN's own Akoma Ntoso structure.

../shared/corpus/akn/{sc-2021,ga-76}/ holds resolutions in six languages as
plain text made from the UN's AKN markup (tools/akn_gold.py in ../shared): one
AKN paragraph per line (the formula "The General Assembly," first, preambular
clauses, operative paragraphs opening with their AKN <num>), footnotes after a
blank line as "[n] text". The converter also repeats a footnote's text inline,
as a line of its own after a preambular clause; those lines belong to the clause
before them. gold.jsonl adds, for every paragraph holding a link, its AKN eId
(container_k preambular, para_k operative) and the clause verb the UN tagged
(<container name="Recalling also">).

Gold paragraphs, per file:
  preambular  every body line before the first numbered line, except the
              formula (line 1) and inline footnote copies; verb = the UN's
              container name when a link in it gives one
  operative   every line opening with a number ("12.  ", Arabic "12 - ");
              sub-items (unnumbered in this text) stay inside it
Lines after the first numbered line that are not numbered (annex text,
unnumbered decisions) are not scored, but a predicted paragraph must not run
into them.

A gold paragraph agrees when `unxref uptake --units target` gives a paragraph
(sub-items "12 (a)" merged into "12") with the same start and end (white space
ignored; inline footnote copies may be inside it or not), the same kind, the
same number (operative) and, when the gold has one, the same verb (preambular).
Predicted preambular/operative paragraphs that start where no gold paragraph
starts are extras. agreement = agreed / (gold + extras).

Files are split by the resolution (all six languages together) by CRC32 of its
symbol: even -> tune, odd -> test. data/uptake-clause-verbs.tsv is made from
the tune half only (`verbs`).

  tools/akn_segments.py eval [--exe build/unxref] [--split tune|test|all] [--misses N]
  tools/akn_segments.py verbs > data/uptake-clause-verbs.tsv
"""
import argparse
import collections
import json
import os
import re
import subprocess
import sys
import zlib

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
AKN = os.path.normpath(os.path.join(ROOT, "..", "shared", "corpus", "akn"))
COLLECTIONS = ["sc-2021", "ga-76"]
LANGS = {"Arabic": "ar", "Chinese": "zh", "English": "en", "French": "fr", "Russian": "ru", "Spanish": "es"}
NUMBER = re.compile(r"^(\d+)(?:\.|\s-)\s")
WS = re.compile(r"\s+")


def resolution_key(path):
    """A_RES_76_10-2117757E.txt, SC_2561_2021-E.txt -> A_RES_76_10, SC_2561_2021."""
    stem = os.path.splitext(os.path.basename(path))[0]
    return re.sub(r"[-_]\d*[A-Z]$", "", stem)


def split_of(path):
    return "tune" if zlib.crc32(resolution_key(path).encode()) % 2 == 0 else "test"


def files_of(collection):
    base = os.path.join(AKN, collection)
    out = []
    for lang in sorted(LANGS):
        d = os.path.join(base, lang)
        if os.path.isdir(d):
            out += [os.path.join(lang, f) for f in sorted(os.listdir(d)) if f.endswith(".txt")]
    return out


def load_links(collection):
    """file -> list of gold links (not in footnotes)."""
    links = collections.defaultdict(list)
    with open(os.path.join(AKN, collection, "gold.jsonl"), encoding="utf-8") as f:
        for line in f:
            g = json.loads(line)
            if not g["in_note"]:
                links[g["file"]].append(g)
    return links


def gold_paragraphs(text, links):
    """[(kind, number, verb, start, end, artifact_end)] in character offsets of `text`."""
    # Footnotes come last, one per line as "[n]  text" (a blank line before them or not).
    note = re.compile(r"^\[[^\]]{1,6}\]\s+(.*)$")
    note_texts = set()
    lines = text.split("\n")
    first_note = len(lines)
    for i, line in enumerate(lines):
        m = note.match(line)
        if m:
            first_note = min(first_note, i)
            if m.group(1).strip():
                note_texts.add(WS.sub(" ", m.group(1).strip()))
    lines = lines[:first_note]
    container_of = {}  # line start -> AKN container id of a link in it
    for g in links:
        if g["para"].startswith("container"):
            ls = text.rfind("\n", 0, g["start"]) + 1
            container_of.setdefault(ls, g["para"])
    operative_of = set()  # line starts holding a link the UN put in an operative paragraph
    for g in links:
        if g["para"].startswith("para"):
            operative_of.add(text.rfind("\n", 0, g["start"]) + 1)
    formula = WS.sub(" ", lines[0].strip()) if lines else ""
    numbered = any(NUMBER.match(l) for l in lines)
    paras, pos, operative_seen = [], 0, not numbered  # a text without numbers is not scored
    last_container, last_line = None, ""
    for i, line in enumerate(lines):
        start, end = pos, pos + len(line)
        pos = end + 1
        stripped = WS.sub(" ", line.strip())
        if not stripped or stripped == formula:  # "The General Assembly," (again before part B)
            continue
        if start in operative_of and not NUMBER.match(line):
            operative_seen = True  # an unnumbered operative paragraph: what follows is not scored
        m = NUMBER.match(line)
        if m:
            operative_seen = True
            paras.append(["operative", m.group(1), "", start + m.end(), end, end])  # text after the number
        elif (stripped in note_texts or not any(c.isalpha() for c in stripped)) and paras:
            paras[-1][5] = end  # the converter's inline copy of a footnote, or a "*" between the parts
        elif not operative_seen:
            # One AKN container can hold several lines ("Taking note of:" and its items).
            cont = container_of.get(start)
            same = cont is not None and cont == last_container
            listed = last_line.endswith(":") or (last_line.endswith(";") and paras and ":" in text[paras[-1][3]:paras[-1][4]])
            if paras and paras[-1][0] == "preambular" and (same or (listed and cont is None)):
                paras[-1][4] = paras[-1][5] = end
            else:
                paras.append(["preambular", "", "", start, end, end])
            last_container = cont if cont is not None else (last_container if same or listed else None)
        else:
            paras.append(["unscored", "", "", start, end, end])
        last_line = re.sub(r"\d+$", "", stripped)
    for g in links:
        for p in paras:
            if p[0] == "preambular" and p[3] <= g["start"] < p[4] and g["para"].startswith("container"):
                p[2] = p[2] or g["verb"]
    return paras


class NoSpace:
    """Maps character offsets of a text to offsets in the text without white space."""

    def __init__(self, text):
        self.prefix = [0] * (len(text) + 1)
        n = 0
        for i, c in enumerate(text):
            self.prefix[i] = n
            if not c.isspace():
                n += 1
        self.prefix[len(text)] = n
        self.squeezed = WS.sub("", text)

    def at(self, offset):
        return self.prefix[offset]


def predicted_paragraphs(exe, paths, joined):
    """path -> [(kind, number, verb, text)] from `unxref uptake --units target`."""
    out = collections.defaultdict(list)
    mode = [] if joined else ["--line-paragraphs"]
    for i in range(0, len(paths), 200):
        chunk = paths[i:i + 200]
        r = subprocess.run([exe, "uptake", "--units", "target", *mode, *chunk], capture_output=True, text=True)
        if r.returncode not in (0, 1):
            sys.exit(f"{exe} failed: {r.stderr[:500]}")
        for line in r.stdout.splitlines():
            u = json.loads(line)
            out[u["file"]].append(u)
    return out


def locate(squeezed, units):
    """Whitespace-free (start, end) of each predicted unit, found in order."""
    spans, at = [], 0
    for u in units:
        s = WS.sub("", u["text"])
        k = squeezed.find(s, at) if s else -1
        if k < 0:
            spans.append(None)
            continue
        spans.append((k, k + len(s)))
        at = k + len(s)
    return spans


def merge_subitems(units):
    merged = []
    for u in units:
        top = u["number"].split(" ")[0]
        if merged and u["kind"] == "operative" and " " in u["number"] and merged[-1]["number"] == top:
            merged[-1] = dict(merged[-1], text=merged[-1]["text"] + " " + u["text"])
        else:
            merged.append(dict(u, number=top if u["kind"] == "operative" else u["number"]))
    return merged


def score_file(text, links, units, misses, name):
    gold = gold_paragraphs(text, links)
    ns = NoSpace(text)
    units = merge_subitems(units)
    spans = locate(ns.squeezed, units)
    by_start = {}
    for u, sp in zip(units, spans):
        if sp and u["kind"] in ("preambular", "operative"):
            by_start.setdefault(sp[0], (u, sp))
    gold_starts = set()
    agreed = scored = 0
    for kind, number, verb, start, end, art_end in gold:
        gs = ns.at(start)
        gold_starts.add(gs)
        if kind == "unscored":
            continue
        scored += 1
        hit = by_start.get(gs)
        ok = False
        why = "no paragraph starts here"
        if hit:
            u, sp = hit
            ends = {ns.at(end), ns.at(art_end)}
            if sp[1] not in ends:
                why = f"ends elsewhere ({sp[1] - gs} vs {ns.at(end) - gs} chars)"
            elif u["kind"] != kind:
                why = f"kind {u['kind']}"
            elif kind == "operative" and u["number"] != number:
                why = f"number {u['number']} vs {number}"
            elif kind == "preambular" and verb and u.get("verb", "") != verb:
                why = f"verb '{u.get('verb', '')}' vs '{verb}'"
            else:
                ok = True
        agreed += ok
        if not ok and misses is not None:
            misses.append(f"{name}: {kind} {number or verb}: {why}: {text[start:start + 70]!r}")
    extras = sum(1 for s in by_start if s not in gold_starts)
    if misses is not None and extras:
        misses.append(f"{name}: {extras} extra paragraph(s)")
    return scored, agreed, extras


def cmd_eval(args):
    exe = os.path.abspath(args.exe)
    table = collections.defaultdict(lambda: [0, 0, 0])  # (split, collection, lang) -> scored, agreed, extras
    misses = [] if args.misses else None
    for coll in COLLECTIONS:
        if not os.path.isdir(os.path.join(AKN, coll)):
            print(f"skip {coll}: {AKN}/{coll} absent")
            continue
        links = load_links(coll)
        files = [f for f in files_of(coll) if args.split == "all" or split_of(f) == args.split]
        preds = predicted_paragraphs(exe, [os.path.join(AKN, coll, f) for f in files], args.joined)
        for f in files:
            path = os.path.join(AKN, coll, f)
            with open(path, encoding="utf-8") as fh:
                text = fh.read()
            s, a, e = score_file(text, links.get(f, []), preds.get(path, []), misses, f"{coll}/{f}")
            row = table[(split_of(f), coll, LANGS[f.split("/")[0]])]
            row[0] += s
            row[1] += a
            row[2] += e
    def pct(a, s, e):
        return 100.0 * a / (s + e) if s + e else 0.0
    print(f"{'split':5} {'collection':10} {'lang':4} {'gold':>6} {'agreed':>6} {'extra':>5} {'agreement':>9}")
    totals = collections.defaultdict(lambda: [0, 0, 0])
    for (sp, coll, lang), (s, a, e) in sorted(table.items()):
        print(f"{sp:5} {coll:10} {lang:4} {s:6} {a:6} {e:5} {pct(a, s, e):8.2f}%")
        for key in ((sp, coll), (sp, "all")):
            t = totals[key]
            t[0] += s
            t[1] += a
            t[2] += e
    for (sp, coll), (s, a, e) in sorted(totals.items()):
        print(f"{sp:5} {coll:10} {'all':4} {s:6} {a:6} {e:5} {pct(a, s, e):8.2f}%")
    if misses:
        print(f"\nfirst {args.misses} disagreements:")
        for m in misses[:args.misses]:
            print("  " + m)


def cmd_verbs(args):
    """A phrase is kept when the UN tagged it at least --min-count times in the tune half and,
    of the tagged clauses whose text opens with it, most carry it (or a longer verb) as their
    tag: "ссылаясь на" opens many clauses tagged "ссылаясь", so only "ссылаясь" is kept."""
    tagged = []  # (kind, lang, verb, clause text)
    for coll in COLLECTIONS:
        files = {}
        for f, ls in load_links(coll).items():
            if split_of(f) != "tune":
                continue
            text = files.setdefault(f, open(os.path.join(AKN, coll, f), encoding="utf-8").read())
            # Inline copies of footnotes carry the italics of the titles they cite, not verbs.
            notes = {WS.sub(" ", m.group(1).strip()) for m in re.finditer(r"^\[[^\]]{1,6}\]\s+(.*)$", text, re.M)}
            seen = set()
            for l in ls:
                kind = "preamble" if l["para"].startswith("container") else "operative" if l["para"].startswith("para") else ""
                verb = WS.sub(" ", l["verb"].strip())
                if not kind or not verb or (f, l["para"]) in seen:
                    continue
                seen.add((f, l["para"]))
                ls0 = text.rfind("\n", 0, l["start"]) + 1
                line = NUMBER.sub("", text[ls0:text.find("\n", ls0)]).strip()
                if WS.sub(" ", line) in notes:
                    continue
                tagged.append((kind, l["lang"], verb, WS.sub(" ", line).lower()))
    counts = collections.Counter((k, lang, v) for k, lang, v, _ in tagged)
    by_lang = collections.defaultdict(list)
    for k, lang, v, line in tagged:
        by_lang[(k, lang)].append((v.lower(), line))
    print("# Clause verbs of UN resolutions, one per line: kind <TAB> language <TAB> phrase.")
    print("# GENERATED by tools/akn_segments.py verbs from the tune half of ../shared/corpus/akn")
    print("# (verbs the UN's editors tagged in its Akoma Ntoso markup; see that script for the rule).")
    print("#   preamble   opens a preambular clause (\"Recalling also\", \"ссылаясь\", \"又回顾\")")
    print("#   operative  opens an operative paragraph after its number (\"Requests\", \"Also decides\")")
    for (kind, lang, phrase), n in sorted(counts.items()):
        if n < args.min_count or "\t" in phrase:
            continue
        p = phrase.lower()
        opening = [v for v, line in by_lang[(kind, lang)] if line.startswith(p)]
        if len(opening) < args.min_count or sum(v.startswith(p) for v in opening) * 2 < len(opening):
            continue
        print(f"{kind}\t{lang}\t{phrase}")


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = ap.add_subparsers(dest="cmd", required=True)
    e = sub.add_parser("eval")
    e.add_argument("--exe", default=os.path.join(ROOT, "build", "unxref"))
    e.add_argument("--split", choices=["tune", "test", "all"], default="all")
    e.add_argument("--misses", type=int, default=0)
    e.add_argument("--joined", action="store_true",
                   help="read the texts as the plain-text reader does (lines joined up to a blank line)")
    v = sub.add_parser("verbs")
    v.add_argument("--min-count", type=int, default=2)
    args = ap.parse_args()
    {"eval": cmd_eval, "verbs": cmd_verbs}[args.cmd](args)


if __name__ == "__main__":
    main()
