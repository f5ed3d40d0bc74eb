#pragma once
// Small Unicode helpers for turning font codes into UTF-8 glyph text.
#include <cstdint>
#include <string>
#include <string_view>

namespace unxref::pdf {

// Appends `cp` as UTF-8, after the clean-ups every glyph text gets: Latin
// ligatures (U+FB00..FB06) become their letters, space-like characters become
// " ", C0/C1 controls and non-characters are dropped, invalid code points
// (surrogates, > U+10FFFF) become U+FFFD, so the output is always valid UTF-8.
void append_glyph_codepoint(std::string& out, char32_t cp);

// Decodes big-endian UTF-16 (surrogate pairs joined, lone surrogates replaced)
// and appends it through append_glyph_codepoint().
void append_utf16be(std::string& out, std::string_view bytes);

// Unicode for a PostScript glyph name: uniXXXX[XXXX...], uXXXX[XX], the Adobe
// Glyph List names PoDoFo knows, "f_i"-style ligature names and ".suffix"
// variants. Returns "" for names without a meaning (".notdef", "g123").
std::string glyph_name_to_utf8(std::string_view name);

}  // namespace unxref::pdf
