#!/usr/bin/env python3
"""Draws the second instrument audit's documents: test-part resolutions of
../shared/corpus/akn (ga-76, sc-2021) not used by the first audit
(../akn-instruments/docs.tsv, by symbol, in any language), stratified by
whether the text names an instrument.

  python3 select_docs.py            # prints docs.tsv to stdout
  python3 select_docs.py --check    # fails unless docs.tsv is this draw

The approach of ../akn-instruments/select_docs.py (population = the files in
each gold.jsonl, part_of() of tools/akn_eval.py, keyword regex per language),
with a new seed, the first audit's resolutions excluded, and a size cap in
characters per language (MAX_CHARS) so that every chosen text can be read in
full within the audit's time.
English: N_EN_KW from the keyword stratum, then N_EN_RANDOM from all the rest;
each other language: N_OTHER from that language's keyword stratum, never a
resolution already chosen (so all 27 are different resolutions).
Supplement, drawn last so the draw above does not depend on it: the three
Spanish documents held only two citations with an id, so N_ES_RICH more
Spanish resolutions with at least RICH_MIN keyword hits (stratum es-rich).
"""
import json
import os
import random
import re
import sys
import zlib

HERE = os.path.dirname(os.path.abspath(__file__))
AKN = os.path.normpath(os.path.join(HERE, "..", "..", "..", "..", "shared", "corpus", "akn"))
FIRST_AUDIT = os.path.join(HERE, "..", "akn-instruments", "docs.tsv")
DIRS = ["ga-76", "sc-2021"]
SEED = 77020261
N_EN_KW, N_EN_RANDOM, N_OTHER = 9, 3, 3
# Chinese packs about twice the content per character.
MAX_CHARS = {"en": 16000, "fr": 18000, "es": 18000, "ru": 18000, "ar": 16000, "zh": 8000}
N_ES_RICH, RICH_MIN = 2, 6
LANGS = ["en", "fr", "es", "ru", "ar", "zh"]
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


def excluded():
    with open(FIRST_AUDIT, encoding="utf-8") as f:
        return {l.split("\t")[2] for l in f.read().splitlines()[1:] if l.strip()}


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
    ex = excluded()
    cand = sorted(s for s in pop if s not in ex)
    rng = random.Random(SEED)
    chosen, used = [], set()

    def fits(s, lang):
        return lang in pop[s] and len(text(pop[s][lang])) <= MAX_CHARS[lang]

    def kw(s, lang):
        return bool(re.search(KEYWORDS[lang], text(pop[s][lang]), re.I))

    en_ok = [s for s in cand if fits(s, "en")]
    for s in rng.sample([s for s in en_ok if kw(s, "en")], N_EN_KW):
        chosen.append(("en", "keyword", s, pop[s]["en"]))
        used.add(s)
    for s in rng.sample([s for s in en_ok if s not in used], N_EN_RANDOM):
        chosen.append(("en", "random", s, pop[s]["en"]))
        used.add(s)
    for lang in LANGS[1:]:
        c = [s for s in cand if s not in used and fits(s, lang) and kw(s, lang)]
        for s in rng.sample(c, N_OTHER):
            chosen.append((lang, "keyword", s, pop[s][lang]))
            used.add(s)
    rich = [s for s in cand if s not in used and fits(s, "es")
            and len(re.findall(KEYWORDS["es"], text(pop[s]["es"]), re.I)) >= RICH_MIN]
    for s in rng.sample(rich, N_ES_RICH):
        chosen.append(("es", "es-rich", s, pop[s]["es"]))
        used.add(s)
    return chosen, len(pop), len(cand)


def main():
    chosen, npop, ncand = draw()
    out = "\n".join(["lang\tstratum\tsymbol\tpath"] + ["\t".join(c) for c in chosen]) + "\n"
    if "--check" in sys.argv:
        with open(os.path.join(HERE, "docs.tsv"), encoding="utf-8") as f:
            if f.read() != out:
                sys.exit("docs.tsv is not the draw of seed %d" % SEED)
        print("docs.tsv: the draw of seed %d (%d test resolutions, %d not in the first audit)" % (SEED, npop, ncand))
        return
    sys.stdout.write(out)
    print("# %d test-part resolutions, %d not in the first audit" % (npop, ncand), file=sys.stderr)


if __name__ == "__main__":
    main()
