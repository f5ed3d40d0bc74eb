#pragma once
// Which vertices and edges of the citation graph a drawing shows: the
// RenderOptions filters, applied in a fixed order (see render.hpp).
#include <optional>
#include <vector>

#include "unxref/graph/citation_graph.hpp"
#include "unxref/render/render.hpp"

namespace unxref::rendering {

struct Selection {
  std::vector<Vertex> vertices;  // in the graph's vertex order
  std::vector<Edge> edges;       // both ends in `vertices`
  std::optional<Vertex> ego;     // the centre, drawn even when it has no edges
};

// A document of the corpus: documents are never dropped by the kinds filter.
bool is_document(const VertexProps& v);

// Throws std::invalid_argument for an unknown ego id or negative values.
Selection select(const CitationGraph& graph, const RenderOptions& options);

}  // namespace unxref::rendering
