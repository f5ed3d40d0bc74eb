// Line-level Markdown rules: which block a source line opens.
#include <gtest/gtest.h>

#include <string>

#include "extract/text/markdown_lines.hpp"

namespace unxref::text {
namespace {

struct HeadingCase {
  const char* line;
  int level;  // 0: not a heading
  const char* text;
};

class AtxHeadingTest : public ::testing::TestWithParam<HeadingCase> {};

TEST_P(AtxHeadingTest, Matches) {
  const HeadingCase& c = GetParam();
  auto h = match_atx_heading(c.line);
  if (c.level == 0) {
    EXPECT_FALSE(h) << c.line;
    return;
  }
  ASSERT_TRUE(h) << c.line;
  EXPECT_EQ(h->level, c.level);
  EXPECT_EQ(h->text, c.text);
}

INSTANTIATE_TEST_SUITE_P(Cases, AtxHeadingTest,
                         ::testing::Values(HeadingCase{"# Introduction", 1, "Introduction"},
                                           HeadingCase{"### **Coordination**", 3, "**Coordination**"},
                                           HeadingCase{"## Closed ##", 2, "Closed"},
                                           HeadingCase{"   # Indented three", 1, "Indented three"},
                                           HeadingCase{"###### Six", 6, "Six"},
                                           HeadingCase{"#", 1, ""},
                                           HeadingCase{"## C# ##", 2, "C#"},
                                           HeadingCase{"####### Seven", 0, ""},
                                           HeadingCase{"#hashtag", 0, ""},
                                           HeadingCase{"    # four spaces", 0, ""},
                                           HeadingCase{"Not # a heading", 0, ""}));

TEST(ThematicBreak, RulesAndNonRules) {
  for (const char* yes : {"---", "***", "___", "- - -", " * * * *", "-----------"})
    EXPECT_TRUE(is_thematic_break(yes)) << yes;
  for (const char* no : {"--", "-- -x", "- item", "**bold**", "", "    ---", "=-="}) EXPECT_FALSE(is_thematic_break(no)) << no;
}

TEST(SetextUnderline, Levels) {
  EXPECT_EQ(setext_level("====="), 1);
  EXPECT_EQ(setext_level("=  "), 1);
  EXPECT_EQ(setext_level("---"), 2);
  EXPECT_EQ(setext_level("-"), 2);
  EXPECT_EQ(setext_level("= ="), 0);
  EXPECT_EQ(setext_level("text"), 0);
  EXPECT_EQ(setext_level(""), 0);
}

struct ListCase {
  const char* line;
  ListMarker marker;
  const char* text;
  const char* label = "";
};

class ListItemTest : public ::testing::TestWithParam<ListCase> {};

TEST_P(ListItemTest, Matches) {
  const ListCase& c = GetParam();
  auto item = match_list_item(c.line);
  if (c.marker == ListMarker::none) {
    EXPECT_FALSE(item) << c.line;
    return;
  }
  ASSERT_TRUE(item) << c.line;
  EXPECT_EQ(item->marker, c.marker) << c.line;
  EXPECT_EQ(item->text, c.text);
  if (*c.label) {
    EXPECT_EQ(item->label, c.label);
  }
}

INSTANTIATE_TEST_SUITE_P(
    Cases, ListItemTest,
    ::testing::Values(ListCase{"- A comprehensive approach;", ListMarker::bullet, "A comprehensive approach;", "-"},
                      ListCase{"* star item", ListMarker::bullet, "star item"},
                      ListCase{"+ plus item", ListMarker::bullet, "plus item"},
                      ListCase{"  - nested item", ListMarker::bullet, "nested item"},
                      ListCase{"\xE2\x80\xA2 bullet glyph", ListMarker::bullet, "bullet glyph"},
                      ListCase{"1. Raising awareness", ListMarker::number_one, "Raising awareness", "1."},
                      ListCase{"12) Twelfth", ListMarker::number, "Twelfth", "12)"},
                      ListCase{"(a) drawing on good practice", ListMarker::letter, "drawing on good practice", "(a)"},
                      ListCase{"(iv) fourth", ListMarker::letter, "fourth"},
                      ListCase{"(3) third", ListMarker::letter, "third"},
                      ListCase{"*An overview*", ListMarker::none, ""},
                      ListCase{"**Bold** start", ListMarker::none, ""},
                      ListCase{"-5 degrees", ListMarker::none, ""},
                      ListCase{"8.7 per cent of cases", ListMarker::none, ""},
                      ListCase{"2016. The year", ListMarker::none, ""},
                      ListCase{"(2016) was", ListMarker::none, ""},
                      ListCase{"(UN) entity", ListMarker::none, ""},
                      ListCase{"1.", ListMarker::none, ""}));

TEST(FootnoteDefinition, Matches) {
  auto fn = match_footnote_definition("[^12]: See resolution 61/180.");
  ASSERT_TRUE(fn);
  EXPECT_EQ(fn->label, "12");
  EXPECT_EQ(fn->text, "See resolution 61/180.");
  EXPECT_TRUE(match_footnote_definition("[^note]:"));
  EXPECT_FALSE(match_footnote_definition("[^1] in body"));
  EXPECT_FALSE(match_footnote_definition("[1]: http://example.org"));
  EXPECT_FALSE(match_footnote_definition("[^]: empty"));
}

TEST(SupFootnote, Matches) {
  auto fn = match_sup_footnote("<sup>4</sup> See in particular ECOSOC Resolution 2006/27.");
  ASSERT_TRUE(fn);
  EXPECT_EQ(fn->label, "4");
  EXPECT_EQ(fn->text, "See in particular ECOSOC Resolution 2006/27.");
  EXPECT_FALSE(match_sup_footnote("<sup>st</sup> floor"));
  EXPECT_FALSE(match_sup_footnote("text <sup>1</sup>"));
  EXPECT_FALSE(match_sup_footnote("<sup>1"));
}

TEST(CodeFenceAndTable, Matches) {
  EXPECT_TRUE(is_code_fence("```"));
  EXPECT_TRUE(is_code_fence("~~~ text"));
  EXPECT_FALSE(is_code_fence("``inline``x"));
  EXPECT_TRUE(is_table_delimiter_row("| --- | :-: |"));
  EXPECT_TRUE(is_table_delimiter_row("|---|"));
  EXPECT_FALSE(is_table_delimiter_row("| a | b |"));
  EXPECT_FALSE(is_table_delimiter_row("---"));
}

}  // namespace
}  // namespace unxref::text
