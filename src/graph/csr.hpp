#pragma once
// A compressed adjacency snapshot of the graph: the inner loops of PageRank,
// Brandes and the pair counts run over flat arrays instead of Boost's
// per-vertex edge lists.
#include <cstdint>
#include <span>
#include <vector>

#include "unxref/graph/citation_graph.hpp"

namespace unxref::graph {

class Csr {
 public:
  // Out-neighbours over every edge; `unique` drops parallel edges.
  static Csr successors(const GraphStorage& g, bool unique);
  // For "cites" edges only: the targets each vertex cites, or the
  // documents citing each vertex (`reverse`), each list sorted and unique.
  static Csr cites(const GraphStorage& g, bool reverse);

  std::size_t size() const { return offsets_.empty() ? 0 : offsets_.size() - 1; }
  std::size_t degree(std::size_t v) const { return offsets_[v + 1] - offsets_[v]; }
  std::span<const std::uint32_t> neighbours(std::size_t v) const {
    return {targets_.data() + offsets_[v], degree(v)};
  }

 private:
  std::vector<std::size_t> offsets_;
  std::vector<std::uint32_t> targets_;
};

}  // namespace unxref::graph
