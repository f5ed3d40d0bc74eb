#pragma once
// Stage 4: draw the citation graph with Graphviz (cgraph + gvc as libraries).
//
// The drawing is meant to be read by a researcher: shape and colour say what
// a vertex is (corpus document, resolution, other UN symbol, treaty, SDG goal
// / target / indicator, with a colour key), size says how often it is cited,
// edge width says how many mentions, dashed grey edges are structure
// ("part-of"), and with the dot layout corpus documents sit in columns by
// year. Every piece of text from the documents is escaped: no title can break
// the DOT, inject markup into the SVG or trigger Graphviz's \N-style escapes.
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "unxref/graph/citation_graph.hpp"

namespace unxref {

// Filters run in this order: min_weight, kinds, ego, top. Then only vertices
// that a remaining citation reaches are drawn, plus the wholes their parts
// belong to (the goal of a cited SDG target, the convention of a cited
// protocol) and the ego centre; everything left isolated is dropped.
struct RenderOptions {
  int min_weight = 1;              // drop "cites" edges with fewer mentions
  std::optional<int> top;          // keep the N targets with most citing documents (+ their citers)
  std::vector<std::string> kinds;  // keep only targets of these kinds (documents always kept)
  std::string ego;                 // keep the neighbourhood of this id...
  int radius = 1;                  // ...up to this many hops
  std::string layout;              // "dot", "sfdp", ...; empty = chosen by size
  bool legend = true;              // draw the colour key
  int max_png_pixels = 6000;       // longest side of a PNG; larger drawings are scaled down
};

// What a render did, for the caller to report. Graphviz's own warnings are
// collected here instead of being printed to stderr.
struct RenderStats {
  std::string layout;        // engine actually used
  std::size_t vertices = 0;  // drawn after filtering
  std::size_t edges = 0;
  double layout_seconds = 0;
  double render_seconds = 0;
  std::vector<std::string> warnings;
};

// The DOT text of the filtered graph, every label and attribute escaped.
// Throws std::invalid_argument for an ego id that is not in the graph or a
// negative filter value.
std::string to_dot(const CitationGraph& graph, const RenderOptions& options = {});

// Lays out and writes `out`; the format comes from the extension
// (.svg, .png, .pdf, .dot — the last with the computed positions). The file is
// written whole or not at all. Throws FileError on failure, including bad
// options, naming `out` and the cause.
RenderStats render(const CitationGraph& graph, const std::filesystem::path& out,
                   const RenderOptions& options = {});

// The layout engine used for a graph of this size when none is asked for:
// "dot" up to medium sizes (with speed limits past a few hundred vertices),
// "sfdp" beyond.
std::string choose_layout(std::size_t vertices, std::size_t edges);

}  // namespace unxref
