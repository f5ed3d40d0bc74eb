#pragma once
// Citation graphs built by hand for the render tests, through the graph
// stage's own CitationGraph API.
#include <cstdint>
#include <string>

#include "unxref/graph/citation_graph.hpp"

namespace unxref::testing {

class GraphBuilder {
 public:
  Vertex doc(const std::string& id, const std::string& label, int year,
             const std::string& title = "") {
    VertexProps p;
    p.id = id;
    p.kind = "document";
    p.label = label;
    p.title = title;
    p.year = year;
    p.in_corpus = true;
    p.path = "corpus/" + label + ".pdf";
    return graph_.add_vertex(p);
  }
  Vertex target(const std::string& id, const std::string& kind, const std::string& label = "",
                const std::string& title = "", int year = 0) {
    VertexProps p;
    p.id = id;
    p.kind = kind;
    p.label = label;
    p.title = title;
    p.year = year;
    return graph_.add_vertex(p);
  }
  void cite(Vertex from, Vertex to, int mentions = 1, const std::string& pinpoint = "") {
    for (int i = 0; i < mentions; ++i) {
      Mention m;
      m.doc = graph_.storage()[from].id;
      m.target = graph_.storage()[to].id;
      m.page = i + 1;
      m.pinpoint = pinpoint;
      m.context = "as recalled in " + m.target;
      graph_.add_mention(from, to, m);
    }
  }
  void part_of(Vertex part, Vertex whole) { graph_.add_structural(part, whole); }

  CitationGraph& graph() { return graph_; }

 private:
  CitationGraph graph_;
};

// About 40 vertices: ICAT-like papers and UN drafts from 2016 to 2023 citing
// GA/SC/ECOSOC resolutions, treaties and SDG targets (with their goals).
CitationGraph realistic_graph();

// Documents whose titles and labels try to break DOT, SVG and Graphviz's
// escapes, in several scripts.
CitationGraph hostile_graph();

// A citation-like graph: `documents` corpus documents, each citing about
// `cites_per_doc` of `targets` targets with a popularity skew, years spread
// over a decade. Deterministic for a seed.
CitationGraph synthetic_graph(std::size_t documents, std::size_t targets, std::size_t cites_per_doc,
                              std::uint32_t seed = 1);

}  // namespace unxref::testing
