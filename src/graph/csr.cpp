#include "graph/csr.hpp"

#include <algorithm>

namespace unxref::graph {
namespace {

template <typename Keep, typename Ends>
void build(const GraphStorage& g, Keep keep, Ends ends, bool unique, std::vector<std::size_t>& offsets,
          std::vector<std::uint32_t>& targets) {
  const std::size_t n = boost::num_vertices(g);
  offsets.assign(n + 1, 0);
  for (Edge e : boost::make_iterator_range(boost::edges(g)))
    if (keep(e)) ++offsets[ends(e).first + 1];
  for (std::size_t v = 0; v < n; ++v) offsets[v + 1] += offsets[v];
  targets.assign(offsets[n], 0);
  std::vector<std::size_t> fill(offsets.begin(), offsets.end() - 1);
  for (Edge e : boost::make_iterator_range(boost::edges(g))) {
    if (!keep(e)) continue;
    auto [from, to] = ends(e);
    targets[fill[from]++] = static_cast<std::uint32_t>(to);
  }
  if (unique) {
    // Sort each list, drop repeats and compact in place.
    std::size_t write = 0;
    for (std::size_t v = 0; v < n; ++v) {
      auto first = targets.begin() + static_cast<std::ptrdiff_t>(offsets[v]);
      auto last = targets.begin() + static_cast<std::ptrdiff_t>(offsets[v + 1]);
      std::sort(first, last);
      auto end = std::unique(first, last);
      offsets[v] = write;
      for (auto it = first; it != end; ++it) targets[write++] = *it;
    }
    offsets[n] = write;
    targets.resize(write);
  }
}

}  // namespace

Csr Csr::successors(const GraphStorage& g, bool unique) {
  Csr c;
  build(
      g, [](Edge) { return true; },
      [&g](Edge e) { return std::pair<std::size_t, std::size_t>(boost::source(e, g), boost::target(e, g)); },
      unique, c.offsets_, c.targets_);
  return c;
}

Csr Csr::cites(const GraphStorage& g, bool reverse) {
  Csr c;
  build(
      g, [&g](Edge e) { return g[e].type == EdgeType::cites; },
      [&g, reverse](Edge e) {
        std::size_t s = boost::source(e, g), t = boost::target(e, g);
        return reverse ? std::pair<std::size_t, std::size_t>(t, s) : std::pair<std::size_t, std::size_t>(s, t);
      },
      true, c.offsets_, c.targets_);
  return c;
}

}  // namespace unxref::graph
