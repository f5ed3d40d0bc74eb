#!/usr/bin/env python3
"""Draws the fifth instrument audit's documents: test-part resolutions of
../shared/corpus/akn (ga-76, sc-2021) that no earlier audit used
(../akn-instruments/docs.tsv, -2, -3, -4, ../akn-extras*/sample.tsv,
../akn-misses-test/sample.tsv; by symbol, in any language). Every document is
'held': there is no fix half, nobody tunes on this audit.

  python3 select_docs.py            # prints docs.tsv to stdout
  python3 select_docs.py --check    # fails unless docs.tsv is this draw

Population: the files listed in each gold.jsonl, symbol = `self`, part_of() of
tools/akn_eval.py (crc32 of the symbol, odd = test), less the earlier audits:
14 resolutions. Size rule (fixed before any label, from sizes alone): a
resolution is kept when its Chinese version has at most MAX_ZH characters
(the shortest version, a proxy for content): 10 of the 14; the other four have
12,668 to 28,417 Chinese characters (47,000 to 105,000 in English) and could
not be read in full within the hour the audit had.

Languages (each resolution is read in one language): QUOTA per language,
Russian, Arabic and Chinese first, since earlier held figures were weakest
there; the tenth slot goes to one of ru/ar/zh drawn with the seed. Languages
draw in order of fewest available resolutions (French lacks five of the ten),
ties in LANGS order; each draws its quota at random (seed SEED) from the
resolutions not yet taken that exist in it.

Stage 2 (decided after the ten were read, when they turned out to be budget
and mandate resolutions with instrument citations in only one, and time was
left): the four larger resolutions in increasing order of Chinese size, as
many as could still be read in full (N_STAGE2), each in whichever of
Chinese, Arabic, Russian has the fewest documents so far (ties in that
order). The rule looks at sizes and languages only, never at content.
"""
import importlib.util
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
_spec = importlib.util.spec_from_file_location("s4", os.path.join(HERE, "..", "akn-instruments-4", "select_docs.py"))
s4 = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(s4)

SEED = "20261203b"
LANGS = ["en", "fr", "es", "ru", "ar", "zh"]
MAX_ZH = 8000
N_STAGE2 = 4
STAGE2_LANGS = ["zh", "ar", "ru"]
QUOTA = {"en": 1, "fr": 1, "es": 1, "ru": 2, "ar": 2, "zh": 2}
EARLIER = s4.EARLIER + [os.path.join(HERE, "..", "akn-instruments-4", "docs.tsv")]


def excluded(self_of):
    s4.EARLIER = EARLIER
    return s4.excluded(self_of)


def draw():
    pop, self_of = s4.population()
    ex = excluded(self_of)
    cand = sorted(s for s in pop if s not in ex)
    kept = [s for s in cand if "zh" in pop[s] and len(s4.text(pop[s]["zh"])) <= MAX_ZH]
    rng = random.Random(SEED)
    quota = dict(QUOTA)
    quota[rng.choice(["ru", "ar", "zh"])] += 1
    assert sum(quota.values()) == len(kept)
    order = sorted(LANGS, key=lambda l: (sum(l in pop[s] for s in kept), LANGS.index(l)))
    chosen, used = [], set()
    for lang in order:
        c = [s for s in kept if s not in used and lang in pop[s]]
        for s in rng.sample(c, quota[lang]):
            chosen.append((lang, s, pop[s][lang]))
            used.add(s)
    rest = sorted((s for s in cand if s not in kept), key=lambda s: (len(s4.text(pop[s]["zh"])), s))
    for s in rest[:N_STAGE2]:
        have = {l: sum(c[0] == l for c in chosen) for l in STAGE2_LANGS}
        lang = min(STAGE2_LANGS, key=lambda l: (have[l], STAGE2_LANGS.index(l)))
        chosen.append((lang, s, pop[s][lang], "size-2"))
    chosen = [c if len(c) == 4 else c + ("size",) for c in chosen]
    chosen.sort(key=lambda c: (LANGS.index(c[0]), c[3], c[1]))
    return chosen, len(pop), len(cand), len(kept)


def main():
    chosen, npop, ncand, nkept = draw()
    rows = ["\t".join((lang, st, "held", s, p)) for lang, s, p, st in chosen]
    out = "\n".join(["lang\tstratum\thalf\tsymbol\tpath"] + rows) + "\n"
    if "--check" in sys.argv:
        with open(os.path.join(HERE, "docs.tsv"), encoding="utf-8") as f:
            if f.read() != out:
                sys.exit("docs.tsv is not the draw of seed %s" % SEED)
        print("docs.tsv: the draw of seed %s (%d test resolutions, %d not in earlier audits, %d under the size rule"
              " + %d in stage 2)" % (SEED, npop, ncand, nkept, N_STAGE2))
        return
    sys.stdout.write(out)
    print("# %d test-part resolutions, %d not in earlier audits, %d under the size rule + %d in stage 2"
          % (npop, ncand, nkept, N_STAGE2), file=sys.stderr)


if __name__ == "__main__":
    main()
