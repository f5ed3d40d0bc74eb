#include "detect/resolutions_lexicon.hpp"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <stdexcept>

#include "detect/normalize.hpp"
#include "unxref/core/tsv.hpp"

namespace unxref::detect {
namespace {

UChar32 code_point_at(std::string_view s, std::size_t pos) {
  if (pos >= s.size()) return -1;
  const auto* p = reinterpret_cast<const std::uint8_t*>(s.data());
  auto i = static_cast<int32_t>(pos);
  UChar32 c;
  U8_NEXT(p, i, static_cast<int32_t>(s.size()), c);
  return c;
}

UChar32 code_point_before(std::string_view s, std::size_t pos) {
  if (pos == 0 || pos > s.size()) return -1;
  const auto* p = reinterpret_cast<const std::uint8_t*>(s.data());
  auto i = static_cast<int32_t>(pos);
  UChar32 c;
  U8_PREV(p, 0, i, c);
  return c;
}

bool word_char(UChar32 c) {
  if (c < 0x80) return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
  return u_isalnum(c) || u_charType(c) == U_NON_SPACING_MARK || u_charType(c) == U_COMBINING_SPACING_MARK;
}

// CJK text has no spaces between words, so no boundary applies there.
bool needs_boundary(UChar32 c) { return word_char(c) && c < 0x2E80; }

Organ organ_code(std::string_view v, const std::filesystem::path& source, const TsvRow& row) {
  if (v == "GA") return Organ::ga;
  if (v == "SC") return Organ::sc;
  if (v == "ECOSOC") return Organ::ecosoc;
  if (v == "HRC") return Organ::hrc;
  if (v == "CHR") return Organ::chr;
  if (v == "COUNCIL") return Organ::council;
  if (v == "ASSEMBLY") return Organ::assembly;
  if (v == "OTHER") return Organ::other;
  throw_row_error(source, row, "unknown organ code '" + std::string(v) + "'");
}

std::string normalized(std::string_view s) {
  std::string out = normalize(s).text;
  while (!out.empty() && out.back() == ' ') out.pop_back();
  while (!out.empty() && out.front() == ' ') out.erase(out.begin());
  return out;
}

}  // namespace

bool letter_at(std::string_view text, std::size_t pos) { return word_char(code_point_at(text, pos)); }
bool spaced_letter_before(std::string_view text, std::size_t pos) { return needs_boundary(code_point_before(text, pos)); }
bool letter_before(std::string_view text, std::size_t pos) { return word_char(code_point_before(text, pos)); }

std::size_t match_phrase(std::string_view text, std::size_t pos, std::string_view phrase) {
  if (phrase.empty() || pos >= text.size() || text[pos] != phrase[0]) return 0;
  // Inside an ASCII word: the boundary test below would refuse it anyway,
  // and callers try every position of a window.
  const auto ascii_alnum = [](char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'); };
  if (pos > 0 && ascii_alnum(phrase[0]) && ascii_alnum(text[pos - 1])) return 0;
  std::size_t i = pos;
  for (std::size_t k = 0; k < phrase.size(); ++k) {
    if (phrase[k] == '*') {
      while (i < text.size() && letter_at(text, i)) {
        auto b = static_cast<unsigned char>(text[i]);
        i += b < 0x80 ? 1 : b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : 2;
      }
      continue;
    }
    if (i >= text.size() || text[i] != phrase[k]) return 0;
    ++i;
  }
  // Boundaries last: they cost a decode, and most candidates fail on bytes.
  // Only a letter of a spaced script continues a word: "日S-19/1" starts one.
  if (needs_boundary(code_point_at(phrase, 0)) && needs_boundary(code_point_before(text, pos))) return 0;
  if (phrase.back() != '*' && needs_boundary(code_point_before(phrase, phrase.size())) &&
      needs_boundary(code_point_at(text, i)))
    return 0;
  return i - pos;
}

int match_any(std::string_view text, std::size_t pos, const PhraseList& phrases, std::size_t* length) {
  int best = -1;
  std::size_t best_len = 0;
  if (pos >= text.size()) {
    if (length) *length = 0;
    return -1;
  }
  for (std::size_t i : phrases.starting_with(static_cast<unsigned char>(text[pos]))) {
    std::size_t n = match_phrase(text, pos, phrases[i].text);
    if (n > best_len) {
      best_len = n;
      best = static_cast<int>(i);
    }
  }
  if (length) *length = best_len;
  return best;
}

ResolutionLexicon ResolutionLexicon::from_rows(const std::vector<TsvRow>& rows, const std::filesystem::path& source) {
  ResolutionLexicon lex;
  for (const TsvRow& row : rows) {
    const std::vector<std::string>& cols = row.cells;
    if (cols[2].empty()) throw_row_error(source, row, "expected kind, language and phrase separated by tabs");
    const std::string& kind = cols[0];
    Phrase ph{normalized(cols[2]), cols.size() > 3 ? std::string(cols[3]) : std::string()};
    if (kind == "cue") {
      lex.cues.push_back({ph.text, ph.value == "before"});
    } else if (kind == "prefix") {
      lex.prefixes.push_back(ph.text);
    } else if (kind == "organ") {
      lex.organs.emplace_back(ph, organ_code(ph.value, source, row));
    } else if (kind == "opening") {
      lex.openings.emplace_back(ph, organ_code(ph.value, source, row));
    } else if (kind == "number") {
      lex.number_signs.push_back(ph);
    } else if (kind == "and") {
      lex.separators.push_back(ph);
    } else if (kind == "datelead") {
      lex.date_leads.push_back(ph);
    } else if (kind == "month") {
      lex.months.push_back(ph);
      // Arabic months pair two names with a slash, and texts often space it
      // ("تموز/ يوليه") or leave it out ("تشرين الثاني نوفمبر").
      if (const std::size_t slash = ph.text.find('/'); slash != std::string::npos) {
        lex.months.push_back({ph.text.substr(0, slash + 1) + " " + ph.text.substr(slash + 1), ph.value});
        lex.months.push_back({ph.text.substr(0, slash) + " " + ph.text.substr(slash + 1), ph.value});
      }
    } else if (kind == "pinlink") {
      lex.pin_links.push_back(ph);
    } else if (kind == "pinpoint") {
      lex.pinpoints.push_back(ph);
    } else if (kind == "possessive") {
      lex.possessives.push_back(ph);
    } else if (kind == "session") {
      if (ph.value != "special" && ph.value != "emergency" && ph.value != "regular")
        throw_row_error(source, row, "a session is special, emergency or regular");
      lex.sessions.push_back(ph);
    } else if (kind == "part") {
      if (ph.value.size() != 1 || ph.value[0] < 'A' || ph.value[0] > 'Z')
        throw_row_error(source, row, "a part's value is one letter A-Z");
      lex.parts.push_back(ph);
    } else if (kind == "ordinal") {
      if (ph.value.empty() || ph.value.find_first_not_of("IVXL") != std::string::npos)
        throw_row_error(source, row, "an ordinal's value is a Roman numeral");
      lex.ordinals.push_back(ph);
    } else if (kind == "range") {
      lex.ranges.push_back(ph);
    } else if (kind == "datetail") {
      lex.date_tails.push_back(ph);
    } else if (kind == "titlelead") {
      lex.title_leads.push_back(ph);
    } else if (kind == "topic") {
      lex.topics.push_back(ph);
    } else if (kind == "pinframe") {
      if (ph.text.find('#') == std::string::npos)
        throw_row_error(source, row, "a pinframe needs a '#'");
      lex.pin_frames.push_back(ph);
    } else {
      throw_row_error(source, row, "unknown kind '" + kind + "'");
    }
  }
  return lex;
}

const ResolutionLexicon& ResolutionLexicon::builtin() {
  static const ResolutionLexicon lex = from_rows(embedded_tsv("resolution-cues.tsv", 3), "data/resolution-cues.tsv");
  return lex;
}

}  // namespace unxref::detect
