#pragma once
// Template part of registry_matching.hpp.
#include <algorithm>

#include "unxref/core/years.hpp"

namespace unxref::detect {

template <class Pred>
int year_near(std::string_view text, std::size_t start, std::size_t end, std::size_t window, Pred wanted) {
  const std::size_t from = start > window ? start - window : 0;
  const std::size_t to = std::min(text.size(), end + window);
  int best = 0;
  std::size_t best_distance = npos;
  for (std::size_t i = from; i + 4 <= to; ++i) {
    if (!year_at(text, i)) continue;
    const int y = first_year(text.substr(i, 4));
    if (!wanted(y)) continue;
    const std::size_t d = i >= end ? i - end : (i + 4 <= start ? start - (i + 4) : 0);
    if (d < best_distance) {
      best_distance = d;
      best = y;
    }
  }
  return best;
}

}  // namespace unxref::detect
