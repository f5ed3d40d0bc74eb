#include "uptake/units.hpp"

#include <unicode/brkiter.h>
#include <unicode/utext.h>

#include <memory>
#include <stdexcept>

namespace unxref::uptake {
namespace {

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'; }
bool is_digit(char c) { return c >= '0' && c <= '9'; }
bool is_lower(char c) { return c >= 'a' && c <= 'z'; }

std::size_t skip_spaces(std::string_view s, std::size_t i) {
  while (i < s.size() && is_space(s[i])) ++i;
  return i;
}

// A label must be followed by white space (or end the text): "1.5 per cent"
// and "(2016)" inside prose are not labels.
bool ends_label(std::string_view s, std::size_t i) { return i >= s.size() || is_space(s[i]); }

icu::BreakIterator& sentence_breaker() {
  thread_local std::unique_ptr<icu::BreakIterator> bi = [] {
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<icu::BreakIterator> it(
        icu::BreakIterator::createSentenceInstance(icu::Locale::getEnglish(), status));
    if (U_FAILURE(status) || !it) throw std::runtime_error("ICU sentence break iterator unavailable");
    return it;
  }();
  return *bi;
}

}  // namespace

std::string_view trim(std::string_view text) {
  std::size_t a = 0, b = text.size();
  while (a < b && is_space(text[a])) ++a;
  while (b > a && is_space(text[b - 1])) --b;
  return text.substr(a, b - a);
}

Label leading_label(std::string_view s) {
  const std::size_t i = skip_spaces(s, 0);
  Label none{LabelKind::none, "", i};
  if (i >= s.size()) return none;
  for (std::string_view bullet : {"\u2022", "\u25aa", "\u00b7", "\u2013", "\u2014", "-", "*", "+"}) {
    if (s.substr(i, bullet.size()) == bullet && i + bullet.size() < s.size() && is_space(s[i + bullet.size()]))
      return {LabelKind::bullet, "\u2022", skip_spaces(s, i + bullet.size())};
  }
  // "115.2", "115.2.", "1.1.3": multi-level numbers, kept as printed (without a final dot).
  std::size_t j = i;
  while (j < s.size() && j - i < 3 && is_digit(s[j])) ++j;
  if (j > i && j + 1 < s.size() && s[j] == '.' && is_digit(s[j + 1])) {
    std::size_t e = j;
    while (e + 1 < s.size() && s[e] == '.' && is_digit(s[e + 1])) {
      std::size_t d = e + 1;
      while (d < s.size() && d - e <= 3 && is_digit(s[d])) ++d;
      e = d;
    }
    const std::size_t after = e < s.size() && s[e] == '.' ? e + 1 : e;
    // An item opens with a capital ("115.2 Ratify"); "1.5 per cent" is a number in prose.
    const std::size_t next = skip_spaces(s, after);
    const bool item_start = next < s.size() && !(s[next] >= 'a' && s[next] <= 'z');
    if (ends_label(s, after) && item_start) return {LabelKind::number, std::string(s.substr(i, e - i)), skip_spaces(s, after)};
  }
  // "12." / "12)"
  if (j > i && j < s.size() && (s[j] == '.' || s[j] == ')') && ends_label(s, j + 1))
    return {LabelKind::number, std::string(s.substr(i, j - i)), skip_spaces(s, j + 1)};
  // "(a)", "(iv)", "(12)" / "a)", "iv)"
  const bool paren = s[i] == '(';
  std::size_t k = paren ? i + 1 : i;
  std::size_t m = k;
  while (m < s.size() && m - k < 5 && (is_lower(s[m]) || (paren && is_digit(s[m])))) ++m;
  if (m > k && m < s.size() && s[m] == ')' && ends_label(s, m + 1)) {
    const std::string inner(s.substr(k, m - k));
    const bool numeric = is_digit(inner.front());
    // "(2016)" is a year, not a label; unparenthesised labels are single letters or roman numerals.
    if (!(numeric && inner.size() > 2) && (paren || inner.find_first_not_of("ivxl") == std::string::npos || inner.size() == 1))
      return {numeric ? LabelKind::number : LabelKind::letter, numeric ? inner : "(" + inner + ")",
              skip_spaces(s, m + 1)};
  }
  // "Recommendation 3:" / "Recommendation 3."
  constexpr std::string_view kWord = "Recommendation ";
  if (s.substr(i, kWord.size()) == kWord) {
    std::size_t d = i + kWord.size();
    const std::size_t d0 = d;
    while (d < s.size() && d - d0 < 3 && is_digit(s[d])) ++d;
    if (d > d0 && d < s.size() && (s[d] == ':' || s[d] == '.' || s[d] == ')'))
      return {LabelKind::number, std::string(s.substr(d0, d - d0)), skip_spaces(s, d + 1)};
  }
  return none;
}

std::vector<Sentence> split_sentences(std::string_view text) {
  std::vector<Sentence> out;
  if (text.empty()) return out;
  UErrorCode status = U_ZERO_ERROR;
  UText* ut = utext_openUTF8(nullptr, text.data(), static_cast<int64_t>(text.size()), &status);
  if (U_FAILURE(status)) return out;
  icu::BreakIterator& bi = sentence_breaker();
  bi.setText(ut, status);
  if (U_SUCCESS(status)) {
    int32_t start = bi.first();
    for (int32_t end = bi.next(); end != icu::BreakIterator::DONE; start = end, end = bi.next()) {
      std::size_t a = static_cast<std::size_t>(start), b = static_cast<std::size_t>(end);
      while (a < b && is_space(text[a])) ++a;
      while (b > a && is_space(text[b - 1])) --b;
      if (b > a) out.push_back({a, b});
    }
  }
  icu::UnicodeString empty;
  bi.setText(empty);
  utext_close(ut);
  return out;
}

}  // namespace unxref::uptake
