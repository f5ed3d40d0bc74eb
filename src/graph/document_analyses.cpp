// underpins, foundations, citers: questions about one vertex and its neighbours.
#include <algorithm>
#include <deque>
#include <stdexcept>

#include "unxref/graph/analyses.hpp"

namespace unxref {
namespace {

Vertex require(const CitationGraph& graph, const std::string& id) {
  std::optional<Vertex> v = graph.find(id);
  if (!v) throw std::invalid_argument("no document or target with id '" + id + "' in the graph");
  return *v;
}

}  // namespace

std::vector<CitedTarget> underpins(const CitationGraph& graph, const std::string& doc) {
  const GraphStorage& g = graph.storage();
  std::vector<CitedTarget> out;
  for (Edge e : boost::make_iterator_range(boost::out_edges(require(graph, doc), g))) {
    const EdgeProps& p = g[e];
    if (p.type != EdgeType::cites) continue;
    const VertexProps& t = g[boost::target(e, g)];
    out.push_back({t.id, t.kind, t.label, p.mentions, p.pages, p.sections, p.pinpoints, p.context});
  }
  std::sort(out.begin(), out.end(), [](const CitedTarget& a, const CitedTarget& b) {
    return a.mentions != b.mentions ? a.mentions > b.mentions : a.id < b.id;
  });
  for (CitedTarget& t : out) std::sort(t.pages.begin(), t.pages.end());
  return out;
}

std::vector<Foundation> foundations(const CitationGraph& graph, const std::string& doc) {
  const GraphStorage& g = graph.storage();
  const Vertex start = require(graph, doc);
  std::vector<int> dist(boost::num_vertices(g), -1);
  std::deque<Vertex> queue{start};
  dist[start] = 0;
  std::vector<Foundation> out;
  while (!queue.empty()) {
    Vertex u = queue.front();
    queue.pop_front();
    for (Vertex w : boost::make_iterator_range(boost::adjacent_vertices(u, g))) {
      if (dist[w] >= 0) continue;
      dist[w] = dist[u] + 1;
      queue.push_back(w);
      out.push_back({g[w].id, g[w].kind, g[w].label, dist[w]});
    }
  }
  std::sort(out.begin(), out.end(), [](const Foundation& a, const Foundation& b) {
    return a.distance != b.distance ? a.distance < b.distance : a.id < b.id;
  });
  return out;
}

std::vector<Citer> citers(const CitationGraph& graph, const std::string& target) {
  const GraphStorage& g = graph.storage();
  std::vector<Citer> out;
  for (Edge e : boost::make_iterator_range(boost::in_edges(require(graph, target), g))) {
    const EdgeProps& p = g[e];
    if (p.type != EdgeType::cites) continue;
    const VertexProps& s = g[boost::source(e, g)];
    Citer c{s.id, s.label, s.title, s.path, s.year, p.mentions, p.pages, p.context};
    std::sort(c.pages.begin(), c.pages.end());
    out.push_back(std::move(c));
  }
  std::sort(out.begin(), out.end(), [](const Citer& a, const Citer& b) {
    // Unknown years (0) sort last.
    const int ya = a.year ? a.year : 1'000'000, yb = b.year ? b.year : 1'000'000;
    return ya != yb ? ya < yb : a.id < b.id;
  });
  return out;
}

}  // namespace unxref
