#include "unxref/graph/citation_graph.hpp"

#include <algorithm>

namespace unxref {
namespace {

void fill_empty(std::string& into, const std::string& from) {
  if (into.empty()) into = from;
}

template <typename T>
void add_unique(std::vector<T>& v, const T& x) {
  if (std::find(v.begin(), v.end(), x) == v.end()) v.push_back(x);
}

std::optional<Edge> find_edge(const GraphStorage& g, Vertex from, Vertex to, EdgeType type) {
  auto range = boost::out_edges(from, g);
  for (auto it = range.first; it != range.second; ++it) {
    if (boost::target(*it, g) == to && g[*it].type == type) return *it;
  }
  return std::nullopt;
}

std::vector<std::pair<std::string, int>> by_count(const std::map<std::string, int>& counts) {
  std::vector<std::pair<std::string, int>> out(counts.begin(), counts.end());
  std::stable_sort(out.begin(), out.end(), [](const auto& a, const auto& b) { return a.second > b.second; });
  return out;
}

}  // namespace

std::string relation_counts(const EdgeProps& edge) {
  std::string out;
  for (const auto& [relation, n] : by_count(edge.relations)) {
    if (!out.empty()) out += ';';
    out += relation + ':' + std::to_string(n);
  }
  return out;
}

std::string main_relation(const EdgeProps& edge) {
  const auto counts = by_count(edge.relations);
  return counts.empty() ? std::string() : counts.front().first;
}

CitationGraph::CitationGraph() : g_(std::make_unique<GraphStorage>()) {}
CitationGraph::CitationGraph(const CitationGraph& other)
    : g_(std::make_unique<GraphStorage>(*other.g_)), index_(other.index_) {}
CitationGraph& CitationGraph::operator=(const CitationGraph& other) {
  if (this != &other) *this = CitationGraph(other);
  return *this;
}
CitationGraph::~CitationGraph() = default;

Vertex CitationGraph::add_vertex(const VertexProps& props) {
  auto it = index_.find(props.id);
  if (it == index_.end()) {
    Vertex v = boost::add_vertex(props, *g_);
    index_.emplace(props.id, v);
    return v;
  }
  VertexProps& p = (*g_)[it->second];
  // A corpus document merging into a cited target: the document's facts win
  // for kind/path, the richer title is kept.
  if (props.in_corpus && !p.in_corpus) {
    p.in_corpus = true;
    p.path = props.path;
    if (!props.title.empty()) p.title = props.title;
  }
  fill_empty(p.kind, props.kind);
  fill_empty(p.genre, props.genre);
  fill_empty(p.label, props.label);
  fill_empty(p.title, props.title);
  if (p.year == 0) p.year = props.year;
  return it->second;
}

std::optional<Vertex> CitationGraph::find(const std::string& id) const {
  auto it = index_.find(id);
  if (it == index_.end()) return std::nullopt;
  return it->second;
}

Edge CitationGraph::add_mention(Vertex from, Vertex to, const Mention& m) {
  std::optional<Edge> found = find_edge(*g_, from, to, EdgeType::cites);
  Edge e = found ? *found : boost::add_edge(from, to, EdgeProps{}, *g_).first;
  EdgeProps& p = (*g_)[e];
  ++p.mentions;
  if (m.page > 0) add_unique(p.pages, m.page);
  if (!m.section.empty()) add_unique(p.sections, m.section);
  if (!m.pinpoint.empty()) add_unique(p.pinpoints, m.pinpoint);
  fill_empty(p.context, m.context);
  ++p.relations[m.relation.empty() ? std::string("other") : m.relation];
  if (m.chapter_vii) ++p.chapter_vii;
  if (m.series) ++p.series;
  fill_empty(p.date, m.date);
  return e;
}

Edge CitationGraph::add_structural(Vertex from, Vertex to) {
  if (auto found = find_edge(*g_, from, to, EdgeType::part_of)) return *found;
  EdgeProps props;
  props.type = EdgeType::part_of;
  return boost::add_edge(from, to, props, *g_).first;
}

}  // namespace unxref
