#include "uptake/clause_verbs.hpp"

#include <unicode/uchar.h>

#include <algorithm>

#include "unxref/core/embedded.hpp"

namespace unxref::uptake {
namespace {

bool is_space_cp(char32_t c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == 0xA0 || c == 0x202F; }

std::u32string fold(std::string_view s) {
  std::u32string out;
  bool space = false;
  for (std::size_t i = 0; i < s.size();) {
    const char32_t c = next_code_point(s, i);
    if (is_space_cp(c)) {
      space = !out.empty();
      continue;
    }
    if (space) out += U' ';
    space = false;
    out += static_cast<char32_t>(u_foldCase(static_cast<UChar32>(c), U_FOLD_CASE_DEFAULT));
  }
  return out;
}

bool is_han(char32_t c) { return (c >= 0x3400 && c <= 0x9FFF) || (c >= 0xF900 && c <= 0xFAFF); }

// Tatweel (U+0640) stretches Arabic words for justification ("يشـــير"): not a letter of the word.
bool skippable(char32_t c) { return c == 0x0640; }

std::size_t match_one(std::string_view text, const std::u32string& phrase) {
  std::size_t i = 0;
  for (std::size_t k = 0; k < phrase.size();) {
    if (i >= text.size()) return 0;
    std::size_t j = i;
    const char32_t c = next_code_point(text, j);
    if (skippable(c)) {
      i = j;
      continue;
    }
    if (phrase[k] == U' ') {
      if (!is_space_cp(c)) return 0;
      while (j < text.size()) {  // the rest of the white-space run
        std::size_t n = j;
        if (!is_space_cp(next_code_point(text, n))) break;
        j = n;
      }
      i = j;
      ++k;
      continue;
    }
    if (static_cast<char32_t>(u_foldCase(static_cast<UChar32>(c), U_FOLD_CASE_DEFAULT)) != phrase[k]) return 0;
    i = j;
    ++k;
  }
  if (is_han(phrase.back()) || i >= text.size()) return i;
  std::size_t j = i;
  const char32_t after = next_code_point(text, j);
  return u_isalnum(static_cast<UChar32>(after)) || skippable(after) ? 0 : i;
}

}  // namespace

char32_t next_code_point(std::string_view s, std::size_t& i) {
  const auto b0 = static_cast<unsigned char>(s[i]);
  std::size_t len = b0 < 0x80 ? 1 : (b0 >> 5) == 6 ? 2 : (b0 >> 4) == 14 ? 3 : (b0 >> 3) == 30 ? 4 : 0;
  if (len == 0 || i + len > s.size()) {
    ++i;
    return 0xFFFD;
  }
  char32_t c = len == 1 ? b0 : len == 2 ? (b0 & 0x1F) : len == 3 ? (b0 & 0x0F) : (b0 & 0x07);
  for (std::size_t k = 1; k < len; ++k) c = (c << 6) | (static_cast<unsigned char>(s[i + k]) & 0x3F);
  i += len;
  return c;
}

void ClauseVerbs::add(std::string_view tsv) {
  std::size_t pos = 0;
  while (pos < tsv.size()) {
    std::size_t eol = tsv.find('\n', pos);
    if (eol == std::string_view::npos) eol = tsv.size();
    std::string_view line = tsv.substr(pos, eol - pos);
    pos = eol + 1;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (line.empty() || line.front() == '#') continue;
    const std::size_t t1 = line.find('\t');
    const std::size_t t2 = t1 == std::string_view::npos ? t1 : line.find('\t', t1 + 1);
    if (t2 == std::string_view::npos) continue;
    const std::string_view kind = line.substr(0, t1);
    std::u32string phrase = fold(line.substr(t2 + 1));
    if (phrase.empty()) continue;
    if (kind == "preamble") preamble_.push_back(std::move(phrase));
    else if (kind == "operative") operative_.push_back(std::move(phrase));
    else if (kind == "modifier") modifiers_.push_back(std::move(phrase));
  }
  sort();
}

void ClauseVerbs::sort() {
  for (auto* list : {&preamble_, &operative_, &modifiers_}) {
    std::sort(list->begin(), list->end(), [](const std::u32string& a, const std::u32string& b) {
      return a.size() != b.size() ? a.size() > b.size() : a < b;
    });
    list->erase(std::unique(list->begin(), list->end()), list->end());
  }
}

const ClauseVerbs& ClauseVerbs::builtin() {
  static const ClauseVerbs verbs = [] {
    ClauseVerbs v;
    v.add(embedded_data("uptake-clause-verbs.tsv"));
    v.add(embedded_data("uptake-cues.tsv"));  // its `preamble` lines
    return v;
  }();
  return verbs;
}

std::size_t ClauseVerbs::match(std::string_view text, ClauseKind kind) const {
  // Longest first: the first phrase that matches is the longest.
  for (const std::u32string& p : kind == ClauseKind::preamble ? preamble_ : operative_)
    if (const std::size_t n = match_one(text, p)) return n + modifier_after(text.substr(n));
  return 0;
}

std::size_t ClauseVerbs::modifier_after(std::string_view text) const {
  std::size_t i = 0;
  while (i < text.size() && (text[i] == ' ' || text[i] == '\t')) ++i;
  if (i == 0) return 0;
  for (const std::u32string& m : modifiers_)
    if (const std::size_t n = match_one(text.substr(i), m)) return i + n;
  return 0;
}

namespace {

// The word at text[i] (letters only, lower-cased) and where it ends.
std::size_t word_at(std::string_view text, std::size_t i, std::u32string& word) {
  word.clear();
  while (i < text.size()) {
    std::size_t j = i;
    const char32_t c = next_code_point(text, j);
    if (!u_isalpha(static_cast<UChar32>(c)) && !skippable(c)) break;
    if (!skippable(c)) word += static_cast<char32_t>(u_tolower(static_cast<UChar32>(c)));
    i = j;
  }
  return i;
}

bool ends_with(const std::u32string& word, std::u32string_view suffix) {
  return word.size() > suffix.size() + 2 && std::u32string_view(word).substr(word.size() - suffix.size()) == suffix;
}

bool is_participle(const std::u32string& w) {
  // English, French, Spanish present participles and gerunds.
  for (std::u32string_view s : {U"ing", U"ant", U"ando", U"iendo", U"yendo"})
    if (ends_with(w, s)) return true;
  return false;
}

// Russian verbal adverbs: "отмечая", "ссылаясь", "рассмотрев" (not nouns in -ия).
bool is_russian_participle(const std::u32string& w) {
  for (std::u32string_view s : {U"\u0430\u044F", U"\u044F\u044F", U"\u0443\u044F", U"\u044E\u044F", U"\u044F\u0441\u044C",
                                U"\u0430\u0432", U"\u0435\u0432", U"\u0438\u0432", U"\u0432\u0448\u0438\u0441\u044C"})
    if (ends_with(w, s)) return true;
  return false;
}

bool is_adverb(const std::u32string& w) {
  for (std::u32string_view s : {U"ly", U"ment", U"mente"})
    if (ends_with(w, s)) return true;
  return w == U"also" || w == U"further" || w == U"again";
}

}  // namespace

std::size_t participle_opening(std::string_view text) {
  std::size_t j = 0;
  if (text.empty()) return 0;
  const char32_t first = next_code_point(text, j);
  std::u32string word;
  std::size_t end = word_at(text, 0, word);
  if (word.size() < 2) return 0;
  if (first >= 0x0600 && first <= 0x06FF) {
    // "إذ تشير", "وإذ تشير", "وقد نظرت": the particle and the verb after it.
    static const std::u32string kArabic[] = {U"\u0625\u0630", U"\u0648\u0625\u0630", U"\u0648\u0642\u062F"};
    if (std::find(std::begin(kArabic), std::end(kArabic), word) == std::end(kArabic)) return 0;
    std::size_t k = end;
    while (k < text.size() && text[k] == ' ') ++k;
    const std::size_t verb_end = word_at(text, k, word);
    return word.empty() ? end : verb_end;
  }
  if (first >= 0x0400 && first <= 0x04FF)  // Russian clauses open in lower case
    return u_islower(static_cast<UChar32>(first)) && is_russian_participle(word) ? end : 0;
  if (!u_isupper(static_cast<UChar32>(first))) return 0;
  // "Determining", "Strongly condemning", "Further reiterating": up to two adverbs first.
  for (int k = 0; k < 3; ++k) {
    if (is_participle(word) && word.size() >= 5) return end;
    if (!is_adverb(word) || end >= text.size() || text[end] != ' ') return 0;
    end = word_at(text, end + 1, word);
    if (word.empty()) return 0;
  }
  return 0;
}

}  // namespace unxref::uptake
