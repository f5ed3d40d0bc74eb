#include "detect/resolutions_numbers.hpp"

#include <algorithm>

namespace unxref::detect {
namespace {

bool digit(char c) { return c >= '0' && c <= '9'; }

// Up to `max` ASCII digits at `pos` (0 when there are more: "1000000").
std::size_t digits(std::string_view s, std::size_t pos, std::size_t max) {
  std::size_t n = 0;
  while (pos + n < s.size() && digit(s[pos + n])) {
    if (++n > max) return 0;
  }
  return n;
}

int value(std::string_view s, std::size_t pos, std::size_t n) {
  int v = 0;
  for (std::size_t i = 0; i < n; ++i) v = v * 10 + (s[pos + i] - '0');
  return v;
}

std::size_t skip_space(std::string_view s, std::size_t pos) {
  return pos < s.size() && s[pos] == ' ' ? pos + 1 : pos;
}

bool plausible_year(int y) { return y >= 1946 && y <= 2099; }

// "(2016)" or "(xxi)" at pos; fills year or roman, returns the length.
std::size_t parenthesised(std::string_view s, std::size_t pos, int* year, std::string* roman) {
  if (pos >= s.size() || s[pos] != '(') return 0;
  std::size_t close = s.find(')', pos);
  if (close == std::string_view::npos || close - pos > 24) return 0;
  std::string_view inner = s.substr(pos + 1, close - pos - 1);
  // "(2016)", and "(October 2023)" where a month comes first.
  if (const std::size_t space = inner.rfind(' '); space != std::string_view::npos && inner.size() - space == 5 &&
      space >= 3 && std::all_of(inner.begin(), inner.begin() + static_cast<std::ptrdiff_t>(space),
                               [](char c) { return c >= 'a' && c <= 'z'; }))
    inner.remove_prefix(space + 1);
  if (inner.size() == 4 && std::all_of(inner.begin(), inner.end(), digit)) {
    *year = value(inner, 0, 4);
    return plausible_year(*year) ? close + 1 - pos : 0;
  }
  if (close - pos > 8) return 0;
  if (!inner.empty() && inner.size() <= 6 &&
      std::all_of(inner.begin(), inner.end(), [](char c) { return c == 'i' || c == 'v' || c == 'x' || c == 'l'; })) {
    roman->clear();
    for (char c : inner) roman->push_back(static_cast<char>(c - 32));
    return close + 1 - pos;
  }
  return 0;
}

// A lettered part "B" at pos: an upper-case A-L (not I) in the original,
// standing alone. The article "A" only counts before "and", "of" or punctuation.
// With `sentence_end`, a full stop may close it ("60/147 A and B."), which
// only a list that already has a lettered part asks for (parse_part_letter):
// after a number alone "B." is as likely an initial.
char part_letter(const NormalizedText& t, std::size_t pos, bool sentence_end = false) {
  const std::string_view s = t.text;
  if (pos >= s.size() || s[pos] < 'a' || s[pos] > 'l' || s[pos] == 'i') return 0;
  const bool closes_sentence =
      sentence_end && pos + 1 < s.size() && s[pos + 1] == '.' && (pos + 2 == s.size() || s[pos + 2] == ' ');
  if (pos + 1 < s.size() && !closes_sentence &&
      (letter_at(s, pos + 1) || digit(s[pos + 1]) || s[pos + 1] == '/' || s[pos + 1] == '.' || s[pos + 1] == '-' ||
       s[pos + 1] == '\''))
    return 0;
  const char orig = t.original[t.original_offset(pos)];
  if (orig < 'A' || orig > 'L') return 0;
  if (orig == 'A') {
    std::size_t k = skip_space(s, pos + 1);
    if (k < s.size() && k > pos + 1 && letter_at(s, k) && s.compare(k, 3, "and") != 0 &&
        s.compare(k, 3, "of ") != 0 && s.compare(k, 2, "et") != 0 && s.compare(k, 2, "y ") != 0)
      return 0;
  }
  return orig;
}

// The text after a number must not continue it ("61/180/Add.1", "2331a").
bool clean_end(std::string_view s, std::size_t pos) {
  if (pos >= s.size()) return true;
  if (digit(s[pos]) || s[pos] == '/') return false;
  return !(s[pos] >= 'a' && s[pos] <= 'z');
}

}  // namespace

std::optional<ResolutionNumber> parse_resolution_number(const NormalizedText& t, std::size_t pos) {
  const std::string_view s = t.text;
  if (pos >= s.size()) return std::nullopt;
  if (pos > 0 && (digit(s[pos - 1]) || s[pos - 1] == '/' || s[pos - 1] == '.')) return std::nullopt;
  ResolutionNumber n;
  n.start = pos;
  // "ES-11/1" (emergency special session), "S-14/1" (special session).
  if (const std::size_t lead = s.compare(pos, 3, "es-") == 0 ? 3 : s.compare(pos, 2, "s-") == 0 ? 2 : 0) {
    std::size_t a = digits(s, pos + lead, 2);
    if (a == 0 || pos + lead + a >= s.size() || s[pos + lead + a] != '/') return std::nullopt;
    std::size_t b = digits(s, pos + lead + 1 + a, 3);
    if (b == 0 || !clean_end(s, pos + lead + 1 + a + b)) return std::nullopt;
    n.form = lead == 3 ? ResolutionNumber::Form::emergency : ResolutionNumber::Form::special;
    n.first = value(s, pos + lead, a);
    n.second = value(s, pos + lead + 1 + a, b);
    n.end = pos + lead + 1 + a + b;
    return n;
  }
  std::size_t a = digits(s, pos, 4);
  if (a == 0) return std::nullopt;
  n.first = value(s, pos, a);
  std::size_t p = pos + a;
  if (p < s.size() && s[p] == '/') {
    std::size_t b = digits(s, p + 1, 4);
    if (b == 0) return std::nullopt;
    n.second = value(s, p + 1, b);
    n.end = p + 1 + b;
    if (n.end < s.size() && s[n.end] == '.' && n.end + 1 < s.size() && digit(s[n.end + 1])) return std::nullopt;
    if (!clean_end(s, n.end)) return std::nullopt;
    n.form = ResolutionNumber::Form::session_number;
    std::size_t q = skip_space(s, n.end);
    if (q > n.end) {
      if (char part = part_letter(t, q)) {
        n.part = part;
        n.end = q + 1;
      }
    }
    return n;
  }
  // "2331 (2016)", "2200 A (XXI)", "661 (1990)" after a line break, or
  // after the emphasis marks of Markdown ("**Resolution 2699** (October 2023)").
  std::size_t q = p;
  for (int marks = 0; marks < 3 && q < s.size() && (s[q] == '*' || s[q] == '_'); ++marks) ++q;
  q = skip_space(s, q);
  char part = part_letter(t, q);
  if (part) q = skip_space(s, q + 1);
  if (std::size_t len = parenthesised(s, q, &n.year, &n.roman)) {
    if (n.year != 0) {
      if (part) return std::nullopt;  // Security Council resolutions have no parts
      n.form = ResolutionNumber::Form::year_number;
    } else {
      n.form = ResolutionNumber::Form::roman_session;
      n.part = part;
    }
    n.end = q + len;
    return n;
  }
  // "resolution 1325": neither session nor year. Not "1.5", "3-4", "1,000".
  if (part || !clean_end(s, p)) return std::nullopt;
  if (p + 1 < s.size() && (s[p] == '.' || s[p] == ',' || s[p] == '-' || s[p] == ':') && digit(s[p + 1]))
    return std::nullopt;
  n.form = ResolutionNumber::Form::bare;
  n.end = p;
  return n;
}

char parse_part_letter(const NormalizedText& t, std::size_t pos) { return part_letter(t, pos, true); }

std::string bare_number_key(int number, Organ organ) {
  const std::string n = std::to_string(number);
  switch (organ) {
    case Organ::unknown:
      return "res#" + n;
    case Organ::sc:
      return "res#sc#" + n;
    case Organ::ga:
    case Organ::assembly:
      return "res#ga#" + n;
    default:
      return {};
  }
}

std::vector<std::string> bare_number_keys(std::string_view target) {
  // "S/RES/1325(2000)" and "A/RES/1325(XIII)": a number, then a parenthesis.
  Organ organ = Organ::unknown;
  if (target.starts_with("S/RES/"))
    organ = Organ::sc;
  else if (target.starts_with("A/RES/"))
    organ = Organ::ga;
  else
    return {};
  std::string_view rest = target.substr(6);
  std::size_t len = digits(rest, 0, 4);
  if (len == 0 || len >= rest.size() || rest[len] != '(') return {};
  const int number = value(rest, 0, len);
  return {bare_number_key(number, Organ::unknown), bare_number_key(number, organ)};
}

std::string resolution_target(const ResolutionNumber& n, Organ organ) {
  using Form = ResolutionNumber::Form;
  const std::string a = std::to_string(n.first), b = std::to_string(n.second);
  const std::string part = n.part ? std::string(1, n.part) : std::string();
  switch (n.form) {
    case Form::emergency:
      return (organ == Organ::other) ? std::string() : "A/RES/ES-" + a + "/" + b;
    case Form::special:
      return (organ == Organ::other || organ == Organ::sc) ? std::string() : "A/RES/S-" + a + "/" + b;
    case Form::year_number:
      if (organ == Organ::other || n.first == 0) return {};
      return "S/RES/" + a + "(" + std::to_string(n.year) + ")";
    case Form::roman_session:
      if (organ == Organ::other || n.first == 0) return {};
      return (organ == Organ::ecosoc ? "E/RES/" : "A/RES/") + a + "(" + n.roman + ")";
    case Form::bare:
      return {};
    case Form::session_number:
      break;
  }
  if (organ == Organ::other || n.first == 0 || n.second == 0) return {};
  if (plausible_year(n.first)) {
    // Year-first numbering: ECOSOC and the former Commission on Human Rights.
    if (n.second >= 1000 || !part.empty()) return {};  // "2006/2007" is a biennium
    if (organ == Organ::chr) return "E/CN.4/RES/" + a + "/" + b;
    return "E/RES/" + a + "/" + b;
  }
  if (organ == Organ::hrc) return part.empty() && n.first <= 99 ? "A/HRC/RES/" + a + "/" + b : std::string();
  // The Assembly numbered resolutions session/number from its 31st session
  // (1976); earlier ones carry Roman numerals, so "24/7" is no GA resolution.
  if (n.first < 31 || n.first > 199) return {};
  return "A/RES/" + a + "/" + b + part;
}

}  // namespace unxref::detect
