#include "report/context.hpp"

#include <algorithm>

#include "unxref/report/report.hpp"

namespace unxref::report {

ReportContext::ReportContext(const CitationGraph& g) : graph(g), stats(vertex_stats(g.storage())) {
  const GraphStorage& s = g.storage();
  pages.reserve(boost::num_vertices(s));
  for (Vertex v = 0; v < boost::num_vertices(s); ++v) pages.push_back(page_name(s[v].id, s[v].in_corpus));
}

std::string ReportContext::page_of(const std::string& id) const {
  const auto v = graph.find(id);
  return v ? pages[*v] : std::string();
}

std::string ReportContext::name_of(Vertex v) const {
  const VertexProps& p = graph.storage()[v];
  if (!p.title.empty()) return p.title;
  return p.label.empty() ? p.id : p.label;
}

std::string page_list(const std::vector<int>& pages) {
  std::vector<int> sorted;
  for (int p : pages)
    if (p > 0) sorted.push_back(p);
  std::sort(sorted.begin(), sorted.end());
  sorted.erase(std::unique(sorted.begin(), sorted.end()), sorted.end());
  std::string out;
  for (int p : sorted) out += (out.empty() ? "" : ", ") + std::to_string(p);
  return out;
}

}  // namespace unxref::report
