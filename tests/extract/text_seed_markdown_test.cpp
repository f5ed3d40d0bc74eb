// The Markdown reader on the real ICAT overview (../shared/corpus/seed/).
#include <gtest/gtest.h>

#include <fstream>
#include <sstream>
#include <string>

#include "extract/text/text_reader.hpp"
#include "support/paths.hpp"

namespace unxref::text {
namespace {

Document read_seed() {
  const auto file = unxref::testing::shared_dir() / "corpus/seed/icat-overview-2018.md";
  std::ifstream in(file, std::ios::binary);
  std::ostringstream bytes;
  bytes << in.rdbuf();
  return read_markdown(bytes.str(), file);
}

std::vector<const Block*> with_role(const Document& doc, Role role) {
  std::vector<const Block*> out;
  for (const Block& b : doc.blocks)
    if (b.role == role) out.push_back(&b);
  return out;
}

TEST(SeedMarkdown, FootnotesOneToFiveAreFootnoteBlocksAfterTheBody) {
  UNXREF_REQUIRE_SHARED();
  const Document doc = read_seed();
  const auto notes = with_role(doc, Role::footnote);
  ASSERT_EQ(notes.size(), 5u);
  for (std::size_t i = 0; i < notes.size(); ++i) {
    EXPECT_TRUE(notes[i]->text.starts_with(std::to_string(i + 1) + " ")) << notes[i]->text;
    EXPECT_EQ(notes[i]->text.find("<sup>"), std::string::npos);
  }
  EXPECT_TRUE(notes[0]->text.starts_with("1 As of April 2018, ICAT is currently composed of 23 organizations"));
  EXPECT_NE(notes[0]->text.find("HIV/AIDS"), std::string::npos);
  EXPECT_NE(notes[3]->text.find("ECOSOC Resolution 2006/27. Strengthening international cooperation"),
            std::string::npos)
      << notes[3]->text;
  EXPECT_NE(notes[3]->text.find("op. 16"), std::string::npos);
  EXPECT_NE(notes[4]->text.find("Pivoting toward the Evidence"), std::string::npos);
  // One page, so every footnote follows every body block.
  EXPECT_EQ(doc.meta.page_count, 1);
  EXPECT_EQ(&doc.blocks.back(), notes.back());
  EXPECT_EQ(notes.front(), &doc.blocks[doc.blocks.size() - 5]);
}

TEST(SeedMarkdown, HeadingsAreHeadingsWithoutMarkup) {
  UNXREF_REQUIRE_SHARED();
  const Document doc = read_seed();
  std::vector<std::pair<int, std::string>> headings;
  for (const Block* b : with_role(doc, Role::heading)) headings.emplace_back(b->level, b->text);
  ASSERT_GE(headings.size(), 10u);
  EXPECT_EQ(headings[0], (std::pair<int, std::string>{1, "Introduction"}));
  EXPECT_EQ(headings[1],
            (std::pair<int, std::string>{2, "Key activities and achievements of ICAT: establishing ICAT's added-value"}));
  EXPECT_EQ(headings[2],
            (std::pair<int, std::string>{3, "Coordination of activities: addressing relevant actors with a single voice"}));
  for (const auto& [level, text] : headings) {
    EXPECT_EQ(text.find("**"), std::string::npos) << text;
    EXPECT_EQ(text.find('#'), std::string::npos) << text;
  }
  EXPECT_EQ(doc.meta.title, "Introduction");
}

TEST(SeedMarkdown, BodyTextIsCleanAndCitationsSurvive) {
  UNXREF_REQUIRE_SHARED();
  const Document doc = read_seed();
  std::string body;
  for (const Block& b : doc.blocks) {
    EXPECT_EQ(b.text.find("<sup>"), std::string::npos) << b.text;
    EXPECT_EQ(b.text.find("](#)"), std::string::npos) << b.text;
    EXPECT_NE(b.text, "---");
    if (b.role != Role::footnote) body += b.text + "\n";
  }
  EXPECT_NE(body.find("The Inter-Agency Coordination Group against Trafficking in Persons (ICAT) is a policy forum"),
            std::string::npos);
  EXPECT_NE(body.find("In accordance with its mandate, ICAT works"), std::string::npos);
  EXPECT_NE(body.find("(A/Res/72/1)"), std::string::npos);
  EXPECT_NE(body.find("An Analytical Review, 10 years on from the adoption of the Trafficking in Persons (TIP) Protocol"),
            std::string::npos);
  EXPECT_NE(body.find("(http://icat.network)"), std::string::npos);
  // The paragraph that the footnote section interrupts continues as body.
  EXPECT_NE(body.find("trafficking in persons, disaggregated by sex, age"), std::string::npos);

  const auto items = with_role(doc, Role::list_item);
  ASSERT_GE(items.size(), 15u);
  EXPECT_TRUE(items[0]->text.starts_with("A comprehensive, coordinated and holistic approach"));
}

}  // namespace
}  // namespace unxref::text
