// read_pdf_glyphs() on small PDFs written by the tests themselves, each
// aimed at one part of the interpreter.
#include <gtest/gtest.h>
#include <openssl/provider.h>
#include <podofo/podofo.h>

#include <algorithm>
#include <fstream>
#include <memory>
#include <string>
#include <vector>

#include "support/paths.hpp"
#include "unxref/core/error.hpp"
#include "unxref/extract/glyphs.hpp"

namespace unxref {
namespace {

// A PDF written by hand: numbered objects, a correct xref table and trailer.
class MiniPdf {
 public:
  int add(std::string body) {
    objects_.push_back(std::move(body));
    return static_cast<int>(objects_.size());
  }
  int add_stream(const std::string& dict_entries, const std::string& data) {
    return add("<< " + dict_entries + " /Length " + std::to_string(data.size()) + " >>\nstream\n" + data +
               "\nendstream");
  }
  // Reserves a number for an object written later (for forward references).
  int reserve() { return add(""); }
  void set(int number, std::string body) { objects_[static_cast<std::size_t>(number - 1)] = std::move(body); }

  std::string bytes(int root, const std::string& trailer_extra = "") const {
    std::string out = "%PDF-1.7\n%\xE2\xE3\xCF\xD3\n";
    std::vector<std::size_t> offsets;
    for (std::size_t i = 0; i < objects_.size(); ++i) {
      offsets.push_back(out.size());
      out += std::to_string(i + 1) + " 0 obj\n" + objects_[i] + "\nendobj\n";
    }
    const std::size_t xref = out.size();
    out += "xref\n0 " + std::to_string(objects_.size() + 1) + "\n0000000000 65535 f \n";
    for (std::size_t off : offsets) {
      char line[24];
      std::snprintf(line, sizeof line, "%010zu 00000 n \n", off);
      out += line;
    }
    out += "trailer\n<< /Size " + std::to_string(objects_.size() + 1) + " /Root " + std::to_string(root) + " 0 R " +
           trailer_extra + " >>\nstartxref\n" + std::to_string(xref) + "\n%%EOF\n";
    return out;
  }

