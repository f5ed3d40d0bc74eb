#pragma once
// Picking a Graphviz layout engine and the attributes that keep it fast.
//
// Measured on this machine (../shared/notes/library-facts.md and
// bench/bench_render.cpp): dot's network simplex and crossing minimisation
// grow much faster than linear, so past a few hundred vertices dot runs with
// iteration limits and straight edges, and past that sfdp takes over.
#include <cstddef>
#include <string>
#include <utility>
#include <vector>

namespace unxref::rendering {

struct LayoutPlan {
  std::string engine;  // "dot", "sfdp", ...
  // Graph attributes for this engine at this size, e.g. dot's speed limits.
  std::vector<std::pair<std::string, std::string>> graph_attrs;
  bool ranks_by_year = false;  // the engine honours rank=same (dot only)
};

// Upper bounds of each tier (inclusive).
inline constexpr std::size_t kSmallDotVertices = 300;
inline constexpr std::size_t kSmallDotEdges = 900;
inline constexpr std::size_t kDotVertices = 1500;
inline constexpr std::size_t kDotEdges = 4000;
inline constexpr std::size_t kSfdpOverlapRemovalVertices = 3000;

// Engines libgvc ships; anything else is refused before Graphviz sees it.
bool is_known_engine(const std::string& engine);

// `requested` empty = chosen by size. Throws std::invalid_argument for an
// unknown engine name.
LayoutPlan plan_layout(std::size_t vertices, std::size_t edges, const std::string& requested);

}  // namespace unxref::rendering
