#include "unxref/graph/builder.hpp"

#include <gtest/gtest.h>

#include "graph_fixtures.hpp"

namespace unxref {
namespace {

using testing::document;
using testing::edge_between;
using testing::mention;

TEST(BuildGraph, WeightsCitesEdgesByMentionsAndKeepsEvidence) {
  std::vector<CorpusDocument> docs = {document("doc:paper.md", "paper.md", 2018)};
  std::vector<Mention> ms = {
      mention("doc:paper.md", "A/RES/64/293", TargetKind::resolution, 2, "", "first context"),
      mention("doc:paper.md", "A/RES/64/293", TargetKind::resolution, 5, "op. 16", "second"),
      mention("doc:paper.md", "A/RES/64/293", TargetKind::resolution, 2, "op. 16"),
      mention("doc:paper.md", "treaty:tip-protocol", TargetKind::treaty, 1),
  };
  CitationGraph g = build_graph(docs, ms);
  EXPECT_EQ(g.vertex_count(), 4u);  // + treaty:untoc, parent of the protocol
  auto e = edge_between(g, "doc:paper.md", "A/RES/64/293");
  ASSERT_TRUE(e);
  const EdgeProps& p = g.storage()[*e];
  EXPECT_EQ(p.mentions, 3);
  EXPECT_EQ(p.pages, (std::vector<int>{2, 5}));
  EXPECT_EQ(p.pinpoints, (std::vector<std::string>{"op. 16"}));
  EXPECT_EQ(p.context, "first context");
  const VertexProps& res = g.storage()[*g.find("A/RES/64/293")];
  EXPECT_EQ(res.kind, "resolution");
  EXPECT_EQ(res.year, 2009);  // session 64 opened in 2009
  EXPECT_FALSE(res.in_corpus);
}

TEST(BuildGraph, CorpusDocumentWithCitedSymbolIsOneVertex) {
  // paper -> declaration (A/RES/72/1) -> plan of action (A/RES/64/293) -> protocol
  std::vector<CorpusDocument> docs = {
      document("doc:paper.md", "paper.md", 2018),
      document("A/RES/72/1", "decl.pdf", 2017, "A/RES/72/1"),
      document("A/RES/64/293", "gpa.pdf", 2010, "A/RES/64/293"),
  };
  std::vector<Mention> ms = {
      mention("doc:paper.md", "A/RES/72/1", TargetKind::resolution),
      mention("A/RES/72/1", "A/RES/64/293", TargetKind::resolution),
      mention("A/RES/64/293", "treaty:tip-protocol", TargetKind::treaty),
  };
  CitationGraph g = build_graph(docs, ms);
  EXPECT_EQ(g.vertex_count(), 5u);  // + treaty:untoc, parent of the protocol
  EXPECT_TRUE(edge_between(g, "doc:paper.md", "A/RES/72/1"));
  EXPECT_TRUE(edge_between(g, "A/RES/72/1", "A/RES/64/293"));
  EXPECT_TRUE(edge_between(g, "A/RES/64/293", "treaty:tip-protocol"));
  const VertexProps& decl = g.storage()[*g.find("A/RES/72/1")];
  EXPECT_TRUE(decl.in_corpus);
  EXPECT_EQ(decl.path, "decl.pdf");
  EXPECT_EQ(decl.label, "A/RES/72/1");
  EXPECT_EQ(decl.kind, "resolution");
}

TEST(BuildGraph, ManifestKindBecomesGenreAndVertexKindStaysInVocabulary) {
  CorpusDocument paper = document("doc:p.md", "p.md", 2016);
  paper.kind = "issue-brief";
  CorpusDocument decl = document("A/RES/72/1", "d.md", 2017, "A/RES/72/1");
  decl.kind = "declaration";
  CitationGraph g = build_graph({paper, decl}, {mention("doc:p.md", "A/RES/72/1", TargetKind::resolution)});
  const VertexProps& p = g.storage()[*g.find("doc:p.md")];
  EXPECT_EQ(p.kind, "document");
  EXPECT_EQ(p.genre, "issue-brief");
  const VertexProps& d = g.storage()[*g.find("A/RES/72/1")];
  EXPECT_EQ(d.kind, "resolution");
  EXPECT_EQ(d.genre, "declaration");
}

TEST(BuildGraph, MergeWorksWhenTargetIsSeenBeforeItsDocument) {
  // A mention from a document not listed, then the listed documents.
  std::vector<Mention> ms = {mention("other", "S/RES/687(1991)", TargetKind::resolution)};
  std::vector<CorpusDocument> docs = {document("S/RES/687(1991)", "S_RES_0687_1991.txt", 1991, "S/RES/687(1991)")};
  CitationGraph g = build_graph(docs, ms);
  EXPECT_EQ(g.vertex_count(), 2u);
  EXPECT_TRUE(g.storage()[*g.find("S/RES/687(1991)")].in_corpus);
  EXPECT_TRUE(g.storage()[*g.find("other")].in_corpus);
}

TEST(BuildGraph, DropsSelfCitationsAndUnresolvedMentions) {
  std::vector<CorpusDocument> docs = {document("S/RES/687(1991)", "r.txt", 1991, "S/RES/687(1991)")};
  Mention unresolved = mention("S/RES/687(1991)", "", TargetKind::treaty);
  unresolved.unresolved = true;
  std::vector<Mention> ms = {mention("S/RES/687(1991)", "S/RES/687(1991)", TargetKind::resolution),
                             unresolved};
  CitationGraph g = build_graph(docs, ms);
  EXPECT_EQ(g.vertex_count(), 1u);
  EXPECT_EQ(g.edge_count(), 0u);

  BuildOptions keep;
  keep.drop_self_citations = false;
  EXPECT_EQ(build_graph(docs, ms, keep).edge_count(), 1u);
}

TEST(BuildGraph, AddsSdgPartOfChain) {
  std::vector<CorpusDocument> docs = {document("doc:a.md", "a.md", 2020)};
  std::vector<Mention> ms = {mention("doc:a.md", "sdg:16.2.2", TargetKind::sdg_indicator),
                             mention("doc:a.md", "sdg:8.7", TargetKind::sdg_target),
                             mention("doc:a.md", "sdg:16", TargetKind::sdg_goal)};
  CitationGraph g = build_graph(docs, ms);
  // a, 16.2.2, 16.2 (added), 16, 8.7, 8 (added)
  EXPECT_EQ(g.vertex_count(), 6u);
  EXPECT_TRUE(edge_between(g, "sdg:16.2.2", "sdg:16.2", EdgeType::part_of));
  EXPECT_TRUE(edge_between(g, "sdg:16.2", "sdg:16", EdgeType::part_of));
  EXPECT_TRUE(edge_between(g, "sdg:8.7", "sdg:8", EdgeType::part_of));
  EXPECT_EQ(g.storage()[*g.find("sdg:16.2")].kind, "sdg-target");
  EXPECT_EQ(g.storage()[*g.find("sdg:8")].kind, "sdg-goal");
  EXPECT_EQ(g.storage()[*g.find("sdg:8.7")].label, "SDG 8.7");
  EXPECT_EQ(g.edge_count(), 3u + 3u);
  // Idempotent.
  add_structural_edges(g);
  EXPECT_EQ(g.edge_count(), 6u);
}

TEST(BuildGraph, ProtocolIsPartOfItsConventionWithRegistryLabels) {
  std::vector<CorpusDocument> docs = {document("doc:a.md", "a.md", 2020)};
  std::vector<Mention> ms = {mention("doc:a.md", "treaty:tip-protocol", TargetKind::treaty),
                             mention("doc:a.md", "treaty:ilo-p029", TargetKind::treaty)};
  CitationGraph g = build_graph(docs, ms);
  EXPECT_TRUE(edge_between(g, "treaty:tip-protocol", "treaty:untoc", EdgeType::part_of));
  EXPECT_TRUE(edge_between(g, "treaty:ilo-p029", "treaty:ilo-c029", EdgeType::part_of));
  const VertexProps& tip = g.storage()[*g.find("treaty:tip-protocol")];
  EXPECT_EQ(tip.label, "TIP Protocol");
  EXPECT_EQ(tip.year, 2000);
  EXPECT_NE(tip.title.find("Trafficking in Persons"), std::string::npos);
  const VertexProps& untoc = g.storage()[*g.find("treaty:untoc")];
  EXPECT_EQ(untoc.kind, "treaty");
  EXPECT_FALSE(untoc.in_corpus);
}

TEST(DescribeDocument, SymbolPriority) {
  DocumentMeta meta;
  meta.title = "Extracted title";
  meta.page_count = 4;
  // Leading line only.
  CorpusDocument d = describe_document(meta, "sc/x.txt", "Resolution 687 (1991)", nullptr);
  EXPECT_EQ(d.id, "S/RES/687(1991)");
  EXPECT_EQ(d.year, 1991);
  EXPECT_EQ(d.kind, "resolution");
  EXPECT_EQ(d.pages, 4);
  // File name fallback.
  d = describe_document(meta, "sc/S_RES_0198_1964_EN_GOLD.txt", "198 (1964). Resolution of", nullptr);
  EXPECT_EQ(d.id, "S/RES/198(1964)");
  // OCR'd year in the first line, corrected by the file name.
  d = describe_document(meta, "sc/S_RES_0434_1978_EN_GOLD.txt", "Resolution 434 (1973)", nullptr);
  EXPECT_EQ(d.id, "S/RES/434(1978)");
  EXPECT_EQ(d.notes.size(), 1u);
  // Masthead beats the line and the name.
  meta.symbol = "S/RES/1445 (2002)";
  d = describe_document(meta, "sc/S_RES_0001_1946.txt", "Resolution 2 (1946)", nullptr);
  EXPECT_EQ(d.id, "S/RES/1445(2002)");
  // Manifest beats everything, and sets title, kind and year.
  ManifestEntry e;
  e.symbol = "A/RES/72/1";
  e.title = "Manifest title";
  e.kind = "declaration";
  e.year = 2017;
  d = describe_document(meta, "x.pdf", "", &e);
  EXPECT_EQ(d.id, "A/RES/72/1");
  EXPECT_EQ(d.title, "Manifest title");
  EXPECT_EQ(d.kind, "declaration");
  EXPECT_EQ(d.year, 2017);
  // No symbol anywhere: a path id, year from the date.
  DocumentMeta plain;
  plain.date = "2 May 2018";
  d = describe_document(plain, "seed/icat-overview-2018.md", "ICAT: an overview", nullptr);
  EXPECT_EQ(d.id, "doc:seed/icat-overview-2018.md");
  EXPECT_EQ(d.kind, "document");
  EXPECT_EQ(d.year, 2018);
  // No date either: the year in the file name.
  d = describe_document(DocumentMeta{}, "general-debate/ARM_70_2015.txt", "Mr. President,", nullptr);
  EXPECT_EQ(d.year, 2015);
  d = describe_document(DocumentMeta{}, "notes/a12345.txt", "", nullptr);
  EXPECT_EQ(d.year, 0);
}

}  // namespace
}  // namespace unxref

