// Resolution series on hand-made graphs; tests/e2e/lineage_ga76_test.cpp
// checks real series of the General Assembly's 76th session.
#include <gtest/gtest.h>

#include "graph_fixtures.hpp"
#include "unxref/graph/lineage.hpp"

namespace unxref {
namespace {

Mention link(const std::string& doc, const std::string& target, const std::string& date, bool series = true) {
  Mention m = testing::mention(doc, target, TargetKind::resolution);
  m.relation = "recalls";
  m.series = series;
  m.date = date;
  return m;
}

std::vector<std::string> ids(const std::vector<LineageMember>& ms) {
  std::vector<std::string> out;
  for (const LineageMember& m : ms) out.push_back(m.id);
  return out;
}

TEST(Lineage, ChainBackwardsAndForwardsThroughCorpusResolutions) {
  // 76/10 recalls 74/5 and 72/3 as its series; 78/2 recalls 76/10. 76/10 also
  // recalls an HRC resolution in the same clause and 70/1 outside the series.
  std::vector<CorpusDocument> docs = {testing::document("A/RES/76/10", "a.txt", 2021, "A/RES/76/10"),
                                      testing::document("A/RES/78/2", "b.txt", 2023, "A/RES/78/2")};
  std::vector<Mention> ms = {link("A/RES/76/10", "A/RES/74/5", "13 December 2019"),
                             link("A/RES/76/10", "A/RES/72/3", "4 December 2017"),
                             link("A/RES/76/10", "A/HRC/RES/45/1", "6 October 2020"),
                             link("A/RES/76/10", "A/RES/70/1", "25 September 2015", false),
                             link("A/RES/78/2", "A/RES/76/10", "9 December 2021")};
  CitationGraph g = build_graph(docs, ms);
  const std::vector<LineageMember> from_middle = lineage(g, "A/RES/76/10");
  EXPECT_EQ(ids(from_middle), (std::vector<std::string>{"A/RES/72/3", "A/RES/74/5", "A/RES/76/10", "A/RES/78/2"}));
  EXPECT_EQ(from_middle[0].date, "4 December 2017");
  EXPECT_EQ(from_middle[0].position, -2);
  EXPECT_EQ(from_middle[2].position, 0);
  EXPECT_EQ(from_middle[3].position, 1);
  // From the oldest member: the same series, everything after it.
  const std::vector<LineageMember> from_first = lineage(g, "A/RES/72/3");
  EXPECT_EQ(ids(from_first), ids(from_middle));
  EXPECT_EQ(from_first[0].position, 0);
  EXPECT_TRUE(lineage(g, "A/RES/99/9").empty());
  EXPECT_EQ(ids(lineage(g, "A/RES/70/1")), (std::vector<std::string>{"A/RES/70/1"}));
}

}  // namespace
}  // namespace unxref
