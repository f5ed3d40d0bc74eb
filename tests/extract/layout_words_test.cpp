#include <gtest/gtest.h>

#include "extract/layout/lines.hpp"
#include "extract/layout/words.hpp"
#include "extract/layout_test_support.hpp"

namespace unxref::layout {
namespace {

using unxref::testing::Pen;
using unxref::testing::type;

std::vector<std::string> words_of(const PageGlyphs& page) {
  std::vector<std::string> out;
  for (const Line& l : build_lines(page)) {
    for (const Word& w : l.words) out.push_back(w.text);
  }
  return out;
}

TEST(LayoutWords, SpaceGlyphsSeparateWords) {
  PageGlyphs p = unxref::testing::letter_page(1);
  type(p, "Recalling its resolutions", 72, 100);
  EXPECT_EQ(words_of(p), (std::vector<std::string>{"Recalling", "its", "resolutions"}));
}

TEST(LayoutWords, GapsSeparateWordsWithoutSpaceGlyphs) {
  PageGlyphs p = unxref::testing::letter_page(1);
  Pen tex;
  tex.space_glyphs = false;
  type(p, "the Security Council", 72, 100, tex);
  EXPECT_EQ(words_of(p), (std::vector<std::string>{"the", "Security", "Council"}));
}

TEST(LayoutWords, JustifiedLetterSpacingStaysInsideTheWord) {
  // Word-processor justification adds up to about a fifth of an em between
  // letters; in a line with space glyphs that is not a word break.
  PageGlyphs p = unxref::testing::letter_page(1);
  Pen pen;
  double x = type(p, "in ", 72, 100, pen);
  for (char c : std::string("particularly")) {
    x = type(p, std::string(1, c), x, 100, pen) + 0.2 * pen.size;
  }
  EXPECT_EQ(words_of(p), (std::vector<std::string>{"in", "particularly"}));
}

TEST(LayoutWords, OverprintedGlyphsCountOnce) {
  PageGlyphs p = unxref::testing::letter_page(1);
  type(p, "Bold", 72, 100);
  type(p, "Bold", 72.3, 100);  // fake bold: the same text again, shifted a little
  EXPECT_EQ(words_of(p), (std::vector<std::string>{"Bold"}));
}

TEST(LayoutWords, ContentStreamOrderDoesNotMatter) {
  PageGlyphs p = unxref::testing::letter_page(1);
  type(p, "Council", 72 + 9 * 5 + 2.5, 100);
  type(p, "Security", 72, 100);
  EXPECT_EQ(words_of(p), (std::vector<std::string>{"Security", "Council"}));
}

TEST(LayoutWords, SuperscriptMarkerIsAWordOfItsOwn) {
  PageGlyphs p = unxref::testing::letter_page(1);
  const double x = type(p, "trafficked persons", 72, 100);
  Pen small;
  small.size = 6;
  type(p, "1", x, 96, small);  // raised, smaller, no space before it
  type(p, " and", x + 3, 100);
  const std::vector<Line> lines = build_lines(p);
  ASSERT_EQ(lines.size(), 1u);
  ASSERT_EQ(lines[0].words.size(), 4u);
  EXPECT_EQ(lines[0].words[1].text, "persons");
  EXPECT_EQ(lines[0].words[2].text, "1");
  EXPECT_TRUE(lines[0].words[2].superscript);
  EXPECT_FALSE(lines[0].words[1].superscript);
  EXPECT_EQ(lines[0].text(), "trafficked persons 1 and");
}

TEST(LayoutWords, RaisedOrdinalSuffixStaysWithItsNumber) {
  PageGlyphs p = unxref::testing::letter_page(1);
  double x = type(p, "at its 7847", 72, 100);
  Pen small;
  small.size = 6;
  x = type(p, "th", x, 96, small);
  type(p, " meeting", x, 100);
  const std::vector<Line> lines = build_lines(p);
  ASSERT_EQ(lines.size(), 1u);
  EXPECT_EQ(lines[0].text(), "at its 7847th meeting");
}

TEST(LayoutWords, SpaceGlyphKinds) {
  struct Case {
    std::string text;
    bool space;
  } cases[] = {{" ", true}, {"\xC2\xA0", true}, {"\xE2\x80\x89", true}, {"", true}, {"a", false}, {"-", false}, {" a", false}};
  for (const Case& c : cases) {
    Glyph g;
    g.text = c.text;
    EXPECT_EQ(is_space_glyph(g), c.space) << "'" << c.text << "'";
  }
}

}  // namespace
}  // namespace unxref::layout
