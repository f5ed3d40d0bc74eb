#include "detect/resolutions_numbers.hpp"

#include <unicode/uchar.h>

#include <algorithm>

#include "detect/registry_matching.hpp"

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

bool roman_letters(std::string_view s) {
  return !s.empty() && s.size() <= 7 &&
         std::all_of(s.begin(), s.end(), [](char c) { return c == 'i' || c == 'v' || c == 'x' || c == 'l'; });
}

std::string upper(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = static_cast<char>(c >= 'a' && c <= 'z' ? c - 32 : c);
  return out;
}

// The session mark at `pos` ("es-", "s-", "دإ-"), its kind and length. Arabic
// may glue "and" to it ("ودإ-25/1").
const Phrase* session_mark_at(std::string_view s, const ResolutionLexicon& lex, std::size_t pos, std::size_t* len) {
  static constexpr std::string_view kWaw = "\xD9\x88";
  const bool after_waw = pos >= kWaw.size() && s.compare(pos - kWaw.size(), kWaw.size(), kWaw) == 0 &&
                         !spaced_letter_before(s, pos - kWaw.size());
  if (!after_waw) {
    const int k = match_any(s, pos, lex.sessions, len);
    return k < 0 ? nullptr : &lex.sessions[static_cast<std::size_t>(k)];
  }
  const Phrase* best = nullptr;
  for (const Phrase& mark : lex.sessions)
    if (s.compare(pos, mark.text.size(), mark.text) == 0 && (!best || mark.text.size() > best->text.size())) best = &mark;
  if (best) *len = best->text.size();
  return best;
}

// "(2016)", "(xxi)", "(es-iv)", "(د-15)", "(October 2023)" at pos; fills
// year or roman, returns the length.
std::size_t parenthesised(std::string_view s, const ResolutionLexicon& lex, std::size_t pos, int* year,
                          std::string* roman) {
  if (pos >= s.size() || s[pos] != '(') return 0;
  std::size_t close = s.find(')', pos);
  if (close == std::string_view::npos || close - pos > 24) return 0;
  std::string_view inner = s.substr(pos + 1, close - pos - 1);
  // "(October 2023)": a month first.
  if (const std::size_t space = inner.rfind(' '); space != std::string_view::npos && inner.size() - space == 5 &&
      space >= 3 && std::all_of(inner.begin(), inner.begin() + static_cast<std::ptrdiff_t>(space),
                               [](char c) { return c >= 'a' && c <= 'z'; }))
    inner.remove_prefix(space + 1);
  if (inner.size() == 4 && std::all_of(inner.begin(), inner.end(), digit)) {
    *year = value(inner, 0, 4);
    return plausible_year(*year) ? close + 1 - pos : 0;
  }
  if (close - pos > 16) return 0;
  std::string prefix;
  std::size_t mark = 0;
  if (const Phrase* session = session_mark_at(s, lex, pos + 1, &mark)) {
    prefix = session->value == "emergency" ? "ES-" : session->value == "special" ? "S-" : "";
    inner.remove_prefix(mark);
    // "(د-15)": a session in Arabic numerals; "(s-iv)", "(es-v)" in Roman ones.
    if (const std::size_t d = digits(inner, 0, 2); d > 0 && d == inner.size()) {
      const int n = value(inner, 0, d);
      if (n == 0) return 0;
      *roman = prefix + roman_numeral(n);
      return close + 1 - pos;
    }
    if (!roman_letters(inner)) return 0;
    *roman = prefix + upper(inner);
    return close + 1 - pos;
  }
  if (!roman_letters(inner)) return 0;
  *roman = upper(inner);
  return close + 1 - pos;
}

// What may follow a lettered part: the end, punctuation, a list word
// ("and", "to"), a date ("of", "du", "от"), a session "(XXII)" or the
// Chinese 号. Anything else makes "A" the article and "I" the pronoun.
bool part_context(std::string_view s, const ResolutionLexicon& lex, std::size_t end) {
  const std::size_t k = skip_space(s, end);
  if (k >= s.size()) return true;
  const char c = s[k];
  if (c == ',' || c == ';' || c == ':' || c == '.' || c == ')' || c == ']' || c == '(' || c == '"') return true;
  for (std::string_view mark : {"\xD8\x8C", "\xE3\x80\x81", "\xE5\x8F\xB7", "\xE2\x80\x9D", "\xC2\xBB"})  // ، 、 号 ” »
    if (s.compare(k, mark.size(), mark) == 0) return true;
  std::size_t len = 0;
  for (const PhraseList* words : {&lex.separators, &lex.date_leads, &lex.ranges, &lex.title_leads, &lex.topics})
    if (match_any(s, k, *words, &len) >= 0) return true;
  // A footnote marker glued to the letter's clause: "50/70 O,1".
  return digit(c) && end == k;
}

