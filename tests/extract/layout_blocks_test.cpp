#include <gtest/gtest.h>

#include "extract/layout/blocks.hpp"
#include "extract/layout/lines.hpp"
#include "extract/layout_test_support.hpp"

namespace unxref::layout {
namespace {

using unxref::testing::Pen;
using unxref::testing::type;

std::vector<std::string> block_texts(const std::vector<TextBlock>& blocks) {
  std::vector<std::string> out;
  for (const TextBlock& b : blocks) {
    std::string s;
    for (const Line& l : b.lines) s += (s.empty() ? "" : " ") + l.text();
    out.push_back(s);
  }
  return out;
}

TEST(Blocks, IndentedFirstLinesStartParagraphs) {
  // UN style: no space between paragraphs, first lines indented.
  PageGlyphs g = unxref::testing::letter_page(1);
  type(g, "Recalling its resolutions on the situation in the region and", 96, 100);
  type(g, "its statements of the President on the same situation there,", 72, 112);
  type(g, "Reaffirming its commitment to the sovereignty of the State and", 96, 124);
  type(g, "territorial integrity,", 72, 136);
  type(g, "Acting under Chapter VII of the Charter of the United Nations,", 96, 148);
  const auto texts = block_texts(group_blocks(build_lines(g)));
  ASSERT_EQ(texts.size(), 3u);
  EXPECT_TRUE(texts[0].starts_with("Recalling"));
  EXPECT_TRUE(texts[1].starts_with("Reaffirming"));
  EXPECT_TRUE(texts[2].starts_with("Acting"));
}

TEST(Blocks, VerticalGapsSizeAndWeightChangesSeparate) {
  PageGlyphs g = unxref::testing::letter_page(1);
  Pen h;
  h.size = 14;
  h.bold = true;
  type(g, "Introduction", 72, 80, h);
  type(g, "First paragraph text that fills the whole line of the column.", 72, 100);
  type(g, "still the first paragraph, to the end of the line of the col.", 72, 112);
  type(g, "Second paragraph after a blank line, also a full line of text.", 72, 136);
  const auto texts = block_texts(group_blocks(build_lines(g)));
  ASSERT_EQ(texts.size(), 3u);
  EXPECT_EQ(texts[0], "Introduction");
  EXPECT_TRUE(texts[1].ends_with("col."));
}

TEST(Blocks, ListItemsAndHangingContinuations) {
  PageGlyphs g = unxref::testing::letter_page(1);
  type(g, "(a)", 96, 100);
  type(g, "The first item, which is long enough to wrap onto a second", 120, 100);
  type(g, "line aligned with the text of the item above it;", 120, 112);
  type(g, "(b)", 96, 124);
  type(g, "The second item.", 120, 124);
  const auto texts = block_texts(group_blocks(build_lines(g)));
  ASSERT_EQ(texts.size(), 2u);
  EXPECT_EQ(texts[0].substr(0, 13), "(a) The first");
  EXPECT_TRUE(texts[0].ends_with("above it;"));
  EXPECT_EQ(texts[1], "(b) The second item.");
}

TEST(Blocks, NotesSplitAtMarkers) {
  PageGlyphs g = unxref::testing::letter_page(1);
  Pen n;
  n.size = 8;
  type(g, "1 First note", 72, 700, n);
  type(g, "continued.", 72, 709, n);
  type(g, "2 Second note.", 72, 718, n);
  const auto texts = block_texts(group_blocks(build_lines(g), true));
  ASSERT_EQ(texts.size(), 2u);
  EXPECT_EQ(texts[0], "1 First note continued.");
}

}  // namespace
// UPR reports: a paragraph number in roman type before bold text, a date
// wrapped to the start of a line, and recommendation numbers with a hanging
// indent, however close the number sits to its text.
TEST(Blocks, NumberedParagraphsKeepTheirFirstLine) {
  PageGlyphs g = unxref::testing::letter_page(1);
  Pen bold;
  bold.bold = true;
  type(g, "120.1", 72, 100);
  type(g, "Ratify the other international conventions on human rights", 108, 100, bold);
  type(g, "to which it is not a party, in particular the convention of the", 72, 112, bold);
  type(g, "workers and members of their families (Burkina Faso);", 72, 124, bold);
  type(g, "1.", 72, 148);
  type(g, "The Working Group held its fifteenth session from the date of", 100, 148);
  type(g, "21 January to 1 February 2013. The review was held at the start", 72, 160);
  type(g, "of the session.", 72, 172);
  type(g, "115.100.", 72, 196);
  type(g, "Release immediately all persons convicted for the", 118, 196);
  type(g, "exercise of their rights (Czech Republic);", 118, 208);
  const auto texts = block_texts(group_blocks(build_lines(g)));
  ASSERT_EQ(texts.size(), 3u) << ::testing::PrintToString(texts);
  EXPECT_TRUE(texts[0].starts_with("120.1 Ratify") && texts[0].ends_with("(Burkina Faso);")) << texts[0];
  EXPECT_TRUE(texts[1].starts_with("1. The") && texts[1].ends_with("session.")) << texts[1];
  EXPECT_TRUE(texts[2].starts_with("115.100. Release") && texts[2].ends_with("Republic);")) << texts[2];
}

// A footer that juts out to the right must not make the body lines look short
// (a short line followed by a capital would start a paragraph).
TEST(Blocks, OneWideLineDoesNotMoveTheRightMargin) {
  PageGlyphs g = unxref::testing::letter_page(1);
  type(g, "The delegation of France was headed by Mr. Zimeray, who was", 72, 100);
  type(g, "January 2013 the Ambassador for Human Rights. At its meeting", 72, 112);
  type(g, "Mr. Zimeray spoke of the report that the Working Group adopted.", 72, 124);
  type(g, "A second paragraph that starts after a gap of more than a line.", 72, 148);
  type(g, "A footer line set much wider than the column of text above it, far out", 72, 172);
  const auto texts = block_texts(group_blocks(build_lines(g)));
  ASSERT_GE(texts.size(), 2u);
  EXPECT_TRUE(texts[0].ends_with("adopted.")) << texts[0];
}

}  // namespace unxref::layout
