#pragma once
// The grammar of UN document symbols ("A/RES/72/1", "S/RES/2331 (2016)",
// "A/53/500/Add.1", "E/CN.15/2017/L.5"), shared by the masthead reader and
// the citation detector. A real grammar over '/'-separated components and a
// registry of series prefixes, not a loose regex.
#include <optional>
#include <span>
#include <string>
#include <string_view>

namespace unxref {

// Canonical form per ../shared/spec/citation-ids.md: upper case, no spaces,
// "Add."/"Rev."/"Corr." upper-cased, "S/RES/2331(2016)", "A/RES/57/270B",
// "A/RES/2200(XXI)". nullopt when `written` is not a well-formed symbol.
std::optional<std::string> canonical_un_symbol(std::string_view written);

// Byte length of the longest well-formed symbol starting at `text` (0 if none),
// allowing the spellings found in prose: "A/Res/72/1", "S/RES/2331 (2016)".
std::size_t match_un_symbol(std::string_view text);

// The series prefixes a symbol may start with ("A", "S", "E", "CEDAW", ...),
// upper case.
std::span<const std::string_view> un_symbol_series();

}  // namespace unxref
