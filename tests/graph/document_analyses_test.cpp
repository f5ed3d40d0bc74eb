#include <gtest/gtest.h>

#include <stdexcept>

#include "graph_fixtures.hpp"
#include "unxref/graph/analyses.hpp"

namespace unxref {
namespace {

using testing::document;
using testing::mention;

// paper (2018) -> A/RES/72/1 (x2, pages 3 and 1) -> A/RES/64/293 -> treaty:tip-protocol
// -> treaty:untoc (part-of); paper -> sdg:8.7 -> sdg:8 (part-of); brief (2016) -> A/RES/64/293 ; old (no year) -> A/RES/64/293
CitationGraph chain() {
  std::vector<CorpusDocument> docs = {document("doc:paper", "paper.md", 2018),
                                      document("doc:brief", "brief.md", 2016),
                                      document("doc:old", "old.md", 0),
                                      document("A/RES/72/1", "decl.pdf", 2017, "A/RES/72/1")};
  std::vector<Mention> ms = {mention("doc:paper", "A/RES/72/1", TargetKind::resolution, 3, "op. 2", "ctx decl"),
                             mention("doc:paper", "A/RES/72/1", TargetKind::resolution, 1),
                             mention("doc:paper", "sdg:8.7", TargetKind::sdg_target, 2),
                             mention("A/RES/72/1", "A/RES/64/293", TargetKind::resolution),
                             mention("A/RES/64/293", "treaty:tip-protocol", TargetKind::treaty),
                             mention("doc:brief", "A/RES/64/293", TargetKind::resolution, 4),
                             mention("doc:old", "A/RES/64/293", TargetKind::resolution)};
  return build_graph(docs, ms);
}

TEST(Underpins, RanksCitedTargetsWithEvidence) {
  auto rows = underpins(chain(), "doc:paper");
  ASSERT_EQ(rows.size(), 2u);
  EXPECT_EQ(rows[0].id, "A/RES/72/1");
  EXPECT_EQ(rows[0].mentions, 2);
  EXPECT_EQ(rows[0].pages, (std::vector<int>{1, 3}));
  EXPECT_EQ(rows[0].pinpoints, (std::vector<std::string>{"op. 2"}));
  EXPECT_EQ(rows[0].context, "ctx decl");
  EXPECT_EQ(rows[1].id, "sdg:8.7");
  EXPECT_THROW(underpins(chain(), "doc:nope"), std::invalid_argument);
}

TEST(Foundations, ReachesEverythingWithShortestDistance) {
  auto rows = foundations(chain(), "doc:paper");
  std::vector<std::pair<std::string, int>> got;
  for (const auto& f : rows) got.emplace_back(f.id, f.distance);
  EXPECT_EQ(got, (std::vector<std::pair<std::string, int>>{{"A/RES/72/1", 1},
                                                           {"sdg:8.7", 1},
                                                           {"A/RES/64/293", 2},
                                                           {"sdg:8", 2},
                                                           {"treaty:tip-protocol", 3},
                                                           {"treaty:untoc", 4}}));
}

TEST(Citers, OldestFirstUnknownYearLast) {
  auto rows = citers(chain(), "A/RES/64/293");
  std::vector<std::string> ids;
  for (const auto& c : rows) ids.push_back(c.id);
  EXPECT_EQ(ids, (std::vector<std::string>{"doc:brief", "A/RES/72/1", "doc:old"}));
  EXPECT_EQ(rows[0].year, 2016);
  EXPECT_EQ(rows[0].pages, (std::vector<int>{4}));
  EXPECT_TRUE(citers(chain(), "doc:paper").empty());
}

TEST(Timeline, CountsDocumentsPerYearAndTarget) {
  std::vector<CorpusDocument> docs = {document("d1", "d1", 2016), document("d2", "d2", 2016),
                                      document("d3", "d3", 2017), document("d4", "d4", 0)};
  std::vector<Mention> ms = {mention("d1", "T", TargetKind::symbol), mention("d1", "T", TargetKind::symbol),
                             mention("d2", "T", TargetKind::symbol), mention("d2", "U", TargetKind::symbol),
                             mention("d3", "U", TargetKind::symbol), mention("d4", "T", TargetKind::symbol)};
  auto rows = timeline(build_graph(docs, ms));
  ASSERT_EQ(rows.size(), 4u);
  EXPECT_EQ(rows[0].year, 2016);
  EXPECT_EQ(rows[0].target, "T");
  EXPECT_EQ(rows[0].documents, 2);
  EXPECT_EQ(rows[0].mentions, 3);
  EXPECT_EQ(rows[1].year, 2016);
  EXPECT_EQ(rows[1].target, "U");
  EXPECT_EQ(rows[1].documents, 1);
  EXPECT_EQ(rows[2].year, 2017);
  EXPECT_EQ(rows[3].year, 0);
}

}  // namespace
}  // namespace unxref
