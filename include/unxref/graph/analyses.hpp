#pragma once
// Questions asked of the citation graph. Every function reads the graph
// only; results are plain rows so the CLI can print them as text or JSON.
#include <cstdint>
#include <string>
#include <vector>

#include "unxref/graph/citation_graph.hpp"

namespace unxref {

// ---- One document ----------------------------------------------------------

// A target a document cites, with the evidence of the "cites" edge.
struct CitedTarget {
  std::string id, kind, label;
  int mentions = 0;
  std::vector<int> pages;
  std::vector<std::string> sections, pinpoints;
  std::string context;
};

// What a document cites directly, most-mentioned first (ties by id).
// Throws std::invalid_argument when `doc` is not a vertex.
std::vector<CitedTarget> underpins(const CitationGraph& graph, const std::string& doc);

struct Foundation {
  std::string id, kind, label;
  int distance = 0;  // hops from the document, >= 1
};

// Everything reachable from `doc` over cites and part-of edges, nearest
// first (ties by id), with the length of the shortest path.
std::vector<Foundation> foundations(const CitationGraph& graph, const std::string& doc);

// A document citing a target.
struct Citer {
  std::string id, label, title, path;
  int year = 0;
  int mentions = 0;
  std::vector<int> pages;
  std::string context;
};

// Documents that cite `target` directly, oldest first (unknown years last, ties by id).
std::vector<Citer> citers(const CitationGraph& graph, const std::string& target);

// ---- Centrality ------------------------------------------------------------

struct PageRankOptions {
  double damping = 0.85;
  double tolerance = 1e-10;  // stop when the L1 change of one iteration is below this
  int max_iterations = 200;
};

// PageRank as researchers define it, over every edge (cites and part-of,
// parallel edges counted once): scores sum to 1, and the rank of dangling
// vertices (no out-edges, e.g. every uncited treaty) is spread evenly over
// all vertices each iteration. Boost's page_rank does neither (its scores
// sum to the vertex count and dangling rank leaks away), hence this power
// iteration. Indexed by vertex.
std::vector<double> pagerank(const GraphStorage& g, const PageRankOptions& options = {});

struct BetweennessOptions {
  // Exact Brandes (boost::brandes_betweenness_centrality) up to this many
  // vertices; above it, Brandes from `samples` random sources, scaled by
  // n / samples (an unbiased estimate of the exact score).
  std::size_t exact_limit = 5000;
  std::size_t samples = 64;  // ~5 s on 100,000 vertices / 1,000,000 edges (bench_graph)
  std::uint64_t seed = 1;
};

// Directed, unweighted betweenness (pairs s != v != t, shortest s->t paths
// through v), not normalised. Indexed by vertex.
std::vector<double> betweenness(const GraphStorage& g, const BetweennessOptions& options = {});

// Brandes accumulation from the given sources only (the building block of
// the sampled estimate; all sources give the exact score). Unscaled.
std::vector<double> betweenness_from_sources(const GraphStorage& g, const std::vector<Vertex>& sources);

// documents: distinct corpus documents citing the vertex (what a body of work
//   leans on; ties broken by mentions received);
// indegree: edges into the vertex, structural ones included (an SDG goal
//   gets one from each of its cited targets, a convention from its protocols);
// mentions: mentions received;
// pagerank: importance passed along citations (a target cited by cited
//   documents scores high even when few documents cite it directly);
// betweenness: how many shortest citation paths run through the vertex.
enum class RankBy { documents, indegree, mentions, pagerank, betweenness };
bool parse_rank_by(const std::string& name, RankBy& out);

struct RankRow {
  std::string id, kind, label;
  bool in_corpus = false;
  double score = 0;
};

// Vertices with a positive score, best first (ties by mentions received for
// `documents`, then by id); `top` = 0 keeps all.
std::vector<RankRow> rank(const CitationGraph& graph, RankBy by, std::size_t top = 0,
                          const BetweennessOptions& betweenness_options = {});

// ---- Pairs -----------------------------------------------------------------

struct PairOptions {
  // A document citing more targets than this (co-citation), or a target
  // cited by more documents than this (coupling), contributes no pairs:
  // its k*(k-1)/2 pairs would dominate the result and the running time.
  std::size_t max_fanout = 1000;
  std::size_t top = 0;     // keep the heaviest pairs only; 0 = all
  int min_weight = 1;      // drop pairs seen fewer times
};

struct WeightedPair {
  std::string a, b;  // a < b
  int weight = 0;    // co-citation: documents citing both; coupling: targets both cite
};

struct PairResult {
  std::vector<WeightedPair> pairs;  // heaviest first, ties by (a, b)
  std::size_t skipped = 0;          // vertices over max_fanout
};

// Targets cited together by the same documents.
PairResult cocitation(const CitationGraph& graph, const PairOptions& options = {});
// Documents that cite the same targets (bibliographic coupling).
PairResult coupling(const CitationGraph& graph, const PairOptions& options = {});

// ---- Time ------------------------------------------------------------------

struct TimelineRow {
  int year = 0;  // year of the citing documents; 0 = unknown
  std::string target, label;
  int documents = 0;  // distinct citing documents that year
  int mentions = 0;
};

// Per citing year, which targets are cited and by how many documents:
// years ascending (unknown last), then most documents first, then by id.
std::vector<TimelineRow> timeline(const CitationGraph& graph);

// ---- Per-vertex summaries (targets.csv) ------------------------------------

struct VertexStats {
  int in_degree = 0;        // distinct documents citing it
  int mentions_in = 0;      // mentions received
  int out_targets = 0;      // distinct targets it cites
  int mentions_out = 0;     // mentions it makes
  int first_year_cited = 0; // earliest known year of a citing document, 0 = none
};

std::vector<VertexStats> vertex_stats(const GraphStorage& g);

}  // namespace unxref
