#pragma once
// The forms a resolution number takes in prose, and the canonical symbol
// each form gives for a given organ (../shared/spec/citation-ids.md).
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "detect/normalize.hpp"
#include "detect/resolutions_lexicon.hpp"

namespace unxref::detect {

struct ResolutionNumber {
  // bare: a number with neither session nor year ("resolution 1325"); its
  // year comes from the Security Council's numbering (sc_year_of) or from a
  // full mention of the same number.
  enum class Form { session_number, year_number, roman_session, emergency, special, bare } form{};
  std::size_t start = 0, end = 0;  // normalised offsets
  int first = 0;                   // session or number before the slash / parenthesis
  int second = 0;                  // number after the slash (session_number, emergency, special)
  int year = 0;                    // year_number: "2331 (2016)"
  std::string roman;               // roman_session: "XXI", "S-IV", "ES-V"
  std::string part;                // lettered part: "B" in "57/270 B", "AA" in "53/77 AA"
};

// A lettered part at `pos` ("B", "AA", Cyrillic "В", Arabic "باء") and where it ends.
struct PartLetter {
  std::string letters;  // upper-case Latin; empty when there is none
  std::size_t end = 0;
};

// The number written at `pos` in the normalised text, or nullopt. The case
// of a lettered part is read from the original text ("57/270 B", never the
// article in "61/180 a new").
// `in_list`: the number follows another in a list, so that a full stop may
// close its part letter ("75/253 B and 75/253 C."); alone, "B." is as likely
// an initial.
std::optional<ResolutionNumber> parse_resolution_number(const NormalizedText& text, const ResolutionLexicon& lex,
                                                        std::size_t pos, bool in_list = false);

// A lone lettered part at `pos` continuing a list ("57/270 A and B"); a
// full stop may close it ("60/147 A and B.").
PartLetter parse_part_letter(const NormalizedText& text, const ResolutionLexicon& lex, std::size_t pos);

// The canonical symbol, or empty when the organ and form do not fit
// (a body without symbols, a session numbering that never existed, a bare number).
std::string resolution_target(const ResolutionNumber& n, Organ organ);

// Short-form keys linking a bare number to full mentions of the same
// resolution: "resolution 1325" (any organ) or "Security Council resolution
// 1325" to "S/RES/1325(2000)". Empty for an organ that cannot have one.
std::string bare_number_key(int number, Organ organ);
// The keys a full target answers to: {"res#1325", "res#sc#1325"} for
// "S/RES/1325(2000)"; none for targets that carry a session.
std::vector<std::string> bare_number_keys(std::string_view target);

// "XV" for 15 (1-99), for sessions written in Arabic numerals ("د-15").
std::string roman_numeral(int n);

}  // namespace unxref::detect
