// The RenderOptions filters on a small hand-made graph: each case lists
// exactly the vertices that must be drawn.
#include "render/select.hpp"

#include <gtest/gtest.h>

#include <set>
#include <stdexcept>

#include "fixtures.hpp"

namespace unxref::rendering {
namespace {

// doc:1 (2016)  -> A/RES/1 x3, treaty:tip x1
// doc:2 (2017)  -> A/RES/1 x1, A/RES/2 x2, sdg:8.7 x1
// doc:3 (2018)  -> A/RES/1 x5, X/1 x1, doc:1 x2
// treaty:tip part-of treaty:untoc; sdg:8.7 part-of sdg:8; sdg:8 is uncited
CitationGraph small_graph() {
  testing::GraphBuilder b;
  const Vertex d1 = b.doc("doc:1", "D1", 2016);
  const Vertex d2 = b.doc("doc:2", "D2", 2017);
  const Vertex d3 = b.doc("doc:3", "D3", 2018);
  const Vertex r1 = b.target("A/RES/1", "resolution");
  const Vertex r2 = b.target("A/RES/2", "resolution");
  const Vertex tip = b.target("treaty:tip", "treaty");
  const Vertex untoc = b.target("treaty:untoc", "treaty");
  const Vertex t87 = b.target("sdg:8.7", "sdg-target");
  const Vertex g8 = b.target("sdg:8", "sdg-goal");
  const Vertex x = b.target("X/1", "symbol");
  b.cite(d1, r1, 3);
  b.cite(d1, tip, 1);
  b.cite(d2, r1, 1);
  b.cite(d2, r2, 2);
  b.cite(d2, t87, 1);
  b.cite(d3, r1, 5);
  b.cite(d3, x, 1);
  b.cite(d3, d1, 2);
  b.part_of(tip, untoc);
  b.part_of(t87, g8);
  b.target("Z/lonely", "symbol");  // in the graph, cited by nobody
  return std::move(b.graph());
}

std::set<std::string> drawn_ids(const CitationGraph& g, const Selection& s) {
  std::set<std::string> ids;
  for (Vertex v : s.vertices) ids.insert(g.storage()[v].id);
  return ids;
}

struct FilterCase {
  const char* name;
  RenderOptions options;
  std::set<std::string> expected;
};

RenderOptions with(auto&& change) {
  RenderOptions o;
  change(o);
  return o;
}

const std::set<std::string> kAllConnected{"doc:1",   "doc:2",      "doc:3",        "A/RES/1",
                                          "A/RES/2", "treaty:tip", "treaty:untoc", "sdg:8.7",
                                          "sdg:8",   "X/1"};

const FilterCase kCases[] = {
    {"defaults_drop_only_the_uncited", {}, kAllConnected},
    {"min_weight_2",
     with([](RenderOptions& o) { o.min_weight = 2; }),
     {"doc:1", "doc:2", "doc:3", "A/RES/1", "A/RES/2"}},
    {"min_weight_0_is_like_1", with([](RenderOptions& o) { o.min_weight = 0; }), kAllConnected},
    {"kinds_resolution_keeps_documents",
     with([](RenderOptions& o) { o.kinds = {"resolution"}; }),
     {"doc:1", "doc:2", "doc:3", "A/RES/1", "A/RES/2"}},
    {"kinds_sdg_target_drops_the_goal",
     with([](RenderOptions& o) { o.kinds = {"sdg-target"}; }),
     {"doc:1", "doc:2", "doc:3", "sdg:8.7"}},
    {"kinds_target_and_goal_keeps_both",
     with([](RenderOptions& o) {
       o.kinds = {"sdg-target", "sdg-goal"};
     }),
     {"doc:1", "doc:2", "doc:3", "sdg:8.7", "sdg:8"}},
    {"top_1_is_the_most_cited_with_its_citers",
     with([](RenderOptions& o) { o.top = 1; }),
     {"A/RES/1", "doc:1", "doc:2", "doc:3"}},
    {"top_2_breaks_ties_by_id",
     with([](RenderOptions& o) { o.top = 2; }),
     {"A/RES/1", "A/RES/2", "doc:1", "doc:2", "doc:3"}},
    {"top_0_draws_nothing", with([](RenderOptions& o) { o.top = 0; }), {}},
    {"top_after_min_weight",
     with([](RenderOptions& o) {
       o.min_weight = 2;
       o.top = 1;
     }),
     {"A/RES/1", "doc:1", "doc:3"}},
    {"ego_radius_1", with([](RenderOptions& o) { o.ego = "A/RES/2"; }), {"A/RES/2", "doc:2"}},
    {"ego_radius_2_is_undirected",
     with([](RenderOptions& o) {
       o.ego = "A/RES/2";
       o.radius = 2;
     }),
     {"A/RES/2", "doc:2", "A/RES/1", "sdg:8.7"}},
    {"ego_follows_part_of_edges",
     with([](RenderOptions& o) {
       o.ego = "treaty:untoc";
       o.radius = 2;
     }),
     {"treaty:untoc", "treaty:tip", "doc:1"}},
    {"ego_radius_0_is_the_centre_alone",
     with([](RenderOptions& o) {
       o.ego = "X/1";
       o.radius = 0;
     }),
     {"X/1"}},
    {"ego_outranks_kinds",
     with([](RenderOptions& o) {
       o.ego = "X/1";
       o.kinds = {"resolution"};
     }),
     {"X/1", "doc:3"}},
    {"ego_of_an_uncited_vertex", with([](RenderOptions& o) { o.ego = "Z/lonely"; }), {"Z/lonely"}},
    {"ego_then_top",
     with([](RenderOptions& o) {
       o.ego = "doc:2";
       o.top = 1;
     }),
     {"doc:2", "A/RES/1"}},
};

class Filters : public ::testing::TestWithParam<FilterCase> {};

TEST_P(Filters, DrawExactlyTheExpectedVertices) {
  const CitationGraph g = small_graph();
  const Selection s = select(g, GetParam().options);
  EXPECT_EQ(drawn_ids(g, s), GetParam().expected);
  // Every drawn edge joins two drawn vertices.
  const std::set<Vertex> drawn(s.vertices.begin(), s.vertices.end());
  for (const Edge& e : s.edges) {
    EXPECT_TRUE(drawn.count(boost::source(e, g.storage())));
    EXPECT_TRUE(drawn.count(boost::target(e, g.storage())));
  }
}

INSTANTIATE_TEST_SUITE_P(Cases, Filters, ::testing::ValuesIn(kCases),
                         [](const auto& info) { return std::string(info.param.name); });

TEST(Filters, MinWeightDropsLightEdgesButKeepsStructure) {
  const CitationGraph g = small_graph();
  RenderOptions o;
  o.min_weight = 3;
  const Selection s = select(g, o);
  for (const Edge& e : s.edges) {
    const EdgeProps& p = g.storage()[e];
    if (p.type == EdgeType::cites) {
      EXPECT_GE(p.mentions, 3);
    }
  }
  EXPECT_EQ(s.edges.size(), 2u);  // doc:1 -> A/RES/1 (3) and doc:3 -> A/RES/1 (5)
}

TEST(Filters, RejectBadOptions) {
  const CitationGraph g = small_graph();
  EXPECT_THROW(select(g, with([](RenderOptions& o) { o.ego = "A/RES/404"; })),
               std::invalid_argument);
  EXPECT_THROW(select(g, with([](RenderOptions& o) { o.radius = -1; })), std::invalid_argument);
  EXPECT_THROW(select(g, with([](RenderOptions& o) { o.top = -3; })), std::invalid_argument);
  EXPECT_THROW(select(g, with([](RenderOptions& o) { o.min_weight = -1; })), std::invalid_argument);
}

TEST(Filters, EmptyGraphDrawsNothing) {
  const Selection s = select(CitationGraph{}, {});
  EXPECT_TRUE(s.vertices.empty());
  EXPECT_TRUE(s.edges.empty());
}

}  // namespace
}  // namespace unxref::rendering
