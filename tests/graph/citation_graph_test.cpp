#include "unxref/graph/citation_graph.hpp"

#include <gtest/gtest.h>

#include <utility>

#include "graph_fixtures.hpp"

namespace unxref {
namespace {

// Boost 1.74's adjacency_list has no move operations (its swap copies too),
// so a graph handed from builder to scan to caller was copied each time: three
// copies of every edge's evidence at the 10,000-document scan's peak. Moving
// must hand over the same storage.
TEST(CitationGraph, MovingHandsOverTheStorageWithoutCopying) {
  CitationGraph g;
  Vertex a = g.add_vertex({"doc:a.md", "document", "a", "", 2020, true, "a.md", ""});
  Vertex b = g.add_vertex({"A/RES/70/1", "resolution", "A/RES/70/1", "", 2015, false, "", ""});
  Mention m = testing::mention("doc:a.md", "A/RES/70/1", TargetKind::resolution, 1, "",
                               std::string(200, 'x'));  // long enough to live on the heap
  Edge e = g.add_mention(a, b, m);
  const GraphStorage* storage = &g.storage();
  const char* context = g.storage()[e].context.data();

  CitationGraph moved(std::move(g));
  EXPECT_EQ(&moved.storage(), storage);
  EXPECT_EQ(moved.storage()[e].context.data(), context);

  CitationGraph assigned;
  assigned = std::move(moved);
  EXPECT_EQ(&assigned.storage(), storage);
  EXPECT_EQ(assigned.find("A/RES/70/1"), b);
}

TEST(CitationGraph, CopyingIsDeep) {
  CitationGraph g;
  g.add_vertex({"doc:a.md", "document", "a", "", 2020, true, "a.md", ""});
  CitationGraph copy = g;
  copy.add_vertex({"A/RES/70/1", "resolution", "A/RES/70/1", "", 2015, false, "", ""});
  EXPECT_EQ(g.vertex_count(), 1u);
  EXPECT_EQ(copy.vertex_count(), 2u);
  EXPECT_FALSE(g.find("A/RES/70/1"));
}

}  // namespace
}  // namespace unxref