namespace unxref {
namespace {

// Issue 12: the seed document's reader took its first heading,
// "Introduction", for the title, and drawings labelled it so.
struct TitleCase {
  const char* extracted;
  const char* kept;
};

class DocumentTitle : public ::testing::TestWithParam<TitleCase> {};

TEST_P(DocumentTitle, SectionHeadingsAreNoTitle) {
  DocumentMeta meta;
  meta.title = GetParam().extracted;
  const CorpusDocument d = describe_document(meta, "seed/icat-overview-2018.md", "", nullptr);
  EXPECT_EQ(d.title, GetParam().kept);
  if (std::string(GetParam().kept).empty()) {
    ASSERT_FALSE(d.notes.empty());
    EXPECT_NE(d.notes.back().find("section heading"), std::string::npos);
  }
}

INSTANTIATE_TEST_SUITE_P(Titles, DocumentTitle,
                         ::testing::Values(TitleCase{"Introduction", ""}, TitleCase{"INTRODUCTION", ""},
                                           TitleCase{"United  Nations", ""}, TitleCase{"Summary.", ""},
                                           TitleCase{"Introduction to the Protocol", "Introduction to the Protocol"},
                                           TitleCase{"Key activities and achievements of ICAT",
                                                     "Key activities and achievements of ICAT"}));

TEST(DocumentTitle, AManifestTitleStillWins) {
  DocumentMeta meta;
  meta.title = "Introduction";
  ManifestEntry entry;
  entry.title = "ICAT: an overview";
  EXPECT_EQ(describe_document(meta, "a.md", "", &entry).title, "ICAT: an overview");
}

}  // namespace
}  // namespace unxref
