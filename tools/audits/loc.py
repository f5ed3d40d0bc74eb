#!/usr/bin/env python3
"""Labelling aid: every occurrence of a string in a document, numbered as
recall_src.tsv counts them (1-based, non-overlapping, left to right), with
its byte offset and context.

  python3 ../loc.py DOC 'surface' [more surfaces ...]    # DOC relative to ../shared/corpus/akn
  python3 ../loc.py DOC --grep REGEX                      # regex hits (case-insensitive)
"""
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
AKN = os.path.normpath(os.path.join(HERE, "..", "..", "..", "shared", "corpus", "akn"))


def occurrences(text, surface):
    """Character offsets of the non-overlapping occurrences of surface."""
    out, i = [], text.find(surface)
    while i >= 0:
        out.append(i)
        i = text.find(surface, i + len(surface))
    return out


def byte_offset(text, char_offset):
    return len(text[:char_offset].encode("utf-8"))


def main():
    doc = sys.argv[1]
    with open(os.path.join(AKN, doc), encoding="utf-8") as f:
        text = f.read()
    if sys.argv[2] == "--grep":
        for m in re.finditer(sys.argv[3], text, re.I):
            ctx = text[max(0, m.start() - 60):m.end() + 60].replace("\n", " / ")
            print("%7d  %-30s  %s" % (byte_offset(text, m.start()), m.group(0)[:30], ctx))
        return
    for s in sys.argv[2:]:
        for n, i in enumerate(occurrences(text, s), 1):
            ctx = text[max(0, i - 70):i + len(s) + 50].replace("\n", " / ")
            print("%-25s #%d @%d  %s" % (s[:25], n, byte_offset(text, i), ctx))


if __name__ == "__main__":
    main()
