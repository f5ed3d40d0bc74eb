#pragma once
// The 256-entry code -> text tables of simple (one byte per code) fonts.
#include <array>
#include <optional>
#include <string>
#include <string_view>

namespace unxref::pdf {

using CodeTexts = std::array<std::string, 256>;

// Standard, WinAnsi, MacRoman, MacExpert, Symbol, ZapfDingbats or PDFDoc
// by their /Encoding names; nullopt for other names.
std::optional<CodeTexts> base_encoding(std::string_view name);

// Width in 1/1000 em of a glyph of one of the 14 standard fonts (also under
// the usual aliases: Arial, TimesNewRoman, CourierNew), from PoDoFo's
// built-in metrics: Symbol and ZapfDingbats by `code`, the others by the
// character the font's encoding gives the code (`encoded_text`). nullopt
// when the font or glyph is unknown.
std::optional<double> base14_width(std::string_view base_font, unsigned char code, std::string_view encoded_text);

// True for the standard fonts whose built-in encoding is not Standard.
bool is_symbolic_base14(std::string_view base_font);

}  // namespace unxref::pdf
