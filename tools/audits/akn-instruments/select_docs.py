#!/usr/bin/env python3
"""Draws the audit's documents: test-part resolutions of ../shared/corpus/akn
(ga-76, sc-2021), stratified by whether the text names an instrument.

  python3 select_docs.py            # prints docs.tsv to stdout
  python3 select_docs.py --check    # fails unless docs.tsv is this draw

Population: the files listed in each gold.jsonl (akn_eval.py's population; the
resolution's symbol is the "self" field), in the test part by
tools/akn_eval.py's part_of(). Resolutions whose English version is over
MAX_BYTES are left out, so that every chosen document can be read in full
(REPORT.md says what this leaves out). English: N_EN_KW documents from the
keyword stratum and N_EN_RANDOM from all; each other language: N_OTHER from
the keyword stratum of that language, never a resolution already chosen; then
N_EN_PROTO English resolutions naming a protocol (PROTO_RE, up to
PROTO_MAX_BYTES), drawn last so the first draw does not depend on it; last,
every remaining English resolution up to PROTO_MAX_BYTES that names an
"Optional Protocol" (a census).
"""
import json
import os
import random
import re
import sys
import zlib

HERE = os.path.dirname(os.path.abspath(__file__))
AKN = os.path.normpath(os.path.join(HERE, "..", "..", "..", "..", "shared", "corpus", "akn"))
DIRS = ["ga-76", "sc-2021"]
SEED = 20261202
MAX_BYTES = 30000
N_EN_KW, N_EN_RANDOM, N_OTHER = 11, 3, 2
# A supplement drawn last (so the draw above is unchanged by it): the first
# draw held no optional protocol, so English resolutions naming a protocol,
# up to PROTO_MAX_BYTES, are a stratum of their own.
N_EN_PROTO, PROTO_MAX_BYTES = 3, 50000
PROTO_RE = r"Optional Protocol|\bProtocol (to|against|relating|thereto)|\bProtocols (thereto|additional)"
LANGS = ["en", "fr", "es", "ru", "ar", "zh"]

# Words that name an instrument, per language (the brief's list: treaty,
# convention, covenant, protocol, charter, statute, declaration, programme of action).
KEYWORDS = {
    "en": r"\b(treaty|treaties|convention|covenant|protocol|charter|statute|declaration|programme of action)",
    "fr": r"\b(traité|convention|pacte|protocole|charte|statut|déclaration|programme d[’']action)",
    "es": r"\b(tratado|convención|convenio|pacto|protocolo|carta|estatuto|declaración|programa de acción)",
    "ru": r"(договор|конвенци|пакт|протокол|устав|статут|деклараци|программ\w* действий)",
    "ar": r"(معاهدة|اتفاقية|العهد|بروتوكول|ميثاق|النظام الأساسي|إعلان|برنامج عمل)",
    "zh": r"(条约|公约|盟约|议定书|宪章|规约|宣言|行动纲领|行动方案)",
}


def part_of(symbol):
    """The same rule as tools/akn_eval.py: crc32 of the symbol, odd = test."""
    return "tune" if zlib.crc32(symbol.encode()) % 2 == 0 else "test"


def population():
    """{symbol: {lang: path relative to AKN}} for test-part resolutions."""
    res = {}
    for d in DIRS:
        with open(os.path.join(AKN, d, "gold.jsonl"), encoding="utf-8") as f:
            for line in f:
                g = json.loads(line)
                if part_of(g["self"]) == "test":
                    res.setdefault(g["self"], {})[g["lang"]] = os.path.join(d, g["file"])
    return res


def text(rel):
    with open(os.path.join(AKN, rel), encoding="utf-8") as f:
        return f.read()


def draw():
    pop = population()
    ok = sorted(s for s, v in pop.items() if "en" in v and os.path.getsize(os.path.join(AKN, v["en"])) <= MAX_BYTES)
    rng = random.Random(SEED)
    chosen, used = [], set()

    def kw(sym, lang):
        return bool(re.search(KEYWORDS[lang], text(pop[sym][lang]), re.I))

    en_kw = [s for s in ok if kw(s, "en")]
    for s in rng.sample(en_kw, N_EN_KW):
        chosen.append(("en", "keyword", s, pop[s]["en"]))
        used.add(s)
    rest = [s for s in ok if s not in used]
    for s in rng.sample(rest, N_EN_RANDOM):
        chosen.append(("en", "random", s, pop[s]["en"]))
        used.add(s)
    for lang in LANGS[1:]:
        cand = [s for s in ok if s not in used and lang in pop[s] and kw(s, lang)]
        for s in rng.sample(cand, N_OTHER):
            chosen.append((lang, "keyword", s, pop[s][lang]))
            used.add(s)
    proto = sorted(s for s, v in pop.items() if s not in used and "en" in v
                   and os.path.getsize(os.path.join(AKN, v["en"])) <= PROTO_MAX_BYTES
                   and re.search(PROTO_RE, text(v["en"])))
    for s in rng.sample(proto, min(N_EN_PROTO, len(proto))):
        chosen.append(("en", "protocol", s, pop[s]["en"]))
        used.add(s)
    # Census (no draw): every other English resolution up to PROTO_MAX_BYTES
    # whose text says "Optional Protocol", so that class is not left to chance.
    for s in sorted(s for s, v in pop.items() if s not in used and "en" in v
                    and os.path.getsize(os.path.join(AKN, v["en"])) <= PROTO_MAX_BYTES
                    and "Optional Protocol" in text(v["en"])):
        chosen.append(("en", "op-census", s, pop[s]["en"]))
        used.add(s)
    return chosen, len(pop), len(ok)


def main():
    chosen, npop, nok = draw()
    out = ["lang\tstratum\tsymbol\tpath"] + ["\t".join(c) for c in chosen]
    out = "\n".join(out) + "\n"
    if "--check" in sys.argv:
        with open(os.path.join(HERE, "docs.tsv"), encoding="utf-8") as f:
            if f.read() != out:
                sys.exit("docs.tsv is not the draw of seed %d" % SEED)
        print("docs.tsv: the draw of seed %d (%d test resolutions, %d under %d bytes)" % (SEED, npop, nok, MAX_BYTES))
        return
    sys.stdout.write(out)
    print("# %d test-part resolutions, %d with English <= %d bytes" % (npop, nok, MAX_BYTES), file=sys.stderr)


if __name__ == "__main__":
    main()
