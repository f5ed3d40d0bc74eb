#include "unxref/graph/identity.hpp"

#include <algorithm>
#include <cctype>
#include <charconv>
#include <vector>

#include "unxref/core/un_symbol.hpp"

namespace unxref {
namespace {

bool is_digit(char c) { return c >= '0' && c <= '9'; }

bool all_digits(std::string_view s) {
  if (s.empty()) return false;
  for (char c : s)
    if (!is_digit(c)) return false;
  return true;
}

int to_int(std::string_view s) {
  int v = 0;
  auto [p, ec] = std::from_chars(s.data(), s.data() + s.size(), v);
  return (ec == std::errc{} && p == s.data() + s.size()) ? v : -1;
}

bool plausible_year(int y) { return y >= 1945 && y <= 2100; }

int roman_value(std::string_view s) {
  int total = 0, prev = 0;
  for (auto it = s.rbegin(); it != s.rend(); ++it) {
    int v = *it == 'I' ? 1 : *it == 'V' ? 5 : *it == 'X' ? 10 : *it == 'L' ? 50 : 0;
    if (v == 0) return 0;
    total += v < prev ? -v : v;
    prev = std::max(prev, v);
  }
  return total;
}

std::vector<std::string_view> split(std::string_view s, char sep) {
  std::vector<std::string_view> parts;
  std::size_t start = 0;
  for (std::size_t i = 0; i <= s.size(); ++i) {
    if (i == s.size() || s[i] == sep) {
      parts.push_back(s.substr(start, i - start));
      start = i + 1;
    }
  }
  return parts;
}

std::string_view strip_leading_zeros(std::string_view s) {
  while (s.size() > 1 && s.front() == '0') s.remove_prefix(1);
  return s;
}

void skip_spaces(std::string_view s, std::size_t& i) {
  while (i < s.size() && (s[i] == ' ' || s[i] == '\t')) ++i;
}

}  // namespace

int year_from_symbol(std::string_view sym) {
  // "...(2016)" or "...(XXI)" closes Security Council and early GA resolutions.
  if (!sym.empty() && sym.back() == ')') {
    std::size_t open = sym.rfind('(');
    if (open != std::string_view::npos) {
      std::string_view inner = sym.substr(open + 1, sym.size() - open - 2);
      if (all_digits(inner)) return plausible_year(to_int(inner)) ? to_int(inner) : 0;
      if (int session = roman_value(inner); session > 0) return 1945 + session;
      return 0;
    }
  }
  std::vector<std::string_view> parts = split(sym, '/');
  if (parts.size() < 2) return 0;
  // Human Rights Council sessions do not map to one year.
  for (std::string_view p : parts)
    if (p == "HRC") return 0;
  if (parts[0] == "A") {
    // A/RES/72/1, A/72/L.1, A/53/500/ADD.1: the first number is the session.
    std::size_t i = parts[1] == "RES" ? 2 : 1;
    if (i >= parts.size() || !all_digits(parts[i])) return 0;  // ES-11, HRC, ...
    const int session = to_int(parts[i]);
    return session >= 1 && session < 200 ? 1945 + session : 0;
  }
  // E/RES/2006/27, S/2019/179, S/PRST/2015/25, CTOC/COP/2016/L.5: a year component.
  for (std::size_t i = 1; i < parts.size(); ++i) {
    if (parts[i].size() == 4 && all_digits(parts[i]) && plausible_year(to_int(parts[i])))
      return to_int(parts[i]);
  }
  return 0;
}

std::optional<std::string> symbol_from_leading_line(std::string_view line) {
  std::size_t i = 0;
  skip_spaces(line, i);
  constexpr std::string_view kWord = "resolution";
  if (line.size() < i + kWord.size()) return std::nullopt;
  for (std::size_t k = 0; k < kWord.size(); ++k)
    if (std::tolower(static_cast<unsigned char>(line[i + k])) != kWord[k]) return std::nullopt;
  i += kWord.size();
  if (i >= line.size() || line[i] != ' ') return std::nullopt;
  skip_spaces(line, i);
  std::size_t n0 = i;
  while (i < line.size() && is_digit(line[i])) ++i;
  std::string_view number = line.substr(n0, i - n0);
  if (number.empty() || number.size() > 4) return std::nullopt;
  skip_spaces(line, i);
  if (i + 6 > line.size() || line[i] != '(' || line[i + 5] != ')') return std::nullopt;
  std::string_view year = line.substr(i + 1, 4);
  if (!all_digits(year) || !plausible_year(to_int(year))) return std::nullopt;
  return "S/RES/" + std::string(strip_leading_zeros(number)) + "(" + std::string(year) + ")";
}

std::optional<std::string> symbol_from_file_name(std::string_view stem) {
  // A language or variant tag after '-' is never part of a symbol.
  std::vector<std::string_view> parts = split(stem.substr(0, stem.find('-')), '_');
  if (parts.size() >= 4 && parts[0] == "S" && parts[1] == "RES" && all_digits(parts[2]) &&
      all_digits(parts[3]) && plausible_year(to_int(parts[3]))) {
    return "S/RES/" + std::string(strip_leading_zeros(parts[2])) + "(" + std::string(parts[3]) + ")";
  }
  // Longest prefix of components that forms a valid symbol: trailing tags
  // ("EN", "GOLD") fall away because they are not symbol components.
  for (std::size_t n = parts.size(); n >= 2; --n) {
    std::string candidate;
    for (std::size_t k = 0; k < n; ++k) {
      if (k) candidate += '/';
      candidate += all_digits(parts[k]) ? strip_leading_zeros(parts[k]) : parts[k];
    }
    if (auto canon = canonical_un_symbol(candidate)) return canon;
  }
  return std::nullopt;
}

}  // namespace unxref
