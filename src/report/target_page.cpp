// One page per cited target outside the corpus.
#include <map>

#include "report/html.hpp"
#include "report/pages.hpp"
#include "unxref/graph/analyses.hpp"

namespace unxref::report {
namespace {

void row(std::string& out, std::string_view name, const std::string& value) {
  if (value.empty()) return;
  out += "<tr><th>" + escape(name) + "</th><td>" + escape(value) + "</td></tr>\n";
}

std::string vertex_link(const ReportContext& ctx, Vertex v) {
  const VertexProps& p = ctx.graph.storage()[v];
  return "<a href=\"" + escape(ctx.pages[v]) + "\">" + escape(p.id) + "</a>" +
         (ctx.name_of(v) != p.id ? " <span class=\"sub\">" + escape(ctx.name_of(v)) + "</span>" : "");
}

}  // namespace

std::string target_page(const ReportContext& ctx, Vertex v) {
  const GraphStorage& g = ctx.graph.storage();
  const VertexProps& p = g[v];
  std::string out = page_head(p.id + " — unxref");
  out += "<nav><a href=\"../report.html\">Overview</a></nav>\n<h1>" + escape(p.id) + "</h1>\n";
  if (!p.title.empty()) out += "<p class=\"lead\">" + escape(p.title) + "</p>\n";
  out += "<table class=\"meta\">\n";
  row(out, "Label", p.label);
  row(out, "Kind", p.kind);
  row(out, "Year", p.year ? std::to_string(p.year) : "");
  row(out, "Cited by", std::to_string(ctx.stats[v].in_degree) + " documents");
  row(out, "Mentions", std::to_string(ctx.stats[v].mentions_in));
  row(out, "First cited", ctx.stats[v].first_year_cited ? std::to_string(ctx.stats[v].first_year_cited) : "");
  out += "</table>\n";
  out += "<p class=\"sub\">Title, year and kind come from the registry of instruments or from the symbol "
         "itself; the year of a resolution is the year its session opened.</p>\n";

  // Structure: what it is part of, and its cited parts.
  std::string wholes, parts;
  for (auto [e, end] = boost::out_edges(v, g); e != end; ++e)
    if (g[*e].type == EdgeType::part_of) wholes += "<li>" + vertex_link(ctx, boost::target(*e, g)) + "</li>";
  for (auto [e, end] = boost::in_edges(v, g); e != end; ++e)
    if (g[*e].type == EdgeType::part_of) parts += "<li>" + vertex_link(ctx, boost::source(*e, g)) + "</li>";
  if (!wholes.empty()) out += "<h2>Part of</h2><ul>" + wholes + "</ul>\n";
  if (!parts.empty()) out += "<h2>Its parts cited</h2><ul>" + parts + "</ul>\n";

  const std::vector<Citer> by = citers(ctx.graph, p.id);
  out += "<h2 id=\"citers\">Who cites it (" + std::to_string(by.size()) + ")</h2>\n";
  if (!by.empty()) {
    out += "<table class=\"list\"><tr><th>Document</th><th>Year</th><th>Mentions</th><th>Pages</th><th>Snippet</th>"
           "</tr>\n";
    for (const Citer& c : by) {
      const std::string page = ctx.page_of(c.id);
      out += "<tr><td><a href=\"" + escape(page) + "\">" + escape(c.title.empty() ? c.id : c.title) + "</a></td><td>" +
             (c.year ? std::to_string(c.year) : "unknown") + "</td><td class=\"num\">" + std::to_string(c.mentions) +
             "</td><td>" + escape(page_list(c.pages)) + "</td><td>" + escape(c.context) + "</td></tr>\n";
    }
    out += "</table>\n";
  }

  std::map<std::string, int> pinpoints;  // pinpoint -> citing documents using it
  for (auto [e, end] = boost::in_edges(v, g); e != end; ++e) {
    if (g[*e].type != EdgeType::cites) continue;
    std::map<std::string, bool> seen;
    for (const std::string& pin : g[*e].pinpoints)
      if (!pin.empty() && !seen[pin]) {
        seen[pin] = true;
        ++pinpoints[pin];
      }
  }
  out += "<h2 id=\"pinpoints\">Pinpoints cited (" + std::to_string(pinpoints.size()) + ")</h2>\n";
  if (pinpoints.empty()) {
    out += "<p>No citation names a paragraph, article or part of it.</p>\n";
  } else {
    out += "<table class=\"list\"><tr><th>Pinpoint</th><th>Documents</th></tr>\n";
    for (const auto& [pin, n] : pinpoints)
      out += "<tr><td>" + escape(pin) + "</td><td class=\"num\">" + std::to_string(n) + "</td></tr>\n";
    out += "</table>\n";
  }
  return out + page_foot();
}

}  // namespace unxref::report
