#include "unxref/graph/communities.hpp"

#include <igraph/igraph.h>

#include <algorithm>
#include <map>
#include <stdexcept>
#include <string>
#include <utility>

namespace unxref {
namespace {

void check(igraph_error_t rc, const char* what) {
  if (rc != IGRAPH_SUCCESS) throw std::runtime_error(std::string("igraph: ") + what + " failed");
}

// igraph's vectors and graph, freed on every path.
struct IgraphData {
  igraph_t graph;
  igraph_vector_int_t edges;
  igraph_vector_t weights;
  igraph_vector_int_t membership;
  bool graph_made = false;
  IgraphData() {
    check(igraph_vector_int_init(&edges, 0), "vector");
    check(igraph_vector_init(&weights, 0), "vector");
    check(igraph_vector_int_init(&membership, 0), "vector");
  }
  ~IgraphData() {
    if (graph_made) igraph_destroy(&graph);
    igraph_vector_int_destroy(&membership);
    igraph_vector_destroy(&weights);
    igraph_vector_int_destroy(&edges);
  }
  IgraphData(const IgraphData&) = delete;
  IgraphData& operator=(const IgraphData&) = delete;
};

}  // namespace

std::vector<int> communities(const CitationGraph& graph, const CommunityOptions& options) {
  const GraphStorage& g = graph.storage();
  // Co-citation weights: documents citing both targets.
  std::map<std::pair<Vertex, Vertex>, int> pairs;
  for (Vertex d : boost::make_iterator_range(boost::vertices(g))) {
    std::vector<Vertex> cited;
    for (Edge e : boost::make_iterator_range(boost::out_edges(d, g)))
      if (g[e].type == EdgeType::cites) cited.push_back(boost::target(e, g));
    if (cited.size() < 2 || cited.size() > options.max_fanout) continue;
    std::sort(cited.begin(), cited.end());
    cited.erase(std::unique(cited.begin(), cited.end()), cited.end());
    for (std::size_t i = 0; i < cited.size(); ++i)
      for (std::size_t j = i + 1; j < cited.size(); ++j) ++pairs[{cited[i], cited[j]}];
  }
  std::vector<int> out(boost::num_vertices(g), -1);
  if (pairs.empty()) return out;
  // igraph numbers only the co-cited vertices.
  std::vector<Vertex> of_node;
  std::map<Vertex, igraph_integer_t> node_of;
  for (const auto& [p, w] : pairs)
    for (Vertex v : {p.first, p.second})
      if (node_of.emplace(v, static_cast<igraph_integer_t>(of_node.size())).second) of_node.push_back(v);

  IgraphData data;
  for (const auto& [p, w] : pairs) {
    check(igraph_vector_int_push_back(&data.edges, node_of[p.first]), "edge list");
    check(igraph_vector_int_push_back(&data.edges, node_of[p.second]), "edge list");
    check(igraph_vector_push_back(&data.weights, static_cast<igraph_real_t>(w)), "weights");
  }
  check(igraph_create(&data.graph, &data.edges, static_cast<igraph_integer_t>(of_node.size()), IGRAPH_UNDIRECTED),
        "graph");
  data.graph_made = true;
  igraph_rng_seed(igraph_rng_default(), options.seed);
  check(igraph_community_multilevel(&data.graph, &data.weights, options.resolution, &data.membership, nullptr,
                                    nullptr),
        "Louvain communities");

  // Renumber: largest community first, ties by its smallest vertex.
  std::map<igraph_integer_t, std::pair<int, Vertex>> size_first;  // community -> (size, first vertex)
  for (std::size_t i = 0; i < of_node.size(); ++i) {
    auto [it, added] = size_first.emplace(VECTOR(data.membership)[static_cast<igraph_integer_t>(i)],
                                          std::make_pair(0, of_node[i]));
    ++it->second.first;
    it->second.second = std::min(it->second.second, of_node[i]);
  }
  std::vector<std::pair<igraph_integer_t, std::pair<int, Vertex>>> order(size_first.begin(), size_first.end());
  std::sort(order.begin(), order.end(), [](const auto& a, const auto& b) {
    return a.second.first != b.second.first ? a.second.first > b.second.first : a.second.second < b.second.second;
  });
  std::map<igraph_integer_t, int> number;
  for (std::size_t k = 0; k < order.size(); ++k) number[order[k].first] = static_cast<int>(k);
  for (std::size_t i = 0; i < of_node.size(); ++i)
    out[of_node[i]] = number[VECTOR(data.membership)[static_cast<igraph_integer_t>(i)]];
  return out;
}

void assign_communities(CitationGraph& graph, const CommunityOptions& options) {
  const std::vector<int> found = communities(graph, options);
  GraphStorage& g = graph.storage();
  for (Vertex v : boost::make_iterator_range(boost::vertices(g))) g[v].community = found[v];
}

}  // namespace unxref
