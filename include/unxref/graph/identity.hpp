#pragma once
// Who a corpus document is: the id, symbol and year it gets in the graph.
//
// A document whose UN symbol is known must land on the same vertex as the
// citations of that symbol, so the symbol is looked for in several places,
// in order of trust: the manifest, the masthead, a leading
// "Resolution N (YYYY)" line (Security Council resolutions print no
// masthead), and finally the file name ("S_RES_0687_1991_EN.txt",
// "A_RES_72_1.pdf", "S_2019_179-EN.pdf").
#include <optional>
#include <string>
#include <string_view>

namespace unxref {

// The year a canonical symbol implies, 0 when it implies none:
// S/RES/2331(2016) -> 2016; A/RES/72/1 -> 2017 (session N opened in 1945+N);
// A/RES/2200(XXI) -> 1966; E/RES/2006/27 -> 2006; S/2019/179 -> 2019;
// A/72/L.1 -> 2017. Human Rights Council sessions (several a year) and
// emergency special sessions give 0.
int year_from_symbol(std::string_view canonical);

// "Resolution 687 (1991)" / "RESOLUTION 761 (1992) ..." at the start of
// `first_line` -> "S/RES/687(1991)". Security Council resolutions are the
// only ones numbered with a year in brackets, so the series is implied.
std::optional<std::string> symbol_from_leading_line(std::string_view first_line);

// A symbol spelled in a file name with '_' for '/', leading zeros and a
// trailing language/variant tag: "S_RES_0687_1991_EN_GOLD" ->
// "S/RES/687(1991)", "A_RES_72_1" -> "A/RES/72/1", "S_2019_179-EN" ->
// "S/2019/179". `stem` is the file name without extension.
std::optional<std::string> symbol_from_file_name(std::string_view stem);

}  // namespace unxref
