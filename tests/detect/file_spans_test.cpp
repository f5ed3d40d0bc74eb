// Mentions point into the file as written (issue 15): for a text or Markdown
// file, the bytes [file_start, file_end) of the file are what the mention
// says it is, whatever the reader rewrote on the way (CRLF, a BOM, UTF-16,
// wrapped lines, Markdown emphasis, links, entities, footnotes, tables); for
// a PDF, the offsets are unknown and the block's box is given instead.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include "unxref/detect/detect.hpp"
#include "unxref/extract/extract.hpp"

namespace unxref {
namespace {

namespace fs = std::filesystem;

struct SpanCase {
  const char* name;
  const char* file_name;  // the extension picks the reader
  std::string bytes;      // the file
  std::string target;     // a mention expected...
  std::string in_file;    // ...whose file bytes are exactly these
};

// UTF-16LE of an ASCII string, for the UTF-16 case.
std::string utf16le(std::string_view ascii) {
  std::string out = "\xFF\xFE";
  for (char c : ascii) {
    out += c;
    out += '\0';
  }
  return out;
}

const std::vector<SpanCase>& cases() {
  static const std::vector<SpanCase> table = {
      {"PlainLine", "a.txt", "Recalling resolution 2331 (2016) on trafficking.\n", "S/RES/2331(2016)",
       "resolution 2331 (2016)"},
      {"WrappedAcrossLines", "a.txt",
       "Title\n\nThe Council recalls its\nresolution\n   2331 (2016) and more.\n", "S/RES/2331(2016)",
       "resolution\n   2331 (2016)"},
      {"SecondParagraph", "a.txt", "First paragraph here.\n\n\nSee A/RES/70/1 for the goals.\n", "A/RES/70/1",
       "A/RES/70/1"},
      {"CrLfLineEnds", "a.txt", "Intro line\r\n\r\nAs stated in\r\nA/RES/55/25, annex II.\r\n", "A/RES/55/25",
       "A/RES/55/25"},
      {"Utf8Bom", "a.txt", "\xEF\xBB\xBFSee A/RES/70/1.\n", "A/RES/70/1", "A/RES/70/1"},
      {"AfterNonAscii", "a.txt", "Réunion — « voir » A/RES/70/1.\n", "A/RES/70/1", "A/RES/70/1"},
      {"Utf16", "a.txt", utf16le("Intro\r\n\r\nSee A/RES/70/1 here.\r\n"), "A/RES/70/1",
       utf16le("A/RES/70/1").substr(2)},
      {"FormFeedPages", "a.txt", "Page one text.\n\fPage two cites A/RES/70/1.\n", "A/RES/70/1", "A/RES/70/1"},
      {"MarkdownBold", "a.md", "# Title\n\nThe **General Assembly resolution 55/25** applies.\n", "A/RES/55/25",
       "General Assembly resolution 55/25"},
      {"MarkdownLink", "a.md", "See [the 2030 Agenda](https://undocs.org/en/A/RES/70/1) and A/RES/64/293.\n",
       "A/RES/64/293", "A/RES/64/293"},
      {"MarkdownEntity", "a.md", "Rights &amp; duties &mdash; see A/RES/64/293.\n", "A/RES/64/293",
       "A/RES/64/293"},
      {"MarkdownFootnote", "a.md", "Body text.[^1]\n\n[^1]: General Assembly resolution 64/293.\n", "A/RES/64/293",
       "General Assembly resolution 64/293"},
      {"MarkdownLinkText", "a.md", "It cites [General Assembly resolution 64/293](#). More.\n", "A/RES/64/293",
       "General Assembly resolution 64/293"},
      {"MarkdownTable", "a.md", "| Year | Text |\n|---|---|\n| 2010 | A/RES/64/293 |\n", "A/RES/64/293",
       "A/RES/64/293"},
      {"MarkdownListItem", "a.md", "Intro.\n\n- first point\n- recalls *A/RES/64/293*\n", "A/RES/64/293",
       "A/RES/64/293"},
  };
  return table;
}

void PrintTo(const SpanCase& c, std::ostream* os) { *os << c.name; }

class FileSpans : public ::testing::TestWithParam<SpanCase> {};

TEST_P(FileSpans, MentionBytesInTheFileAreItsSurface) {
  const SpanCase& c = GetParam();
  const fs::path dir = fs::temp_directory_path() / ("unxref-spans-" + std::string(c.name));
  fs::create_directories(dir);
  const fs::path file = dir / c.file_name;
  {
    std::ofstream(file, std::ios::binary) << c.bytes;
  }
  const Document doc = extract_file(file);
  const std::vector<Mention> mentions = Detector().detect(flatten(doc), "test");
  fs::remove_all(dir);

  bool found = false;
  for (const Mention& m : mentions) {
    ASSERT_GE(m.file_start, 0) << m.target;
    ASSERT_LE(m.file_start, m.file_end) << m.target;
    ASSERT_LE(m.file_end, static_cast<long long>(c.bytes.size())) << m.target;
    if (m.target != c.target) continue;
    found = true;
    EXPECT_EQ(c.bytes.substr(static_cast<std::size_t>(m.file_start),
                             static_cast<std::size_t>(m.file_end - m.file_start)),
              c.in_file)
        << "surface " << m.surface;
  }
  EXPECT_TRUE(found) << "no mention of " << c.target;
}

INSTANTIATE_TEST_SUITE_P(Table, FileSpans, ::testing::ValuesIn(cases()),
                         [](const auto& info) { return std::string(info.param.name); });

// Every mention of the shipped text and Markdown documents: its file bytes,
// with white space collapsed, are its surface (the surface is the flattened
// text's, where a wrapped line is one space).
TEST(FileSpans, ShippedCorpusMentionsLandOnTheirSurface) {
  const fs::path corpus = fs::path(UNXREF_SOURCE_DIR) / "corpus";
  std::size_t checked = 0;
  for (const auto& entry : fs::directory_iterator(corpus)) {
    const fs::path& p = entry.path();
    if (p.extension() != ".txt" && p.extension() != ".md") continue;
    if (p.filename() == "README.md") continue;
    std::ifstream in(p, std::ios::binary);
    const std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    const Document doc = extract_file(p);
    for (const Mention& m : Detector().detect(flatten(doc), "test")) {
      ASSERT_GE(m.file_start, 0) << p << " " << m.surface;
      std::string shown;
      for (char ch : bytes.substr(static_cast<std::size_t>(m.file_start),
                                  static_cast<std::size_t>(m.file_end - m.file_start))) {
        const bool space = ch == ' ' || ch == '\n' || ch == '\t' || ch == '\r';
        if (space && (shown.empty() || shown.back() == ' ')) continue;
        shown += space ? ' ' : ch;
      }
      // Markdown markup inside a mention (emphasis in the middle of a title)
      // stays in the file's bytes: compare without it.
      std::string surface = m.surface, file_text = shown;
      for (std::string* s : {&surface, &file_text}) std::erase_if(*s, [](char ch) { return ch == '*' || ch == '_'; });
      EXPECT_EQ(file_text, surface) << p.filename() << " at " << m.file_start;
      ++checked;
    }
  }
  EXPECT_GT(checked, 50u);
}

TEST(FileSpans, PdfMentionsHaveTheirBlockBoxNotFileOffsets) {
  const fs::path pdf = fs::path(UNXREF_SOURCE_DIR) / "corpus" / "non-punishment-policy-paper-2020.pdf";
  const Document doc = extract_file(pdf);
  const std::vector<Mention> mentions = Detector().detect(flatten(doc), "test");
  ASSERT_FALSE(mentions.empty());
  for (const Mention& m : mentions) {
    EXPECT_EQ(m.file_start, -1);
    EXPECT_EQ(m.file_end, -1);
    EXPECT_GT(m.box.width(), 0) << m.surface;
    EXPECT_GT(m.box.height(), 0) << m.surface;
    EXPECT_GE(m.page, 1);
  }
}

}  // namespace
}  // namespace unxref
