#include <gtest/gtest.h>

#include <numeric>
#include <random>

#include "graph_fixtures.hpp"
#include "unxref/graph/analyses.hpp"

namespace unxref {
namespace {

// A graph of plain vertices "v0".."v<n-1>" and cites edges between them.
CitationGraph make_graph(std::size_t n, const std::vector<std::pair<int, int>>& edges) {
  CitationGraph g;
  std::vector<Vertex> vs;
  for (std::size_t i = 0; i < n; ++i) {
    VertexProps p;
    p.id = "v" + std::to_string(i);
    vs.push_back(g.add_vertex(p));
  }
  for (auto [a, b] : edges) g.add_mention(vs[a], vs[b], testing::mention("x", "y", TargetKind::symbol));
  return g;
}

double sum(const std::vector<double>& v) { return std::accumulate(v.begin(), v.end(), 0.0); }

TEST(PageRank, ThreeCycleIsUniform) {
  auto pr = pagerank(make_graph(3, {{0, 1}, {1, 2}, {2, 0}}).storage());
  ASSERT_EQ(pr.size(), 3u);
  for (double r : pr) EXPECT_NEAR(r, 1.0 / 3, 1e-9);
}

TEST(PageRank, DanglingMassIsRedistributed) {
  // v0 -> v1, v1 dangling. Solving the two equations with d = 0.85 gives
  // PR(v0) = 0.5 / 1.425 and PR(v1) = 1 - PR(v0).
  auto pr = pagerank(make_graph(2, {{0, 1}}).storage());
  EXPECT_NEAR(pr[0], 0.5 / 1.425, 1e-9);
  EXPECT_NEAR(pr[1], 1 - 0.5 / 1.425, 1e-9);
  EXPECT_NEAR(sum(pr), 1.0, 1e-12);
}

TEST(PageRank, StarSumsToOneAndRanksTheHubFirst) {
  auto pr = pagerank(make_graph(5, {{1, 0}, {2, 0}, {3, 0}, {4, 0}}).storage());
  EXPECT_NEAR(sum(pr), 1.0, 1e-12);
  for (int i = 1; i < 5; ++i) {
    EXPECT_GT(pr[0], pr[i]);
    EXPECT_NEAR(pr[i], pr[1], 1e-12);
  }
}

TEST(PageRank, EmptyGraph) { EXPECT_TRUE(pagerank(GraphStorage{}).empty()); }

TEST(Betweenness, DirectedPath) {
  // v0 -> v1 -> v2 -> v3: v1 lies on (0,2) and (0,3); v2 on (0,3) and (1,3).
  auto bc = betweenness(make_graph(4, {{0, 1}, {1, 2}, {2, 3}}).storage());
  EXPECT_EQ(bc, (std::vector<double>{0, 2, 2, 0}));
}

TEST(Betweenness, SplitsOverEqualShortestPaths) {
  // Diamond v0 -> {v1, v2} -> v3: each middle carries half of (0,3).
  auto bc = betweenness(make_graph(4, {{0, 1}, {0, 2}, {1, 3}, {2, 3}}).storage());
  EXPECT_EQ(bc, (std::vector<double>{0, 0.5, 0.5, 0}));
}

TEST(Betweenness, OwnBrandesFromAllSourcesMatchesBoost) {
  std::mt19937 rng(7);
  std::uniform_int_distribution<int> pick(0, 59);
  std::vector<std::pair<int, int>> edges;
  for (int i = 0; i < 240; ++i) {
    int a = pick(rng), b = pick(rng);
    if (a != b) edges.emplace_back(a, b);
  }
  CitationGraph g = make_graph(60, edges);
  std::vector<double> boost_bc = betweenness(g.storage());
  std::vector<Vertex> all(60);
  std::iota(all.begin(), all.end(), Vertex{0});
  std::vector<double> own = betweenness_from_sources(g.storage(), all);
  for (std::size_t v = 0; v < 60; ++v) EXPECT_NEAR(own[v], boost_bc[v], 1e-9) << v;
}

TEST(Betweenness, SampledEstimateIsScaledUnbiasedOnACycle) {
  // On a directed cycle every source contributes the same total, so the
  // scaled sample total must equal the exact total whatever the sample;
  // each vertex's exact score is (n-1)(n-2)/2.
  const int n = 300;
  std::vector<std::pair<int, int>> edges;
  for (int i = 0; i < n; ++i) edges.emplace_back(i, (i + 1) % n);
  CitationGraph g = make_graph(n, edges);
  std::vector<double> exact = betweenness(g.storage());
  EXPECT_NEAR(exact[17], (n - 1) * (n - 2) / 2.0, 1e-6);
  BetweennessOptions sampled;
  sampled.exact_limit = 10;
  sampled.samples = 30;
  std::vector<double> est = betweenness(g.storage(), sampled);
  EXPECT_NEAR(sum(est), sum(exact), 1e-6 * sum(exact));
  EXPECT_EQ(est, betweenness(g.storage(), sampled));  // same seed, same answer
  sampled.seed = 2;
  EXPECT_NE(est, betweenness(g.storage(), sampled));
}

TEST(Rank, OrdersByChosenScoreAndCutsTop) {
  std::vector<CorpusDocument> docs = {testing::document("d1", "d1", 2001), testing::document("d2", "d2", 2002),
                                      testing::document("d3", "d3", 2003)};
  std::vector<Mention> ms = {testing::mention("d1", "A", TargetKind::symbol),
                             testing::mention("d2", "A", TargetKind::symbol),
                             testing::mention("d3", "A", TargetKind::symbol),
                             testing::mention("d1", "B", TargetKind::symbol),
                             testing::mention("d1", "B", TargetKind::symbol),
                             testing::mention("d1", "B", TargetKind::symbol),
                             testing::mention("d1", "B", TargetKind::symbol),
                             testing::mention("d2", "C", TargetKind::symbol)};
  CitationGraph g = build_graph(docs, ms);
  auto by_degree = rank(g, RankBy::indegree);
  ASSERT_EQ(by_degree.size(), 3u);
  EXPECT_EQ(by_degree[0].id, "A");
  EXPECT_EQ(by_degree[0].score, 3);
  EXPECT_EQ(by_degree[1].id, "B");  // tie with C broken by id
  auto by_mentions = rank(g, RankBy::mentions, 1);
  ASSERT_EQ(by_mentions.size(), 1u);
  EXPECT_EQ(by_mentions[0].id, "B");
  EXPECT_EQ(by_mentions[0].score, 4);
  auto by_pr = rank(g, RankBy::pagerank);
  EXPECT_EQ(by_pr.size(), g.vertex_count());
  EXPECT_EQ(by_pr[0].id, "A");
  // The default: citing documents, ties broken by mentions received (B's 4 before C's 1).
  auto by_documents = rank(g, RankBy::documents);
  ASSERT_EQ(by_documents.size(), 3u);
  EXPECT_EQ(by_documents[0].id, "A");
  EXPECT_EQ(by_documents[1].id, "B");
  RankBy parsed;
  EXPECT_TRUE(parse_rank_by("documents", parsed));
  EXPECT_EQ(parsed, RankBy::documents);
  EXPECT_TRUE(parse_rank_by("betweenness", parsed));
  EXPECT_EQ(parsed, RankBy::betweenness);
  EXPECT_FALSE(parse_rank_by("fame", parsed));
}

TEST(VertexStats, CountsDocumentsMentionsAndFirstYear) {
  std::vector<CorpusDocument> docs = {testing::document("d1", "d1", 2010), testing::document("d2", "d2", 2004),
                                      testing::document("d3", "d3", 0)};
  std::vector<Mention> ms = {testing::mention("d1", "T", TargetKind::symbol),
                             testing::mention("d1", "T", TargetKind::symbol),
                             testing::mention("d2", "T", TargetKind::symbol),
                             testing::mention("d3", "T", TargetKind::symbol)};
  CitationGraph g = build_graph(docs, ms);
  auto stats = vertex_stats(g.storage());
  const VertexStats& t = stats[*g.find("T")];
  EXPECT_EQ(t.in_degree, 3);
  EXPECT_EQ(t.mentions_in, 4);
  EXPECT_EQ(t.first_year_cited, 2004);
  EXPECT_EQ(stats[*g.find("d1")].mentions_out, 2);
  EXPECT_EQ(stats[*g.find("d1")].out_targets, 1);
}

}  // namespace
}  // namespace unxref
