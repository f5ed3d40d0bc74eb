#include "unxref/core/years.hpp"

namespace unxref {
namespace {

bool digit(char c) { return c >= '0' && c <= '9'; }

}  // namespace

bool year_at(std::string_view text, std::size_t pos) {
  if (pos + 4 > text.size()) return false;
  for (std::size_t k = 0; k < 4; ++k)
    if (!digit(text[pos + k])) return false;
  if (pos > 0 && digit(text[pos - 1])) return false;
  if (pos + 4 < text.size() && digit(text[pos + 4])) return false;
  const int y = (text[pos] - '0') * 1000 + (text[pos + 1] - '0') * 100 + (text[pos + 2] - '0') * 10 + (text[pos + 3] - '0');
  return y >= kFirstYear && y <= kLastYear;
}

int first_year(std::string_view text) {
  for (std::size_t i = 0; i + 4 <= text.size(); ++i)
    if (year_at(text, i))
      return (text[i] - '0') * 1000 + (text[i + 1] - '0') * 100 + (text[i + 2] - '0') * 10 + (text[i + 3] - '0');
  return 0;
}

}  // namespace unxref
