#include "unxref/core/dates.hpp"

#include <array>
#include <cctype>
#include <cstdio>
#include <vector>

#include "unxref/core/years.hpp"

namespace unxref {
namespace {

constexpr std::array<std::string_view, 12> kMonths{"january", "february", "march",     "april",   "may",      "june",
                                                   "july",    "august",   "september", "october", "november", "december"};

struct Token {
  std::string text;  // lower case
  bool number = false;
};

std::vector<Token> tokens(std::string_view s) {
  std::vector<Token> out;
  for (std::size_t i = 0; i < s.size();) {
    const unsigned char c = static_cast<unsigned char>(s[i]);
    if (std::isalnum(c)) {
      const bool digit = std::isdigit(c);
      Token t{"", digit};
      while (i < s.size() && std::isalnum(static_cast<unsigned char>(s[i])) &&
             (std::isdigit(static_cast<unsigned char>(s[i])) != 0) == digit)
        t.text += static_cast<char>(std::tolower(static_cast<unsigned char>(s[i++])));
      out.push_back(std::move(t));
    } else {
      ++i;
    }
  }
  return out;
}

int month_of(const std::string& word) {
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

std::string iso_date(std::string_view text) {
  const std::vector<Token> t = tokens(text);
  for (std::size_t i = 0; i < t.size(); ++i) {
    const int a = number(t[i]);
    // 2019-02-27
    if (is_year(a) && i + 2 < t.size() && number(t[i + 1]) >= 1 && number(t[i + 1]) <= 12 && is_day(number(t[i + 2])))
      return format(a, number(t[i + 1]), number(t[i + 2]));
    // 27 February 2019, 27/02/2019
    if (is_day(a) && i + 2 < t.size() && is_year(number(t[i + 2]))) {
      const int m = t[i + 1].number ? number(t[i + 1]) : month_of(t[i + 1].text);
      if (m >= 1 && m <= 12) return format(number(t[i + 2]), m, a);
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
