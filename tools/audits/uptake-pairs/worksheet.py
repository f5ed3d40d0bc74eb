#!/usr/bin/env python3
"""Prints the reading worksheet for labelling: every operative paragraph of the
SOURCE resolution (the UN's own paragraphs, one per line of the AKN text) with
the three TARGET paragraphs most alike by difflib's word ratio, so that the
labeller reads both sides. The ratio only orders what is shown; the label is
chosen by reading (rules in README.md).

  worksheet.py SOURCE.txt TARGET.txt
"""
import difflib
import re
import sys

NUMBER = re.compile(r"^(\d+)(?:\.|\s-)\s")


def paragraphs(path):
    """[(id, text)]: operative "12", preambular "pp3" (formula and inline footnote copies left out)."""
    text = open(path, encoding="utf-8").read()
    body, _, notes = text.partition("\n\n")
    note_texts = {re.sub(r"^\[[^\]]*\]\s*", "", l).strip() for l in notes.split("\n")}
    out, pp, operative = [], 0, False
    for i, line in enumerate(body.split("\n")):
        line = line.strip()
        if i == 0 or not line or line in note_texts:
            continue
        m = NUMBER.match(line)
        if m:
            operative = True
            out.append((m.group(1), line[m.end():].strip()))
        elif not operative:
            pp += 1
            out.append((f"pp{pp}", line))
    return out


WIDTH = 400


def word_diff(a, b):
    """The top candidate against the unit: [-removed-] {+added+}, kept words as they are."""
    out = []
    bl = [w.lower() for w in b]
    for op, i1, i2, j1, j2 in difflib.SequenceMatcher(None, a, bl, autojunk=False).get_opcodes():
        if op == "equal":
            out.append(" ".join(b[j1:j2]))
        if op in ("delete", "replace"):
            out.append("[-" + " ".join(a[i1:i2]) + "-]")
        if op in ("insert", "replace"):
            out.append("{+" + " ".join(b[j1:j2]) + "+}")
    return " ".join(out)


def main():
    src, tgt = paragraphs(sys.argv[1]), paragraphs(sys.argv[2])
    tw = [(pid, t, t.lower().split()) for pid, t in tgt]
    for sid, s in src:
        if sid.startswith("pp"):
            continue
        sw = s.lower().split()
        ranked = sorted(((difflib.SequenceMatcher(None, sw, w, autojunk=False).ratio(), pid, t) for pid, t, w in tw),
                        reverse=True)[:3]
        print(f"=== S{sid}: {s[:WIDTH]}")
        r, pid, t = ranked[0]
        print(f"  -> T{pid} ({r:.2f}) diff: {word_diff(sw, t.split())[:2 * WIDTH]}")
        for r, pid, t in ranked[1:]:
            print(f"  -> T{pid} ({r:.2f}): {t[:WIDTH // 2]}")


if __name__ == "__main__":
    main()
