// Scale and hostile input: glyphs in any order and any number give the same
// text in near-linear time, and nonsense geometry never crashes or hangs.
#include <gtest/gtest.h>

#include <algorithm>
#include <random>

#include "extract/layout_test_support.hpp"
#include "unxref/extract/glyphs.hpp"

namespace unxref {
namespace {

using unxref::testing::type;

std::string line_text(int page, int row) {
  std::string s = "page " + std::to_string(page) + " row " + std::to_string(row);
  while (s.size() < 80) s += " lorem ipsum dolor";
  return s.substr(0, 80);
}

TEST(LayoutScale, ShuffledGlyphsOfManyPagesReadInOrder) {
  constexpr int kPages = 100, kRows = 45;
  std::mt19937 rng(7);
  PdfContent c;
  std::string expected;
  for (int p = 1; p <= kPages; ++p) {
    PageGlyphs page = unxref::testing::letter_page(p);
    std::string para;
    for (int r = 0; r < kRows; ++r) {
      std::string t = line_text(p, r);
      while (t.back() == ' ') t.pop_back();
      if (r + 1 == kRows) t += ".";  // each page ends its paragraph: no join across pages
      type(page, t, 72, 100 + 12 * r);
      para += (para.empty() ? "" : " ") + t;
    }
    std::shuffle(page.glyphs.begin(), page.glyphs.end(), rng);
    c.pages.push_back(std::move(page));
    expected += (expected.empty() ? "" : "\n\f\n") + para;
  }
  expected += "\n";
  // About 360,000 glyphs: something quadratic would run into CTest's
  // per-test timeout; the speed itself is measured by tools/bench-extract.sh.
  const Document doc = layout_document(std::move(c));
  EXPECT_EQ(flatten(doc).text, expected);
}

TEST(LayoutScale, GlyphSoupNeverCrashes) {
  std::mt19937 rng(11);
  std::uniform_real_distribution<double> pos(-100, 900);
  std::uniform_int_distribution<int> pick(0, 9);
  const char* texts[] = {"a", "B", " ", "", "-", "1", "\xE2\x80\xA2", "*", "\xC2\xAD", "fi"};
  const double sizes[] = {0, -4, 1e-9, 6, 10, 10, 12, 1e6, 48, 3};
  PdfContent c;
  for (int p = 1; p <= 3; ++p) {
    PageGlyphs page = unxref::testing::letter_page(p);
    for (int i = 0; i < 20000; ++i) {
      Glyph g;
      g.text = texts[pick(rng)];
      g.x = pos(rng);
      g.y = pos(rng);
      g.width = pick(rng) - 2;
      g.size = sizes[pick(rng)];
      g.rotation = pick(rng) - 3;
      g.bold = pick(rng) > 7;
      page.glyphs.push_back(g);
    }
    c.pages.push_back(std::move(page));
  }
  const Document doc = layout_document(std::move(c));
  for (const Block& b : doc.blocks) {
    EXPECT_GE(b.page, 1);
    EXPECT_LE(b.page, 3);
  }
  EXPECT_EQ(doc.meta.page_count, 3);
}

}  // namespace
}  // namespace unxref
