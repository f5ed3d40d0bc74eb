#pragma once
// Glyphs of one text line -> words.
#include <vector>

#include "extract/layout/model.hpp"

namespace unxref::layout {

// True for glyphs that only show white space (space, no-break space, tab):
// they separate words and are not part of any.
bool is_space_glyph(const Glyph& g);

// `glyphs` are the glyphs of one line, sorted left to right; `line_size` and
// `line_baseline` describe the line's normal text. Words break at space
// glyphs, at horizontal gaps wider than a word space and where raised, smaller
// text (a footnote marker) starts or ends. Glyphs drawn twice at the same spot
// (fake bold) count once.
std::vector<Word> split_words(const std::vector<const Glyph*>& glyphs, double line_size,
                              double line_baseline);

}  // namespace unxref::layout
