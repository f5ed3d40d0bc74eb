#pragma once
// Lines of one flow (a column, top to bottom) -> paragraphs.
#include <vector>

#include "extract/layout/roles.hpp"

namespace unxref::layout {

// Whether `line` starts a new paragraph after `prev` (the last line of
// `block`). `right_edge` is the flow's right margin, so a line that stops
// short of it ends its paragraph.
bool starts_new_block(const TextBlock& block, const Line& prev, const Line& line, double right_edge);

// Groups a flow's lines into blocks: a new block at a wider vertical gap, a
// change of size or weight, an indented first line, a list label, or after a
// line that stops short of the margin when the next starts like a sentence.
// With `notes` set, every line that opens with a note marker starts a block.
std::vector<TextBlock> group_blocks(const std::vector<Line>& flow, bool notes = false);

}  // namespace unxref::layout
