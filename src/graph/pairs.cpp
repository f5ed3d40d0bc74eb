// Co-citation and bibliographic coupling by sparse accumulation: one dense
// counter row at a time (like multiplying the citation matrix by its
// transpose row by row), so memory stays O(vertices + kept pairs) and no
// hash map of all pairs is ever built.
#include <algorithm>
#include <queue>

#include "graph/csr.hpp"
#include "unxref/graph/analyses.hpp"

namespace unxref {
namespace {

struct Heavier {
  bool operator()(const WeightedPair& x, const WeightedPair& y) const {
    if (x.weight != y.weight) return x.weight > y.weight;
    return x.a != y.a ? x.a < y.a : x.b < y.b;
  }
};

// Pairs (a, b) with a < b of rows that share a middle vertex: row -> middle
// via `forward`, middle -> row via `backward`. Middles whose backward fan-out
// exceeds the cap are skipped.
PairResult accumulate(const GraphStorage& g, const graph::Csr& forward, const graph::Csr& backward,
                      const PairOptions& options) {
  const std::size_t n = forward.size();
  PairResult result;
  std::vector<char> too_wide(n, 0);
  for (std::size_t m = 0; m < n; ++m) {
    if (backward.degree(m) > options.max_fanout) {
      too_wide[m] = 1;
      ++result.skipped;
    }
  }
  std::vector<int> count(n, 0);
  std::vector<std::uint32_t> touched;
  // With a top-N limit, a min-heap of the N heaviest so far (its top is the
  // lightest kept pair).
  std::priority_queue<WeightedPair, std::vector<WeightedPair>, Heavier> heap;
  auto keep = [&](WeightedPair p) {
    if (options.top == 0) {
      result.pairs.push_back(std::move(p));
      return;
    }
    if (heap.size() < options.top) {
      heap.push(std::move(p));
    } else if (Heavier{}(p, heap.top())) {
      heap.pop();
      heap.push(std::move(p));
    }
  };
  for (std::size_t a = 0; a < n; ++a) {
    for (std::uint32_t m : forward.neighbours(a)) {
      if (too_wide[m]) continue;
      // Lists are sorted: start past `a`, so each pair is counted once.
      const auto others = backward.neighbours(m);
      for (auto it = std::upper_bound(others.begin(), others.end(), static_cast<std::uint32_t>(a));
           it != others.end(); ++it) {
        if (count[*it]++ == 0) touched.push_back(*it);
      }
    }
    for (std::uint32_t b : touched) {
      if (count[b] >= options.min_weight) {
        const std::string& ia = g[a].id;
        const std::string& ib = g[b].id;
        keep(ia < ib ? WeightedPair{ia, ib, count[b]} : WeightedPair{ib, ia, count[b]});
      }
      count[b] = 0;
    }
    touched.clear();
  }
  while (!heap.empty()) {
    result.pairs.push_back(heap.top());
    heap.pop();
  }
  std::sort(result.pairs.begin(), result.pairs.end(), Heavier{});
  return result;
}

}  // namespace

PairResult cocitation(const CitationGraph& graph, const PairOptions& options) {
  // Rows are targets; they meet in the documents citing them.
  const GraphStorage& g = graph.storage();
  return accumulate(g, graph::Csr::cites(g, /*reverse=*/true), graph::Csr::cites(g, false), options);
}

PairResult coupling(const CitationGraph& graph, const PairOptions& options) {
  // Rows are documents; they meet in the targets they cite.
  const GraphStorage& g = graph.storage();
  return accumulate(g, graph::Csr::cites(g, /*reverse=*/false), graph::Csr::cites(g, true), options);
}

}  // namespace unxref
