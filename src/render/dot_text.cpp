#include "render/dot_text.hpp"

#include "render/text.hpp"

namespace unxref::rendering {
namespace {

// Model names are generated ("n12", "year2016"), but quoting them costs
// nothing and keeps the writer safe for any future name.
void write_attrs(std::string& out, const Attrs& attrs) {
  out += " [";
  for (std::size_t i = 0; i < attrs.size(); ++i) {
    if (i) out += ", ";
    out += attrs[i].name;
    out += '=';
    // HTML-like values come only from our own legend table, never from
    // document text (see model.cpp), so they are written as they are.
    out += attrs[i].html ? "<" + attrs[i].value + ">" : dot_quote(attrs[i].value);
  }
  out += "]";
}

}  // namespace

std::string write_dot(const DrawModel& model) {
  std::string out = "digraph citations {\n";
  const auto defaults = [&out](const char* what, const Attrs& attrs) {
    if (attrs.empty()) return;
    out += "  ";
    out += what;
    write_attrs(out, attrs);
    out += ";\n";
  };
  defaults("graph", model.graph);
  defaults("node", model.node_defaults);
  defaults("edge", model.edge_defaults);
  for (const DrawNode& n : model.nodes) {
    out += "  " + dot_quote(n.name);
    write_attrs(out, n.attrs);
    out += ";\n";
  }
  for (const SameRank& r : model.ranks) {
    out += "  subgraph " + dot_quote(r.name) + " { rank=same;";
    for (const std::string& n : r.nodes) out += " " + dot_quote(n) + ";";
    out += " }\n";
  }
  for (const DrawEdge& e : model.edges) {
    out += "  " + dot_quote(e.tail) + " -> " + dot_quote(e.head);
    if (!e.attrs.empty()) write_attrs(out, e.attrs);
    out += ";\n";
  }
  out += "}\n";
  return out;
}

}  // namespace unxref::rendering