 private:
  std::vector<std::string> objects_;
};

std::filesystem::path write_file(const std::string& name, const std::string& bytes) {
  const auto dir = testing::scratch_dir("pdf_document_" + name);
  const auto path = dir / (name + ".pdf");
  std::ofstream(path, std::ios::binary) << bytes;
  return path;
}

std::string repeated(const std::string& item, int n) {
  std::string s;
  for (int i = 0; i < n; ++i) s += item;
  return s;
}

const char* kHelvetica = "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>";

struct PageSpec {
  std::string content;
  std::string resources;
  std::string extra;  // more page dictionary entries
};

PageSpec page(std::string content, std::string resources = "<< /Font << /F1 4 0 R >> >>", std::string extra = "") {
  return {std::move(content), std::move(resources), std::move(extra)};
}

// Catalog 1, pages 2, font 4 (Helvetica), then one page object and content per spec.
std::string document(const std::vector<PageSpec>& pages, const std::string& font = kHelvetica,
                     const std::vector<std::string>& more_objects = {}) {
  MiniPdf pdf;
  pdf.add("<< /Type /Catalog /Pages 2 0 R >>");
  const int tree = pdf.reserve();
  pdf.reserve();  // 3: unused, keeps the font at 4
  pdf.add(font);
  for (const std::string& o : more_objects) pdf.add(o);
  std::string kids;
  for (const PageSpec& p : pages) {
    const int content = pdf.add_stream("", p.content);
    const int page = pdf.add("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 600 800] /Resources " + p.resources +
                             " /Contents " + std::to_string(content) + " 0 R " + p.extra + " >>");
    kids += std::to_string(page) + " 0 R ";
  }
  pdf.set(tree, "<< /Type /Pages /Kids [" + kids + "] /Count " + std::to_string(pages.size()) + " >>");
  pdf.set(3, "<< >>");
  return pdf.bytes(1);
}

PdfContent read(const std::string& name, const std::string& bytes, const ExtractOptions& options = {}) {
  return read_pdf_glyphs(write_file(name, bytes), options);
}

std::string text_of(const PageGlyphs& page) {
  std::string s;
  for (const Glyph& g : page.glyphs) s += g.text;
  return s;
}

const Glyph& glyph(const PageGlyphs& page, const std::string& text, int nth = 0) {
  for (const Glyph& g : page.glyphs)
    if (g.text == text && nth-- == 0) return g;
  throw std::runtime_error("no glyph " + text);
}

TEST(PdfDocument, PositionsInDisplaySpace) {
  const PdfContent c = read("positions", document({page("BT /F1 10 Tf 100 700 Td (AB) Tj ET")}));
  ASSERT_EQ(c.pages.size(), 1u);
  const PageGlyphs& p = c.pages[0];
  EXPECT_EQ(p.width, 600);
  EXPECT_EQ(p.height, 800);
  ASSERT_EQ(text_of(p), "AB");
  EXPECT_DOUBLE_EQ(p.glyphs[0].x, 100);
  EXPECT_DOUBLE_EQ(p.glyphs[0].y, 100);  // 800 - 700, y down
  EXPECT_NEAR(p.glyphs[0].width, 6.67, 1e-9);  // Helvetica A is 667/1000 em
  EXPECT_NEAR(p.glyphs[1].x, 106.67, 1e-9);
  EXPECT_DOUBLE_EQ(p.glyphs[0].size, 10);
  EXPECT_EQ(p.glyphs[0].rotation, 0);
  EXPECT_FALSE(p.glyphs[0].bold);
  EXPECT_EQ(c.meta.format, "pdf");
  EXPECT_EQ(c.meta.page_count, 1);
}

TEST(PdfDocument, TextMovesAndState) {
  const PdfContent c = read("moves", document({page(
      "BT /F1 10 Tf 14 TL 50 700 Td (a) Tj T* (b) Tj 20 -30 TD (c) Tj T* (d) Tj "
      "1 0 0 1 300 400 Tm (e) Tj (f) ' 8 2 (g) \" "
      "2 0 0 2 0 0 Tm 5 Ts 50 Tz (h) Tj ET")}));
  const PageGlyphs& p = c.pages[0];
  ASSERT_EQ(text_of(p), "abcdefgh");
  auto at = [&](const char* t, double x, double y) {
    const Glyph& g = glyph(p, t);
    EXPECT_NEAR(g.x, x, 1e-6) << t;
    EXPECT_NEAR(g.y, y, 1e-6) << t;
  };
  at("a", 50, 100);
  at("b", 50, 114);   // T* moves down by TL
  at("c", 70, 144);   // TD moves and sets TL to 30
  at("d", 70, 174);
  at("e", 300, 400);
  at("f", 300, 430);  // ' is T* then Tj
  at("g", 300, 460);
  at("h", 0, 800 - 10);  // Ts raises the baseline by 5, doubled by Tm
  EXPECT_DOUBLE_EQ(glyph(p, "h").size, 20);
  EXPECT_NEAR(glyph(p, "h").width, 0.556 * 10 * 0.5 * 2, 1e-9);  // Tz 50 halves the width
}

TEST(PdfDocument, CharAndWordSpacing) {
  const PdfContent c = read("spacing", document({page("BT /F1 10 Tf 2 Tc 5 Tw 0 700 Td (a b) Tj ET")}));
  const PageGlyphs& p = c.pages[0];
  ASSERT_EQ(text_of(p), "a b");
  EXPECT_NEAR(p.glyphs[1].x, 5.56 + 2, 1e-9);              // a + Tc
  EXPECT_NEAR(p.glyphs[2].x, 5.56 + 2 + 2.78 + 2 + 5, 1e-9);  // space + Tc + Tw
}

TEST(PdfDocument, TjAdjustmentsBecomeSpacesOnlyWhenWide) {
  const PdfContent c = read("tj", document({page("BT /F1 10 Tf 0 700 Td [(Ke) 80 (rn) -120 (ing) -300 (two) -2000 (x)] TJ ET")}));
  EXPECT_EQ(text_of(c.pages[0]), "Kerning two x");
  const Glyph& space = glyph(c.pages[0], " ");
  EXPECT_NEAR(space.width, 3.0, 1e-9);  // 300/1000 em of 10 pt
}

TEST(PdfDocument, HexStringsAndWinAnsi) {
  const PdfContent c = read("hex", document({page("BT /F1 10 Tf 0 700 Td <48c9> Tj (\\223q\\224 \\226) Tj ET")}));
  EXPECT_EQ(text_of(c.pages[0]), "H\xC3\x89\xE2\x80\x9Cq\xE2\x80\x9D \xE2\x80\x93");
}

TEST(PdfDocument, DifferencesAndWidths) {
  const std::string font =
      "<< /Type /Font /Subtype /Type1 /BaseFont /ABCDEF+Minion-Bold /FirstChar 1 /LastChar 4 "
      "/Widths [500 600 700 800] /Encoding << /Type /Encoding /BaseEncoding /WinAnsiEncoding "
      "/Differences [1 /fi /uni2014 /eacute /g77] >> >>";
  const PdfContent c = read("differences", document({page("BT /F1 10 Tf 0 700 Td (\\001\\002\\003\\004A) Tj ET")}, font));
  const PageGlyphs& p = c.pages[0];
  ASSERT_EQ(text_of(p), "fi\xE2\x80\x94\xC3\xA9" "A");  // g77 has no meaning and is skipped
  EXPECT_NEAR(p.glyphs[1].x, 5, 1e-9);
  EXPECT_NEAR(p.glyphs[3].x, 5 + 6 + 7 + 8, 1e-9);  // the skipped glyph still advances
  EXPECT_TRUE(p.glyphs[0].bold);                      // from the name
}

// A Type0 font with Identity-H codes, /W widths and a ToUnicode map with a
// ligature, a surrogate pair and an array-form range.
std::string cid_document(const std::string& content, const std::string& to_unicode_body) {
  const std::string cmap = "/CIDInit /ProcSet findresource begin 12 dict begin begincmap\n"
                           "1 begincodespacerange <0000> <FFFF> endcodespacerange\n" +
                           to_unicode_body + "\nendcmap end end";
  const std::string font =
      "<< /Type /Font /Subtype /Type0 /BaseFont /XYZABC+Calibri /Encoding /Identity-H "
      "/DescendantFonts [<< /Type /Font /Subtype /CIDFontType2 /BaseFont /XYZABC+Calibri "
      "/CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> "
      "/DW 500 /W [3 [226] 10 12 600] /FontDescriptor << /Type /FontDescriptor /FontName /XYZABC+Calibri "
      "/Flags 32 /FontWeight 700 >> >>] /ToUnicode 6 0 R >>";
  MiniPdf pdf;
  pdf.add("<< /Type /Catalog /Pages 2 0 R >>");
  pdf.add("<< /Type /Pages /Kids [3 0 R] /Count 1 >>");
  pdf.add("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 600 800] /Resources << /Font << /C0 4 0 R >> >> "
          "/Contents 5 0 R >>");
  pdf.add(font);
  pdf.add_stream("", content);
  pdf.add_stream("", cmap);
  return pdf.bytes(1);
}

TEST(PdfDocument, IdentityHWithToUnicode) {
  const PdfContent c = read(
      "cid", cid_document("BT /C0 10 Tf 0 700 Td <0003000A000B000C0004> Tj [<000D> -400 <0003>] TJ ET",
                          "2 beginbfchar <0003> <0041> <0004> <D835DC00> endbfchar\n"
                          "1 beginbfrange <000A> <000C> [<00660069> <FB02> <0020>] endbfrange\n"
                          "1 beginbfrange <000D> <000D> <0042> endbfrange"));
  const PageGlyphs& p = c.pages[0];
  EXPECT_EQ(text_of(p), "Afifl \xF0\x9D\x90\x80" "B A");
  EXPECT_NEAR(p.glyphs[0].width, 2.26, 1e-9);   // W: 3 [226]
  EXPECT_NEAR(p.glyphs[1].width, 6.0, 1e-9);    // W: 10 12 600
  EXPECT_NEAR(glyph(p, "B").width, 5.0, 1e-9);  // DW
  EXPECT_TRUE(p.glyphs[0].bold);                // FontWeight 700
}

TEST(PdfDocument, CodesStartingWithFeFfAreNotABom) {
  // In a content stream FE FF is just the first code; PoDoFo's PdfString would
  // have eaten it as a byte-order mark.
  const PdfContent c = read("cid_feff", cid_document("BT /C0 10 Tf 0 700 Td <FEFF0003> Tj (\\376\\377\\000\\003) Tj ET",
                                                     "2 beginbfchar <FEFF> <0058> <0003> <0041> endbfchar"));
  EXPECT_EQ(text_of(c.pages[0]), "XAXA");
}

TEST(PdfDocument, VerticalIdentityV) {
  std::string bytes = cid_document("BT /C0 10 Tf 300 700 Td <00030003> Tj ET", "1 beginbfchar <0003> <0041> endbfchar");
  const std::string from = "/Encoding /Identity-H", to = "/Encoding /Identity-V";
  bytes.replace(bytes.find(from), from.size(), to);  // same length: the xref offsets stay right
  const PdfContent c = read("cid_vertical", bytes);
  const PageGlyphs& p = c.pages[0];
  ASSERT_EQ(p.glyphs.size(), 2u);
  EXPECT_EQ(p.glyphs[0].rotation, 1);  // runs down the page
  EXPECT_NEAR(p.glyphs[1].y - p.glyphs[0].y, 10, 1e-9);
  EXPECT_NEAR(p.glyphs[1].x, p.glyphs[0].x, 1e-9);
}

TEST(PdfDocument, SimpleFontFlavours) {
  struct Case {
    const char* what;
    std::string font;
    std::string shown;
    std::string text;
    double second_x;  // where the second glyph starts, at 10 pt
  };
  const Case cases[] = {
      {"MacRoman by name", "<< /Type /Font /Subtype /Type1 /BaseFont /Times-Roman /Encoding /MacRomanEncoding >>",
       "(\\216a)", "\xC3\xA9" "a", 4.44},
      {"TrueType without /Encoding reads WinAnsi",
       "<< /Type /Font /Subtype /TrueType /BaseFont /Arial /FirstChar 32 /LastChar 150 /Widths [" +
           repeated("300 ", 150 - 32 + 1) + "] >>",
       "(\\226x)", "\xE2\x80\x93x", 3},
      {"Type3 widths through FontMatrix",
       "<< /Type /Font /Subtype /Type3 /FontBBox [0 0 100 100] /FontMatrix [0.01 0 0 0.01 0 0] /FirstChar 65 "
       "/LastChar 66 /Widths [50 80] /Encoding << /Type /Encoding /Differences [65 /A /B] >> /CharProcs << >> "
       "/Resources << >> >>",
       "(AB)", "AB", 5},
      {"Type1 Standard by default", "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>", "(\\047\\256)",
       "\xE2\x80\x99" "fi", 2.22},
      {"Symbol font", "<< /Type /Font /Subtype /Type1 /BaseFont /Symbol >>", "(ab)", "\xCE\xB1\xCE\xB2", 6.31},
      {"ToUnicode beats the encoding",
       "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding /ToUnicode 5 0 R >>", "(ab)",
       "fib", 5.56},
  };
  const std::string cmap = "1 beginbfchar <61> <FB01> endbfchar 1 beginbfchar <62> <0062> endbfchar";
  const std::string to_unicode = "<< /Length " + std::to_string(cmap.size()) + " >>\nstream\n" + cmap + "\nendstream";
  for (const Case& c : cases) {
    const PdfContent content =
        read("flavour", document({page("BT /F1 10 Tf 0 700 Td " + c.shown + " Tj ET")}, c.font, {to_unicode}));
    ASSERT_EQ(content.pages.size(), 1u) << c.what;
    const PageGlyphs& p = content.pages[0];
    EXPECT_EQ(text_of(p), c.text) << c.what;
    ASSERT_GE(p.glyphs.size(), 2u) << c.what;
    EXPECT_NEAR(p.glyphs[1].x, c.second_x, 1e-9) << c.what;
  }
}

TEST(PdfDocument, CidFontWithoutToUnicodeWarns) {
  const PdfContent c = read("cid_no_map", cid_document("BT /C0 10 Tf 0 700 Td <00030004> Tj ET", ""));
  EXPECT_TRUE(c.pages[0].glyphs.empty());
  ASSERT_FALSE(c.warnings.empty());
  EXPECT_NE(c.warnings[0].find("no ToUnicode"), std::string::npos) << c.warnings[0];
}

TEST(PdfDocument, RotatedPages) {
  std::vector<PageSpec> pages;
  for (int r : {0, 90, 180, 270, -90, 450})
    pages.push_back(page("BT /F1 10 Tf 100 700 Td (A) Tj ET", "<< /Font << /F1 4 0 R >> >>", "/Rotate " + std::to_string(r)));
  const PdfContent c = read("rotated", document(pages));
  ASSERT_EQ(c.pages.size(), 6u);
  struct Expect {
    double w, h, x, y;
    int rotation;
  };
  // The point (100, 700) of a 600x800 page, and text running right, after each turn.
  const Expect expect[] = {{600, 800, 100, 100, 0}, {800, 600, 700, 100, 1}, {600, 800, 500, 700, 2},
                           {800, 600, 100, 500, 3}, {800, 600, 100, 500, 3}, {800, 600, 700, 100, 1}};
  for (std::size_t i = 0; i < 6; ++i) {
    const PageGlyphs& p = c.pages[i];
    ASSERT_EQ(p.glyphs.size(), 1u);
    EXPECT_DOUBLE_EQ(p.width, expect[i].w) << i;
    EXPECT_DOUBLE_EQ(p.height, expect[i].h) << i;
    EXPECT_NEAR(p.glyphs[0].x, expect[i].x, 1e-9) << i;
    EXPECT_NEAR(p.glyphs[0].y, expect[i].y, 1e-9) << i;
    EXPECT_EQ(p.glyphs[0].rotation, expect[i].rotation) << i;
  }
}

TEST(PdfDocument, CropBoxAndCtm) {
  const PdfContent c = read("crop", document({page("q 2 0 0 2 10 20 cm BT /F1 10 Tf 40 300 Td (A) Tj ET Q BT /F1 10 Tf 0 1 -1 0 60 150 Tm (B) Tj ET",
                                               "<< /Font << /F1 4 0 R >> >>", "/CropBox [50 100 550 700]")}));
  const PageGlyphs& p = c.pages[0];
  EXPECT_DOUBLE_EQ(p.width, 500);
  EXPECT_DOUBLE_EQ(p.height, 600);
  const Glyph& a = glyph(p, "A");
  EXPECT_NEAR(a.x, 10 + 80 - 50, 1e-9);
  EXPECT_NEAR(a.y, 700 - (20 + 600), 1e-9);
  EXPECT_DOUBLE_EQ(a.size, 20);
  const Glyph& b = glyph(p, "B");  // Tm rotates the text a quarter turn anticlockwise: it runs upwards
  EXPECT_EQ(b.rotation, 3);
}

// Text nobody sees is not text: render mode 3 (OCR layers), glyphs outside
// the crop box, white glyphs on the white page. White on a filled box or an
// image is seen.
TEST(PdfDocument, InvisibleAndOffPageTextIsDropped) {
  const std::string content =
      "BT /F1 10 Tf 72 700 Td (Seen) Tj ET "
      "q BT 3 Tr /F1 10 Tf 72 680 Td (OCR) Tj ET Q "
      "BT /F1 10 Tf -612 660 Td (Left) Tj ET "
      "BT /F1 10 Tf 72 900 Td (Above) Tj ET "
      "q 1 g BT /F1 10 Tf 72 640 Td (Blank) Tj ET Q "
      "q 0 0 0.5 rg 60 580 300 40 re f 1 1 1 rg BT /F1 10 Tf 72 600 Td (Boxed) Tj ET Q "
      "q 1 g BT /F1 10 Tf 72 560 Td (Nobox) Tj ET Q "
      "q 0 0 0 0 k BT /F1 10 Tf 72 540 Td (Cmyk) Tj ET Q "
      "BT /F1 10 Tf 72 500 Td [(Black)] TJ ET";
  const PdfContent c = read("invisible", document({page(content, "<< /Font << /F1 4 0 R >> >>", "/CropBox [0 0 600 800]")}));
  EXPECT_EQ(text_of(c.pages[0]), "SeenBoxedBlack");
}

// A side label running up and one running down, each read in its own
// direction as a block of its own, apart from the body.
TEST(PdfDocument, RotatedLabelsReadInTheirOwnDirection) {
  const std::string content =
      "BT /F1 10 Tf 72 700 Td (Body text on the page.) Tj ET "
      "BT /F1 12 Tf 0 1 -1 0 560 200 Tm (INFORMATION BRIEF) Tj ET "
      "BT /F1 12 Tf 0 -1 1 0 30 600 Tm (HUMAN TRAFFICKING HOTLINE) Tj ET";
  const Document doc = layout_document(read("rotated_labels", document({page(content)})));
  std::vector<std::string> texts;
  for (const Block& b : doc.blocks) texts.push_back(b.text);
  ASSERT_EQ(texts.size(), 3u) << ::testing::PrintToString(texts);
  EXPECT_EQ(texts[0], "Body text on the page.");
  EXPECT_NE(std::find(texts.begin(), texts.end(), "INFORMATION BRIEF"), texts.end());
  EXPECT_NE(std::find(texts.begin(), texts.end(), "HUMAN TRAFFICKING HOTLINE"), texts.end());
}

// One page with a structure tree: catalog 1, pages 2, page 3, font 4,
// content 5, tree root 6, then the elements, each "<< /S /P /K ... >>" with
// /P 6 0 R /Pg 3 0 R added.
std::string tagged_document(const std::string& content, const std::vector<std::string>& elements) {
  MiniPdf pdf;
  pdf.add("<< /Type /Catalog /Pages 2 0 R /StructTreeRoot 6 0 R /MarkInfo << /Marked true >> >>");
  pdf.add("<< /Type /Pages /Kids [3 0 R] /Count 1 >>");
  pdf.add("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 600 800] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>");
  pdf.add(kHelvetica);
  pdf.add_stream("", content);
  std::string kids;
  for (std::size_t i = 0; i < elements.size(); ++i) kids += std::to_string(7 + i) + " 0 R ";
  pdf.add("<< /Type /StructTreeRoot /K [" + kids + "] /RoleMap << /Sidebar /P >> >>");
  for (const std::string& e : elements) pdf.add("<< /Type /StructElem /P 6 0 R /Pg 3 0 R " + e + " >>");
  return pdf.bytes(1);
}

std::vector<std::string> block_texts(const Document& doc) {
  std::vector<std::string> out;
  for (const Block& b : doc.blocks) out.push_back(b.text);
  return out;
}

// The tree's order wins over the content stream's and the page's: a sidebar
// drawn first and placed beside the text reads after it, where the author
// tagged it; artifacts (running heads) are no text; custom types go through
// the /RoleMap; a heading gets its level.
TEST(PdfDocument, TaggedPdfReadsInTreeOrder) {
  const std::string content =
      "/Artifact BMC BT /F1 10 Tf 72 770 Td (Running head of the report) Tj ET EMC "
      "/Span << /MCID 0 >> BDC BT /F1 10 Tf 400 700 Td (Sidebar words beside the text.) Tj ET EMC "
      "/H1 << /MCID 1 >> BDC BT /F1 16 Tf 72 730 Td (The heading) Tj ET EMC "
      "/P << /MCID 2 >> BDC BT /F1 10 Tf 72 700 Td (Main text, first line) Tj ET EMC "
      "/P << /MCID 3 >> BDC BT /F1 10 Tf 72 688 Td (and its second line.) Tj ET EMC";
  const Document doc = layout_document(read("tagged", tagged_document(content, {
      "/S /H1 /K 1", "/S /P /K [2 << /Type /MCR /MCID 3 /Pg 3 0 R >>]", "/S /Sidebar /K [0]"})));
  const auto texts = block_texts(doc);
  ASSERT_EQ(texts.size(), 3u) << ::testing::PrintToString(texts);
  EXPECT_EQ(texts[0], "The heading");
  EXPECT_EQ(doc.blocks[0].role, Role::heading);
  EXPECT_EQ(doc.blocks[0].level, 1);
  EXPECT_EQ(texts[1], "Main text, first line and its second line.");
  EXPECT_EQ(texts[2], "Sidebar words beside the text.");
}

// --reading-order geometry: the same tagged page read as if it had no tags,
// through extract_file as the CLI calls it: top of the page first.
TEST(PdfDocument, GeometryReadingOrderIgnoresTheTags) {
  const std::string content =
      "/P << /MCID 0 >> BDC BT /F1 10 Tf 72 700 Td (Second by the tags, first on the page.) Tj ET EMC "
      "/P << /MCID 1 >> BDC BT /F1 10 Tf 72 600 Td (First by the tags, second on the page.) Tj ET EMC";
  const std::filesystem::path file =
      write_file("tagged_reversed", tagged_document(content, {"/S /P /K 1", "/S /P /K 0"}));
  const auto tagged = block_texts(extract_file(file));
  ASSERT_EQ(tagged.size(), 2u) << ::testing::PrintToString(tagged);
  EXPECT_EQ(tagged[0], "First by the tags, second on the page.");
  ExtractOptions options;
  options.reading_order = ReadingOrder::geometry;
  const auto geometric = block_texts(extract_file(file, options));
  ASSERT_EQ(geometric.size(), 2u) << ::testing::PrintToString(geometric);
  EXPECT_EQ(geometric[0], "Second by the tags, first on the page.");
  EXPECT_EQ(geometric[1], "First by the tags, second on the page.");
}

// Tags that reach too little of the page's text are not trusted: the
// layout's reading keeps every word.
TEST(PdfDocument, TagsThatMissTextFallBackToTheLayout) {
  const std::string content =
      "/P << /MCID 0 >> BDC BT /F1 10 Tf 72 700 Td (Tagged) Tj ET EMC "
      "BT /F1 10 Tf 72 680 Td (An untagged paragraph with most of the words of the page in it.) Tj ET";
  const Document doc = layout_document(read("tagged_partly", tagged_document(content, {"/S /P /K 0"})));
  const auto texts = block_texts(doc);
  ASSERT_EQ(texts.size(), 2u) << ::testing::PrintToString(texts);
  EXPECT_EQ(texts[0], "Tagged");
}

// /ActualText replaces the glyphs of its span: what a designer drew with
// mixed-case glyphs, or a ligature, reads as the author wrote it. Inline
// and named property lists both count. A Span's /Alt does the same when it
// has no /ActualText; other elements' /Alt describes, it does not replace.
TEST(PdfDocument, ActualTextReplacesItsGlyphs) {
  MiniPdf pdf;
  pdf.add("<< /Type /Catalog /Pages 2 0 R >>");
  pdf.add("<< /Type /Pages /Kids [3 0 R] /Count 1 >>");
  pdf.add("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 600 800] /Resources << /Font << /F1 4 0 R >> "
          "/Properties << /Pr1 << /ActualText <FEFF0045004E0045005200470059> >> >> >> /Contents 5 0 R >>");
  pdf.add(kHelvetica);
  pdf.add_stream("", "BT /F1 10 Tf 72 700 Td /Span << /ActualText (SOLUTIONS) >> BDC (SOLuTIONs) Tj EMC ET "
                     "BT /F1 10 Tf 72 680 Td /Span /Pr1 BDC (ENErGy) Tj EMC ( now) Tj ET "
                     "BT /F1 10 Tf 72 660 Td /Span << /Alt (ECOWAS) >> BDC (ECOwAS) Tj EMC ET "
                     "BT /F1 10 Tf 72 640 Td /P << /Alt (a paragraph) >> BDC (kept) Tj EMC ET");
  const PdfContent c = read("actual_text", pdf.bytes(1));
  EXPECT_EQ(text_of(c.pages[0]), "SOLUTIONSENERGY nowECOWASkept");
}

TEST(PdfDocument, FormXObjectsWithMatrixAndOwnResources) {
  const std::vector<std::string> objects = {
      // 5: the form, with its own font name
      "<< /Type /XObject /Subtype /Form /BBox [0 0 100 100] /Matrix [1 0 0 1 100 0] "
      "/Resources << /Font << /G 4 0 R >> >> /Length 28 >>\nstream\nBT /G 10 Tf (F) Tj ET q Q Q\nendstream"};
  const PdfContent c = read("form", document({page("q 1 0 0 1 0 500 cm /X Do Q BT /F1 10 Tf (P) Tj ET",
                                               "<< /Font << /F1 4 0 R >> /XObject << /X 5 0 R >> >>")},
                                             kHelvetica, objects));
  const PageGlyphs& p = c.pages[0];
  ASSERT_EQ(text_of(p), "FP");
  EXPECT_NEAR(glyph(p, "F").x, 100, 1e-9);
  EXPECT_NEAR(glyph(p, "F").y, 300, 1e-9);
  EXPECT_NEAR(glyph(p, "P").y, 800, 1e-9);  // the form's extra Q did not pop the page's state
  EXPECT_EQ(glyph(p, "F").font, glyph(p, "P").font);  // one font object, one id
}

TEST(PdfDocument, SelfReferencingFormTerminates) {
  const std::vector<std::string> objects = {
      "<< /Type /XObject /Subtype /Form /BBox [0 0 100 100] /Resources << /XObject << /Me 5 0 R >> "
      "/Font << /F1 4 0 R >> >> /Length 42 >>\nstream\nBT /F1 10 Tf (x) Tj ET /Me Do /Me Do /Me Do\nendstream"};
  const PdfContent c = read("self_form", document({page("/Me Do", "<< /XObject << /Me 5 0 R >> >>")}, kHelvetica, objects));
  EXPECT_EQ(text_of(c.pages[0]), "x");
  ASSERT_FALSE(c.warnings.empty());
  EXPECT_NE(c.warnings[0].find("draws itself"), std::string::npos) << c.warnings[0];
}

TEST(PdfDocument, DeepFormChainStopsAtDepthLimit) {
  // Forms 5..24 each draw the next: 20 levels.
  std::vector<std::string> objects;
  for (int i = 0; i < 20; ++i) {
    const std::string next = i + 1 < 20 ? "/N Do" : "";
    const std::string content = "BT /F1 10 Tf (" + std::string(1, static_cast<char>('a' + i)) + ") Tj ET " + next;
    objects.push_back("<< /Type /XObject /Subtype /Form /BBox [0 0 1 1] /Resources << /Font << /F1 4 0 R >> "
                      "/XObject << /N " + std::to_string(6 + i) + " 0 R >> >> /Length " +
                      std::to_string(content.size()) + " >>\nstream\n" + content + "\nendstream");
  }
  ExtractOptions options;
  options.max_xobject_depth = 3;
  const PdfContent c = read("deep_form", document({page("/N Do", "<< /XObject << /N 5 0 R >> >>")}, kHelvetica, objects), options);
  EXPECT_EQ(text_of(c.pages[0]), "abc");
  ASSERT_FALSE(c.warnings.empty());
  EXPECT_NE(c.warnings[0].find("deeper than 3"), std::string::npos) << c.warnings[0];
}

TEST(PdfDocument, FormDrawnOverAndOverStopsAtTheLexBudget) {
  const std::string form_content = repeated("1 ", 50000) + "BT /F1 10 Tf (x) Tj ET";
  const std::vector<std::string> objects = {"<< /Type /XObject /Subtype /Form /BBox [0 0 1 1] /Resources << /Font << /F1 4 0 R >> >> "
                                            "/Length " + std::to_string(form_content.size()) + " >>\nstream\n" + form_content +
                                            "\nendstream"};
  ExtractOptions options;
  options.max_stream_bytes = 1 << 20;
  const PdfContent c = read("form_flood", document({page(repeated("/X Do ", 100000), "<< /XObject << /X 5 0 R >> >>")},
                                                   kHelvetica, objects), options);
  EXPECT_GT(c.pages[0].glyphs.size(), 0u);
  EXPECT_LT(c.pages[0].glyphs.size(), 100u);
  ASSERT_FALSE(c.warnings.empty());
  EXPECT_NE(c.warnings[0].find("stopped after interpreting"), std::string::npos) << c.warnings[0];
}

TEST(PdfDocument, InlineImageIsSkipped) {
  const std::string content = std::string("BT /F1 10 Tf (a) Tj ET BI /W 4 /H 1 /BPC 8 /CS /G ID ") +
                              std::string("\x00(x) Tj\xff" "EI", 10) + " EI BT /F1 10 Tf (b) Tj ET";
  const PdfContent c = read("inline_image", document({page(content)}));
  EXPECT_EQ(text_of(c.pages[0]), "ab");
}

TEST(PdfDocument, OperatorLimitStopsThePageWithAWarning) {
  std::string content = "BT /F1 10 Tf (a) Tj ";
  for (int i = 0; i < 1000; ++i) content += "1 0 Td ";
  content += "(b) Tj ET";
  ExtractOptions options;
  options.max_ops_per_page = 100;
  const PdfContent c = read("op_limit", document({page(content), page("BT /F1 10 Tf (c) Tj ET")}), options);
  EXPECT_EQ(text_of(c.pages[0]), "a");
  EXPECT_EQ(text_of(c.pages[1]), "c");  // the limit is per page
  ASSERT_EQ(c.warnings.size(), 1u);
  EXPECT_NE(c.warnings[0].find("page 1: stopped after 100 operators"), std::string::npos) << c.warnings[0];
}

TEST(PdfDocument, MaxPagesAndMaxStreamBytes) {
  const std::string bytes =
      document({page("BT /F1 10 Tf (one) Tj ET"), page("BT /F1 10 Tf (two) Tj ET % " + std::string(500, 'x')), page("BT /F1 10 Tf (three) Tj ET")});
  ExtractOptions few;
  few.max_pages = 2;
  const PdfContent c = read("max_pages", bytes, few);
  EXPECT_EQ(c.meta.page_count, 3);
  ASSERT_EQ(c.pages.size(), 2u);
  EXPECT_NE(c.warnings.back().find("first 2 of 3"), std::string::npos);

  ExtractOptions small;
  small.max_stream_bytes = 100;
  const PdfContent s = read("max_stream", bytes, small);
  EXPECT_EQ(text_of(s.pages[0]), "one");
  EXPECT_EQ(text_of(s.pages[1]), "");
  EXPECT_EQ(text_of(s.pages[2]), "three");
}

// A compressed stream that inflates past the budget (a zip bomb) costs its
// page only, and frees what PoDoFo's decoder chain held: PoDoFo 0.9.8 frees
// that chain on its own errors only, so the budget must stop it with one
// (the sanitizer build's leak check fails otherwise).
TEST(PdfDocument, StreamInflatingPastTheBudgetCostsItsPageAndLeaksNothing) {
  const std::string plain = "BT /F1 10 Tf (bomb) Tj ET % " + std::string(200000, 'x');
  std::unique_ptr<PoDoFo::PdfFilter> flate(PoDoFo::PdfFilterFactory::Create(PoDoFo::ePdfFilter_FlateDecode));
  ASSERT_TRUE(flate);
  char* packed = nullptr;
  PoDoFo::pdf_long packed_size = 0;
  flate->Encode(plain.data(), static_cast<PoDoFo::pdf_long>(plain.size()), &packed, &packed_size);
  const std::string deflated(packed, static_cast<std::size_t>(packed_size));
  PoDoFo::podofo_free(packed);

  MiniPdf pdf;
  pdf.add("<< /Type /Catalog /Pages 2 0 R >>");
  pdf.add("<< /Type /Pages /Kids [3 0 R 5 0 R] /Count 2 >>");
  pdf.add("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 600 800] /Resources << /Font << /F1 7 0 R >> >> /Contents 4 0 R >>");
  pdf.add_stream("/Filter /FlateDecode", deflated);
  pdf.add("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 600 800] /Resources << /Font << /F1 7 0 R >> >> /Contents 6 0 R >>");
  pdf.add_stream("", "BT /F1 10 Tf (fine) Tj ET");
  pdf.add(kHelvetica);
  ExtractOptions options;
  options.max_stream_bytes = 10000;
  const PdfContent c = read("inflates_past_budget", pdf.bytes(1), options);
  ASSERT_EQ(c.pages.size(), 2u);
  EXPECT_EQ(text_of(c.pages[0]), "");
  EXPECT_EQ(text_of(c.pages[1]), "fine");
  ASSERT_FALSE(c.warnings.empty());
  EXPECT_NE(c.warnings[0].find("more than 10000 bytes"), std::string::npos) << c.warnings[0];
}

// Text is never compressed with an image codec: a content stream that says
// /CCITTFaxDecode is damage (PoDoFo 0.9.8 leaks the filter it starts for it
// and then refuses; found by fuzz_extract_pdf), and costs its page only.
TEST(PdfDocument, ContentStreamWithAnImageCodecCostsItsPageAndLeaksNothing) {
  for (const char* codec : {"/CCITTFaxDecode", "/DCTDecode", "/JBIG2Decode", "[/FlateDecode /JPXDecode]"}) {
    MiniPdf pdf;
    pdf.add("<< /Type /Catalog /Pages 2 0 R >>");
    pdf.add("<< /Type /Pages /Kids [3 0 R 5 0 R] /Count 2 >>");
    pdf.add("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 600 800] /Resources << /Font << /F1 7 0 R >> >> /Contents 4 0 R >>");
    pdf.add_stream(std::string("/Filter ") + codec + " /DecodeParms << /K -1 /Columns 310 >>", "BT /F1 10 Tf (x) Tj ET");
    pdf.add("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 600 800] /Resources << /Font << /F1 7 0 R >> >> /Contents 6 0 R >>");
    pdf.add_stream("", "BT /F1 10 Tf (fine) Tj ET");
    pdf.add(kHelvetica);
    const PdfContent c = read("image_codec", pdf.bytes(1));
    ASSERT_EQ(c.pages.size(), 2u) << codec;
    EXPECT_EQ(text_of(c.pages[0]), "") << codec;
    EXPECT_EQ(text_of(c.pages[1]), "fine") << codec;
    ASSERT_FALSE(c.warnings.empty()) << codec;
    EXPECT_NE(c.warnings[0].find("page 1"), std::string::npos) << c.warnings[0];
  }
}

TEST(PdfDocument, DamagedContentStreamLosesOnlyItsPage) {
  MiniPdf pdf;
  pdf.add("<< /Type /Catalog /Pages 2 0 R >>");
  pdf.add("<< /Type /Pages /Kids [3 0 R 5 0 R] /Count 2 >>");
  pdf.add("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 600 800] /Resources << /Font << /F1 7 0 R >> >> /Contents 4 0 R >>");
  pdf.add_stream("/Filter /FlateDecode", "this is not deflate data at all");
  pdf.add("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 600 800] /Resources << /Font << /F1 7 0 R >> >> /Contents 6 0 R >>");
  pdf.add_stream("", "BT /F1 10 Tf (fine) Tj ET");
  pdf.add(kHelvetica);
  const PdfContent c = read("damaged_page", pdf.bytes(1));
  ASSERT_EQ(c.pages.size(), 2u);
  EXPECT_EQ(text_of(c.pages[0]), "");
  EXPECT_EQ(text_of(c.pages[1]), "fine");
  ASSERT_FALSE(c.warnings.empty());
  EXPECT_NE(c.warnings[0].find("page 1"), std::string::npos) << c.warnings[0];
}

TEST(PdfDocument, MissingFontAndJunkOperatorsDoNotStopThePage) {
  const PdfContent c = read("junk_ops", document({page("BT /Nope 10 Tf (ab) Tj ] ] >> foo 1 2 3 bar Tj TJ Tf Td cm "
                                                   "/F1 10 Tf (c) Tj ET Q Q Q")}));
  EXPECT_EQ(text_of(c.pages[0]), "abc");  // unknown font: bytes read as Latin-1
  ASSERT_FALSE(c.warnings.empty());
  EXPECT_NE(c.warnings[0].find("/Nope"), std::string::npos) << c.warnings[0];
}

TEST(PdfDocument, InfoTitleAndProducer) {
  MiniPdf pdf;
  pdf.add("<< /Type /Catalog /Pages 2 0 R >>");
  pdf.add("<< /Type /Pages /Kids [] /Count 0 >>");
  pdf.add("<< /Title <FEFF0054006900740072006500200C9> /Producer (unxref tests) >>");
  const PdfContent c = read("info", pdf.bytes(1, "/Info 3 0 R"));
  EXPECT_EQ(c.meta.producer, "unxref tests");
  EXPECT_EQ(c.meta.title.substr(0, 5), "Titre");
  EXPECT_EQ(c.meta.page_count, 0);
}

TEST(PdfDocument, PageTreeInheritanceAndLoops) {
  // Root (2) -> [intermediate 3, itself, page 6]; 3 -> [page 4, 3 again, a dangling reference].
  // MediaBox, Rotate and Resources come from the ancestors.
  MiniPdf pdf;
  pdf.add("<< /Type /Catalog /Pages 2 0 R >>");
  pdf.add("<< /Type /Pages /Kids [3 0 R 2 0 R 6 0 R] /Count 2 /MediaBox [0 0 300 400] "
          "/Resources << /Font << /F1 8 0 R >> >> >>");
  pdf.add("<< /Type /Pages /Parent 2 0 R /Kids [4 0 R 3 0 R 99 0 R] /Count 1 /Rotate 90 >>");
  pdf.add("<< /Type /Page /Parent 3 0 R /Contents 5 0 R >>");
  pdf.add_stream("", "BT /F1 10 Tf 10 20 Td (one) Tj ET");
  pdf.add("<< /Type /Page /Parent 2 0 R /Contents 7 0 R >>");
  pdf.add_stream("", "BT /F1 10 Tf 10 20 Td (two) Tj ET");
  pdf.add(kHelvetica);
  const PdfContent c = read("page_tree", pdf.bytes(1));
  ASSERT_EQ(c.meta.page_count, 2);
  EXPECT_EQ(text_of(c.pages[0]), "one");
  EXPECT_EQ(text_of(c.pages[1]), "two");
  EXPECT_DOUBLE_EQ(c.pages[0].width, 400);  // rotated by its parent
  EXPECT_DOUBLE_EQ(c.pages[0].height, 300);
  EXPECT_DOUBLE_EQ(c.pages[1].width, 300);
  EXPECT_DOUBLE_EQ(c.pages[1].height, 400);
}

TEST(PdfDocument, UnreadableFilesThrowFileError) {
  const auto dir = testing::scratch_dir("pdf_document_unreadable");
  std::ofstream(dir / "junk.pdf") << "%PDF-1.4\nthis is no pdf\n";
  std::ofstream(dir / "empty.pdf") << "";
  for (const char* name : {"junk.pdf", "empty.pdf", "missing.pdf"}) {
    try {
      read_pdf_glyphs(dir / name, {});
      ADD_FAILURE() << name << " did not throw";
    } catch (const FileError& e) {
      EXPECT_EQ(e.file(), dir / name);
      EXPECT_FALSE(e.cause().empty());
    }
  }
  EXPECT_THROW(read_pdf_glyphs(dir, {}), FileError);
}

// Encrypted files written through PoDoFo: with an empty user password they
// must open (RC4 needs OpenSSL's legacy provider), with a real one they fail
// with a clear cause.
std::filesystem::path encrypted_file(const std::string& name, const std::string& user_password,
                                     PoDoFo::PdfEncrypt::EPdfEncryptAlgorithm algorithm,
                                     PoDoFo::PdfEncrypt::EPdfKeyLength key_length) {
  // PoDoFo's writer encrypts with RC4 too, before any read has loaded the
  // providers; CTest runs each test in its own process, so load them here.
  OSSL_PROVIDER_load(nullptr, "legacy");
  OSSL_PROVIDER_load(nullptr, "default");
  const auto dir = testing::scratch_dir("pdf_document_" + name);
  const auto path = dir / (name + ".pdf");
  PoDoFo::PdfMemDocument doc;
  PoDoFo::PdfPage* page = doc.CreatePage(PoDoFo::PdfPage::CreateStandardPageSize(PoDoFo::ePdfPageSize_A4));
  PoDoFo::PdfPainter painter;
  painter.SetPage(page);
  painter.SetFont(doc.CreateFont("Helvetica", false, PoDoFo::PdfEncodingFactory::GlobalWinAnsiEncodingInstance(),
                                 PoDoFo::PdfFontCache::eFontCreationFlags_AutoSelectBase14, false));
  painter.DrawText(56, 700, "Secret resolution 2331 (2016)");
  painter.FinishPage();
  doc.SetEncrypted(user_password, "owner-secret", PoDoFo::PdfEncrypt::ePdfPermissions_Print, algorithm, key_length);
  doc.Write(path.c_str());
  return path;
}

TEST(PdfDocument, EncryptedWithEmptyUserPasswordOpens) {
  using E = PoDoFo::PdfEncrypt;
  const struct {
    const char* name;
    E::EPdfEncryptAlgorithm algorithm;
    E::EPdfKeyLength key;
  } cases[] = {{"rc4_40", E::ePdfEncryptAlgorithm_RC4V1, E::ePdfKeyLength_40},
               {"rc4_128", E::ePdfEncryptAlgorithm_RC4V2, E::ePdfKeyLength_128},
               {"aes_128", E::ePdfEncryptAlgorithm_AESV2, E::ePdfKeyLength_128},
               {"aes_256", E::ePdfEncryptAlgorithm_AESV3, E::ePdfKeyLength_256}};
  for (const auto& c : cases) {
    const PdfContent content = read_pdf_glyphs(encrypted_file(c.name, "", c.algorithm, c.key), {});
    ASSERT_EQ(content.pages.size(), 1u) << c.name;
    EXPECT_EQ(text_of(content.pages[0]), "Secret resolution 2331 (2016)") << c.name;
  }
}

TEST(PdfDocument, EncryptedWithUserPasswordFailsClearly) {
  const auto path = encrypted_file("user_pw", "user-secret", PoDoFo::PdfEncrypt::ePdfEncryptAlgorithm_RC4V2,
                                   PoDoFo::PdfEncrypt::ePdfKeyLength_128);
  try {
    read_pdf_glyphs(path, {});
    ADD_FAILURE() << "opened without the password";
  } catch (const FileError& e) {
    EXPECT_EQ(e.cause(), "encrypted, needs a password");
  }
}

}  // namespace
}  // namespace unxref
