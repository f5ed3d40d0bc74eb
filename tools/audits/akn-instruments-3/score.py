#!/usr/bin/env python3
"""Scores an unxref binary against the hand list of instrument citations
(recall_src.tsv) in the 30 Akoma Ntoso resolutions of the third instrument
audit (docs.tsv), and against the hand list of resolution/symbol citations
the UN's own links (gold.jsonl) leave out (symbols_src.tsv). The matching of
../akn-instruments-2/score.py (reused), figures for the 'fix' half, the
'held' half and both, per language and per error class. Error classes of the
'fix' half are listed in detail (surface, expected, got); of the 'held' half
only counted, so that nobody tunes on it.

  python3 score.py [BINARY]          # or UNXREF_AUDIT_EXE=BINARY python3 score.py
  python3 score.py BINARY --strict-decl   # declarations adopted by a resolution: symbol only
  python3 score.py --pin              # only pin the list to the texts (no binary needed)
  python3 score.py BINARY --show-held # also list the held half's errors (for the auditor only)

BINARY defaults to $UNXREF_AUDIT_EXE, else build/unxref of this checkout.
Exit 1 when a row no longer pins to its text.
The documents stay in ../shared/corpus/akn; nothing of their text is written.

The scoring itself is ../halves_score.py, shared with the other audit
split into halves.
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from halves_score import main  # noqa: E402

if __name__ == "__main__":
    main(os.path.dirname(os.path.abspath(__file__)), 3)
