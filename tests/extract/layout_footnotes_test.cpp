#include <gtest/gtest.h>

#include "extract/layout/footnotes.hpp"
#include "extract/layout/lines.hpp"
#include "extract/layout_test_support.hpp"

namespace unxref::layout {
namespace {

using unxref::testing::Pen;
using unxref::testing::type;

PageLines lay_out(const PageGlyphs& g) { return PageLines{g.number, g.width, g.height, build_lines(g)}; }

TEST(Footnotes, SmallPrintAtTheFootOpeningWithANumber) {
  PageGlyphs g = unxref::testing::letter_page(1);
  for (int r = 0; r < 10; ++r) type(g, "Body text of the page, line " + std::to_string(r), 72, 100 + 12 * r);
  Pen note;
  note.size = 8;
  type(g, "1 See resolution 2331 (2016), para. 3.", 72, 680, note);
  type(g, "which continues here.", 72, 690, note);
  Pen sup = note;
  sup.size = 5;
  type(g, "2", 72, 697, sup);
  type(g, "A/72/1, annex.", 76, 700, note);
  PageLines page = lay_out(g);
  mark_footnotes(page, 10);
  ASSERT_EQ(page.lines.size(), 13u);
  for (std::size_t i = 0; i < 10; ++i) EXPECT_EQ(page.lines[i].role, Role::body);
  for (std::size_t i = 10; i < 13; ++i) EXPECT_EQ(page.lines[i].role, Role::footnote) << page.lines[i].text();
  EXPECT_TRUE(starts_with_note_marker(page.lines[10]));
  EXPECT_FALSE(starts_with_note_marker(page.lines[11]));
  EXPECT_TRUE(starts_with_note_marker(page.lines[12]));  // raised marker
}

TEST(Footnotes, NumberPrintedFlushAgainstTheNoteIsSplitOff) {
  // Office suites print the note number at full size, no space after it.
  PageGlyphs g = unxref::testing::letter_page(1);
  for (int r = 0; r < 10; ++r) type(g, "Body text of the page, line " + std::to_string(r), 72, 100 + 12 * r);
  Pen note;
  note.size = 8;
  type(g, "1See resolution 64/293.", 72, 700, note);
  type(g, "12Security Council resolution 2331 (2016).", 72, 710, note);
  PageLines page = lay_out(g);
  mark_footnotes(page, 10);
  ASSERT_EQ(page.lines.size(), 12u);
  EXPECT_EQ(page.lines[10].role, Role::footnote);
  EXPECT_EQ(page.lines[10].text(), "1 See resolution 64/293.");
  EXPECT_EQ(page.lines[11].text(), "12 Security Council resolution 2331 (2016).");
  EXPECT_LE(page.lines[11].words[0].box.x1, page.lines[11].words[1].box.x0);
}

TEST(Footnotes, SmallTextWithoutMarkerIsNotANote) {
  PageGlyphs g = unxref::testing::letter_page(1);
  for (int r = 0; r < 10; ++r) type(g, "Body text line " + std::to_string(r), 72, 100 + 12 * r);
  Pen small;
  small.size = 8;
  type(g, "Source: Secretariat calculations.", 72, 680, small);
  PageLines page = lay_out(g);
  mark_footnotes(page, 10);
  for (const Line& l : page.lines) EXPECT_EQ(l.role, Role::body) << l.text();
}

TEST(Footnotes, APageAllInSmallPrintHasNoNotes) {
  PageGlyphs g = unxref::testing::letter_page(1);
  Pen small;
  small.size = 8;
  for (int r = 0; r < 5; ++r) type(g, std::to_string(r + 1) + " small entry", 72, 500 + 10 * r, small);
  PageLines page = lay_out(g);
  mark_footnotes(page, 10);
  for (const Line& l : page.lines) EXPECT_EQ(l.role, Role::body);
}

TEST(Footnotes, HighUpSmallTextIsNotAFootnote) {
  PageGlyphs g = unxref::testing::letter_page(1);
  type(g, "Heading", 72, 60);
  Pen small;
  small.size = 8;
  type(g, "1 small print near the top", 72, 100, small);
  PageLines page = lay_out(g);
  mark_footnotes(page, 10);
  EXPECT_EQ(page.lines[1].role, Role::body);
}

}  // namespace
}  // namespace unxref::layout
