// PageRank, betweenness and the rankings built on them.
#include <algorithm>
#include <boost/graph/betweenness_centrality.hpp>
#include <cmath>
#include <numeric>
#include <random>

#include "graph/csr.hpp"
#include "unxref/graph/analyses.hpp"

namespace unxref {

std::vector<double> pagerank(const GraphStorage& g, const PageRankOptions& options) {
  const std::size_t n = boost::num_vertices(g);
  if (n == 0) return {};
  const graph::Csr out = graph::Csr::successors(g, /*unique=*/true);
  const double nd = static_cast<double>(n);
  std::vector<double> rank(n, 1.0 / nd), next(n);
  for (int iter = 0; iter < options.max_iterations; ++iter) {
    double dangling = 0;
    for (std::size_t v = 0; v < n; ++v)
      if (out.degree(v) == 0) dangling += rank[v];
    // Teleport plus the dangling mass, both spread evenly.
    const double base = (1.0 - options.damping) / nd + options.damping * dangling / nd;
    std::fill(next.begin(), next.end(), base);
    for (std::size_t v = 0; v < n; ++v) {
      const std::size_t deg = out.degree(v);
      if (deg == 0) continue;
      const double share = options.damping * rank[v] / static_cast<double>(deg);
      for (std::uint32_t w : out.neighbours(v)) next[w] += share;
    }
    double change = 0;
    for (std::size_t v = 0; v < n; ++v) change += std::abs(next[v] - rank[v]);
    rank.swap(next);
    if (change < options.tolerance) break;
  }
  // Renormalise away floating-point drift so the scores sum to exactly ~1.
  const double sum = std::accumulate(rank.begin(), rank.end(), 0.0);
  for (double& r : rank) r /= sum;
  return rank;
}

std::vector<double> betweenness_from_sources(const GraphStorage& g, const std::vector<Vertex>& sources) {
  const std::size_t n = boost::num_vertices(g);
  // Parallel edges stay: Boost's Brandes counts them as distinct paths too.
  const graph::Csr out = graph::Csr::successors(g, /*unique=*/false);
  std::vector<double> centrality(n, 0.0), delta(n);
  std::vector<double> sigma(n);
  std::vector<int> dist(n, -1);
  std::vector<std::uint32_t> order;  // vertices in BFS order
  order.reserve(n);
  for (Vertex s : sources) {
    order.clear();
    std::fill(dist.begin(), dist.end(), -1);
    std::fill(sigma.begin(), sigma.end(), 0.0);
    std::fill(delta.begin(), delta.end(), 0.0);
    dist[s] = 0;
    sigma[s] = 1;
    order.push_back(static_cast<std::uint32_t>(s));
    for (std::size_t head = 0; head < order.size(); ++head) {
      const std::uint32_t u = order[head];
      for (std::uint32_t w : out.neighbours(u)) {
        if (dist[w] < 0) {
          dist[w] = dist[u] + 1;
          order.push_back(w);
        }
        if (dist[w] == dist[u] + 1) sigma[w] += sigma[u];
      }
    }
    // Back-propagate dependencies in reverse BFS order; predecessors of w
    // are the u with an edge u->w and dist[u] + 1 == dist[w].
    for (auto it = order.rbegin(); it != order.rend(); ++it) {
      const std::uint32_t u = *it;
      for (std::uint32_t w : out.neighbours(u)) {
        if (dist[w] == dist[u] + 1) delta[u] += sigma[u] / sigma[w] * (1.0 + delta[w]);
      }
      if (u != s) centrality[u] += delta[u];
    }
  }
  return centrality;
}

std::vector<double> betweenness(const GraphStorage& g, const BetweennessOptions& options) {
  const std::size_t n = boost::num_vertices(g);
  if (n == 0) return {};
  if (n <= options.exact_limit || options.samples >= n) {
    std::vector<double> centrality(n, 0.0);
    boost::brandes_betweenness_centrality(
        g, boost::centrality_map(boost::make_iterator_property_map(centrality.begin(),
                                                                   boost::get(boost::vertex_index, g)))
               .vertex_index_map(boost::get(boost::vertex_index, g)));
    return centrality;
  }
  std::vector<Vertex> all(n);
  std::iota(all.begin(), all.end(), Vertex{0});
  std::mt19937_64 rng(options.seed);
  for (std::size_t i = 0; i < options.samples; ++i) {  // partial Fisher-Yates
    std::uniform_int_distribution<std::size_t> pick(i, n - 1);
    std::swap(all[i], all[pick(rng)]);
  }
  all.resize(options.samples);
  std::vector<double> centrality = betweenness_from_sources(g, all);
  const double scale = static_cast<double>(n) / static_cast<double>(options.samples);
  for (double& c : centrality) c *= scale;
  return centrality;
}

bool parse_rank_by(const std::string& name, RankBy& out) {
  if (name == "documents") out = RankBy::documents;
  else if (name == "indegree") out = RankBy::indegree;
  else if (name == "mentions") out = RankBy::mentions;
  else if (name == "pagerank") out = RankBy::pagerank;
  else if (name == "betweenness") out = RankBy::betweenness;
  else return false;
  return true;
}

std::vector<RankRow> rank(const CitationGraph& graph, RankBy by, std::size_t top,
                          const BetweennessOptions& betweenness_options) {
  const GraphStorage& g = graph.storage();
  std::vector<double> score;
  const std::vector<VertexStats> stats = vertex_stats(g);
  if (by == RankBy::pagerank) {
    score = pagerank(g);
  } else if (by == RankBy::betweenness) {
    score = betweenness(g, betweenness_options);
  } else if (by == RankBy::indegree) {
    for (Vertex v : boost::make_iterator_range(boost::vertices(g)))
      score.push_back(static_cast<double>(boost::in_degree(v, g)));
  } else {
    for (const VertexStats& s : stats) score.push_back(by == RankBy::documents ? s.in_degree : s.mentions_in);
  }
  std::vector<RankRow> rows;
  std::vector<int> received;  // mentions received, the tie-break of `documents`
  for (Vertex v : boost::make_iterator_range(boost::vertices(g))) {
    if (score[v] <= 0) continue;
    rows.push_back({g[v].id, g[v].kind, g[v].label, g[v].in_corpus, score[v]});
    received.push_back(by == RankBy::documents ? stats[v].mentions_in : 0);
  }
  // Sort indices so the tie-break can be looked up.
  std::vector<std::size_t> order(rows.size());
  for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
  auto better = [&](std::size_t a, std::size_t b) {
    if (rows[a].score != rows[b].score) return rows[a].score > rows[b].score;
    if (received[a] != received[b]) return received[a] > received[b];
    return rows[a].id < rows[b].id;
  };
  if (top > 0 && top < order.size()) {
    std::partial_sort(order.begin(), order.begin() + static_cast<std::ptrdiff_t>(top), order.end(), better);
    order.resize(top);
  } else {
    std::sort(order.begin(), order.end(), better);
  }
  std::vector<RankRow> out;
  out.reserve(order.size());
  for (std::size_t i : order) out.push_back(std::move(rows[i]));
  return out;
}

std::vector<VertexStats> vertex_stats(const GraphStorage& g) {
  std::vector<VertexStats> stats(boost::num_vertices(g));
  for (Edge e : boost::make_iterator_range(boost::edges(g))) {
    const EdgeProps& p = g[e];
    if (p.type != EdgeType::cites) continue;
    const Vertex s = boost::source(e, g), t = boost::target(e, g);
    VertexStats& to = stats[t];
    ++to.in_degree;
    to.mentions_in += p.mentions;
    ++stats[s].out_targets;
    stats[s].mentions_out += p.mentions;
    const int year = g[s].year;
    if (year > 0 && (to.first_year_cited == 0 || year < to.first_year_cited)) to.first_year_cited = year;
  }
  return stats;
}

}  // namespace unxref
