#!/usr/bin/env python3
"""Scores an unxref binary against the hand list of instrument citations
(recall_src.tsv) in the Akoma Ntoso resolutions of the fifth instrument audit
(docs.tsv), and against the hand list of resolution/symbol citations the UN's
own links (gold.jsonl) leave out (symbols_src.tsv). Audit 4's scorer,
pointed at this audit's files; the difference: every document is
'held' (no fix half), so by default only COUNTS are printed: recall and
precision (exact id) with 95% Wilson intervals for the whole sample, per
language and per class, and the number of errors in each error class. No
surface, context, id or document of an error is printed unless --show-held
is given (for the auditor only; nobody tunes on this audit).

  python3 score.py [BINARY]          # or UNXREF_AUDIT_EXE=BINARY python3 score.py
  python3 score.py BINARY --strict-decl   # declarations adopted by a resolution: symbol only
  python3 score.py --pin              # only pin the list to the texts (no binary needed)
  python3 score.py BINARY --show-held # also list the held half's errors (for the auditor only)

BINARY defaults to $UNXREF_AUDIT_EXE, else build/unxref of this checkout.
Exit 1 when a row no longer pins to its text.
The documents stay in ../shared/corpus/akn; nothing of their text is written.

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
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from halves_score import main  # noqa: E402

if __name__ == "__main__":
    main(os.path.dirname(os.path.abspath(__file__)), 5, halves=("held",))
