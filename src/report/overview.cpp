// report.html: the overview. Its data is one JSON element, its behaviour
// assets/overview.js over d3; no document text is ever written as markup here.
#include <algorithm>
#include <map>
#include <nlohmann/json.hpp>
#include <set>

#include "report/assets.hpp"
#include "report/html.hpp"
#include "report/pages.hpp"
#include "unxref/graph/analyses.hpp"

namespace unxref::report {
namespace {

using json = nlohmann::ordered_json;

std::string cut(const std::string& s, std::size_t max_bytes) {
  if (s.size() <= max_bytes) return s;
  std::size_t n = max_bytes;
  while (n > 0 && (static_cast<unsigned char>(s[n]) & 0xC0) == 0x80) --n;  // never split a UTF-8 sequence
  return s.substr(0, n) + "…";
}

// The vertices the graph draws: all when few enough, else the most-cited
// targets, each with its citers, while the budget lasts.
std::vector<bool> drawn_vertices(const ReportContext& ctx, std::size_t budget) {
  const GraphStorage& g = ctx.graph.storage();
  const std::size_t n = boost::num_vertices(g);
  std::vector<bool> keep(n, n <= budget);
  if (n <= budget) return keep;
  std::vector<Vertex> targets;
  for (Vertex v = 0; v < n; ++v)
    if (ctx.stats[v].in_degree > 0) targets.push_back(v);
  std::stable_sort(targets.begin(), targets.end(),
                   [&](Vertex a, Vertex b) { return ctx.stats[a].in_degree > ctx.stats[b].in_degree; });
  std::size_t count = 0;
  for (Vertex t : targets) {
    std::vector<Vertex> add;
    if (!keep[t]) add.push_back(t);
    for (auto [e, end] = boost::in_edges(t, g); e != end; ++e)
      if (g[*e].type == EdgeType::cites && !keep[boost::source(*e, g)]) add.push_back(boost::source(*e, g));
    std::sort(add.begin(), add.end());
    add.erase(std::unique(add.begin(), add.end()), add.end());
    if (count + add.size() > budget) break;
    for (Vertex v : add) keep[v] = true;
    count += add.size();
  }
  return keep;
}

json graph_data(const ReportContext& ctx, std::size_t budget) {
  const GraphStorage& g = ctx.graph.storage();
  const std::vector<bool> keep = drawn_vertices(ctx, budget);
  std::vector<long> index(boost::num_vertices(g), -1);
  json nodes = json::array(), links = json::array();
  for (Vertex v = 0; v < boost::num_vertices(g); ++v) {
    if (!keep[v]) continue;
    const VertexProps& p = g[v];
    index[v] = static_cast<long>(nodes.size());
    nodes.push_back({{"id", p.id},
                     {"label", p.label.empty() ? p.id : p.label},
                     {"title", cut(p.title, 300)},
                     {"kind", p.in_corpus ? "document" : p.kind},
                     {"year", p.year ? json(p.year) : json(nullptr)},
                     {"corpus", p.in_corpus},
                     {"cited", ctx.stats[v].in_degree},
                     {"page", "report/" + ctx.pages[v]}});
  }
  for (auto [e, end] = boost::edges(g); e != end; ++e) {
    const long s = index[boost::source(*e, g)], t = index[boost::target(*e, g)];
    if (s < 0 || t < 0) continue;
    const EdgeProps& p = g[*e];
    links.push_back({{"source", s},
                     {"target", t},
                     {"type", p.type == EdgeType::cites ? "cites" : "part-of"},
                     {"mentions", p.mentions},
                     {"pages", page_list(p.pages)},
                     {"context", cut(p.context, 240)}});
  }
  return {{"nodes", nodes}, {"links", links}, {"total_vertices", boost::num_vertices(g)}};
}

json target_rows(const ReportContext& ctx) {
  const GraphStorage& g = ctx.graph.storage();
  const std::vector<double> pr = pagerank(g);
  json rows = json::array();
  for (Vertex v = 0; v < boost::num_vertices(g); ++v) {
    const VertexStats& s = ctx.stats[v];
    if (s.in_degree == 0) continue;
    const VertexProps& p = g[v];
    rows.push_back({{"id", p.id},
                    {"name", cut(ctx.name_of(v), 200)},
                    {"kind", p.kind},
                    {"year", p.year ? json(p.year) : json(nullptr)},
                    {"cited", s.in_degree},
                    {"mentions", s.mentions_in},
                    {"pagerank", pr[v]},
                    {"first", s.first_year_cited ? json(s.first_year_cited) : json(nullptr)},
                    {"page", "report/" + ctx.pages[v]}});
  }
  return rows;
}

json document_rows(const ReportContext& ctx, const std::vector<CorpusDocument>& documents) {
  json rows = json::array();
  for (const CorpusDocument& d : documents) {
    const auto v = ctx.graph.find(d.id);
    const std::string page = v ? ctx.pages[*v] : page_name(d.id, true);
    rows.push_back({{"id", d.id},
                    {"name", cut(d.title.empty() ? d.path : d.title, 200)},
                    {"kind", d.kind},
                    {"year", d.year ? json(d.year) : json(nullptr)},
                    {"symbol", d.symbol},
                    {"targets", v ? ctx.stats[*v].out_targets : 0},
                    {"mentions", v ? ctx.stats[*v].mentions_out : 0},
                    {"page", "report/" + page}});
  }
  return rows;
}

// Citing documents per year of the most-cited targets (unknown years left out).
json timeline_data(const ReportContext& ctx, std::size_t top) {
  std::map<std::string, std::map<int, int>> per_target;
  for (const TimelineRow& r : timeline(ctx.graph))
    if (r.year > 0) per_target[r.target][r.year] += r.documents;
  std::vector<RankRow> ranked = rank(ctx.graph, RankBy::indegree, top);
  json series = json::array();
  for (const RankRow& r : ranked) {
    json points = json::array();
    for (const auto& [year, docs] : per_target[r.id]) points.push_back({year, docs});
    series.push_back({{"id", r.id}, {"label", r.label.empty() ? r.id : r.label}, {"points", points}});
  }
  return series;
}

}  // namespace

std::string overview_page(const ReportContext& ctx, const std::vector<CorpusDocument>& documents,
                          const std::vector<ExtraPage>& extra, const ReportOptions& options) {
  const GraphStorage& g = ctx.graph.storage();
  int mentions = 0, targets = 0;
  std::set<int> years;
  for (Vertex v = 0; v < boost::num_vertices(g); ++v) {
    mentions += ctx.stats[v].mentions_out;
    if (ctx.stats[v].in_degree > 0) ++targets;
  }
  for (const CorpusDocument& d : documents)
    if (d.year) years.insert(d.year);
  json pages = json::array();
  for (const ExtraPage& p : extra)
    pages.push_back({{"file", "report/" + p.file}, {"title", p.title}, {"summary", p.summary}});
  const json data = {{"title", options.title},
                     {"counts",
                      {{"documents", documents.size()},
                       {"targets", targets},
                       {"mentions", mentions},
                       {"vertices", boost::num_vertices(g)},
                       {"edges", boost::num_edges(g)},
                       {"first_year", years.empty() ? json(nullptr) : json(*years.begin())},
                       {"last_year", years.empty() ? json(nullptr) : json(*years.rbegin())}}},
                     {"graph", graph_data(ctx, options.graph_vertices)},
                     {"targets", target_rows(ctx)},
                     {"documents", document_rows(ctx, documents)},
                     {"timeline", timeline_data(ctx, options.timeline_targets)},
                     {"uptake", pages}};
  std::string out = page_head(options.title);
  out += embedded_data("overview.html");
  out += "<script type=\"application/json\" id=\"report-data\">";
  out += script_json(data);
  out += "</script>\n<script>\n";
  out += embedded_data("d3.min.js");
  out += "\n</script>\n<script>\n";
  out += embedded_data("overview.js");
  out += "\n</script>\n";
  return out + page_foot();
}

}  // namespace unxref::report
