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

struct ModelOptions {
  bool legend = true;
  const FigurePreset* figure = nullptr;  // full wrapped labels, fonts from its minimum
  int radius = 1;                        // of the ego view, for its caption
  std::string caption_note;              // appended to the caption (already plain text)
};

DrawModel build_model(const CitationGraph& graph, const Selection& selection,
                      const LayoutPlan& plan, bool legend);
DrawModel build_model(const CitationGraph& graph, const Selection& selection,
                      const LayoutPlan& plan, const ModelOptions& options);

// Every colour of the model ("#rrggbb", "#rrggbbaa", in attributes and the
// legend's HTML) replaced by the grey of the same luminance.
void make_greyscale(DrawModel& model);

// `text` in lines of about `width` characters, broken at spaces (a longer
// word gets a line of its own), never cut.
std::vector<std::string> wrap_words(std::string_view text, std::size_t width);

// Adds or replaces a graph attribute (`html`: an HTML-like label).
void set_graph_attr(DrawModel& model, const std::string& name, const std::string& value, bool html = false);

}  // namespace unxref::rendering
