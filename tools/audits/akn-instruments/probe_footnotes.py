#!/usr/bin/env python3
"""How many misses are due to a footnote marker glued to the name
("...Political Rights19", "...Climate Change3 and the Paris Agreement4")?

  python3 probe_footnotes.py [BINARY]

Copies the audited files to a temporary directory with every footnote marker
that follows a letter or a closing quote/bracket blanked out (same byte length,
so every offset stays put), reruns the binary on both versions and prints the
citations found only without the markers. Nothing is written to the repo.
"""
import os
import re
import shutil
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import score  # noqa: E402

MARKER = re.compile(r"(?<=[^\W\d_]|[)”’»》])(\d{1,2})(?=[\s,;.:)]|$)", re.M)


def hits(exe, akn):
    score.AKN = akn
    out = subprocess.run([sys.executable, "-c", "import sys; sys.argv=['score.py', %r]; "
                          "sys.path.insert(0, %r); import score; score.AKN=%r; score.main()" % (exe, HERE, akn)],
                         capture_output=True, text=True)
    lines = out.stdout.splitlines()
    i = next(k for k, l in enumerate(lines) if l.startswith("MISSES"))
    j = next(k for k, l in enumerate(lines) if k > i and l.startswith("---"))
    return set(lines[i + 1:j])


def main():
    exe = sys.argv[1] if len(sys.argv) > 1 else os.environ.get("UNXREF_AUDIT_EXE",
                                                              os.path.join(score.ROOT, "build", "unxref"))
    docs = score.read_tsv(os.path.join(HERE, "docs.tsv"))
    tmp = tempfile.mkdtemp(prefix="akn-probe-")
    try:
        for d in docs:
            src = os.path.join(score.AKN, d["path"])
            dst = os.path.join(tmp, d["path"])
            os.makedirs(os.path.dirname(dst), exist_ok=True)
            with open(src, encoding="utf-8") as f:
                text = f.read()
            with open(dst, "w", encoding="utf-8") as f:
                f.write(MARKER.sub(lambda m: " " * len(m.group(1)), text))
        before = hits(exe, score.AKN)
        after = hits(exe, tmp)
    finally:
        shutil.rmtree(tmp)
    fixed = sorted(before - after)
    print("misses: %d with the markers, %d without; %d found only once the markers are blanked:" % (
        len(before), len(after), len(fixed)))
    for line in fixed:
        print(line)


if __name__ == "__main__":
    main()
