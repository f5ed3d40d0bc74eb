#pragma once
// Column gutters and the reading order of a page's body lines.
#include <vector>

#include "extract/layout/model.hpp"

namespace unxref::layout {

// A vertical band of white space that separates columns over a run of lines.
struct Gutter {
  double x = 0;                     // where lines are cut
  std::size_t first = 0, last = 0;  // line indexes (inclusive) it separates
};

// Finds gutters among `lines` (top to bottom, horizontal text): an x where a
// run of consecutive lines has no ink while at least three lines have a
// column's worth of text on each side. Indented list labels and tab stops do
// not qualify: the text beside a gutter must be several words wide.
std::vector<Gutter> find_gutters(const std::vector<Line>& lines, double body_size);

// Cuts the lines into reading-order flows: full-width stretches and, where
// gutters are found, each column top to bottom, left column first.
std::vector<std::vector<Line>> column_flows(const std::vector<Line>& lines, double body_size);

}  // namespace unxref::layout
