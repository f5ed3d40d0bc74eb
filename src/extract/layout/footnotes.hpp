#pragma once
// Footnotes at the foot of a page.
#include "extract/layout/model.hpp"

namespace unxref::layout {

// Whether the line opens a footnote: a raised marker, or a short number or
// symbol ("1", "12.", "*", "†") followed by text.
bool starts_with_note_marker(const Line& line);

// Marks Role::footnote on the run of small-print lines at the bottom of the
// page (below all text of body size) when the run opens with a note marker.
void mark_footnotes(PageLines& page, double body_size);

}  // namespace unxref::layout
