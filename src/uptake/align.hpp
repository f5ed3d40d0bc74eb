#pragma once
// Smith-Waterman local alignment over word tokens: the shared passages of a
// recommendation and a paragraph, tolerant of the small edits drafters make
// ("should ratify" -> "to ratify", an inserted "and implement").
#include <cstddef>
#include <vector>

#include "uptake/tokenize.hpp"

namespace unxref::uptake {

struct AlignScoring {
  float mismatch = -0.6f;  // two different words facing each other
  float gap = -0.4f;       // a word inserted or deleted
  float min_score = 2.5f;  // weaker local alignments are not passages
};

struct Alignment {
  std::size_t a_begin = 0, a_end = 0;  // token range in `a` (end exclusive)
  std::size_t b_begin = 0, b_end = 0;  // token range in `b`
  float score = 0;
  std::vector<std::pair<std::size_t, std::size_t>> pairs;  // matched tokens (same stem), in order
};

// Up to `max_passages` non-overlapping local alignments, best first. A
// matched pair scores the smaller of the two token weights, so boilerplate
// words add almost nothing. Costs O(|a|*|b|) time and bytes per passage:
// callers bound the lengths.
std::vector<Alignment> align(const std::vector<Token>& a, const std::vector<Token>& b,
                             const AlignScoring& scoring = {}, int max_passages = 3);

}  // namespace unxref::uptake
