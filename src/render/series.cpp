#include "render/series.hpp"

#include <algorithm>
#include <map>
#include <set>

#include "render/style.hpp"
#include "render/text.hpp"

namespace unxref::rendering {
namespace {

std::string year_node(int year) { return year ? "year" + std::to_string(year) : "year_unknown"; }

}  // namespace

DrawModel build_series_model(const CitationGraph& graph, const std::vector<LineageMember>& members,
                             const std::string& subject) {
  DrawModel model;
  model.graph = {{"layout", "dot"},      {"rankdir", "LR"},  {"fontname", kFont}, {"bgcolor", "white"},
                 {"pad", "0.3"},         {"nodesep", "0.25"}, {"ranksep", "0.35"}, {"labelloc", "t"},
                 {"fontsize", "14"},
                 {"label", escape_label(clean_text("Series of " + subject + ": " + std::to_string(members.size()) +
                                                   " resolution" + (members.size() == 1 ? "" : "s") +
                                                   ", oldest on the left; arrows point to the resolution recalled"))}};
  model.node_defaults = {{"fontname", kFont}, {"fontsize", "11"}, {"shape", "box"}, {"style", "filled,rounded"}};
  model.edge_defaults = {{"fontname", kFont}, {"color", "#4d4d4dc0"}, {"arrowsize", "0.6"}, {"constraint", "false"}};

  // The axis: every year from the first member's to the last one's, so that
  // distance is time; members with no known year go to a last column.
  int first = 0, last = 0;
  bool undated = false;
  for (const LineageMember& m : members) {
    if (m.year == 0) {
      undated = true;
      continue;
    }
    first = first ? std::min(first, m.year) : m.year;
    last = std::max(last, m.year);
  }
  std::vector<int> years;
  for (int y = first; first && y <= last; ++y) years.push_back(y);
  if (undated) years.push_back(0);
  std::set<int> with_member;
  for (const LineageMember& m : members) with_member.insert(m.year);
  std::map<int, SameRank> columns;
  for (std::size_t i = 0; i < years.size(); ++i) {
    const int y = years[i];
    model.nodes.push_back({year_node(y),
                           {{"label", y ? (with_member.count(y) || y % 5 == 0 ? std::to_string(y) : std::string(" "))
                                        : std::string("no year")},
                            {"shape", "plaintext"},
                            {"style", "solid"},
                            {"fontcolor", "#555555"}}});
    if (i > 0) model.edges.push_back({year_node(years[i - 1]), year_node(y), {{"style", "invis"}, {"constraint", "true"}}});
    columns[y] = SameRank{"column_" + year_node(y), {year_node(y)}};
  }

  const KindStyle& style = style_for("resolution");
  std::map<std::string, std::string> node_of;
  for (std::size_t i = 0; i < members.size(); ++i) {
    const LineageMember& m = members[i];
    const std::string name = "n" + std::to_string(i);
    node_of[m.id] = name;
    std::string label = escape_label(clean_text(m.id));
    if (!m.date.empty()) label += "\\n" + escape_label(clean_text(m.date));
    Attrs attrs = {{"label", label},
                   {"fillcolor", std::string(style.fill)},
                   {"color", std::string(style.border)},
                   {"tooltip", escape_tooltip(clean_text(m.id + (m.in_corpus ? " (in the corpus)" : " (cited only)")))}};
    if (m.position == 0) {
      attrs.push_back({"penwidth", "3"});
      attrs.push_back({"fontname", "DejaVu Sans Bold"});
    }
    if (!m.in_corpus) attrs.push_back({"style", "filled,rounded,dashed"});
    model.nodes.push_back({name, std::move(attrs)});
    columns[m.year].nodes.push_back(name);
  }
  for (auto& [year, rank] : columns) model.ranks.push_back(std::move(rank));

  // The links that make the series: a member recalling another "on the subject".
  const GraphStorage& g = graph.storage();
  for (const LineageMember& m : members) {
    const std::optional<Vertex> v = graph.find(m.id);
    if (!v) continue;
    for (Edge e : boost::make_iterator_range(boost::out_edges(*v, g))) {
      if (g[e].type != EdgeType::cites || g[e].series == 0) continue;
      const auto head = node_of.find(g[boost::target(e, g)].id);
      if (head != node_of.end()) model.edges.push_back({node_of[m.id], head->second, {}});
    }
  }
  return model;
}

}  // namespace unxref::rendering
