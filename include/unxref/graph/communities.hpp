#pragma once
// Communities of co-cited targets: groups of resolutions, treaties and
// targets that the same documents cite together, found by igraph's Louvain
// method (igraph_community_multilevel) on the co-citation graph.
#include <cstddef>
#include <vector>

#include "unxref/graph/citation_graph.hpp"

namespace unxref {

struct CommunityOptions {
  // A document citing more targets than this adds no co-citation pairs
  // (as in cocitation()): one survey citing everything would join all.
  std::size_t max_fanout = 1000;
  double resolution = 1.0;  // modularity resolution: higher gives more, smaller communities
  unsigned long seed = 1;   // igraph's random order of vertices; the same seed gives the same answer
};

// Indexed by vertex: the community of each target co-cited with at least one
// other (0 = the largest community, then by size, ties by the smallest
// vertex id), -1 for documents that nobody cites and targets never co-cited.
std::vector<int> communities(const CitationGraph& graph, const CommunityOptions& options = {});

// Stores communities() in VertexProps::community, where the exports
// (GraphML `community`, targets.csv) and the drawings (fill colour) find it.
void assign_communities(CitationGraph& graph, const CommunityOptions& options = {});

}  // namespace unxref
