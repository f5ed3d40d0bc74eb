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

// Upper bounds of each tier (inclusive), from bench/bench_render.cpp on
// citation-like graphs (CPU seconds, 2-core machine): unlimited dot takes
// 0.5 s at 200 vertices but 3 s at 300; dot with speed limits 6 s at 800 and
// 17 s at 1,500, where sfdp needs 0.4 s and 1.2 s.
inline constexpr std::size_t kSmallDotVertices = 200;
inline constexpr std::size_t kSmallDotEdges = 600;
inline constexpr std::size_t kDotVertices = 600;
inline constexpr std::size_t kDotEdges = 1800;
// sfdp's own overlap handling ("true") piles 10,000 vertices into a few
// hundred points; full prism removal costs 24 s there, prism0 (proximity
// scaling only) 8 s, the same as none.
inline constexpr std::size_t kSfdpFullOverlapRemovalVertices = 3000;

// Engines libgvc ships; anything else is refused before Graphviz sees it.
bool is_known_engine(const std::string& engine);

// `requested` empty = chosen by size. Throws std::invalid_argument for an
// unknown engine name.
LayoutPlan plan_layout(std::size_t vertices, std::size_t edges, const std::string& requested);

}  // namespace unxref::rendering
