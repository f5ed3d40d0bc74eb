#include "detect/registry_matching.hpp"

#include <algorithm>

#include <unicode/uchar.h>
#include <unicode/uscript.h>
#include <unicode/utf8.h>

#include "unxref/core/error.hpp"
#include "unxref/core/tsv.hpp"

namespace unxref::detect {

char32_t code_point_at(std::string_view s, std::size_t i, std::size_t* len) {
  if (i >= s.size()) {
    if (len) *len = 0;
    return 0;
  }
  const auto* p = reinterpret_cast<const std::uint8_t*>(s.data());
  auto k = static_cast<std::int32_t>(i);
  UChar32 c;
  U8_NEXT_OR_FFFD(p, k, static_cast<std::int32_t>(s.size()), c);
  if (len) *len = static_cast<std::size_t>(k) - i;
  return static_cast<char32_t>(c);
}

char32_t code_point_before(std::string_view s, std::size_t i, std::size_t* len) {
  if (i == 0 || i > s.size()) {
    if (len) *len = 0;
    return 0;
  }
  const auto* p = reinterpret_cast<const std::uint8_t*>(s.data());
  auto k = static_cast<std::int32_t>(i);
  UChar32 c;
  U8_PREV_OR_FFFD(p, 0, k, c);
  if (len) *len = i - static_cast<std::size_t>(k);
  return static_cast<char32_t>(c);
}

bool is_word_char(char32_t c) {
  if (c < 0x80) return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
  const auto u = static_cast<UChar32>(c);
  if (!u_isalnum(u) && !u_hasBinaryProperty(u, UCHAR_DIACRITIC)) return false;
  if (u_hasBinaryProperty(u, UCHAR_IDEOGRAPHIC)) return false;
  UErrorCode ec = U_ZERO_ERROR;
  const UScriptCode script = uscript_getScript(u, &ec);
  return script != USCRIPT_HAN && script != USCRIPT_HIRAGANA && script != USCRIPT_KATAKANA &&
         script != USCRIPT_HANGUL;
}

namespace {
bool is_arabic_letter(char32_t c) { return c >= 0x0620 && c <= 0x064A; }
bool is_arabic_proclitic(char32_t c) {
  return c == 0x0648 || c == 0x0628 || c == 0x0644 || c == 0x0641 || c == 0x0643;  // و ب ل ف ك
}
}  // namespace

bool word_starts_at(std::string_view text, std::size_t pos) {
  std::size_t len = 0;
  const char32_t before = code_point_before(text, pos, &len);
  if (pos == 0 || !is_word_char(before)) return true;
  if (!is_arabic_proclitic(before) || !is_arabic_letter(code_point_at(text, pos))) return false;
  std::size_t len2 = 0;
  const char32_t second = code_point_before(text, pos - len, &len2);
  if (!is_word_char(second)) return true;
  // "and" or "so" before a preposition: "ولاتفاقية" (and to the
  // Convention), "وباتفاقية"; never two prepositions.
  const bool conjunction = second == 0x0648 || second == 0x0641;            // و ف
  const bool preposition = before == 0x0628 || before == 0x0644 || before == 0x0643;  // ب ل ك
  return conjunction && preposition && !is_word_char(code_point_before(text, pos - len - len2));
}

bool word_ends_at(std::string_view text, std::size_t pos) {
  return pos >= text.size() || !is_word_char(code_point_at(text, pos));
}

bool name_ends_at(std::string_view text, std::size_t pos) {
  if (word_ends_at(text, pos)) return true;
  const auto is_digit = [&](std::size_t i) { return i < text.size() && text[i] >= '0' && text[i] <= '9'; };
  std::size_t digits = 0;
  while (is_digit(pos + digits) && digits < 4) ++digits;
  if (digits == 0 || !word_ends_at(text, pos + digits)) return false;
  if (u_isalpha(static_cast<UChar32>(code_point_before(text, pos)))) return digits <= 3;
  // A name ending in a year ("à l'horizon 2030", "Cumbre Mundial 2005") with
  // a note marker glued on ("20309"): five or six digits are never a year.
  // So too a name ending in a two-digit number of its own ("Programa 21",
  // "Convention No. 29"): "Programa 215" is Agenda 21 and note 5. A longer
  // name still wins ("Convention No. 182" is not No. 18 and note 2).
  std::size_t number = 0;
  while (number < pos && number < 5 && is_digit(pos - 1 - number)) ++number;
  const bool own_word = number == 2 && pos >= 3 && text[pos - 3] == ' ';
  return (number == 4 || own_word) && digits <= 2;
}

std::size_t words_before(std::string_view text, std::size_t pos, std::string_view phrase) {
  const std::size_t n = phrase.size();
  if (n == 0 || pos < n + 1 || text[pos - 1] != ' ') return npos;
  const std::size_t start = pos - 1 - n;
  return text.compare(start, n, phrase) == 0 && word_starts_at(text, start) ? start : npos;
}

std::size_t words_after(std::string_view text, std::size_t pos, std::string_view phrase) {
  const std::size_t n = phrase.size();
  if (n == 0 || pos >= text.size() || text[pos] != ' ' || text.compare(pos + 1, n, phrase) != 0) return npos;
  // A phrase ending in an apostrophe ("à l'") ends where the next word starts.
  return word_ends_at(text, pos + 1 + n) || phrase.back() == '\'' ? pos + 1 + n : npos;
}

std::size_t match_name(std::string_view text, std::size_t pos, std::string_view name) {
  // Byte by byte, so that a name that differs early (most of those sharing a
  // cue) costs a byte or two, not a search of the name for its '*'.
  std::size_t i = pos;
  std::size_t k = 0;
  while (k < name.size()) {
    const char c = name[k];
    if (c == '*') {
      std::size_t len = 0;
      while (i < text.size() && is_word_char(code_point_at(text, i, &len))) i += len;
      ++k;
      continue;
    }
    // "Convention on the Prevention and Punishment of Crime of Genocide",
    // "Rights of Child": texts drop an article inside a name.
    if (c == 't' && k > 0 && name[k - 1] == ' ' && name.compare(k, 4, "the ") == 0 &&
        text.compare(i, 4, "the ") != 0) {
      k += 4;
      continue;
    }
    if (i >= text.size() || text[i] != c) return npos;
    ++i;
    ++k;
  }
  return i;
}

std::size_t match_whole_name(std::string_view text, std::size_t pos, std::string_view name) {
  const std::size_t end = match_name(text, pos, name);
  if (end == npos || end <= pos) return npos;
  if (is_word_char(code_point_before(text, end)) && !name_ends_at(text, end)) return npos;
  return end;
}

std::string_view name_cue(std::string_view name) {
  // At most kMaxCue bytes, ending on a word: the finder matches the whole
  // name at every hit, and short shared cues keep the scanner's database
  // small (2,305 cues of 142 KB for the registry's names, 1,570 of 39 KB so).
  constexpr std::size_t kMaxCue = 32;
  std::string_view cue = name.substr(0, name.find('*'));
  if (cue.size() > kMaxCue) {
    std::size_t cut = cue.rfind(' ', kMaxCue);
    if (cut == std::string_view::npos || cut < 8) {
      cut = kMaxCue;
      while (cut > 0 && (static_cast<unsigned char>(cue[cut]) & 0xC0) == 0x80) --cut;
    }
    cue = cue.substr(0, cut);
  }
  // match_name lets a text drop "the" inside a name ("Rights of Child"): the
  // cue stops before one, so that such a text still hits it.
  constexpr std::size_t kMinCue = 12;
  const std::size_t the = cue.rfind(" the ");
  if (the != std::string_view::npos && the >= kMinCue) cue = cue.substr(0, the);
  return cue;
}

std::string_view original_of(const NormalizedText& text, std::size_t start, std::size_t end) {
  auto [a, b] = text.original_span(start, end);
  return text.original.substr(a, b - a);
}

bool original_is_upper(const NormalizedText& text, std::size_t pos) {
  if (pos >= text.text.size()) return false;
  const std::size_t at = text.original_offset(pos);
  const char32_t c = code_point_at(text.original, at);
  return u_isupper(static_cast<UChar32>(c)) || u_istitle(static_cast<UChar32>(c));
}

bool original_all_upper(const NormalizedText& text, std::size_t start, std::size_t end) {
  std::string_view s = original_of(text, start, end);
  bool any = false;
  for (std::size_t i = 0; i < s.size();) {
    std::size_t len = 1;
    const auto c = static_cast<UChar32>(code_point_at(s, i, &len));
    if (u_isalpha(c)) {
      if (!u_isupper(c)) return false;
      any = true;
    }
    i += len == 0 ? 1 : len;
  }
  return any;
}

int parse_number(std::string_view text, std::size_t pos, std::size_t max_digits, std::size_t* end) {
  std::size_t i = pos;
  int v = 0;
  while (i < text.size() && text[i] >= '0' && text[i] <= '9') {
    if (i - pos == max_digits) return -1;
    v = v * 10 + (text[i] - '0');
    ++i;
  }
  if (i == pos) return -1;
  if (end) *end = i;
  return v;
}

namespace {

struct FunctionWords {
  std::vector<std::string> articles, conjunctions;
};

const FunctionWords& function_words() {
  static const FunctionWords w = [] {
    FunctionWords out;
    for (const TsvRow& row : embedded_tsv("function-words.tsv", 3)) {
      if (row.cells[0] == "article") out.articles.push_back(row.cells[2]);
      else if (row.cells[0] == "and") out.conjunctions.push_back(row.cells[2]);
      else throw FileError("data/function-words.tsv", "line " + std::to_string(row.line) + ": unknown kind '" +
                                                           row.cells[0] + "'");
    }
    return out;
  }();
  return w;
}

}  // namespace

const std::vector<std::string>& articles() { return function_words().articles; }
const std::vector<std::string>& conjunctions() { return function_words().conjunctions; }

bool is_one_of(std::string_view word, const std::vector<std::string>& words) {
  return std::find(words.begin(), words.end(), word) != words.end();
}

}  // namespace unxref::detect
