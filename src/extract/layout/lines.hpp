#pragma once
// Glyphs of one page -> text lines.
#include <vector>

#include "extract/layout/model.hpp"

namespace unxref::layout {

// Groups the page's glyphs into lines by baseline (in any order the content
// stream drew them), pulls raised footnote markers into the line they belong
// to, and splits each line into words. Lines of horizontal text come first,
// top to bottom; rotated text follows as lines of its own.
std::vector<Line> build_lines(const PageGlyphs& page);

}  // namespace unxref::layout
