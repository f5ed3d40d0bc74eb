// align_to_source: each byte of a block's text back to its file offset,
// table-driven on what readers do to text (collapse white space, drop
// markup, decode entities, add labels).
#include "extract/text/source_align.hpp"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "extract/text/text_clean.hpp"

namespace unxref::text {
namespace {

struct AlignCase {
  const char* name;
  std::string file;   // the file's bytes
  std::string shown;  // the block text a reader made of all of it
  std::string word;   // a word of `shown`...
  std::string in_file;  // ...whose bytes in the file are these
};

void PrintTo(const AlignCase& c, std::ostream* os) { *os << c.name; }

class AlignToSource : public ::testing::TestWithParam<AlignCase> {};

TEST_P(AlignToSource, WordLandsOnItsFileBytes) {
  const AlignCase& c = GetParam();
  std::vector<std::string> warnings;
  OffsetMap to_file;
  const std::string clean = clean_text_bytes(c.file, warnings, &to_file);
  const CleanSource source{clean, to_file};
  const OffsetMap map = align_to_source(c.shown, source, 0, clean.size());
  const std::size_t at = c.shown.find(c.word);
  ASSERT_NE(at, std::string::npos);
  const std::size_t from = map.to_original(at), to = map.end_of(at + c.word.size());
  ASSERT_LE(from, to);
  EXPECT_EQ(c.file.substr(from, to - from), c.in_file);
  // The map never points past the file, and never goes backwards.
  std::size_t last = 0;
  for (std::size_t i = 0; i <= c.shown.size(); ++i) {
    EXPECT_LE(map.to_original(i), c.file.size());
    EXPECT_GE(map.to_original(i), last) << i;
    last = map.to_original(i);
  }
}

const AlignCase kCases[] = {
    {"Identical", "resolution 2331", "resolution 2331", "2331", "2331"},
    {"CollapsedLineBreak", "see\n   resolution\t2331", "see resolution 2331", "resolution 2331",
     "resolution\t2331"},
    {"CrLf", "a\r\nb resolution 2331\r\n", "a b resolution 2331", "resolution 2331", "resolution 2331"},
    {"Emphasis", "the *Agenda* (A/RES/70/1).", "the Agenda (A/RES/70/1).", "Agenda", "Agenda"},
    {"FootnoteReference", "consideration.[^1] Article 3 and so on. In 2019, more.",
     "consideration. Article 3 and so on. In 2019, more.", "Article 3", "Article 3"},
    {"LinkTarget", "see [the Agenda](https://undocs.org/A/RES/70/1) and A/RES/64/293",
     "see the Agenda and A/RES/64/293", "A/RES/64/293", "A/RES/64/293"},
    {"EntityThenWord", "x &mdash; see A/RES/64/293", "x \xE2\x80\x94 see A/RES/64/293", "\xE2\x80\x94",
     "&mdash;"},
    {"NumericEntity", "x &#65;/RES/70/1 y", "x A/RES/70/1 y", "A", "&#65;"},
    {"AddedCharacterThenCopy", "Z-RES", "?Z-RES", "-RES", "-RES"},
    {"LinkEnd", "see [the TIP Protocol](#). More", "see the TIP Protocol. More", "the TIP Protocol",
     "the TIP Protocol"},
    {"HtmlTag", "a <sup>1</sup> b A/RES/70/1", "a 1 b A/RES/70/1", "A/RES/70/1", "A/RES/70/1"},
    {"MultiByte", "« voir » A/RES/70/1", "« voir » A/RES/70/1", "voir", "voir"},
};

INSTANTIATE_TEST_SUITE_P(Table, AlignToSource, ::testing::ValuesIn(kCases),
                         [](const auto& info) { return std::string(info.param.name); });

}  // namespace
}  // namespace unxref::text
