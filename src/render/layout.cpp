#include "render/layout.hpp"

#include <array>
#include <stdexcept>
#include <string_view>

#include "unxref/render/render.hpp"

namespace unxref::rendering {
namespace {

constexpr std::array<std::string_view, 8> kEngines{"dot",   "neato", "fdp",   "sfdp",
                                                   "circo", "twopi", "osage", "patchwork"};

bool is_small(std::size_t vertices, std::size_t edges) {
  return vertices <= kSmallDotVertices && edges <= kSmallDotEdges;
}

}  // namespace

bool is_known_engine(const std::string& engine) {
  for (std::string_view e : kEngines) {
    if (e == engine) return true;
  }
  return false;
}

LayoutPlan plan_layout(std::size_t vertices, std::size_t edges, const std::string& requested) {
  if (!requested.empty() && !is_known_engine(requested)) {
    throw std::invalid_argument("unknown layout '" + requested +
                                "' (use dot, sfdp, neato, fdp, circo, twopi, osage or patchwork)");
  }
  LayoutPlan plan;
  plan.engine = requested.empty() ? choose_layout(vertices, edges) : requested;
  auto& a = plan.graph_attrs;
  if (plan.engine == "dot") {
    plan.ranks_by_year = true;
    a = {{"rankdir", "RL"}, {"nodesep", "0.15"}, {"ranksep", "0.9"}, {"newrank", "true"}};
    // Even a user who forces dot on a big graph gets the limits: without
    // them 2,000 random edges ran for more than 20 minutes.
    if (!is_small(vertices, edges)) {
      a.insert(a.end(), {{"nslimit", "1"},
                         {"nslimit1", "1"},
                         {"mclimit", "0.1"},
                         {"remincross", "false"},
                         {"splines", "line"}});
    }
  } else if (plan.engine == "sfdp" || plan.engine == "fdp" || plan.engine == "neato") {
    a = {{"outputorder", "edgesfirst"}, {"splines", "false"}};
    a.emplace_back("overlap", vertices <= kSfdpFullOverlapRemovalVertices ? "prism" : "prism0");
  } else {
    a = {{"outputorder", "edgesfirst"}};
  }
  return plan;
}

}  // namespace unxref::rendering

namespace unxref {

std::string choose_layout(std::size_t vertices, std::size_t edges) {
  if (vertices <= rendering::kDotVertices && edges <= rendering::kDotEdges) return "dot";
  return "sfdp";
}

}  // namespace unxref