// A part's name or letter at `pos` (index in lex.parts), or -1. No word
// boundary is asked for before it: Arabic glues "and" to it ("وباء").
int part_name_at(std::string_view s, const ResolutionLexicon& lex, std::size_t pos, std::size_t* len) {
  for (std::size_t k = 0; k < lex.parts.size(); ++k) {
    const std::string& name = lex.parts[k].text;
    if (s.compare(pos, name.size(), name) == 0 && !letter_at(s, pos + name.size())) {
      *len = name.size();
      return static_cast<int>(k);
    }
  }
  return -1;
}

// A lettered part at `pos`. `sentence_end`: a full stop may close it
// ("60/147 A and B."), which only a list that already has a lettered part
// asks for: after a number alone "B." is as likely an initial.
PartLetter part_at(const NormalizedText& t, const ResolutionLexicon& lex, std::size_t pos, bool sentence_end) {
  const std::string_view s = t.text;
  if (pos >= s.size()) return {};
  const auto stops = [&](std::size_t e) {
    if (e >= s.size()) return false;
    const char c = s[e];
    if (c == '.' && sentence_end && (e + 1 == s.size() || s[e + 1] == ' ')) return false;
    // Chinese puts 号 right after the letter ("第49/75 K号"): no word goes on there.
    const bool spaced_letter = letter_at(s, e) && code_point_at(s, e) < 0x2E80;
    // "51/211 A-E" (hyphens of every kind fold to '-'): a range of parts,
    // one capital after the hyphen; "A-level", "A-/..." go on as words.
    const bool range = c == '-' && e + 1 < s.size() && s[e + 1] >= 'a' && s[e + 1] <= 'z' && !letter_at(s, e + 2) &&
                       t.original[t.original_offset(e + 1)] >= 'A' && t.original[t.original_offset(e + 1)] <= 'Z';
    if (range) return false;
    return spaced_letter || digit(c) || c == '/' || c == '.' || c == '-' || c == '\'';
  };
  if (s[pos] >= 'a' && s[pos] <= 'z') {
    const char orig = t.original[t.original_offset(pos)];
    if (orig < 'A' || orig > 'Z') return {};
    std::size_t end = pos + 1;
    // "53/77 AA": the Assembly doubles the letter past Z.
    if (end < s.size() && s[end] == s[pos] && t.original[t.original_offset(end)] == orig) ++end;
    if (stops(end) || !part_context(s, lex, end)) return {};
    return {std::string(end - pos, orig), end};
  }
  std::size_t len = 0;
  const int k = part_name_at(s, lex, pos, &len);
  if (k < 0) return {};
  const std::string& letter = lex.parts[static_cast<std::size_t>(k)].value;
  std::size_t end = pos + len;
  // Cyrillic look-alikes have case: "В" is a part, "в" the preposition.
  const char32_t c = code_point_at(t.original, t.original_offset(pos));
  const bool cased = u_isULowercase(static_cast<UChar32>(c)) || u_isUUppercase(static_cast<UChar32>(c));
  if (cased) {
    if (!u_isUUppercase(static_cast<UChar32>(c)) || stops(end) || !part_context(s, lex, end)) return {};
    return {letter, end};
  }
  // Arabic writes the letter's name, and doubles it past Z: "ألف ألف".
  std::string letters = letter;
  const std::size_t again = skip_space(s, end);
  std::size_t len2 = 0;
  if (again > end && part_name_at(s, lex, again, &len2) == k) {
    letters += letter;
    end = again + len2;
  }
  return {letters, end};
}

// The text after a number must not continue it ("61/180/Add.1", "2331a").
bool clean_end(std::string_view s, std::size_t pos) {
  if (pos >= s.size()) return true;
  if (digit(s[pos]) || s[pos] == '/') return false;
  return !(s[pos] >= 'a' && s[pos] <= 'z');
}

}  // namespace

std::string roman_numeral(int n) {
  static constexpr std::string_view tens[] = {"", "X", "XX", "XXX", "XL", "L", "LX", "LXX", "LXXX", "XC"};
  static constexpr std::string_view ones[] = {"", "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX"};
  if (n <= 0 || n > 99) return {};
  return std::string(tens[n / 10]) + std::string(ones[n % 10]);
}

