#pragma once
// The hand-off between the PDF interpreter (src/extract/pdf) and the layout
// analysis (src/extract/layout): positioned glyphs, no layout decisions yet.
#include <string>
#include <vector>

#include "unxref/extract/document.hpp"
#include "unxref/extract/extract.hpp"

namespace unxref {

struct Glyph {
  std::string text;  // UTF-8 of what the glyph shows; ligatures already expanded ("fi")
  double x = 0;      // left of the glyph on the baseline, display space (see document.hpp)
  double y = 0;      // baseline
  double width = 0;  // advance width
  double size = 0;   // effective font size in points (font size x text and CTM scale)
  int font = 0;      // interpreter-local font id: equal ids mean the same font resource
  bool bold = false;
  // Text direction in clockwise quarter turns in display space: 0 left to
  // right, 1 running down the page, 2 upside down, 3 running up.
  int rotation = 0;
  // Marked-content id of the innermost tagged content around the glyph
  // (its link to the structure tree), kNoMcid outside any, kArtifact inside
  // /Artifact content (running heads, page numbers, decoration).
  int mcid = -1;
  static constexpr int kNoMcid = -1;
  static constexpr int kArtifact = -2;
};

struct PageGlyphs {
  int number = 1;  // 1-based
  double width = 0, height = 0;  // display-space size (after /Rotate)
  std::vector<Glyph> glyphs;     // in content-stream order
};

// One block-level element of a tagged PDF's structure tree (P, H1, LI, TD,
// Note, ...), in tree order, with the marked content that holds its text.
struct StructBlock {
  std::string type;  // standard type after the /RoleMap ("P", "H2", "LI", ...)
  struct Part {
    int page = 1;  // 1-based
    int mcid = 0;
  };
  std::vector<Part> parts;  // in tree order
};

struct PdfContent {
  DocumentMeta meta;  // path, format, title and producer from /Info, page_count
  std::vector<PageGlyphs> pages;
  std::vector<StructBlock> structure;  // empty for untagged PDFs
  std::vector<std::string> warnings;
};

// PoDoFo parses the document, objects, fonts and filters; the content streams
// go through the project's own bounded lexer (PoDoFo's tokenizer was ~80% of
// the run time) and the fonts' encodings. Throws FileError when the file
// cannot be opened at all.
PdfContent read_pdf_glyphs(const std::filesystem::path& file, const ExtractOptions& options);

// Geometry: glyphs -> words -> lines -> blocks, reading order, hyphenation,
// running headers/footers, footnotes and the UN masthead. The structure tree
// is followed only when `order` is automatic.
Document layout_document(PdfContent content, ReadingOrder order = ReadingOrder::automatic);

}  // namespace unxref
