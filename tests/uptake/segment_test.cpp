#include <gtest/gtest.h>

#include "test_util.hpp"
#include "unxref/uptake/uptake.hpp"

namespace unxref::uptake {
namespace {

using testing::block;
using testing::document;

std::vector<std::string> texts(const std::vector<Recommendation>& recs) {
  std::vector<std::string> out;
  for (const auto& r : recs) out.push_back(r.text);
  return out;
}

TEST(SegmentRecommendations, ItemsUnderARecommendationsHeading) {
  const Document doc = document({
      block(Role::heading, "Submission", 1),
      block(Role::body, "The Group has worked since 2007 on coordination."),
      block(Role::heading, "IV. Recommendations", 2),
      block(Role::body, "The Group offers the following to Member States:"),
      block(Role::heading, "Prevention", 3),
      block(Role::list_item, "Ratify the Protocol without delay."),
      block(Role::list_item, "1. Fund shelters for male victims."),
      block(Role::body, "Give survivors a voice in policy design."),
      block(Role::footnote, "1 Should not be a unit: footnotes are skipped."),
      block(Role::heading, "About the Group", 2),
      block(Role::list_item, "Twenty-six entities are members."),
  });
  const auto recs = segment_recommendations(doc, "sub.md");
  EXPECT_EQ(texts(recs), (std::vector<std::string>{"Ratify the Protocol without delay.", "Fund shelters for male victims.",
                                                   "Give survivors a voice in policy design."}));
  ASSERT_EQ(recs.size(), 3u);
  EXPECT_EQ(recs[0].id, "R1");
  EXPECT_EQ(recs[1].label, "1");
  EXPECT_EQ(recs[2].section, "Prevention");
  EXPECT_EQ(recs[0].source, "sub.md");
}

TEST(SegmentRecommendations, SentencesWithRecommendingVerbsElsewhere) {
  const Document doc = document({
      block(Role::body, "Progress has been uneven. States should collect better data on victims. The Group notes "
                        "the work of others. It urges donors to fund research on recruitment."),
      block(Role::list_item, "- Governments are invited to review visa rules for domestic workers."),
      block(Role::list_item, "- A list item without a cue word at all."),
  });
  EXPECT_EQ(texts(segment_recommendations(doc, "s")),
            (std::vector<std::string>{"States should collect better data on victims.",
                                      "It urges donors to fund research on recruitment.",
                                      "Governments are invited to review visa rules for domestic workers."}));
}

TEST(SegmentRecommendations, OtherLanguageHeadingFromData) {
  const Document doc = document({
      block(Role::heading, "Recommandations", 1),
      block(Role::list_item, "Ratifier le Protocole sans tarder."),
  });
  EXPECT_EQ(segment_recommendations(doc, "fr").size(), 1u);
}

TEST(SegmentRecommendations, HeadingsWithoutLevelsCloseTheSectionAfterItems) {
  const Document doc = document({
      block(Role::heading, "Recommendations"),
      block(Role::heading, "Prevention"),  // before any item: a sub-heading
      block(Role::list_item, "Ratify the Protocol without delay."),
      block(Role::heading, "Annex"),
      block(Role::list_item, "List of participants and their affiliations."),
  });
  EXPECT_EQ(texts(segment_recommendations(doc, "s")), (std::vector<std::string>{"Ratify the Protocol without delay."}));
}

TEST(SegmentRecommendations, EmptyAndCueLessSourcesGiveNothing) {
  EXPECT_TRUE(segment_recommendations(document({}), "s").empty());
  EXPECT_TRUE(segment_recommendations(document({block(Role::body, "A report on what happened in 2016.")}), "s").empty());
}

TEST(SegmentParagraphs, ResolutionStructure) {
  const Document doc = document({
      block(Role::masthead, "A/RES/72/1"),
      block(Role::heading, "Political declaration", 1),
      block(Role::body, "The General Assembly,"),
      block(Role::body, "Recalling its resolution 64/293 of 30 July 2010,"),
      block(Role::body, "Noting with concern the number of victims,"),
      block(Role::body, "1. Decides to act;"),
      block(Role::body, "2. Calls upon States:"),
      block(Role::list_item, "(a) To ratify the Protocol;"),
      block(Role::list_item, "(b) To fund shelters;"),
      block(Role::body, "3."),
      block(Role::body, "Requests a report."),
      block(Role::footnote, "1 A footnote."),
  });
  std::vector<std::string> warnings;
  const auto paras = segment_paragraphs(doc, &warnings);
  std::vector<std::string> numbers;
  for (const auto& p : paras) numbers.push_back(p.number);
  EXPECT_EQ(numbers, (std::vector<std::string>{"p1", "pp1", "pp2", "1", "2", "2 (a)", "2 (b)", "3"}));
  EXPECT_EQ(paras[1].kind, ParagraphKind::preambular);
  EXPECT_EQ(paras[3].kind, ParagraphKind::operative);
  EXPECT_EQ(paras[3].text, "Decides to act;");
  EXPECT_EQ(paras[7].text, "Requests a report.");
  EXPECT_TRUE(warnings.empty());
}

TEST(SegmentParagraphs, NoNumberedParagraphsWarnsAndNumbersInOrder) {
  const Document doc = document({block(Role::body, "First paragraph."), block(Role::body, "Second paragraph.")}, "t.txt");
  std::vector<std::string> warnings;
  const auto paras = segment_paragraphs(doc, &warnings);
  ASSERT_EQ(paras.size(), 2u);
  EXPECT_EQ(paras[1].number, "p2");
  ASSERT_EQ(warnings.size(), 1u);
  EXPECT_NE(warnings[0].find("t.txt"), std::string::npos);
  EXPECT_NE(warnings[0].find("no numbered operative paragraphs"), std::string::npos);
}

}  // namespace
}  // namespace unxref::uptake