std::optional<ResolutionNumber> parse_resolution_number(const NormalizedText& t, const ResolutionLexicon& lex,
                                                        std::size_t pos, bool in_list) {
  const std::string_view s = t.text;
  if (pos >= s.size()) return std::nullopt;
  if (pos > 0 && (digit(s[pos - 1]) || s[pos - 1] == '/' || s[pos - 1] == '.')) return std::nullopt;
  ResolutionNumber n;
  n.start = pos;
  // "ES-11/1" (emergency special session), "S-14/1" (special session), Arabic "دإ-27/2".
  std::size_t lead = 0;
  if (const Phrase* session = session_mark_at(s, lex, pos, &lead); session && session->value != "regular") {
    std::size_t a = digits(s, pos + lead, 2);
    if (a == 0 || pos + lead + a >= s.size() || s[pos + lead + a] != '/') return std::nullopt;
    std::size_t b = digits(s, pos + lead + 1 + a, 3);
    if (b == 0 || !clean_end(s, pos + lead + 1 + a + b)) return std::nullopt;
    n.form = session->value == "emergency" ? ResolutionNumber::Form::emergency : ResolutionNumber::Form::special;
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
    // "resolution 75/1913": no session of the Assembly reaches a thousand
    // resolutions; a footnote marker is glued to "75/191".
    const bool glued_marker = b == 4 && n.first >= 31 && n.first <= 199;
    if (glued_marker) b = 3;
    n.second = value(s, p + 1, b);
    n.end = p + 1 + b;
    if (n.end < s.size() && s[n.end] == '.' && n.end + 1 < s.size() && digit(s[n.end + 1])) return std::nullopt;
    if (!(glued_marker ? clean_end(s, n.end + 1) : clean_end(s, n.end))) return std::nullopt;
    n.form = ResolutionNumber::Form::session_number;
    std::size_t q = skip_space(s, n.end);
    if (q > n.end) {
      if (PartLetter part = part_at(t, lex, q, in_list); !part.letters.empty()) {
        n.part = std::move(part.letters);
        n.end = part.end;
      }
    }
    return n;
  }
  // "2331 (2016)", "2200 A (XXI)", "661 (1990)" after a line break, or
  // after the emphasis marks of Markdown ("**Resolution 2699** (October 2023)").
  std::size_t q = p;
  for (int marks = 0; marks < 3 && q < s.size() && (s[q] == '*' || s[q] == '_'); ++marks) ++q;
  q = skip_space(s, q);
  PartLetter part = part_at(t, lex, q, false);
  if (!part.letters.empty()) q = skip_space(s, part.end);
  if (std::size_t len = parenthesised(s, lex, q, &n.year, &n.roman)) {
    if (n.year != 0) {
      // "161 A (1961)": the spec's id of a Council resolution, like that of
      // "217 A (III)", carries no part letter.
      n.form = ResolutionNumber::Form::year_number;
    } else {
      n.form = ResolutionNumber::Form::roman_session;
      n.part = std::move(part.letters);
    }
    n.end = q + len;
    return n;
  }
  // "resolution 1325": neither session nor year. Not "1.5", "3-4", "1,000".
  if (!part.letters.empty() || !clean_end(s, p)) return std::nullopt;
  if (p + 1 < s.size() && (s[p] == '.' || s[p] == ',' || s[p] == '-' || s[p] == ':') && digit(s[p + 1]))
    return std::nullopt;
  n.form = ResolutionNumber::Form::bare;
  n.end = p;
  return n;
}

PartLetter parse_part_letter(const NormalizedText& t, const ResolutionLexicon& lex, std::size_t pos) {
  return part_at(t, lex, pos, true);
}

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
  switch (n.form) {
    case Form::emergency:
      return (organ == Organ::other) ? std::string() : "A/RES/ES-" + a + "/" + b;
    case Form::special:
      if (organ == Organ::other || organ == Organ::sc) return {};
      if (organ == Organ::hrc) return "A/HRC/RES/S-" + a + "/" + b;
      return "A/RES/S-" + a + "/" + b;
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
    // Year-first numbering: ECOSOC and the former Commission on Human Rights,
    // which letter parts as the Assembly does ("2021/2 A and 2021/2 B").
    if (n.second >= 1000) return {};  // "2006/2007" is a biennium
    if (organ == Organ::chr) return "E/CN.4/RES/" + a + "/" + b + n.part;
    return "E/RES/" + a + "/" + b + n.part;
  }
  if (organ == Organ::hrc) return n.part.empty() && n.first <= 99 ? "A/HRC/RES/" + a + "/" + b : std::string();
  // The Assembly numbered resolutions session/number from its 31st session
  // (1976); earlier ones carry Roman numerals, so "24/7" is no GA resolution.
  if (n.first < 31 || n.first > 199) return {};
  return "A/RES/" + a + "/" + b + n.part;
}

}  // namespace unxref::detect
