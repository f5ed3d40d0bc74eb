// Builds a two-vertex graph through the installed headers and library.
#include <iostream>

#include "unxref/graph/builder.hpp"

int main() {
  unxref::CorpusDocument doc;
  doc.id = "doc:a.txt";
  doc.path = "a.txt";
  unxref::Mention m;
  m.doc = doc.id;
  m.target = "S/RES/2331(2016)";
  m.kind = unxref::TargetKind::resolution;
  const unxref::CitationGraph g = unxref::build_graph({doc}, {m});
  std::cout << g.vertex_count() << " " << g.edge_count() << "\n";
  return g.vertex_count() == 2 && g.edge_count() == 1 ? 0 : 1;
}
