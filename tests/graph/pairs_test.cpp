#include <gtest/gtest.h>

#include <map>

#include "graph_fixtures.hpp"
#include "unxref/graph/analyses.hpp"

namespace unxref {
namespace {

using testing::document;
using testing::mention;

// d1 cites A B C; d2 cites A B; d3 cites B C; d4 cites D.
CitationGraph small() {
  std::vector<CorpusDocument> docs = {document("d1", "d1", 0), document("d2", "d2", 0),
                                      document("d3", "d3", 0), document("d4", "d4", 0)};
  std::vector<Mention> ms;
  for (const char* t : {"A", "B", "C"}) ms.push_back(mention("d1", t, TargetKind::symbol));
  for (const char* t : {"A", "B", "B"}) ms.push_back(mention("d2", t, TargetKind::symbol));
  for (const char* t : {"B", "C"}) ms.push_back(mention("d3", t, TargetKind::symbol));
  ms.push_back(mention("d4", "D", TargetKind::symbol));
  return build_graph(docs, ms);
}

std::map<std::pair<std::string, std::string>, int> as_map(const PairResult& r) {
  std::map<std::pair<std::string, std::string>, int> m;
  for (const auto& p : r.pairs) {
    EXPECT_LT(p.a, p.b);
    m[{p.a, p.b}] = p.weight;
  }
  return m;
}

TEST(Cocitation, CountsDocumentsCitingBoth) {
  PairResult r = cocitation(small());
  EXPECT_EQ(as_map(r), (std::map<std::pair<std::string, std::string>, int>{
                           {{"A", "B"}, 2}, {{"B", "C"}, 2}, {{"A", "C"}, 1}}));
  EXPECT_EQ(r.pairs[0].weight, 2);
  EXPECT_EQ(r.pairs[0].a, "A");  // ties by (a, b)
  EXPECT_EQ(r.pairs.back().weight, 1);
  EXPECT_EQ(r.skipped, 0u);
}

TEST(Coupling, CountsSharedTargets) {
  PairResult r = coupling(small());
  EXPECT_EQ(as_map(r), (std::map<std::pair<std::string, std::string>, int>{
                           {{"d1", "d2"}, 2}, {{"d1", "d3"}, 2}, {{"d2", "d3"}, 1}}));
}

TEST(Pairs, TopMinWeightAndFanoutCap) {
  PairOptions top1;
  top1.top = 1;
  PairResult r = cocitation(small(), top1);
  ASSERT_EQ(r.pairs.size(), 1u);
  EXPECT_EQ(r.pairs[0].a, "A");
  EXPECT_EQ(r.pairs[0].b, "B");

  PairOptions heavy;
  heavy.min_weight = 2;
  EXPECT_EQ(cocitation(small(), heavy).pairs.size(), 2u);

  // d1 cites 3 targets: over a cap of 2 it contributes nothing.
  PairOptions capped;
  capped.max_fanout = 2;
  r = cocitation(small(), capped);
  EXPECT_EQ(r.skipped, 1u);
  EXPECT_EQ(as_map(r), (std::map<std::pair<std::string, std::string>, int>{{{"A", "B"}, 1}, {{"B", "C"}, 1}}));
}

}  // namespace
}  // namespace unxref
