#pragma once
// The drawing before Graphviz sees it: every node, edge and attribute with
// its final, escaped value. to_dot() prints it as DOT text and render() builds
// the same thing through the cgraph API, so the two can never disagree.
#include <string>
#include <vector>

#include "render/layout.hpp"
#include "render/select.hpp"

namespace unxref::rendering {

struct Attr {
  std::string name;
  std::string value;
  bool html = false;  // an HTML-like label; only ever built from our own text
};
using Attrs = std::vector<Attr>;

struct DrawNode {
  std::string name;  // "n<index>", "year<YYYY>", "legend": never user text
  Attrs attrs;
};

struct DrawEdge {
  std::string tail;
  std::string head;
  Attrs attrs;
};

struct SameRank {
  std::string name;  // subgraph name
  std::vector<std::string> nodes;
};

struct DrawModel {
  Attrs graph;
  Attrs node_defaults;
  Attrs edge_defaults;
  std::vector<DrawNode> nodes;
  std::vector<DrawEdge> edges;
  std::vector<SameRank> ranks;
};

// Limits for text from documents: labels are short ids, tooltips keep more.
inline constexpr std::size_t kLabelCodePoints = 32;
inline constexpr std::size_t kTooltipCodePoints = 400;

DrawModel build_model(const CitationGraph& graph, const Selection& selection,
                      const LayoutPlan& plan, bool legend);

// Adds or replaces a graph attribute.
void set_graph_attr(DrawModel& model, const std::string& name, const std::string& value);

}  // namespace unxref::rendering
