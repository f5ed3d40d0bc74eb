#pragma once
// Stage 3: the citation graph, held in Boost.Graph.
//
// Vertices are corpus documents and cited targets; a corpus document whose
// masthead symbol is itself a cited target is one vertex. Edges are "cites"
// (document -> target, weighted by mentions) and structural edges the
// registry knows ("part-of": SDG target -> goal, protocol -> convention).
#include <boost/graph/adjacency_list.hpp>
#include <cstddef>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

#include "unxref/detect/mention.hpp"
#include "unxref/extract/document.hpp"

namespace unxref {

struct VertexProps {
  std::string id;     // canonical target id, or "doc:<path>" for a corpus document without symbol
  std::string kind;   // "document", "resolution", "symbol", "treaty", "sdg-goal", ...
  std::string label;  // short label for drawings: the id, a treaty abbreviation, "SDG 8.7"
  std::string title;  // long title (tooltip), may be empty
  int year = 0;       // year of the document / resolution when known
  bool in_corpus = false;
  std::string path;   // file of a corpus document
  std::string genre;  // a corpus document's kind from the manifest ("policy-paper"), else empty
  int community = -1; // community of co-cited targets (assign_communities), -1 when none or not asked for
};

enum class EdgeType { cites, part_of };

struct EdgeProps {
  EdgeType type = EdgeType::cites;
  int mentions = 0;  // weight of a "cites" edge
  std::vector<int> pages;
  std::vector<std::string> sections;
  std::vector<std::string> pinpoints;
  std::string context;  // first context snippet
  // How the mentions cite: mentions per relation (Mention::relation), and
  // how many act under Chapter VII.
  std::map<std::string, int> relations;
  int chapter_vii = 0;
  int series = 0;      // mentions that are links of a resolution series (Mention::series)
  std::string date;    // the first date the mentions give the target ("18 December 2019")
};

// "recalls:3;takes-note:1": the relation counts of an edge, commonest first
// (ties in name order), the form every export writes them in.
std::string relation_counts(const EdgeProps& edge);
// The commonest relation of an edge ("" for an edge without mentions).
std::string main_relation(const EdgeProps& edge);

using GraphStorage = boost::adjacency_list<boost::vecS, boost::vecS, boost::bidirectionalS,
                                           VertexProps, EdgeProps>;
using Vertex = GraphStorage::vertex_descriptor;
using Edge = GraphStorage::edge_descriptor;

// Copies are deep; moves hand over the storage. Boost 1.74's adjacency_list
// has no move operations (even its swap copies), so it is held by pointer:
// otherwise every return of a graph copies all its edges' evidence. A
// moved-from graph may only be assigned to or destroyed.
class CitationGraph {
 public:
  CitationGraph();
  CitationGraph(const CitationGraph& other);
  CitationGraph& operator=(const CitationGraph& other);
  CitationGraph(CitationGraph&&) noexcept = default;
  CitationGraph& operator=(CitationGraph&&) noexcept = default;
  ~CitationGraph();

  // Returns the vertex with this id, creating it with `props` if new; when it
  // exists, empty fields are filled from `props` (a corpus document merging
  // into an already cited target keeps both sets of facts).
  Vertex add_vertex(const VertexProps& props);
  std::optional<Vertex> find(const std::string& id) const;

  // Adds one mention to the edge from -> to (creating it), accumulating evidence.
  Edge add_mention(Vertex from, Vertex to, const Mention& m);
  Edge add_structural(Vertex from, Vertex to);

  GraphStorage& storage() { return *g_; }
  const GraphStorage& storage() const { return *g_; }
  std::size_t vertex_count() const { return boost::num_vertices(*g_); }
  std::size_t edge_count() const { return boost::num_edges(*g_); }

 private:
  std::unique_ptr<GraphStorage> g_;
  std::unordered_map<std::string, Vertex> index_;
};

}  // namespace unxref
