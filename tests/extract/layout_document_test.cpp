// layout_document() end to end on synthetic pages: masthead, running
// headers and footers, footnotes, hyphenation and reading order together.
#include <gtest/gtest.h>

#include "extract/layout_test_support.hpp"
#include "unxref/extract/glyphs.hpp"

namespace unxref {
namespace {

using unxref::testing::Pen;
using unxref::testing::type;

PdfContent un_draft() {
  PdfContent c;
  c.meta.path = "synthetic.pdf";
  c.meta.format = "pdf";
  c.meta.title = "draft resolution";
  Pen big;
  big.size = 16;
  Pen sponsor;
  sponsor.size = 12;
  sponsor.bold = true;
  Pen note;
  note.size = 8;

  PageGlyphs p1 = unxref::testing::letter_page(1);
  type(p1, "United Nations", 72, 58, big);
  type(p1, "S/2030/12", 480, 58, big);
  type(p1, "Security Council", 72, 86, big);
  type(p1, "Distr.: General", 400, 86);
  type(p1, "3 March 2030", 400, 98);
  type(p1, "Original: English", 400, 122);
  type(p1, "Atlantis and Lemuria: draft resolution", 72, 200, sponsor);
  type(p1, "The Security Council,", 96, 230);
  type(p1, "Recalling its resolutions on the protection of victims of traf-", 96, 246);
  type(p1, "ficking in persons, in particular resolution 2331 (2016),", 72, 258);
  const double x = type(p1, "Noting the report of the Secretary-General", 96, 270);
  Pen sup;
  sup.size = 6;
  type(p1, "1", x, 266, sup);
  type(p1, "1 S/2029/100.", 72, 700, note);
  type(p1, "30-01234 (E)    030330", 72, 740);
  type(p1, "*3001234*", 72, 760);
  c.pages.push_back(p1);

  for (int n = 2; n <= 3; ++n) {
    PageGlyphs p = unxref::testing::letter_page(n);
    type(p, "S/2030/12", 72, 50);
    type(p, "Page text " + std::to_string(n) + " continues the resolution here.", 72, 100);
    type(p, std::to_string(n) + "/3", 72, 750);
    type(p, "30-01234", 480, 750);
    c.pages.push_back(p);
  }
  c.meta.page_count = 3;
  return c;
}

TEST(LayoutDocument, UnDraftEndToEnd) {
  const Document doc = layout_document(un_draft());
  EXPECT_EQ(doc.meta.symbol, "S/2030/12");
  EXPECT_EQ(doc.meta.date, "3 March 2030");
  EXPECT_EQ(doc.meta.language, "English");
  EXPECT_EQ(doc.meta.sponsors, (std::vector<std::string>{"Atlantis", "Lemuria"}));
  EXPECT_EQ(doc.meta.title, "Atlantis and Lemuria: draft resolution");
  EXPECT_EQ(doc.meta.page_count, 3);

  const FlatText flat = flatten(doc);
  EXPECT_EQ(flat.text,
            "The Security Council,\n\n"
            "Recalling its resolutions on the protection of victims of trafficking in persons, in particular "
            "resolution 2331 (2016),\n\n"
            "Noting the report of the Secretary-General 1\n\n"
            "1 S/2029/100.\n\f\n"
            "Page text 2 continues the resolution here.\n\f\n"
            "Page text 3 continues the resolution here.\n");

  bool saw_masthead = false, saw_job = false, saw_note = false;
  for (const Block& b : doc.blocks) {
    saw_masthead = saw_masthead || (b.role == Role::masthead && b.text.find("Distr.") != std::string::npos);
    saw_job = saw_job || (b.role == Role::header_footer && b.text == "*3001234*");
    saw_note = saw_note || (b.role == Role::footnote && b.page == 1);
    EXPECT_LE(b.box.x0, b.box.x1);
    EXPECT_LE(b.box.y0, b.box.y1);
  }
  EXPECT_TRUE(saw_masthead);
  EXPECT_TRUE(saw_job);
  EXPECT_TRUE(saw_note);
}

TEST(LayoutDocument, TitleFromTheLargestHeadingWhenInfoSaysNothing) {
  PdfContent c;
  PageGlyphs p = unxref::testing::letter_page(1);
  Pen h;
  h.size = 18;
  h.bold = true;
  type(p, "Trafficking in persons", 72, 80, h);
  for (int r = 0; r < 5; ++r) type(p, "Body text of the report, line number " + std::to_string(r) + ".", 72, 120 + 12 * r);
  c.pages.push_back(p);
  const Document doc = layout_document(c);
  EXPECT_EQ(doc.meta.title, "Trafficking in persons");
  EXPECT_EQ(doc.meta.format, "pdf");
  EXPECT_EQ(doc.meta.page_count, 1);
  ASSERT_FALSE(doc.blocks.empty());
  EXPECT_EQ(doc.blocks[0].role, Role::heading);
  EXPECT_EQ(doc.blocks[0].level, 1);
}

TEST(LayoutDocument, SymbolAsInfoTitleIsReplaced) {
  PdfContent c = un_draft();
  c.meta.title = "S/2030/12";
  EXPECT_EQ(layout_document(c).meta.title, "Atlantis and Lemuria: draft resolution");
}

TEST(LayoutDocument, UsefulInfoTitleIsKept) {
  PdfContent c;
  c.meta.title = "Global report on trafficking";
  PageGlyphs p = unxref::testing::letter_page(1);
  Pen h;
  h.size = 18;
  type(p, "Chapter one", 72, 80, h);
  c.pages.push_back(p);
  EXPECT_EQ(layout_document(c).meta.title, "Global report on trafficking");
}

TEST(LayoutDocument, EmptyAndDegenerateInput) {
  EXPECT_TRUE(layout_document(PdfContent{}).blocks.empty());
  PdfContent c;
  PageGlyphs p = unxref::testing::letter_page(1);
  p.glyphs.push_back(Glyph{" ", 10, 10, 0, 0, 0, false, 0});
  p.glyphs.push_back(Glyph{"x", 1e300, -1e300, 1e300, 0, 0, false, 7});
  p.glyphs.push_back(Glyph{"y", 0, 0, -5, -3, 0, false, -1});
  c.pages.push_back(p);
  c.pages.push_back(unxref::testing::letter_page(2));
  const Document doc = layout_document(c);
  EXPECT_EQ(doc.meta.page_count, 2);
}

// Two columns with the notes at the foot of each column: the notes of both
// columns share baselines, and are read column by column like the text.
TEST(LayoutDocument, FootnotesAtTheFootOfEachColumn) {
  PdfContent c;
  PageGlyphs p = unxref::testing::letter_page(1);
  for (int r = 0; r < 20; ++r) {
    type(p, "Left column body text, line " + std::to_string(r), 72, 100 + 12.0 * r);
    type(p, "Right column body text, line " + std::to_string(r), 330, 100 + 12.0 * r);
  }
  Pen note;
  note.size = 8;
  type(p, "1 First note of the left column,", 72, 680, note);
  type(p, "continued on its second line.", 80, 690, note);
  type(p, "2 Second left note.", 72, 700, note);
  type(p, "3 The right column's note,", 330, 680, note);
  type(p, "and its second line.", 338, 690, note);
  type(p, "4 Last note of the page.", 330, 700, note);
  c.pages.push_back(p);
  const Document doc = layout_document(c);
  std::vector<std::string> notes;
  std::string body;
  for (const Block& b : doc.blocks) {
    if (b.role == Role::footnote) notes.push_back(b.text);
    else body += b.text + "\n";
  }
  EXPECT_EQ(notes, (std::vector<std::string>{"1 First note of the left column, continued on its second line.",
                                             "2 Second left note.", "3 The right column's note, and its second line.",
                                             "4 Last note of the page."}));
  EXPECT_LT(body.find("Left column body text, line 19"), body.find("Right column body text, line 0"));
}

}  // namespace
// A paragraph cut by a page break is one block; the page furniture and the
// footnote between its parts are not in it. A paragraph that ends its page
// with a full stop is not joined to the next page's first paragraph.
TEST(LayoutDocument, ParagraphsJoinedAcrossPageBreaks) {
  PdfContent c;
  c.meta.path = "synthetic.pdf";
  Pen note;
  note.size = 8;
  PageGlyphs p1 = unxref::testing::letter_page(1);
  type(p1, "1.", 72, 100);
  type(p1, "The Working Group held its session and adopted the report on the", 96, 100);
  type(p1, "State under review, which it had examined at its sixth meeting and", 72, 112);
  type(p1, "1 A note at the foot of the page.", 72, 700, note);
  type(p1, "GE.13-12484     1", 72, 760);
  PageGlyphs p2 = unxref::testing::letter_page(2);
  type(p2, "A/HRC/23/3", 480, 40);
  type(p2, "then at its tenth meeting, on 25 January 2013.", 72, 100);
  type(p2, "2.", 72, 124);
  type(p2, "On 14 January the Council selected the rapporteurs of the review.", 96, 124);
  type(p2, "2     GE.13-12484", 72, 760);
  c.pages = {p1, p2};
  const Document doc = layout_document(std::move(c));
  std::vector<std::string> body;
  for (const Block& b : doc.blocks) {
    if (b.role == Role::body || b.role == Role::list_item) body.push_back(b.text);
  }
  ASSERT_EQ(body.size(), 2u);
  EXPECT_TRUE(body[0].starts_with("1. The Working") && body[0].ends_with("on 25 January 2013.")) << body[0];
  EXPECT_TRUE(body[1].starts_with("2. On 14 January")) << body[1];
  for (const Block& b : doc.blocks) {
    if (b.text.find("GE.13") != std::string::npos) {
      EXPECT_EQ(b.role, Role::header_footer) << b.text;
    }
  }
}

// UN reports put "*" notes at the foot of the first page at body size.
TEST(LayoutDocument, FirstPageStarNoteIsAFootnote) {
  PdfContent c;
  c.meta.path = "synthetic.pdf";
  PageGlyphs p1 = unxref::testing::letter_page(1);
  type(p1, "Report of the Working Group on the Universal Periodic Review*", 72, 300);
  type(p1, "_________________________", 72, 650);
  type(p1, "* Previously issued under the document symbol A/HRC/WG.6/1/MAR/4.", 72, 670);
  c.pages = {p1};
  const Document doc = layout_document(std::move(c));
  EXPECT_EQ(flatten(doc).text.find("______"), std::string::npos) << "the typed rule is no text";
  bool found = false;
  for (const Block& b : doc.blocks) {
    if (b.text.starts_with("* Previously")) {
      found = true;
      EXPECT_EQ(b.role, Role::footnote);
    }
  }
  EXPECT_TRUE(found);
}

// Titles from the first page: the largest text below the masthead, with the
// State under review as its second part; never the organisation's name, a
// masthead line or a section heading set near body size.
TEST(LayoutDocument, TitleOfAUnReportIsItsTitleLine) {
  PdfContent c;
  c.meta.path = "synthetic.pdf";
  c.meta.title = "United Nations";  // what Word wrote into /Info
  Pen big;
  big.size = 17;
  big.bold = true;
  Pen logo;
  logo.size = 20;
  Pen state;
  state.size = 14;
  state.bold = true;
  Pen head;
  head.size = 11;
  head.bold = true;
  PageGlyphs p1 = unxref::testing::letter_page(1);
  type(p1, "United Nations", 72, 58, logo);
  type(p1, "A/HRC/23/3", 480, 58, logo);
  type(p1, "General Assembly", 72, 86, logo);
  type(p1, "Distr.: General", 400, 86);
  type(p1, "21 March 2013", 400, 98);
  type(p1, "Original: English", 400, 122);
  type(p1, "Human Rights Council", 72, 230, head);
  type(p1, "Report of the Working Group on the Universal", 96, 290, big);
  type(p1, "Periodic Review*", 96, 308, big);
  type(p1, "France", 96, 340, state);
  type(p1, "Introduction", 96, 400, head);
  type(p1, "1. The Working Group held its session and adopted this report.", 72, 420);
  c.pages = {p1};
  const Document doc = layout_document(std::move(c));
  EXPECT_EQ(doc.meta.symbol, "A/HRC/23/3");
  EXPECT_EQ(doc.meta.title, "Report of the Working Group on the Universal Periodic Review: France");
}

TEST(LayoutDocument, SectionHeadingIsNoTitle) {
  PdfContent c;
  c.meta.path = "synthetic.pdf";
  Pen head;
  head.size = 11;
  head.bold = true;
  PageGlyphs p1 = unxref::testing::letter_page(1);
  type(p1, "Introduction", 72, 80, head);
  type(p1, "The first paragraph of a statement to the Assembly, set in body type.", 72, 100);
  type(p1, "It goes on for a line or two before the speaker thanks the President.", 72, 112);
  c.pages = {p1};
  EXPECT_EQ(layout_document(std::move(c)).meta.title, "");
}

}  // namespace unxref
