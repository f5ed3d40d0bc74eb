#pragma once
// Template part of registry_matching.hpp.
#include <algorithm>

namespace unxref::detect {

template <class Pred>
int year_near(std::string_view text, std::size_t start, std::size_t end, std::size_t window, Pred wanted) {
  const std::size_t from = start > window ? start - window : 0;
  const std::size_t to = std::min(text.size(), end + window);
  int best = 0;
  std::size_t best_distance = npos;
  auto digit = [&](std::size_t k) { return k < text.size() && text[k] >= '0' && text[k] <= '9'; };
  for (std::size_t i = from; i + 4 <= to; ++i) {
    if (!digit(i) || (i > 0 && digit(i - 1)) || digit(i + 4)) continue;
    if (!digit(i + 1) || !digit(i + 2) || !digit(i + 3)) continue;
    const int y = (text[i] - '0') * 1000 + (text[i + 1] - '0') * 100 + (text[i + 2] - '0') * 10 + (text[i + 3] - '0');
    if (y < 1900 || y > 2099 || !wanted(y)) continue;
    const std::size_t d = i >= end ? i - end : (i + 4 <= start ? start - (i + 4) : 0);
    if (d < best_distance) {
      best_distance = d;
      best = y;
    }
  }
  return best;
}

}  // namespace unxref::detect
