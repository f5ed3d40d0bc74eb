// Communities of co-cited targets through igraph's Louvain method.
#include <gtest/gtest.h>

#include "graph_fixtures.hpp"
#include "unxref/graph/communities.hpp"

namespace unxref {
namespace {

TEST(Communities, TargetsCitedTogetherShareACommunity) {
  // Two bodies of work: d1-d3 cite A, B, C; d4-d6 cite X, Y; d7 bridges once.
  std::vector<CorpusDocument> docs;
  std::vector<Mention> ms;
  for (int i = 1; i <= 7; ++i) docs.push_back(testing::document("d" + std::to_string(i), "d.txt", 2020));
  for (const char* d : {"d1", "d2", "d3"})
    for (const char* t : {"A", "B", "C"}) ms.push_back(testing::mention(d, t, TargetKind::symbol));
  for (const char* d : {"d4", "d5", "d6"})
    for (const char* t : {"X", "Y"}) ms.push_back(testing::mention(d, t, TargetKind::symbol));
  ms.push_back(testing::mention("d7", "C", TargetKind::symbol));
  ms.push_back(testing::mention("d7", "X", TargetKind::symbol));
  CitationGraph g = build_graph(docs, ms);
  const std::vector<int> c = communities(g);
  auto of = [&](const char* id) { return c[*g.find(id)]; };
  EXPECT_EQ(of("A"), of("B"));
  EXPECT_EQ(of("B"), of("C"));
  EXPECT_EQ(of("X"), of("Y"));
  EXPECT_NE(of("A"), of("X"));
  EXPECT_EQ(of("A"), 0);   // the larger community is numbered first
  EXPECT_EQ(of("d1"), -1);  // documents are not co-cited
  EXPECT_EQ(c, communities(g));  // same seed, same answer
  assign_communities(g);
  EXPECT_EQ(g.storage()[*g.find("X")].community, 1);
}

TEST(Communities, NoCoCitationNoCommunity) {
  std::vector<CorpusDocument> docs = {testing::document("d1", "d.txt", 2020)};
  std::vector<Mention> ms = {testing::mention("d1", "A", TargetKind::symbol)};
  CitationGraph g = build_graph(docs, ms);
  for (int c : communities(g)) EXPECT_EQ(c, -1);
}

}  // namespace
}  // namespace unxref
