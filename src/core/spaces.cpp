#include "unxref/core/spaces.hpp"

namespace unxref {

std::string collapse_spaces(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  const auto space = [](char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'; };
  // Word by word, not byte by byte: a reader calls this on every paragraph.
  for (std::size_t i = 0; i < s.size();) {
    while (i < s.size() && space(s[i])) ++i;
    std::size_t j = i;
    while (j < s.size() && !space(s[j])) ++j;
    if (j == i) break;
    if (!out.empty()) out += ' ';
    out.append(s, i, j - i);
    i = j;
  }
  return out;
}

}  // namespace unxref
