// Plain text reader: pages, paragraphs, title, repair, masthead.
#include <gtest/gtest.h>

#include <algorithm>
#include <string>

#include "extract/text/text_reader.hpp"

namespace unxref::text {
namespace {

using namespace std::string_literals;

std::vector<std::string> texts(const Document& doc, Role role) {
  std::vector<std::string> out;
  for (const Block& b : doc.blocks)
    if (b.role == role) out.push_back(b.text);
  return out;
}

TEST(PlainText, MetadataNamesFileAndFormat) {
  const Document doc = read_plain_text("Hello\n", "dir/note.txt");
  EXPECT_EQ(doc.meta.path, "dir/note.txt");
  EXPECT_EQ(doc.meta.format, "text");
  EXPECT_EQ(doc.meta.page_count, 1);
  EXPECT_TRUE(doc.warnings.empty());
}

TEST(PlainText, ParagraphsAreBlankLineSeparatedAndJoinedWithSpaces) {
  const Document doc = read_plain_text(
      "First line of one\n  paragraph   continues\n\n \t \nSecond paragraph.\n\n\n\nThird.", "a.txt");
  EXPECT_EQ(texts(doc, Role::body),
            (std::vector<std::string>{"First line of one paragraph continues", "Second paragraph.", "Third."}));
}

TEST(PlainText, LongLinesWithoutBlankLinesAreParagraphsEach) {
  // One clause a line, as the UN's resolution texts are written: the clause
  // boundaries must survive (the clause verb of a citation depends on them).
  const std::string clause(120, 'x');
  const Document doc = read_plain_text("The General Assembly,\nRecalling " + clause + ",\nNoting " + clause +
                                           ",\n1. Decides " + clause + ";\n",
                                       "a.txt");
  EXPECT_EQ(texts(doc, Role::body),
            (std::vector<std::string>{"The General Assembly,", "Recalling " + clause + ",", "Noting " + clause + ",",
                                      "1. Decides " + clause + ";"}));
  // Short wrapped lines stay one paragraph.
  const Document wrapped = read_plain_text("a short line\nanother short line\nand a third\n", "b.txt");
  EXPECT_EQ(texts(wrapped, Role::body), (std::vector<std::string>{"a short line another short line and a third"}));
}

TEST(PlainText, FormFeedsSeparatePages) {
  const Document doc = read_plain_text("page one\fpage two\n\nstill two\f\fpage four\f\n", "a.txt");
  EXPECT_EQ(doc.meta.page_count, 4);
  ASSERT_EQ(doc.blocks.size(), 4u);
  EXPECT_EQ(doc.blocks[0].page, 1);
  EXPECT_EQ(doc.blocks[1].page, 2);
  EXPECT_EQ(doc.blocks[2].page, 2);
  EXPECT_EQ(doc.blocks[3].page, 4);
  EXPECT_EQ(doc.blocks[3].text, "page four");
}

TEST(PlainText, TitleIsFirstNonEmptyLine) {
  const Document doc = read_plain_text("\n\n  Trafficking in Persons  \nand the SDGs\n\nBody.", "a.txt");
  EXPECT_EQ(doc.meta.title, "Trafficking in Persons");
}

TEST(PlainText, CrlfBomNulAndBadBytesDoNotBreakParagraphs) {
  const Document doc = read_plain_text("\xEF\xBB\xBFOne\r\ntwo\0\r\n\r\nThree \xFF end\r\n"s, "w.txt");
  EXPECT_EQ(texts(doc, Role::body), (std::vector<std::string>{"One two", "Three \xEF\xBF\xBD end"}));
  EXPECT_EQ(doc.warnings.size(), 2u);
  EXPECT_EQ(doc.meta.title, "One");
}

TEST(PlainText, EmptyAndWhitespaceOnlyFilesGiveOneEmptyPage) {
  for (const std::string& input : {""s, "\n\n"s, "  \f \n"s, "\0\0"s}) {
    const Document doc = read_plain_text(input, "e.txt");
    EXPECT_EQ(doc.meta.page_count, 1);
    EXPECT_TRUE(doc.blocks.empty());
    EXPECT_EQ(doc.meta.title, "");
  }
}

TEST(PlainText, UnMastheadLinesAreMarkedAndFillMetadata) {
  const Document doc = read_plain_text(
      "United Nations\nA/RES/72/1\nGeneral Assembly\nDistr.: General\n10 October 2017\nOriginal: English\n\n"
      "Political declaration on the implementation of the Global Plan of Action\n\n"
      "The General Assembly adopts the following declaration.\n",
      "decl.txt");
  EXPECT_EQ(doc.meta.symbol, "A/RES/72/1");
  EXPECT_EQ(doc.meta.date, "10 October 2017");
  EXPECT_EQ(doc.meta.language, "English");
  const auto masthead = texts(doc, Role::masthead);
  EXPECT_NE(std::find(masthead.begin(), masthead.end(), "A/RES/72/1"), masthead.end());
  EXPECT_NE(std::find(masthead.begin(), masthead.end(), "Original: English"), masthead.end());
  for (const Block& b : doc.blocks) {
    if (b.role != Role::masthead) {
      EXPECT_EQ(b.text.find("Distr."), std::string::npos) << b.text;
      EXPECT_EQ(b.text.find("Original:"), std::string::npos) << b.text;
    }
  }
  EXPECT_EQ(doc.meta.title, "Political declaration on the implementation of the Global Plan of Action");
}

TEST(PlainText, NoMastheadInOrdinaryProse) {
  const Document doc = read_plain_text("A note on trafficking\n\nIt cites resolution 64/293.\n", "n.txt");
  EXPECT_TRUE(doc.meta.symbol.empty());
  EXPECT_TRUE(texts(doc, Role::masthead).empty());
}

}  // namespace
}  // namespace unxref::text
