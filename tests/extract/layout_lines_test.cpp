#include <gtest/gtest.h>

#include "extract/layout/lines.hpp"
#include "extract/layout_test_support.hpp"

namespace unxref::layout {
namespace {

using unxref::testing::Pen;
using unxref::testing::type;

TEST(LayoutLines, LinesAreOrderedTopToBottomWhateverTheDrawingOrder) {
  PageGlyphs p = unxref::testing::letter_page(1);
  type(p, "third line", 72, 124);
  type(p, "first line", 72, 100);
  type(p, "second line", 72, 112);
  const std::vector<Line> lines = build_lines(p);
  ASSERT_EQ(lines.size(), 3u);
  EXPECT_EQ(lines[0].text(), "first line");
  EXPECT_EQ(lines[1].text(), "second line");
  EXPECT_EQ(lines[2].text(), "third line");
}

TEST(LayoutLines, BoxesSizesAndWeight) {
  PageGlyphs p = unxref::testing::letter_page(1);
  Pen heading;
  heading.size = 14;
  heading.bold = true;
  type(p, "Annex", 100, 80, heading);
  type(p, "body text", 72, 100);
  const std::vector<Line> lines = build_lines(p);
  ASSERT_EQ(lines.size(), 2u);
  EXPECT_DOUBLE_EQ(lines[0].size, 14);
  EXPECT_TRUE(lines[0].bold);
  EXPECT_FALSE(lines[1].bold);
  EXPECT_DOUBLE_EQ(lines[0].box.x0, 100);
  EXPECT_DOUBLE_EQ(lines[0].box.x1, 100 + 5 * 7);
  EXPECT_NEAR(lines[0].box.y0, 80 - 0.8 * 14, 1e-9);
  EXPECT_NEAR(lines[0].box.y1, 80 + 0.2 * 14, 1e-9);
}

TEST(LayoutLines, SmallBaselineJitterStaysOnOneLine) {
  PageGlyphs p = unxref::testing::letter_page(1);
  type(p, "Distr.:", 400, 100.4);
  type(p, "General", 440, 100);
  const std::vector<Line> lines = build_lines(p);
  ASSERT_EQ(lines.size(), 1u);
  EXPECT_EQ(lines[0].text(), "Distr.: General");
}

// Glyph::rotation counts clockwise quarter turns: 3 runs up the page, 1 runs
// down it (as the interpreter reports Tm [0 1 -1 0] and [0 -1 1 0]). Both
// read in their own direction, never reversed ("FEI RB NOITAMROFNI").
TEST(LayoutLines, RotatedTextIsKeptApartAndReadAlongItsDirection) {
  PageGlyphs p = unxref::testing::letter_page(1);
  type(p, "body", 72, 100);
  double y = 500;
  for (char c : std::string("margin")) {  // up the left margin
    p.glyphs.push_back(Glyph{std::string(1, c), 30, y, 5, 10, 1, false, 3});
    y -= 5;
  }
  y = 300;
  for (char c : std::string("down")) {  // down the right margin
    p.glyphs.push_back(Glyph{std::string(1, c), 580, y, 5, 10, 1, false, 1});
    y += 5;
  }
  const std::vector<Line> lines = build_lines(p);
  ASSERT_EQ(lines.size(), 3u);
  EXPECT_EQ(lines[0].text(), "body");
  EXPECT_EQ(lines[1].text(), "down");
  EXPECT_EQ(lines[1].rotation, 1);
  EXPECT_EQ(lines[2].text(), "margin");
  EXPECT_EQ(lines[2].rotation, 3);
  EXPECT_LT(lines[2].box.y0, lines[2].box.y1);
  EXPECT_NEAR(lines[2].box.y1 - lines[2].box.y0, 30, 1e-6);
  EXPECT_NEAR(lines[1].box.y1 - lines[1].box.y0, 20, 1e-6);
}

TEST(LayoutLines, NonFiniteGlyphsAreIgnored) {
  PageGlyphs p = unxref::testing::letter_page(1);
  type(p, "ok", 72, 100);
  p.glyphs.push_back(Glyph{"x", std::numeric_limits<double>::quiet_NaN(), 100, 5, 10, 1, false, 0});
  p.glyphs.push_back(Glyph{"y", 80, std::numeric_limits<double>::infinity(), 5, 10, 1, false, 0});
  const std::vector<Line> lines = build_lines(p);
  ASSERT_EQ(lines.size(), 1u);
  EXPECT_EQ(lines[0].text(), "ok");
}

// In two columns the baselines of the columns need not match: a note
// marker raised above a left-hand line can sit on the baseline of a
// right-hand line, and must still go with the line it decorates.
TEST(LayoutLines, MarkerStaysWithItsLineWhenTheOtherColumnsBaselineIsNearer) {
  PageGlyphs p = unxref::testing::letter_page(1);
  Pen sup;
  sup.size = 6;
  const double x = type(p, "resolution 2195 (2014).", 72, 482.6);
  type(p, "2", x, 478.2, sup);
  type(p, "It encourages", x + 6, 482.6);
  type(p, "trafficking and a refugee.", 310, 478);
  const std::vector<Line> lines = build_lines(p);
  ASSERT_EQ(lines.size(), 2u);
  EXPECT_EQ(lines[0].text(), "trafficking and a refugee.");
  EXPECT_EQ(lines[1].text(), "resolution 2195 (2014). 2 It encourages");
}

}  // namespace
}  // namespace unxref::layout
