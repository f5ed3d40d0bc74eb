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
#include "unxref/graph/lineage.hpp"

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
  std::string figure;              // "paper", "slide", "poster" (figure_preset); empty = screen drawing
  bool greyscale = false;          // grey fills and lines: kinds still differ by shape
};

// A drawing meant for print or projection: it fits `width_in` x `height_in`
// inches, no text in it is smaller than `min_font_pt` at that size, and
// labels are the full names, wrapped at about `wrap_chars` characters. When
// the whole graph cannot fit so, only the most-cited targets (and their
// citers) are drawn, and the caption says how many of how many; when even a
// few targets do not fit, all is drawn and the caption gives the smallest
// text size reached instead.
struct FigurePreset {
  std::string name;
  double width_in = 0, height_in = 0;
  double min_font_pt = 0;
  std::size_t wrap_chars = 0;
  int png_dpi = 300;
};

// "paper" (a page's text block, 6.3 x 8.5 in, 6 pt), "slide" (16:9, 13.3 x
// 7.5 in, 12 pt), "poster" (A0, 33.1 x 46.8 in, 18 pt); nullopt for others.
std::optional<FigurePreset> figure_preset(const std::string& name);

// What a render did, for the caller to report. Graphviz's own warnings are
// collected here instead of being printed to stderr.
struct RenderStats {
  std::string layout;        // engine actually used
  std::size_t vertices = 0;  // drawn after filtering
  std::size_t edges = 0;
  double layout_seconds = 0;
  double render_seconds = 0;
  std::vector<std::string> warnings;
  std::size_t targets_dropped = 0;  // by a figure preset, to keep its text legible
  double smallest_font_pt = 0;      // of a figure at its page size (below the preset's: the caption says so)
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

// A resolution series (lineage()) drawn as a timeline, left to right: a
// column for every year from the oldest member to the newest, `subject`
// outlined, members only cited (not in the corpus) dashed, arrows from a
// member to the ones it recalls on the subject. Formats and errors as for
// render().
RenderStats render_series(const CitationGraph& graph, const std::vector<LineageMember>& members,
                          const std::string& subject, const std::filesystem::path& out);

// The layout engine used for a graph of this size when none is asked for:
// "dot" up to medium sizes (with speed limits past a few hundred vertices),
// "sfdp" beyond.
std::string choose_layout(std::size_t vertices, std::size_t edges);

}  // namespace unxref
