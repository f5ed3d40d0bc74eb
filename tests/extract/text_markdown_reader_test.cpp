// Markdown reader: block roles, footnotes, pages and markup removal.
#include <gtest/gtest.h>

#include <string>
#include <utility>

#include "extract/text/text_reader.hpp"

namespace unxref::text {
namespace {

using namespace std::string_literals;
using RoleText = std::pair<Role, std::string>;

std::vector<RoleText> roles(const Document& doc) {
  std::vector<RoleText> out;
  for (const Block& b : doc.blocks) out.emplace_back(b.role, b.text);
  return out;
}

Document md(std::string_view text) { return read_markdown(text, "doc.md"); }

TEST(Markdown, MetadataAndTitleFromFirstHeading) {
  const Document doc = md("Some preface line\n\n## Trafficking and **SDG** target 8.7\n\n# Later\n");
  EXPECT_EQ(doc.meta.format, "markdown");
  EXPECT_EQ(doc.meta.path, "doc.md");
  EXPECT_EQ(doc.meta.title, "Trafficking and SDG target 8.7");
}

TEST(Markdown, TitleFallsBackToFirstLine) {
  EXPECT_EQ(md("\n*Plain* start\nmore\n").meta.title, "Plain start");
}

TEST(Markdown, AtxAndSetextHeadingsWithLevels) {
  const Document doc = md("# One\n\nTwo\n===\n\nThree\nspans lines\n---\n\n#### Four ####\n\nbody\n");
  ASSERT_EQ(doc.blocks.size(), 5u);
  EXPECT_EQ(doc.blocks[0].role, Role::heading);
  EXPECT_EQ(doc.blocks[0].level, 1);
  EXPECT_EQ(doc.blocks[1].text, "Two");
  EXPECT_EQ(doc.blocks[1].level, 1);
  EXPECT_EQ(doc.blocks[2].text, "Three spans lines");
  EXPECT_EQ(doc.blocks[2].level, 2);
  EXPECT_EQ(doc.blocks[3].text, "Four");
  EXPECT_EQ(doc.blocks[3].level, 4);
  EXPECT_EQ(doc.blocks[4].role, Role::body);
  EXPECT_EQ(doc.blocks[4].level, 0);
}

TEST(Markdown, ParagraphLinesJoinWithSingleSpacesAndHardBreaksVanish) {
  const Document doc = md("On the occasion of  \nthe First Meeting\\\nof Principals\n\nNext");
  EXPECT_EQ(roles(doc), (std::vector<RoleText>{{Role::body, "On the occasion of the First Meeting of Principals"},
                                                {Role::body, "Next"}}));
}

// Bullets go, numbers and letters stay (pinpoints refer to them).
TEST(Markdown, ListItemsOfEveryMarkerKind) {
  const Document doc = md(
      "Intro:\n- first item\n  continues here\n* second\n+ third\n\n1. one\n2. two\n\n(a) letter item\n(b) next\n");
  EXPECT_EQ(roles(doc), (std::vector<RoleText>{{Role::body, "Intro:"},
                                                {Role::list_item, "first item continues here"},
                                                {Role::list_item, "second"},
                                                {Role::list_item, "third"},
                                                {Role::list_item, "1. one"},
                                                {Role::list_item, "2. two"},
                                                {Role::list_item, "(a) letter item"},
                                                {Role::list_item, "(b) next"}}));
}

TEST(Markdown, WrappedNumbersInProseDoNotStartListItems) {
  const Document doc = md("The Group met in\n2016. It noted that (a) one thing and\n(b) another.\n");
  EXPECT_EQ(roles(doc), (std::vector<RoleText>{
                            {Role::body, "The Group met in 2016. It noted that (a) one thing and (b) another."}}));
}

TEST(Markdown, BracketFootnotesGoAfterTheBodyOfTheirPage) {
  const Document doc = md(
      "Body cites the Protocol[^1] and the GPA.[^2]\n\n[^1]: Trafficking in Persons Protocol, article 3.\n"
      "[^2]: General Assembly resolution 64/293,\n    annex.\n\nMore body after.\n");
  EXPECT_EQ(roles(doc), (std::vector<RoleText>{{Role::body, "Body cites the Protocol and the GPA."},
                                                {Role::body, "More body after."},
                                                {Role::footnote, "1 Trafficking in Persons Protocol, article 3."},
                                                {Role::footnote, "2 General Assembly resolution 64/293, annex."}}));
}

TEST(Markdown, FootnoteParagraphIndentedAfterBlankLineContinuesTheNote) {
  const Document doc = md("x[^n]\n\n[^n]: First part.\n\n    Second part.\n\nBody.\n");
  EXPECT_EQ(roles(doc), (std::vector<RoleText>{
                            {Role::body, "x"}, {Role::body, "Body."}, {Role::footnote, "n First part. Second part."}}));
}

TEST(Markdown, SupFootnotesAfterARuleAreFootnotes) {
  const Document doc = md(
      "ICAT<sup>1</sup> is a forum; its mandate,<sup>2</sup> is set out.\n\n---\n\n"
      "<sup>1</sup> Composed of 23 organizations.\n\n<sup>2</sup> See resolution 61/180,\nop. 15.\n\n"
      "- Body resumes with a list item.\n\n<sup>3</sup> not a footnote: no rule before it\n");
  EXPECT_EQ(roles(doc), (std::vector<RoleText>{{Role::body, "ICAT is a forum; its mandate, is set out."},
                                                {Role::list_item, "Body resumes with a list item."},
                                                {Role::body, "not a footnote: no rule before it"},
                                                {Role::footnote, "1 Composed of 23 organizations."},
                                                {Role::footnote, "2 See resolution 61/180, op. 15."}}));
}

TEST(Markdown, HorizontalRulesAreNotText) {
  const Document doc = md("a\n\n***\n\n___\n\n- - -\n\nb\n");
  EXPECT_EQ(roles(doc), (std::vector<RoleText>{{Role::body, "a"}, {Role::body, "b"}}));
}

TEST(Markdown, EmphasisLinksAndCodeStrippedInEveryRole) {
  const Document doc = md(
      "### **Coordination** of _activities_\n\n- [Pivoting toward the Evidence](#) (`2016`)\n\n"
      "See the [TIP \\(Palermo\\) Protocol](https://x.org).[^1]\n\n[^1]: *Supra*, __note__ 4.\n");
  EXPECT_EQ(roles(doc), (std::vector<RoleText>{{Role::heading, "Coordination of activities"},
                                                {Role::list_item, "Pivoting toward the Evidence (2016)"},
                                                {Role::body, "See the TIP (Palermo) Protocol."},
                                                {Role::footnote, "1 Supra, note 4."}}));
}

TEST(Markdown, FormFeedPagesKeepFootnotesOnTheirOwnPage) {
  const Document doc = md("p1 body[^1]\n\n[^1]: note one\n\fp2 body[^2]\n\n[^2]: note two\n");
  EXPECT_EQ(doc.meta.page_count, 2);
  ASSERT_EQ(doc.blocks.size(), 4u);
  EXPECT_EQ(doc.blocks[0].page, 1);
  EXPECT_EQ(doc.blocks[1].role, Role::footnote);
  EXPECT_EQ(doc.blocks[1].page, 1);
  EXPECT_EQ(doc.blocks[2].text, "p2 body");
  EXPECT_EQ(doc.blocks[2].page, 2);
  EXPECT_EQ(doc.blocks[3].text, "2 note two");
  EXPECT_EQ(doc.blocks[3].page, 2);
}

TEST(Markdown, CodeFencesTablesQuotesAndComments) {
  const Document doc = md(
      "```\nliteral **text**\n```\n\n| Symbol | Year |\n|---|---|\n| A/RES/64/293 | 2010 |\n\n"
      "> quoted *words*\n> go on\n\n<!-- a comment\nover lines -->\nafter\n");
  EXPECT_EQ(roles(doc), (std::vector<RoleText>{{Role::body, "literal **text**"},
                                                {Role::body, "Symbol | Year"},
                                                {Role::body, "A/RES/64/293 | 2010"},
                                                {Role::body, "quoted words go on"},
                                                {Role::body, "after"}}));
}

TEST(Markdown, UnclosedFenceAndDamagedBytesAreNotFatal) {
  const Document doc = md("\xEF\xBB\xBF# T\xFFitle\r\n\r\n```\nnever closed\0\n"s);
  EXPECT_EQ(doc.meta.title, "T\xEF\xBF\xBDitle");
  ASSERT_EQ(doc.blocks.size(), 2u);
  EXPECT_EQ(doc.blocks[1].text, "never closed");
  EXPECT_EQ(doc.warnings.size(), 2u);
}

TEST(Markdown, MastheadLinesAreMarked) {
  const Document doc = md(
      "United Nations\n\n**A/72/L.1**\n\nGeneral Assembly\n\nDistr.: Limited\n\n12 September 2017\n\n"
      "Original: English\n\n# Political declaration\n\nText.\n");
  EXPECT_EQ(doc.meta.symbol, "A/72/L.1");
  EXPECT_EQ(doc.meta.language, "English");
  EXPECT_EQ(doc.meta.title, "Political declaration");
  bool saw_symbol = false;
  for (const Block& b : doc.blocks) {
    if (b.text == "A/72/L.1") {
      saw_symbol = true;
      EXPECT_EQ(b.role, Role::masthead);
    }
  }
  EXPECT_TRUE(saw_symbol);
}

}  // namespace
}  // namespace unxref::text
