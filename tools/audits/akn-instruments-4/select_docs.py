#!/usr/bin/env python3
"""Draws the fourth instrument audit's documents: test-part resolutions of
../shared/corpus/akn (ga-76, sc-2021) that no earlier audit used
(../akn-instruments/docs.tsv, ../akn-instruments-2/docs.tsv,
../akn-instruments-3/docs.tsv, ../akn-extras*/sample.tsv,
../akn-misses-test/sample.tsv; by symbol, in any language), weighted towards the
five languages other than English, and splits them into a 'fix' half and a
'held' half.

  python3 select_docs.py            # prints docs.tsv to stdout
  python3 select_docs.py --check    # fails unless docs.tsv is this draw

Population: the files listed in each gold.jsonl (a file in which the UN
linked nothing is not there, as in the earlier audits), symbol = `self`. part_of() is the rule
of tools/akn_eval.py (crc32 of the symbol, odd = test).

Strata, drawn in this order, never a resolution twice: for each language,
N_KW[lang] resolutions whose text in that language names an instrument word
(KEYWORDS), then N_RANDOM[lang] from everything left that fits. MAX_CHARS
caps the length of the language version so each can be read in full.
halves(): within each language, by crc32 of the symbol, alternately 'fix'
(the lead may tune on it) and 'held' (nobody tunes on it).
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
SEED = 20261203
LANGS = ["en", "fr", "es", "ru", "ar", "zh"]
FOLDER = {"en": "English", "fr": "French", "es": "Spanish", "ru": "Russian", "ar": "Arabic", "zh": "Chinese"}
N_KW = {"en": 5, "fr": 4, "es": 4, "ru": 4, "ar": 4, "zh": 4}
N_RANDOM = {"en": 1, "fr": 1, "es": 1, "ru": 1, "ar": 1, "zh": 0}
# Chinese packs about twice the content per character.
# Audit 3's caps (en 14,000; fr/es/ru 15,000; ar 13,000; zh 6,000), doubled: after three
# audits only 28 of the 44 resolutions left fit audit 3's caps in any language, and only 11
# of them name an instrument word there, so its strata (25 keyword + 5 random) cannot be
# filled under them. Twice the caps is the smallest multiple (of 1.25, 1.5, 1.75, 2) under
# which the strata can be filled at all.
CAP_FACTOR = 2
MAX_CHARS = {k: CAP_FACTOR * v for k, v in
             {"en": 14000, "fr": 15000, "es": 15000, "ru": 15000, "ar": 13000, "zh": 6000}.items()}
KEYWORDS = {
    "en": r"\b(treaty|treaties|convention|covenant|protocol|charter|statute|declaration|programme of action)",
    "fr": r"\b(traité|convention|pacte|protocole|charte|statut|déclaration|programme d[’']action)",
    "es": r"\b(tratado|convención|convenio|pacto|protocolo|carta|estatuto|declaración|programa de acción)",
    "ru": r"(договор|конвенци|пакт|протокол|устав|статут|деклараци|программ\w* действий)",
    "ar": r"(معاهدة|اتفاقية|العهد|بروتوكول|ميثاق|النظام الأساسي|إعلان|برنامج عمل)",
    "zh": r"(条约|公约|盟约|议定书|宪章|规约|宣言|行动纲领|行动方案)",
}
EARLIER = [os.path.join(HERE, "..", "akn-instruments", "docs.tsv"),
           os.path.join(HERE, "..", "akn-instruments-2", "docs.tsv"),
           os.path.join(HERE, "..", "akn-instruments-3", "docs.tsv")]
EARLIER_SAMPLES = [os.path.join(HERE, "..", "akn-extras", "sample.tsv"),
                   os.path.join(HERE, "..", "akn-extras-test", "sample.tsv"),
                   os.path.join(HERE, "..", "akn-misses-test", "sample.tsv")]


def part_of(symbol):
    """The rule of tools/akn_eval.py: crc32 of the symbol, odd = test."""
    return "tune" if zlib.crc32(symbol.encode()) % 2 == 0 else "test"


def halves(chosen):
    """{symbol: 'fix' | 'held'}: within each language, the resolutions in the
    order of crc32(symbol) alternate fix, held, ... (starting with held in
    every other language, so that the halves are 15 and 15). A split on the hash
    alone (crc32 mod 4 in {0,1} = fix) put no French or Russian resolution in
    the fix half and no Spanish one in the held half; this keeps every
    language in both halves and is as fixed by the symbols."""
    out = {}
    for k, lang in enumerate(LANGS):
        syms = sorted((s for l, _, s, _ in chosen if l == lang), key=lambda s: (zlib.crc32(s.encode()), s))
        for i, s in enumerate(syms):
            out[s] = "fix" if (i + k) % 2 == 0 else "held"
    return out


def population():
    """({symbol: {lang: path relative to AKN}} for test-part resolutions,
    {file name: symbol} for every file with links)."""
    res, self_of = {}, {}
    for d in DIRS:
        with open(os.path.join(AKN, d, "gold.jsonl"), encoding="utf-8") as f:
            for line in f:
                g = json.loads(line)
                self_of[os.path.basename(g["file"])] = g["self"]
                if part_of(g["self"]) == "test":
                    res.setdefault(g["self"], {})[g["lang"]] = os.path.join(d, g["file"])
    return res, self_of


def excluded(self_of):
    ex = set()
    for p in EARLIER:
        with open(p, encoding="utf-8") as f:
            lines = f.read().splitlines()
        col = lines[0].split("\t").index("symbol")
        ex |= {l.split("\t")[col] for l in lines[1:] if l.strip()}
    for p in EARLIER_SAMPLES:
        with open(p, encoding="utf-8") as f:
            lines = f.read().splitlines()
        col = lines[0].split("\t").index("file")
        for l in lines[1:]:
            if l.strip():
                name = os.path.basename(l.split("\t")[col])
                if name not in self_of:
                    sys.exit("%s: %s has no link in gold.jsonl, so no symbol" % (p, name))
                ex.add(self_of[name])
    return ex


def text(rel):
    with open(os.path.join(AKN, rel), encoding="utf-8") as f:
        return f.read()


def draw():
    pop, self_of = population()
    ex = excluded(self_of)
    cand = sorted(s for s in pop if s not in ex)
    rng = random.Random(SEED)
    chosen, used = [], set()

    def fits(s, lang):
        return lang in pop[s] and len(text(pop[s][lang])) <= MAX_CHARS[lang]

    def kw(s, lang):
        return bool(re.search(KEYWORDS[lang], text(pop[s][lang]), re.I))

    # The keyword stratum is drawn language by language, the language with the fewest
    # keyword candidates first (ties in LANGS order): in LANGS order (audit 3's), Russian is
    # left 3 candidates for its 4 once English, French and Spanish have drawn from the small pool.
    order = sorted(LANGS, key=lambda l: (sum(fits(s, l) and kw(s, l) for s in cand), LANGS.index(l)))
    for lang in order:
        c = [s for s in cand if s not in used and fits(s, lang) and kw(s, lang)]
        for s in rng.sample(c, N_KW[lang]):
            chosen.append((lang, "keyword", s, pop[s][lang]))
            used.add(s)
    for lang in LANGS:
        c = [s for s in cand if s not in used and fits(s, lang)]
        for s in rng.sample(c, N_RANDOM[lang]):
            chosen.append((lang, "random", s, pop[s][lang]))
            used.add(s)
    return chosen, len(pop), len(cand)


def main():
    chosen, npop, ncand = draw()
    half = halves(chosen)
    chosen.sort(key=lambda c: (c[1] != "keyword", LANGS.index(c[0])))  # listed as audit 3's: keyword first, LANGS order
    rows = ["\t".join((lang, st, half[s], s, p)) for lang, st, s, p in chosen]
    out = "\n".join(["lang\tstratum\thalf\tsymbol\tpath"] + rows) + "\n"
    if "--check" in sys.argv:
        with open(os.path.join(HERE, "docs.tsv"), encoding="utf-8") as f:
            if f.read() != out:
                sys.exit("docs.tsv is not the draw of seed %d" % SEED)
        print("docs.tsv: the draw of seed %d (%d test resolutions, %d not in earlier audits)" % (SEED, npop, ncand))
        return
    sys.stdout.write(out)
    print("# %d test-part resolutions, %d not in earlier audits" % (npop, ncand), file=sys.stderr)


if __name__ == "__main__":
    main()
