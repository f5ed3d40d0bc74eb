#pragma once
// The geometric model between positioned glyphs and Document blocks:
// glyphs -> words -> lines -> (column flows) -> blocks. Every unit keeps its
// bounding box so that layout decisions are small functions over boxes.
// Private to the extract stage.
#include <string>
#include <vector>

#include "unxref/extract/document.hpp"
#include "unxref/extract/glyphs.hpp"

namespace unxref::layout {

struct Word {
  std::string text;
  Box box;
  double baseline = 0;
  double size = 0;  // largest glyph size in the word
  bool bold = false;
  // A raised, smaller run after normal text: a footnote marker or an exponent.
  bool superscript = false;
};

struct Line {
  std::vector<Word> words;  // left to right
  Box box;
  double baseline = 0;
  double size = 0;  // size of the line's normal (non-superscript) text
  bool bold = false;  // every normal word is bold
  Role role = Role::body;  // masthead / header_footer / footnote once classified
  int rotation = 0;        // quarter turns; rotated lines are laid out apart

  // Words joined by single spaces.
  std::string text() const;
  // Words joined by single spaces, with two spaces where the horizontal gap is
  // wider than a tab stop, so that side-by-side fields stay apart ("Security
  // Council  Distr.: General").
  std::string text_with_fields() const;
  std::size_t char_count() const;
};

struct PageLines {
  int number = 1;
  double width = 0, height = 0;
  std::vector<Line> lines;  // top to bottom
};

// Glyph box in display space: the interpreter gives only baseline and size,
// so ascent and descent are a fixed share of the size.
inline constexpr double kAscent = 0.8;
inline constexpr double kDescent = 0.2;

Box unite(const Box& a, const Box& b);
// Recomputes box, baseline, size and bold from the words.
void refresh_line(Line& line);

}  // namespace unxref::layout
