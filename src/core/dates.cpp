#include "unxref/core/dates.hpp"

#include <unicode/uchar.h>
#include <unicode/unistr.h>
#include <unicode/utf8.h>

#include <array>
#include <cctype>
#include <cstdio>
#include <cstdint>
#include <cstdlib>
#include <map>
#include <vector>

#include "unxref/core/tsv.hpp"
#include "unxref/core/years.hpp"

namespace unxref {
namespace {

constexpr std::array<std::string_view, 12> kMonths{"january", "february", "march",     "april",   "may",      "june",
                                                   "july",    "august",   "september", "october", "november", "december"};

struct Token {
  std::string text;  // case-folded
  bool number = false;
};

// Case-folded, without the Arabic tatweel that stretches a word ("تمــوز").
std::string fold(std::string_view word) {
  icu::UnicodeString u =
      icu::UnicodeString::fromUTF8(icu::StringPiece(word.data(), static_cast<int32_t>(word.size())));
  u.findAndReplace(icu::UnicodeString(static_cast<UChar32>(0x0640)), icu::UnicodeString());
  std::string out;
  u.foldCase().toUTF8String(out);
  return out;
}

// Runs of ASCII digits and runs of letters (any script, CJK included: words
// that are no month); anything else, no-break spaces too, separates them.
std::vector<Token> tokens(std::string_view s) {
  std::vector<Token> out;
  const auto* p = reinterpret_cast<const std::uint8_t*>(s.data());
  const auto n = static_cast<int32_t>(s.size());
  enum class Kind { none, digit, letter };
  const auto kind_at = [&](int32_t i, int32_t& next) {
    UChar32 c = 0;
    next = i;
    U8_NEXT(p, next, n, c);
    if (c >= '0' && c <= '9') return Kind::digit;
    // Combining marks (Arabic shadda, accents written apart) belong to their word.
    if (c >= 0 && (u_isalpha(c) || c == 0x0640 || u_charType(c) == U_NON_SPACING_MARK)) return Kind::letter;
    return Kind::none;
  };
  for (int32_t i = 0; i < n;) {
    int32_t next = 0;
    const Kind k = kind_at(i, next);
    if (k == Kind::none) {
      i = next;
      continue;
    }
    const int32_t from = i;
    i = next;
    while (i < n && kind_at(i, next) == k) i = next;
    const std::string_view text = s.substr(static_cast<std::size_t>(from), static_cast<std::size_t>(i - from));
    out.push_back({k == Kind::digit ? std::string(text) : fold(text), k == Kind::digit});
  }
  return out;
}

// data/months.tsv: month names of the other languages, and the English ones.
const std::map<std::string, int, std::less<>>& month_names() {
  static const std::map<std::string, int, std::less<>> names = [] {
    std::map<std::string, int, std::less<>> out;
    for (const TsvRow& row : embedded_tsv("months.tsv", 3)) {
      const int n = std::atoi(row.cells[0].c_str());
      if (n < 1 || n > 12) throw_row_error("data/months.tsv", row, "month number " + row.cells[0] + " is not 1-12");
      out[fold(row.cells[2])] = n;
    }
    return out;
  }();
  return names;
}

// A month's number, or 0: a name of data/months.tsv, or a start of at least
// three letters of an English one ("Sept", "Dec").
int month_of(const std::string& word) {
  if (const int m = month_named(word)) return m;
  if (word.size() < 3) return 0;
  for (std::size_t m = 0; m < kMonths.size(); ++m)
    if (kMonths[m].substr(0, word.size()) == word)
      return static_cast<int>(m) + 1;
  return 0;
}

int number(const Token& t) { return t.number && t.text.size() <= 4 ? std::stoi(t.text) : -1; }

std::string format(int year, int month, int day) {
  char buf[16];
  if (month && day) std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", year, month, day);
  else if (month) std::snprintf(buf, sizeof buf, "%04d-%02d", year, month);
  else std::snprintf(buf, sizeof buf, "%04d", year);
  return buf;
}

bool is_year(int y) { return y >= kFirstYear && y <= kLastYear; }
bool is_day(int d) { return d >= 1 && d <= 31; }

}  // namespace

int month_named(std::string_view folded) {
  const auto it = month_names().find(folded);
  return it == month_names().end() ? 0 : it->second;
}

std::string iso_date(std::string_view text) {
  const std::vector<Token> t = tokens(text);
  for (std::size_t i = 0; i < t.size(); ++i) {
    const int a = number(t[i]);
    // 2019-02-27
    if (is_year(a) && i + 2 < t.size() && number(t[i + 1]) >= 1 && number(t[i + 1]) <= 12 && is_day(number(t[i + 2])))
      return format(a, number(t[i + 1]), number(t[i + 2]));
    // 2006年12月20日 (the characters after 日 may run on: "日第1673")
    if (is_year(a) && i + 2 < t.size() && t[i + 1].text == "\u5E74" && number(t[i + 2]) >= 1 &&
        number(t[i + 2]) <= 12 && i + 3 < t.size() && t[i + 3].text.starts_with("\u6708")) {
      if (i + 4 < t.size() && is_day(number(t[i + 4]))) return format(a, number(t[i + 2]), number(t[i + 4]));
      return format(a, number(t[i + 2]), 0);
    }
    // 27 February 2019, 27/02/2019
    if (is_day(a) && i + 2 < t.size() && is_year(number(t[i + 2]))) {
      const int m = t[i + 1].number ? number(t[i + 1]) : month_of(t[i + 1].text);
      if (m >= 1 && m <= 12) return format(number(t[i + 2]), m, a);
    }
    // A day, a few words of which one is a month, a year: "20 de diciembre
    // de 2006", "1er mars 2010", "20 كانون الأول/ديسمبر 2006".
    if (is_day(a)) {
      int m = 0;
      std::size_t j = i + 1;
      for (; j < t.size() && j <= i + 3 && !t[j].number; ++j)
        if (!m) m = month_of(t[j].text);
      if (m && j < t.size() && is_year(number(t[j]))) return format(number(t[j]), m, a);
    }
    if (!t[i].number) {
      const int m = month_of(t[i].text);
      if (!m || i + 1 >= t.size()) continue;
      // February 27, 2019
      if (is_day(number(t[i + 1])) && i + 2 < t.size() && is_year(number(t[i + 2])))
        return format(number(t[i + 2]), m, number(t[i + 1]));
      // February 2019
      if (is_year(number(t[i + 1]))) return format(number(t[i + 1]), m, 0);
    }
  }
  for (const Token& tok : t)
    if (is_year(number(tok))) return format(number(tok), 0, 0);
  return {};
}

}  // namespace unxref
