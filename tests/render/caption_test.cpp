// The caption counts the documents that were read, not every vertex of kind
// "document": a publication known only from the registry is a cited target.
#include <gtest/gtest.h>

#include "unxref/render/render.hpp"

namespace unxref {
namespace {

TEST(Caption, CountsOnlyDocumentsReadInTheCorpus) {
  CitationGraph g;
  const auto vertex = [](std::string id, std::string kind, bool in_corpus) {
    VertexProps v;
    v.id = std::move(id);
    v.kind = std::move(kind);
    v.label = v.id;
    v.year = 2016;
    v.in_corpus = in_corpus;
    return v;
  };
  const VertexProps paper = vertex("doc:paper.md", "document", true);
  const VertexProps publication = vertex("icat:policy-paper-2016-12", "document", false);
  const VertexProps resolution = vertex("A/RES/64/293", "resolution", false);
  const Vertex p = g.add_vertex(paper);
  Mention m;
  m.target = publication.id;
  g.add_mention(p, g.add_vertex(publication), m);
  m.target = resolution.id;
  g.add_mention(p, g.add_vertex(resolution), m);
  const std::string dot = to_dot(g);
  EXPECT_NE(dot.find("1 corpus documents, 2 cited targets, 2 links"), std::string::npos) << dot.substr(0, 400);
}

}  // namespace
}  // namespace unxref
