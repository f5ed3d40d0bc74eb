#include "render/select.hpp"

#include <algorithm>
#include <deque>
#include <stdexcept>
#include <string>

namespace unxref::rendering {
namespace {

using Keep = std::vector<char>;  // per vertex index: 1 = still drawn

std::vector<Edge> edges_between(const GraphStorage& g, const std::vector<Edge>& edges,
                                const Keep& keep) {
  std::vector<Edge> out;
  for (const Edge& e : edges) {
    if (keep[boost::source(e, g)] && keep[boost::target(e, g)]) out.push_back(e);
  }
  return out;
}

void validate(const RenderOptions& o) {
  if (o.min_weight < 0) throw std::invalid_argument("min_weight must not be negative");
  if (o.radius < 0) throw std::invalid_argument("radius must not be negative");
  if (o.top && *o.top < 0) throw std::invalid_argument("top must not be negative");
}

// Vertices within `radius` undirected hops of `centre`, over `edges`.
Keep neighbourhood(const GraphStorage& g, const std::vector<Edge>& edges, Vertex centre,
                   int radius) {
  const std::size_t n = boost::num_vertices(g);
  std::vector<std::vector<Vertex>> adjacent(n);
  for (const Edge& e : edges) {
    adjacent[boost::source(e, g)].push_back(boost::target(e, g));
    adjacent[boost::target(e, g)].push_back(boost::source(e, g));
  }
  std::vector<int> hops(n, -1);
  std::deque<Vertex> queue{centre};
  hops[centre] = 0;
  while (!queue.empty()) {
    const Vertex v = queue.front();
    queue.pop_front();
    if (hops[v] == radius) continue;
    for (Vertex w : adjacent[v]) {
      if (hops[w] >= 0) continue;
      hops[w] = hops[v] + 1;
      queue.push_back(w);
    }
  }
  Keep keep(n, 0);
  for (std::size_t v = 0; v < n; ++v) keep[v] = hops[v] >= 0;
  return keep;
}

// Keeps the `top` targets with the most citing vertices, and those citers.
// Ties go to the smaller id so that the drawing is reproducible.
Keep top_targets(const GraphStorage& g, const std::vector<Edge>& edges, std::size_t top) {
  const std::size_t n = boost::num_vertices(g);
  std::vector<std::vector<Vertex>> citers(n);
  for (const Edge& e : edges) {
    if (g[e].type == EdgeType::cites) citers[boost::target(e, g)].push_back(boost::source(e, g));
  }
  std::vector<Vertex> cited;
  for (std::size_t v = 0; v < n; ++v) {
    auto& c = citers[v];
    std::sort(c.begin(), c.end());
    c.erase(std::unique(c.begin(), c.end()), c.end());
    if (!c.empty()) cited.push_back(v);
  }
  std::sort(cited.begin(), cited.end(), [&](Vertex a, Vertex b) {
    if (citers[a].size() != citers[b].size()) return citers[a].size() > citers[b].size();
    return g[a].id < g[b].id;
  });
  if (cited.size() > top) cited.resize(top);
  Keep keep(n, 0);
  for (Vertex t : cited) {
    keep[t] = 1;
    for (Vertex c : citers[t]) keep[c] = 1;
  }
  return keep;
}

}  // namespace

bool is_document(const VertexProps& v) { return v.in_corpus || v.kind == "document"; }

Selection select(const CitationGraph& graph, const RenderOptions& options) {
  validate(options);
  const GraphStorage& g = graph.storage();
  const std::size_t n = boost::num_vertices(g);
  Selection sel;

  std::vector<Edge> edges;
  for (auto [it, end] = boost::edges(g); it != end; ++it) {
    const EdgeProps& p = g[*it];
    if (p.type == EdgeType::part_of || p.mentions >= options.min_weight) edges.push_back(*it);
  }

  if (!options.ego.empty()) {
    sel.ego = graph.find(options.ego);
    if (!sel.ego)
      throw std::invalid_argument("no vertex with id '" + options.ego + "' to centre on");
  }

  Keep keep(n, 1);
  if (!options.kinds.empty()) {
    const auto& kinds = options.kinds;
    for (std::size_t v = 0; v < n; ++v) {
      keep[v] =
          is_document(g[v]) || std::find(kinds.begin(), kinds.end(), g[v].kind) != kinds.end();
    }
    if (sel.ego) keep[*sel.ego] = 1;  // asked for by name: the centre outranks the kinds filter
    edges = edges_between(g, edges, keep);
  }

  if (sel.ego) {
    Keep near = neighbourhood(g, edges, *sel.ego, options.radius);
    for (std::size_t v = 0; v < n; ++v) keep[v] = keep[v] && near[v];
    edges = edges_between(g, edges, keep);
  }

  if (options.top) {
    Keep chosen = top_targets(g, edges, static_cast<std::size_t>(*options.top));
    for (std::size_t v = 0; v < n; ++v) keep[v] = keep[v] && chosen[v];
    if (sel.ego) keep[*sel.ego] = 1;
    edges = edges_between(g, edges, keep);
  }

  // A vertex is drawn when a citation reaches it, or when it is the whole
  // that a drawn part belongs to (the goal of a cited SDG target, the
  // convention of a cited protocol); structure alone does not keep a vertex.
  std::vector<char> drawn(n, 0);
  std::vector<std::vector<Vertex>> whole_of(n);
  std::vector<Vertex> work;
  for (const Edge& e : edges) {
    const Vertex from = boost::source(e, g), to = boost::target(e, g);
    if (g[e].type == EdgeType::part_of) {
      whole_of[from].push_back(to);
    } else {
      for (Vertex v : {from, to}) {
        if (!drawn[v]) work.push_back(v);
        drawn[v] = 1;
      }
    }
  }
  if (sel.ego && !drawn[*sel.ego]) {
    drawn[*sel.ego] = 1;
    work.push_back(*sel.ego);
  }
  while (!work.empty()) {
    const Vertex v = work.back();
    work.pop_back();
    for (Vertex whole : whole_of[v]) {
      if (!drawn[whole]) work.push_back(whole);
      drawn[whole] = 1;
    }
  }
  for (std::size_t v = 0; v < n; ++v) {
    if (keep[v] && drawn[v]) sel.vertices.push_back(v);
  }
  sel.edges = edges_between(g, edges, drawn);
  return sel;
}

}  // namespace unxref::rendering
