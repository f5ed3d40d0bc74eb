#pragma once
// The grammar of UN document symbols ("A/RES/72/1", "S/RES/2331 (2016)",
// "A/53/500/Add.1", "E/CN.15/2017/L.5", "FCCC/CP/2015/10/Add.1",
// "A/CONF.157/24 (Part I)", "ICCD/COP(13)/21"), shared by the masthead reader
// and the citation detector. A grammar over '/'-separated components and a
// registry of series (data/symbol-series.tsv), not a loose regex.
#include <optional>
#include <span>
#include <string>
#include <string_view>

namespace unxref {

struct SymbolOptions {
  // Also read symbols written all in lower case ("s/1994/565"); mixed case
  // outside the known words ("A/Res/72/1") is never a symbol, and neither is
  // "a/2".
  bool lower_case = false;
};

// Canonical form per ../shared/spec/citation-ids.md: upper case, no spaces,
// "S/RES/2331(2016)", "A/RES/57/270B", "A/RES/2200(XXI)",
// "A/CONF.157/24(PARTI)", "NPT/CONF.2000/28(PARTSIANDII)". nullopt when
// `written` is not a well-formed symbol.
std::optional<std::string> canonical_un_symbol(std::string_view written, SymbolOptions options = {});

// Byte length of the longest well-formed symbol starting at `text` (0 if none),
// allowing the spellings found in prose: "A/Res/72/1", "S/RES/2331 (2016)",
// "A/79/6 (Sect. 8)", "A/RES/72/ 1" (a break after a slash).
std::size_t match_un_symbol(std::string_view text, SymbolOptions options = {});

// The series a symbol may start with ("A", "S", "E", "CEDAW", "FCCC", ...),
// upper case.
std::span<const std::string> un_symbol_series();
// What a symbol opens with, up to the character after its series: "A/",
// "GC.", "GC(", "UNEP(": the literal cues a scanner looks for.
std::span<const std::string> un_symbol_openings();

}  // namespace unxref
