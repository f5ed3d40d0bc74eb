#include <algorithm>
#include <map>

#include "unxref/graph/analyses.hpp"

namespace unxref {

std::vector<TimelineRow> timeline(const CitationGraph& graph) {
  const GraphStorage& g = graph.storage();
  // (year, target) -> row; each "cites" edge is one distinct citing document.
  std::map<std::pair<int, Vertex>, TimelineRow> cells;
  for (Edge e : boost::make_iterator_range(boost::edges(g))) {
    const EdgeProps& p = g[e];
    if (p.type != EdgeType::cites) continue;
    const Vertex s = boost::source(e, g), t = boost::target(e, g);
    TimelineRow& row = cells[{g[s].year, t}];
    if (row.documents++ == 0) {
      row.year = g[s].year;
      row.target = g[t].id;
      row.label = g[t].label;
    }
    row.mentions += p.mentions;
  }
  std::vector<TimelineRow> rows;
  rows.reserve(cells.size());
  for (auto& [key, row] : cells) rows.push_back(std::move(row));
  std::sort(rows.begin(), rows.end(), [](const TimelineRow& a, const TimelineRow& b) {
    const int ya = a.year ? a.year : 1'000'000, yb = b.year ? b.year : 1'000'000;
    if (ya != yb) return ya < yb;
    if (a.documents != b.documents) return a.documents > b.documents;
    return a.target < b.target;
  });
  return rows;
}

}  // namespace unxref
