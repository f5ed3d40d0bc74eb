#pragma once
// Headings and list items.
#include <vector>

#include "extract/layout/model.hpp"

namespace unxref::layout {

// A paragraph's lines and what it is.
struct TextBlock {
  std::vector<Line> lines;
  Box box;
  Role role = Role::body;
  int level = 0;
  double size = 0;  // size of most of its text
};

// Whether the line opens a list item: a bullet ("•", "–", "-", "*"), or a
// label ("(a)", "(iv)", "1.", "2)", "a.") set apart from the text by a tab-like
// gap or followed by text, at the start of the line.
bool starts_with_list_label(const Line& line);

// Whether the word alone reads as a list label ("(a)", "10.", "115.2.").
bool is_label_word(std::string_view word);

// Whether a line of this size and weight stands out from body text as a
// heading would.
bool looks_like_heading_line(const Line& line, double body_size);

// Sets Role::heading (with levels: the largest heading size is level 1) and
// Role::list_item on body blocks.
void assign_roles(std::vector<TextBlock*>& blocks, double body_size);

}  // namespace unxref::layout
