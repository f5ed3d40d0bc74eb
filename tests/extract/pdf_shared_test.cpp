// read_pdf_glyphs() on the real PDFs in ../shared/: PoDoFo's test files,
// its malformed files, and the UN Security Council drafts with gold text.
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <fstream>
#include <map>
#include <string>

#include "support/paths.hpp"
#include "unxref/core/error.hpp"
#include "unxref/extract/glyphs.hpp"

namespace unxref {
namespace {

// Glyph text with a space where a new line starts, so words do not run
// across line ends (the layout stage does this properly).
std::string rough_text(const PdfContent& content) {
  std::string s;
  for (const PageGlyphs& page : content.pages) {
    const Glyph* prev = nullptr;
    for (const Glyph& g : page.glyphs) {
      if (prev && (std::abs(g.y - prev->y) > 0.5 * g.size || g.x < prev->x - 1)) s += ' ';
      s += g.text;
      prev = &g;
    }
    s += '\n';
  }
  return s;
}

std::map<std::string, int> words(const std::string& text) {
  std::map<std::string, int> out;
  std::string w;
  for (char c : text + " ") {
    const unsigned char u = static_cast<unsigned char>(c);
    if (std::isalnum(u) || u >= 0x80) {
      w += static_cast<char>(std::tolower(u));
    } else if (!w.empty()) {
      ++out[w];
      w.clear();
    }
  }
  return out;
}

// Share of the gold words (with multiplicity) found in the extracted text.
double word_recall(const std::string& gold, const std::string& extracted) {
  const auto g = words(gold), e = words(extracted);
  long found = 0, total = 0;
  for (const auto& [w, n] : g) {
    total += n;
    if (auto it = e.find(w); it != e.end()) found += std::min(n, it->second);
  }
  return total ? static_cast<double>(found) / total : 0;
}

struct SharedCase {
  const char* file;        // under ../shared/pdfs/
  const char* text;        // expected in the glyph text, "" for a file without page text
  const char* error;       // expected in FileError::cause() instead, or nullptr
  const char* why;
};

class SharedPdfs : public ::testing::TestWithParam<SharedCase> {};

TEST_P(SharedPdfs, GiveGlyphsOrAClearError) {
  UNXREF_REQUIRE_SHARED();
  const SharedCase& c = GetParam();
  const auto path = testing::shared_dir() / "pdfs" / c.file;
  if (c.error) {
    try {
      read_pdf_glyphs(path, {});
      ADD_FAILURE() << c.file << " opened; expected: " << c.error;
    } catch (const FileError& e) {
      EXPECT_EQ(e.file(), path);
      EXPECT_NE(e.cause().find(c.error), std::string::npos) << e.what();
    }
    return;
  }
  const PdfContent content = read_pdf_glyphs(path, {});
  EXPECT_GE(content.meta.page_count, 1) << c.file;
  EXPECT_EQ(content.pages.size(), static_cast<std::size_t>(content.meta.page_count));
  const std::string text = rough_text(content);
  if (*c.text) {
    EXPECT_NE(text.find(c.text), std::string::npos) << c.file << " gave: " << text.substr(0, 300);
  } else {
    EXPECT_EQ(text.find_first_not_of(" \n"), std::string::npos) << c.file << " gave: " << text.substr(0, 300);
  }
}

INSTANTIATE_TEST_SUITE_P(
    PoDoFo, SharedPdfs,
    ::testing::Values(
        SharedCase{"podofo/AESV2-128.pdf", nullptr, "needs a password", "user password set"},
        SharedCase{"podofo/AESV3R6-256.pdf", nullptr, "needs a password", "user password set"},
        SharedCase{"podofo/EncryptMetadataFalseCrypt.pdf", nullptr, "needs a password", "user password set"},
        SharedCase{"podofo/RC4V2-40.pdf", nullptr, "needs a password", "user password set"},
        SharedCase{"podofo/owner_user.pdf", nullptr, "needs a password", "user password set"},
        SharedCase{"podofo/Hierarchies1.pdf", "Testo generico!", nullptr, "form fields are not page text"},
        SharedCase{"podofo/Illust.pdf", "Text Illustrator", nullptr, ""},
        SharedCase{"podofo/PDFUA-Reference_PDFUA-Ref-2-02_Invoice.pdf", "PRICE (\xE2\x82\xAC)", nullptr, ""},
        SharedCase{"podofo/TestEmbedFont.pdf", "TEST", nullptr, ""},
        SharedCase{"podofo/TestEscapeAllCharacters.pdf", "", nullptr, "its text is in a form field only"},
        SharedCase{"podofo/TestXRefCheckboxUnicode.pdf", nullptr, "no pages were found",
                   "no trailer, pages in an object stream"},
        SharedCase{"podofo/TextExtraction1.pdf", "proprietary multi-paradigm programming language", nullptr, ""},
        SharedCase{"podofo/TextExtraction2.pdf", "Test text", nullptr, ""},
        SharedCase{"podofo/TextExtraction5.pdf", "Para 2, Line 2", nullptr, ""},
        SharedCase{"podofo/TextExtractionAllRotations.pdf", "HelloWorld", nullptr, ""},
        SharedCase{"podofo/TextExtractionPredefinedCmap.pdf",
                   "\xE5\x85\xA8\xE7\x9C\x81\xE7\x8E\xAF\xE5\xB2\x9B", nullptr, "UniGB-UCS2-H"},
        SharedCase{"podofo/blank.pdf", "", nullptr, ""},
        SharedCase{"podofo/blank-rotated-90.pdf", "", nullptr, ""},
        SharedCase{"podofo/inline-image.pdf", "", nullptr, "an inline image and no text"}),
    [](const auto& info) {
      std::string n = info.param.file;
      n = n.substr(n.find('/') + 1);
      for (char& ch : n) if (!std::isalnum(static_cast<unsigned char>(ch))) ch = '_';
      return n;
    });

INSTANTIATE_TEST_SUITE_P(
    Broken, SharedPdfs,
    ::testing::Values(
        SharedCase{"broken/AESV2-128_KeyLength129Violation.pdf", nullptr, "needs a password", ""},
        SharedCase{"broken/RC4V2-40_KeyLength41Violation.pdf", nullptr, "needs a password", ""},
        SharedCase{"broken/Empty160trailer.pdf", "", nullptr, "xref rebuilt; blank page"},
        SharedCase{"broken/EmptyXRefStream225Trailer.pdf", nullptr, "no pages were found", "pages in an object stream"},
        SharedCase{"broken/ParserTests_512.pdf", "PDF", nullptr, "xref rebuilt"},
        SharedCase{"broken/ParserTests_513.pdf", "PDF", nullptr, ""},
        SharedCase{"broken/ParserTests_514.pdf", "PDF", nullptr, "xref rebuilt"},
        SharedCase{"broken/ParserTests_false.pdf", "PDF", nullptr, "xref rebuilt"},
        SharedCase{"broken/ParserTests_rev.pdf", "PDF", nullptr, ""},
        SharedCase{"broken/TestFixInvalidCrossReferenceTable.pdf", "", nullptr, "no text"},
        SharedCase{"broken/TestImageInvalidLength.pdf", "", nullptr, "an image only"},
        SharedCase{"broken/TestMalformedAnnotationAction.pdf", "", nullptr, ""},
        SharedCase{"broken/TestXRefRecovery1.pdf", nullptr, "no pages were found", "catalog is a stream"},
        SharedCase{"broken/TestXRefRecovery2.pdf", "PDF:B", nullptr, "xref rebuilt"},
        SharedCase{"broken/blank-with-offset-start.pdf", "", nullptr, "junk before %PDF-"}),
    [](const auto& info) {
      std::string n = info.param.file;
      n = n.substr(n.find('/') + 1);
      for (char& ch : n) if (!std::isalnum(static_cast<unsigned char>(ch))) ch = '_';
      return n;
    });

TEST(SharedPdfs, DamageIsReportedAsWarnings) {
  UNXREF_REQUIRE_SHARED();
  const PdfContent c = read_pdf_glyphs(testing::shared_dir() / "pdfs/broken/TestXRefRecovery2.pdf", {});
  ASSERT_FALSE(c.warnings.empty());
  EXPECT_NE(c.warnings[0].find("rebuilt"), std::string::npos) << c.warnings[0];
}

TEST(SharedPdfs, TruncatedDraftStillGivesMostText) {
  UNXREF_REQUIRE_SHARED();
  const auto source = testing::shared_dir() / "corpus/un-drafts/S_2019_179-EN.pdf";
  std::ifstream in(source, std::ios::binary);
  std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  const auto dir = testing::scratch_dir("pdf_shared_truncated");
  std::ofstream(dir / "half.pdf", std::ios::binary) << bytes.substr(0, bytes.size() / 2);
  const PdfContent c = read_pdf_glyphs(dir / "half.pdf", {});
  EXPECT_EQ(c.pages.size(), 6u);
  EXPECT_NE(rough_text(c).find("Silencing the Guns"), std::string::npos);
}

TEST(UnDrafts, GlyphTextMatchesTheGoldText) {
  UNXREF_REQUIRE_SHARED();
  int files = 0;
  for (const auto& entry : std::filesystem::directory_iterator(testing::shared_dir() / "corpus/un-drafts")) {
    if (entry.path().extension() != ".pdf") continue;
    ++files;
    const PdfContent c = read_pdf_glyphs(entry.path(), {});
    EXPECT_EQ(c.meta.format, "pdf");
    EXPECT_GE(c.meta.page_count, 1);
    EXPECT_NE(c.meta.producer.find("Microsoft"), std::string::npos) << entry.path();
    const std::string text = rough_text(c);
    EXPECT_NE(text.find("Security Council"), std::string::npos) << entry.path();
    auto json_path = entry.path();
    json_path.replace_extension(".json");
    std::ifstream json_in(json_path);
    const auto gold = nlohmann::json::parse(json_in, nullptr, false);
    if (gold.is_discarded() || !gold.contains("Content")) continue;
    const double recall = word_recall(gold["Content"].get<std::string>(), text);
    EXPECT_GE(recall, 0.98) << entry.path().filename() << " word recall " << recall;
    RecordProperty(entry.path().stem().string() + "_recall", std::to_string(recall));
  }
  EXPECT_GE(files, 10);
}

}  // namespace
}  // namespace unxref
