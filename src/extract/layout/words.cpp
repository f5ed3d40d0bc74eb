#include "extract/layout/words.hpp"

#include <algorithm>
#include <cmath>

namespace unxref::layout {
namespace {

// Word gaps as a share of the font size. Lines that contain space glyphs
// separate words with them, so only a gap clearly wider than a space (a tab,
// a column gap) breaks a word there: justified text stretches letter spacing
// well past a kerning gap. Lines without space glyphs (TeX and similar) rely
// on geometry alone.
constexpr double kGapWithSpaces = 0.3;
constexpr double kGapWithoutSpaces = 0.15;
// Superscript markers: smaller and raised against the line's normal text.
constexpr double kSuperscriptShrink = 0.85;
constexpr double kSuperscriptRaise = 0.15;

bool is_superscript(const Glyph& g, double line_size, double line_baseline) {
  return g.size < kSuperscriptShrink * line_size &&
         g.y < line_baseline - kSuperscriptRaise * line_size;
}

// The same glyph painted again within a fraction of its width: fake bold or
// a shadow, not text.
bool is_overprint(const Glyph& g, const Glyph& prev) {
  return g.text == prev.text && std::abs(g.x - prev.x) < 0.15 * std::max(g.size, 1.0) &&
         std::abs(g.y - prev.y) < 0.1 * std::max(g.size, 1.0);
}

// "21st", "7847th", "2e": a raised ordinal suffix belongs to its number,
// where a raised number after a word is a note marker.
bool is_ordinal_suffix(const Word& number, const Word& sup) {
  if (number.text.empty() || sup.text.empty() || sup.text.size() > 3) return false;
  const char last = number.text.back();
  if (last < '0' || last > '9') return false;
  return std::all_of(sup.text.begin(), sup.text.end(), [](char c) { return c >= 'a' && c <= 'z'; }) &&
         sup.box.x0 - number.box.x1 < 0.1 * number.size;
}

}  // namespace

bool is_space_glyph(const Glyph& g) {
  if (g.text.empty()) return true;
  // Nearly every glyph starts with a printable ASCII byte: no space.
  const unsigned char first = static_cast<unsigned char>(g.text[0]);
  if (first > ' ' && first < 0x80) return false;
  for (std::size_t i = 0; i < g.text.size();) {
    const unsigned char c = static_cast<unsigned char>(g.text[i]);
    if (c == ' ' || c == '\t' || c == '\r' || c == '\n') {
      ++i;
    } else if (g.text.compare(i, 2, "\xC2\xA0") == 0) {  // U+00A0
      i += 2;
    } else if (g.text.compare(i, 3, "\xE2\x80\x83") == 0 || g.text.compare(i, 3, "\xE2\x80\x82") == 0 ||
               g.text.compare(i, 3, "\xE2\x80\x89") == 0 || g.text.compare(i, 3, "\xE2\x80\xAF") == 0) {
      i += 3;  // em, en, thin and narrow no-break spaces
    } else {
      return false;
    }
  }
  return true;
}

std::vector<Word> split_words(const std::vector<const Glyph*>& glyphs, double line_size,
                              double line_baseline) {
  const bool has_spaces = std::any_of(glyphs.begin(), glyphs.end(),
                                      [](const Glyph* g) { return is_space_glyph(*g); });
  const double gap_share = has_spaces ? kGapWithSpaces : kGapWithoutSpaces;

  std::vector<Word> words;
  bool open = false;  // the last word may still grow
  const Glyph* prev = nullptr;
  double prev_end = 0;
  for (const Glyph* g : glyphs) {
    if (is_space_glyph(*g)) {
      open = false;
      continue;
    }
    if (prev && is_overprint(*g, *prev)) continue;
    const bool sup = is_superscript(*g, line_size, line_baseline);
    const double size = std::max(g->size, 0.1);
    bool joins = open && !words.empty() && words.back().superscript == sup;
    if (joins) {
      const double gap = g->x - prev_end;
      joins = gap <= gap_share * std::max(size, prev->size);
    }
    const double top = g->y - kAscent * size;
    const double bottom = g->y + kDescent * size;
    const double right = g->x + std::max(g->width, 0.0);
    if (joins) {
      Word& w = words.back();
      w.text += g->text;
      w.box.x0 = std::min(w.box.x0, g->x);
      w.box.x1 = std::max(w.box.x1, right);
      w.box.y0 = std::min(w.box.y0, top);
      w.box.y1 = std::max(w.box.y1, bottom);
      w.size = std::max(w.size, size);
      w.bold = w.bold && g->bold;
    } else {
      Word w;
      w.text = g->text;
      w.box = Box{g->x, top, right, bottom};
      w.baseline = g->y;
      w.size = size;
      w.bold = g->bold;
      w.superscript = sup;
      words.push_back(std::move(w));
    }
    open = true;
    prev = g;
    prev_end = joins ? std::max(prev_end, right) : right;
  }
  // Fold ordinal suffixes back into their numbers.
  std::vector<Word> out;
  out.reserve(words.size());
  for (Word& w : words) {
    if (w.superscript && !out.empty() && !out.back().superscript && is_ordinal_suffix(out.back(), w)) {
      out.back().text += w.text;
      out.back().box.x1 = std::max(out.back().box.x1, w.box.x1);
      out.back().box.y0 = std::min(out.back().box.y0, w.box.y0);
      continue;
    }
    out.push_back(std::move(w));
  }
  return out;
}

}  // namespace unxref::layout
