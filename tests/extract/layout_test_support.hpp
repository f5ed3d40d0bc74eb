#pragma once
// Synthetic pages for the layout tests: text "typeset" glyph by glyph in a
// fixed-pitch font (every character half an em wide, spaces a quarter),
// so that the geometry each test relies on is visible in the test itself.
#include <string>
#include <string_view>

#include "unxref/extract/glyphs.hpp"

namespace unxref::testing {

struct Pen {
  double size = 10;
  bool bold = false;
  bool space_glyphs = true;  // draw spaces as glyphs (Word) or as gaps (TeX)
  int font = 1;
};

inline double char_width(const Pen& pen) { return 0.5 * pen.size; }

// Lays `text` out on baseline `y` from `x`; returns the x after it.
inline double type(PageGlyphs& page, std::string_view text, double x, double y, const Pen& pen = {}) {
  for (std::size_t i = 0; i < text.size();) {
    std::size_t n = 1;
    const unsigned char c = static_cast<unsigned char>(text[i]);
    if (c >= 0xF0) n = 4;
    else if (c >= 0xE0) n = 3;
    else if (c >= 0xC0) n = 2;
    const std::string ch(text.substr(i, n));
    i += n;
    if (ch == " ") {
      const double w = 0.25 * pen.size;
      if (pen.space_glyphs) page.glyphs.push_back(Glyph{" ", x, y, w, pen.size, pen.font, pen.bold, 0});
      x += w;
      continue;
    }
    page.glyphs.push_back(Glyph{ch, x, y, char_width(pen), pen.size, pen.font, pen.bold, 0});
    x += char_width(pen);
  }
  return x;
}

inline PageGlyphs letter_page(int number) {
  PageGlyphs p;
  p.number = number;
  p.width = 612;
  p.height = 792;
  return p;
}

}  // namespace unxref::testing
