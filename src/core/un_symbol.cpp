#include "unxref/core/un_symbol.hpp"

#include <algorithm>
#include <array>
#include <cctype>

namespace unxref {
namespace {

// Series that open a UN document symbol (the first '/'-component). Upper
// case only, so that prose such as "and/or" or "HIV/AIDS" never qualifies.
constexpr std::array<std::string_view, 37> kSeries = {
    "A",     "S",     "E",     "ST",   "CTOC", "CAC",   "TD",    "UNEP", "DP",   "CEDAW",
    "CRC",   "CCPR",  "CERD",  "CAT",  "CMW",  "CRPD",  "HRI",   "UNW",  "FCCC", "ICCD",
    "ECE",   "ECLAC", "ESCAP", "ESCWA", "ECA", "SPLOS", "ISBA",  "TRADE", "UNODC", "UNHCR",
    "IDB",   "PBC",   "ATT",   "APLC", "BWC",  "CCW",   "ICEF"};

// Words that may stand as a later component, alone or with ".<number>"
// ("L.1", "Add.1", "CN.15", "C.3", "PV.8000"). Compared case-insensitively.
constexpr std::array<std::string_view, 40> kWords = {
    "RES",  "HRC",  "PRST", "CONF", "AC",   "C",    "CN",   "L",    "ADD",  "REV",
    "CORR", "COP",  "INF",  "WP",   "SR",   "PV",   "DEC",  "SUB",  "GC",   "CRP",
    "MISC", "WG",   "SGB",  "AI",   "IC",   "PC",   "BUR",  "OP",   "SP",   "NGO",
    "GE",   "CRD",  "LIMITED", "ICEF", "CTC", "HLPF", "PLEN", "SES", "CSW", "COSP"};

bool is_digit(char c) { return c >= '0' && c <= '9'; }
bool is_alpha(char c) { return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z'); }
bool is_upper(char c) { return c >= 'A' && c <= 'Z'; }

bool iequals(std::string_view a, std::string_view b) {
  return a.size() == b.size() &&
         std::equal(a.begin(), a.end(), b.begin(), [](char x, char y) {
           return std::toupper(static_cast<unsigned char>(x)) == std::toupper(static_cast<unsigned char>(y));
         });
}

std::size_t digits_at(std::string_view s, std::size_t i, std::size_t max) {
  std::size_t n = 0;
  while (i + n < s.size() && is_digit(s[i + n]) && n <= max) ++n;
  return n > max ? 0 : n;
}

bool is_roman(std::string_view s) {
  return !s.empty() && s.size() <= 6 &&
         std::all_of(s.begin(), s.end(), [](char c) { return c == 'I' || c == 'V' || c == 'X'; });
}

// One component after a '/', starting at i. Returns its length (0 = none)
// and whether it holds a number.
struct Component {
  std::size_t len = 0;
  bool numeric = false;
};

Component component_at(std::string_view s, std::size_t i) {
  if (i >= s.size()) return {};
  if (std::size_t d = digits_at(s, i, 5)) {
    if (i + d < s.size() && is_alpha(s[i + d])) return {};  // "72abc" is no component
    return {d, true};
  }
  // "ES-11": emergency special session
  if (s.substr(i, 3) == "ES-" || s.substr(i, 3) == "Es-") {
    std::size_t d = digits_at(s, i + 3, 2);
    if (d) return {3 + d, true};
    return {};
  }
  std::size_t w = 0;
  while (i + w < s.size() && is_alpha(s[i + w]) && w < 8) ++w;
  if (w == 0 || (i + w < s.size() && is_alpha(s[i + w]))) return {};
  std::string_view word = s.substr(i, w);
  if (std::none_of(kWords.begin(), kWords.end(), [&](std::string_view k) { return iequals(k, word); }))
    return {};
  if (i + w + 1 < s.size() && s[i + w] == '.' && is_digit(s[i + w + 1])) {
    std::size_t d = digits_at(s, i + w + 1, 5);
    if (d) return {w + 1 + d, true};
  }
  return {w, false};
}

// Trailing parts after the last component: " B" (lettered part), " (2016)"
// (Security Council year), "(XXI)" (early GA session). Returns extra length.
std::size_t tail_at(std::string_view s, std::size_t i, bool is_res) {
  std::size_t total = 0;
  auto skip_space = [&](std::size_t j) {
    while (j < s.size() && s[j] == ' ') ++j;
    return j;
  };
  std::size_t j = skip_space(i);
  // Lettered part: one capital A-L (not I) standing alone. "A" is also the
  // English article, so it counts only before punctuation, "and" or "of".
  if (is_res && j < s.size() && j - i <= 1 && s[j] >= 'A' && s[j] <= 'L' && s[j] != 'I' &&
      (j + 1 == s.size() || !(is_alpha(s[j + 1]) || is_digit(s[j + 1]) || s[j + 1] == '/' ||
                              s[j + 1] == '.'))) {
    std::size_t k = skip_space(j + 1);
    std::string_view next = s.substr(k, 4);
    bool article_like = s[j] == 'A' && k < s.size() && is_alpha(s[k]) &&
                        !(next.substr(0, 3) == "and" || next.substr(0, 3) == "of ");
    if (!article_like) {
      total = j + 1 - i;
      j = skip_space(j + 1);
    }
  }
  if (j < s.size() && s[j] == '(') {
    std::size_t close = s.find(')', j);
    if (close != std::string_view::npos && close - j <= 7) {
      std::string_view inner = s.substr(j + 1, close - j - 1);
      bool year = inner.size() == 4 && std::all_of(inner.begin(), inner.end(), is_digit) &&
                  (inner[0] == '1' || inner[0] == '2');
      if (year || (is_res && is_roman(inner))) total = close + 1 - i;
    }
  }
  return total;
}

}  // namespace

std::size_t match_un_symbol(std::string_view s) {
  std::size_t i = 0;
  while (i < s.size() && is_upper(s[i]) && i < 6) ++i;
  if (i == 0 || i >= s.size() || s[i] != '/') return 0;
  std::string_view series = s.substr(0, i);
  if (std::find(kSeries.begin(), kSeries.end(), series) == kSeries.end()) return 0;
  std::size_t end = 0;
  bool numeric = false, is_res = false;
  int count = 0;
  while (i < s.size() && s[i] == '/' && count < 8) {
    Component c = component_at(s, i + 1);
    if (c.len == 0) break;
    if (iequals(s.substr(i + 1, c.len), "RES")) is_res = true;
    numeric = numeric || c.numeric;
    i += 1 + c.len;
    ++count;
    if (numeric) end = i;  // a symbol ends on or after its first number
  }
  if (!numeric || end == 0) return 0;
  // The last component must be numeric-bearing to be complete ("A/RES/" is not).
  std::size_t last_slash = s.rfind('/', end - 1);
  std::string_view last = s.substr(last_slash + 1, end - last_slash - 1);
  if (std::none_of(last.begin(), last.end(), is_digit)) return 0;
  return end + tail_at(s, end, is_res);
}

std::span<const std::string_view> un_symbol_series() { return kSeries; }

std::optional<std::string> canonical_un_symbol(std::string_view written) {
  while (!written.empty() && written.front() == ' ') written.remove_prefix(1);
  while (!written.empty() && written.back() == ' ') written.remove_suffix(1);
  if (match_un_symbol(written) != written.size() || written.empty()) return std::nullopt;
  std::string out;
  out.reserve(written.size());
  for (char c : written) {
    if (c == ' ') continue;
    out += static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  }
  // "A/RES/2200A(XXI)": the spec's id for a Roman-numeral session drops the part letter.
  std::size_t paren = out.find('(');
  if (paren != std::string::npos && paren >= 1 && is_roman(out.substr(paren + 1, out.size() - paren - 2)) &&
      is_alpha(out[paren - 1]) && paren >= 2 && is_digit(out[paren - 2])) {
    out.erase(paren - 1, 1);
  }
  return out;
}

}  // namespace unxref
