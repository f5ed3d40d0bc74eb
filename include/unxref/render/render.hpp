#pragma once
// Stage 4: draw the citation graph with Graphviz (cgraph + gvc as libraries).
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "unxref/graph/citation_graph.hpp"

namespace unxref {

struct RenderOptions {
  int min_weight = 1;              // drop "cites" edges with fewer mentions
  std::optional<int> top;          // keep the N targets with most citing documents (+ their citers)
  std::vector<std::string> kinds;  // keep only targets of these kinds (documents always kept)
  std::string ego;                 // keep the neighbourhood of this id...
  int radius = 1;                  // ...up to this many hops
  std::string layout;              // "dot", "sfdp", ...; empty = chosen by size
};

// The DOT text of the filtered graph, every label and attribute escaped.
std::string to_dot(const CitationGraph& graph, const RenderOptions& options = {});

// Lays out and writes `out`; the format comes from the extension
// (.svg, .png, .pdf, .dot). Throws FileError on failure.
void render(const CitationGraph& graph, const std::filesystem::path& out,
            const RenderOptions& options = {});

// The layout engine used for a graph of this size when none is asked for.
std::string choose_layout(std::size_t vertices, std::size_t edges);

}  // namespace unxref
