#pragma once
// The forms a resolution number takes in prose, and the canonical symbol
// each form gives for a given organ (../shared/spec/citation-ids.md).
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

#include "detect/normalize.hpp"
#include "detect/resolutions_lexicon.hpp"

namespace unxref::detect {

struct ResolutionNumber {
  enum class Form { session_number, year_number, roman_session, emergency } form{};
  std::size_t start = 0, end = 0;  // normalised offsets
  int first = 0;                   // session or number before the slash / parenthesis
  int second = 0;                  // number after the slash (session_number, emergency)
  int year = 0;                    // year_number: "2331 (2016)"
  std::string roman;               // roman_session: "XXI"
  char part = 0;                   // lettered part: 'B' in "57/270 B"
};

// The number written at `pos` in the normalised text, or nullopt. Case of
// a lettered part is read from the original text ("57/270 B", never the
// article in "61/180 a new").
std::optional<ResolutionNumber> parse_resolution_number(const NormalizedText& text, std::size_t pos);

// The canonical symbol, or empty when the organ and form do not fit
// (a body without symbols, a session numbering that never existed).
std::string resolution_target(const ResolutionNumber& n, Organ organ);

}  // namespace unxref::detect
