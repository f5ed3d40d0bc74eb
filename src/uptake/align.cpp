#include "uptake/align.hpp"

#include <algorithm>
#include <cstdint>

namespace unxref::uptake {
namespace {

enum Move : std::uint8_t { kStop = 0, kDiag = 1, kUp = 2, kLeft = 3 };

// One best local alignment, skipping tokens already used by earlier passages.
Alignment best_local(const std::vector<Token>& a, const std::vector<Token>& b, const std::vector<bool>& used_a,
                     const std::vector<bool>& used_b, const AlignScoring& sc) {
  const std::size_t n = a.size(), m = b.size();
  std::vector<std::uint8_t> move((n + 1) * (m + 1), kStop);
  std::vector<float> prev(m + 1, 0.0f), cur(m + 1, 0.0f);
  float best = 0;
  std::size_t bi = 0, bj = 0;
  for (std::size_t i = 1; i <= n; ++i) {
    cur[0] = 0;
    const Token& ta = a[i - 1];
    for (std::size_t j = 1; j <= m; ++j) {
      const Token& tb = b[j - 1];
      const bool same = ta.stem == tb.stem && !used_a[i - 1] && !used_b[j - 1];
      const float diag = prev[j - 1] + (same ? std::min(ta.weight, tb.weight) : sc.mismatch);
      const float up = prev[j] + sc.gap;
      const float left = cur[j - 1] + sc.gap;
      float s = 0;
      std::uint8_t mv = kStop;
      if (diag > s) s = diag, mv = kDiag;
      if (up > s) s = up, mv = kUp;
      if (left > s) s = left, mv = kLeft;
      cur[j] = s;
      move[i * (m + 1) + j] = mv;
      if (s > best) best = s, bi = i, bj = j;
    }
    std::swap(prev, cur);
  }
  Alignment al;
  al.score = best;
  if (best <= 0) return al;
  std::size_t i = bi, j = bj;
  while (i > 0 && j > 0) {
    const std::uint8_t mv = move[i * (m + 1) + j];
    if (mv == kStop) break;
    if (mv == kDiag) {
      if (a[i - 1].stem == b[j - 1].stem) al.pairs.emplace_back(i - 1, j - 1);
      --i, --j;
    } else if (mv == kUp) {
      --i;
    } else {
      --j;
    }
  }
  std::reverse(al.pairs.begin(), al.pairs.end());
  // Trim to the first and last matched pair: the ends of a local alignment are matches.
  if (al.pairs.empty()) return Alignment{};
  al.a_begin = al.pairs.front().first;
  al.a_end = al.pairs.back().first + 1;
  al.b_begin = al.pairs.front().second;
  al.b_end = al.pairs.back().second + 1;
  return al;
}

}  // namespace

std::vector<Alignment> align(const std::vector<Token>& a, const std::vector<Token>& b, const AlignScoring& scoring,
                             int max_passages) {
  std::vector<Alignment> out;
  if (a.empty() || b.empty()) return out;
  std::vector<bool> used_a(a.size(), false), used_b(b.size(), false);
  for (int k = 0; k < max_passages; ++k) {
    Alignment al = best_local(a, b, used_a, used_b, scoring);
    if (al.pairs.empty() || al.score < scoring.min_score) break;
    // Later passages may not cross this one on either side.
    for (std::size_t i = al.a_begin; i < al.a_end; ++i) used_a[i] = true;
    for (std::size_t j = al.b_begin; j < al.b_end; ++j) used_b[j] = true;
    out.push_back(std::move(al));
  }
  return out;
}

}  // namespace unxref::uptake
