#pragma once
// What every page of a report needs to know about the graph: the page of
// each vertex and its counts. Private to the stage.
#include <string>
#include <vector>

#include "unxref/graph/analyses.hpp"
#include "unxref/graph/citation_graph.hpp"

namespace unxref::report {

struct ReportContext {
  explicit ReportContext(const CitationGraph& graph);

  const CitationGraph& graph;
  std::vector<std::string> pages;  // per vertex: file name inside report/
  std::vector<VertexStats> stats;  // per vertex

  // The page of a vertex id, empty when the id is not a vertex.
  std::string page_of(const std::string& id) const;
  // The best name known for a vertex: its title, else its label, else its id.
  std::string name_of(Vertex v) const;
};

// "12 (a)"-style lists: pages as "p. 3, 5".
std::string page_list(const std::vector<int>& pages);

}  // namespace unxref::report
