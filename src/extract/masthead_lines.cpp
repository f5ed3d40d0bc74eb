#include "extract/masthead_lines.hpp"

#include <algorithm>
#include <array>
#include <cctype>

namespace unxref::masthead {

std::vector<std::string_view> words_of(std::string_view s) {
  std::vector<std::string_view> out;
  std::size_t i = 0;
  while (i < s.size()) {
    while (i < s.size() && std::isspace(static_cast<unsigned char>(s[i]))) ++i;
    std::size_t j = i;
    while (j < s.size() && !std::isspace(static_cast<unsigned char>(s[j]))) ++j;
    if (j > i) out.push_back(s.substr(i, j - i));
    i = j;
  }
  return out;
}

namespace {

bool all_digits(std::string_view s) {
  return !s.empty() && std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}

// "19-03355": two-digit year, dash, five-digit job; Geneva prints its
// office before it ("GE.13-12484").
bool is_job_number(std::string_view t) {
  if (t.size() == 11 && t.substr(0, 3) == "GE.") t.remove_prefix(3);
  return t.size() == 8 && all_digits(t.substr(0, 2)) && t[2] == '-' && all_digits(t.substr(3));
}

// "*1903355*"
bool is_barcode(std::string_view t) {
  return t.size() >= 6 && t.front() == '*' && t.back() == '*' && all_digits(t.substr(1, t.size() - 2));
}

// "(E)", "(F)", "(R)": the language edition beside the job number.
bool is_edition(std::string_view t) {
  return t.size() == 3 && t[0] == '(' && std::isupper(static_cast<unsigned char>(t[1])) && t[2] == ')';
}

// "2/6": page of pages beside the job number.
bool is_page_of(std::string_view t) {
  const std::size_t slash = t.find('/');
  return slash != std::string_view::npos && all_digits(t.substr(0, slash)) &&
         all_digits(t.substr(slash + 1)) && slash <= 4 && t.size() - slash - 1 <= 4;
}

constexpr std::array<std::string_view, 12> kMonths = {
    "january", "february", "march",     "april",   "may",      "june",
    "july",    "august",   "september", "october", "november", "december"};

bool iequals(std::string_view a, std::string_view b) {
  return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin(), [](char x, char y) {
           return std::tolower(static_cast<unsigned char>(x)) == std::tolower(static_cast<unsigned char>(y));
         });
}

// Names of States containing " and ", kept whole when splitting a sponsor
// list. Facts about names, not layout: the list is short and stable.
constexpr std::array<std::string_view, 8> kNamesWithAnd = {
    "Antigua and Barbuda",
    "Bosnia and Herzegovina",
    "Saint Kitts and Nevis",
    "Saint Vincent and the Grenadines",
    "Sao Tome and Principe",
    "Trinidad and Tobago",
    "United Kingdom of Great Britain and Northern Ireland",
    "Wallis and Futuna"};

std::string trim(std::string_view s) {
  std::size_t b = 0, e = s.size();
  while (b < e && (std::isspace(static_cast<unsigned char>(s[b])) || s[b] == ',')) ++b;
  while (e > b && (std::isspace(static_cast<unsigned char>(s[e - 1])) || s[e - 1] == ',' || s[e - 1] == '.')) --e;
  return std::string(s.substr(b, e - b));
}

// Splits "A and B" at each " and " that is not inside a name of kNamesWithAnd.
void split_on_and(std::string_view item, std::vector<std::string>& out) {
  std::vector<std::pair<std::size_t, std::size_t>> protected_spans;
  for (std::string_view name : kNamesWithAnd) {
    for (std::size_t at = item.find(name); at != std::string_view::npos; at = item.find(name, at + 1))
      protected_spans.emplace_back(at, at + name.size());
  }
  std::size_t start = 0;
  for (std::size_t at = item.find(" and "); at != std::string_view::npos; at = item.find(" and ", at + 1)) {
    const bool inside = std::any_of(protected_spans.begin(), protected_spans.end(),
                                    [&](const auto& s) { return at > s.first && at < s.second; });
    if (inside) continue;
    std::string part = trim(item.substr(start, at - start));
    if (!part.empty()) out.push_back(std::move(part));
    start = at + 5;
  }
  std::string rest = trim(item.substr(start));
  if (!rest.empty()) out.push_back(std::move(rest));
}

}  // namespace

bool is_job_number_line(std::string_view line) {
  const std::vector<std::string_view> ts = words_of(line);
  if (ts.size() == 2 && iequals(ts[0], "Please") && iequals(ts[1], "recycle")) return true;
  if (ts.empty() || ts.size() > 5) return false;
  bool anchor = false;
  for (std::string_view t : ts) {
    if (is_job_number(t) || is_barcode(t)) {
      anchor = true;
    } else if (!is_edition(t) && !is_page_of(t) && !(all_digits(t) && (t.size() == 6 || t.size() <= 3))) {
      // 6 digits: print dates ("050413"); up to 3: the page number printed
      // beside the job number in the footer ("GE.13-12484 3").
      return false;
    }
  }
  return anchor;
}

bool is_masthead_date(std::string_view text) {
  const std::vector<std::string_view> ts = words_of(text);
  if (ts.size() != 3) return false;
  if (!all_digits(ts[0]) || ts[0].size() > 2 || !all_digits(ts[2]) || ts[2].size() != 4) return false;
  return std::any_of(kMonths.begin(), kMonths.end(), [&](std::string_view m) { return iequals(m, ts[1]); });
}

std::vector<std::string> split_sponsors(std::string_view list) {
  std::vector<std::string> out;
  std::size_t start = 0;
  int depth = 0;  // commas inside "(Plurinational State of)" do not separate
  for (std::size_t i = 0; i <= list.size(); ++i) {
    if (i < list.size() && list[i] == '(') ++depth;
    if (i < list.size() && list[i] == ')' && depth > 0) --depth;
    if (i == list.size() || (list[i] == ',' && depth == 0)) {
      split_on_and(list.substr(start, i - start), out);
      start = i + 1;
    }
  }
  return out;
}

}  // namespace unxref::masthead
