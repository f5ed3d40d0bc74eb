// Adoption dates written after (or, in Chinese, before) a resolution number.
#include "detect/resolution_grammar.hpp"

namespace unxref::detect {
namespace {

std::string flat_copy(const NormalizedText& t, std::size_t start, std::size_t end) {
  auto [a, b] = t.original_span(start, end);
  std::string out(t.original.substr(a, b - a));
  for (char& c : out)
    if (c == '\n' || c == '\r' || c == '\t' || c == '\f') c = ' ';
  return out;
}

// The length of the year at `y` (4), or 0. A footnote marker glued to the
// year ("29 September 201727 and") leaves the year its four digits.
std::size_t year_at(std::string_view s, std::size_t y) {
  if (y + 4 > s.size()) return 0;
  for (std::size_t k = 0; k < 4; ++k)
    if (!ascii_digit(s[y + k])) return 0;
  const int year = (s[y] - '0') * 1000 + (s[y + 1] - '0') * 100 + (s[y + 2] - '0') * 10 + (s[y + 3] - '0');
  std::size_t more = 0;
  while (y + 4 + more < s.size() && ascii_digit(s[y + 4 + more])) ++more;
  if (more == 0) return 4;
  return more <= 3 && year >= 1946 && year <= 2099 ? 4 : 0;
}

}  // namespace

std::size_t ResolutionGrammar::parse_date(const NormalizedText& t, std::size_t p, std::string* date) const {
  const std::string_view s = t.text;
  std::size_t q = skip_one_space(s, p);
  if (q < s.size() && s[q] == ',') q = skip_one_space(s, q + 1);
  if (s.compare(q, 2, "\xD8\x8C") == 0) q = skip_one_space(s, q + 2);  // the Arabic comma
  std::size_t len = 0;
  if (match_any(s, q, lex_.date_leads, &len) < 0) return p;
  q = skip_one_space(s, q + len);
  const std::size_t day = q;
  std::size_t d = 0;
  while (q + d < s.size() && ascii_digit(s[q + d]) && d < 3) ++d;
  if (d == 0 || d > 2) return p;
  q += d;
  if (s.compare(q, 2, "er") == 0) q += 2;  // "1er mars"
  q = skip_one_space(s, q);
  if (s.compare(q, 3, "de ") == 0) q += 3;
  if (match_any(s, q, lex_.months, &len) < 0) {
    // "10 Au-\ngust": a month hyphenated at a line break.
    len = month_across_hyphen(s, q);
    if (len == 0) return p;
  }
  q += len;
  // The year is optional: Security Council lists date each item "of 4 March"
  // because the number already carries it ("186 (1964) of 4 March, 187 ...").
  std::size_t y = skip_one_space(s, q);
  if (s.compare(y, 3, "de ") == 0) y += 3;
  if (const std::size_t n = year_at(s, y)) q = y + n;
  *date = flat_copy(t, day, q);
  // "от 30 июля 2010 года": the word closing the date is read past, not
  // kept; a footnote marker may be glued to it ("года3").
  const std::size_t tail = skip_one_space(s, q);
  for (const Phrase& w : lex_.date_tails) {
    if (s.compare(tail, w.text.size(), w.text) != 0) continue;
    const std::size_t after = tail + w.text.size();
    if (after < s.size() && letter_at(s, after) && !ascii_digit(s[after])) continue;
    q = after;
    break;
  }
  return q;
}

std::size_t ResolutionGrammar::month_across_hyphen(std::string_view s, std::size_t q) const {
  // Bounded: an unbounded search runs to the end of the text on every date.
  const std::size_t hyphen = s.substr(0, std::min(s.size(), q + 14)).find("- ", q);
  if (hyphen == std::string_view::npos || hyphen == q || hyphen > q + 12) return 0;
  for (std::size_t k = q; k < hyphen; ++k)
    if (!letter_at(s, k) && (static_cast<unsigned char>(s[k]) & 0xC0) != 0x80) return 0;
  const std::string joined = std::string(s.substr(q, hyphen - q)) +
                             std::string(s.substr(hyphen + 2, std::min<std::size_t>(16, s.size() - hyphen - 2)));
  std::size_t len = 0;
  if (match_any(joined, 0, lex_.months, &len) < 0 || len <= hyphen - q) return 0;
  return len + 2;
}

std::size_t ResolutionGrammar::chinese_date_at(const NormalizedText& t, std::size_t p, std::string* date) const {
  const std::string_view s = t.text;
  static constexpr std::string_view kYear = "\xE5\xB9\xB4", kMonth = "\xE6\x9C\x88", kDay = "\xE6\x97\xA5";
  if (p > 0 && ascii_digit(s[p - 1])) return p;
  std::size_t q = p;
  const auto unit = [&](std::string_view mark, std::size_t min_digits, std::size_t max_digits) {
    std::size_t n = 0;
    while (q + n < s.size() && ascii_digit(s[q + n]) && n <= max_digits) ++n;
    if (n < min_digits || n > max_digits || s.compare(q + n, mark.size(), mark) != 0) return false;
    q += n + mark.size();
    return true;
  };
  if (!unit(kYear, 4, 4) || !unit(kMonth, 1, 2) || !unit(kDay, 1, 2)) return p;
  *date = flat_copy(t, p, q);
  return q;
}

}  // namespace unxref::detect
