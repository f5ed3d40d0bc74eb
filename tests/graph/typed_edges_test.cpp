// Typed citations in the graph: edges count mentions per relation, and the
// exports carry the counts.
#include <gtest/gtest.h>

#include <sstream>

#include "graph_fixtures.hpp"
#include "unxref/graph/exports.hpp"

namespace unxref {
namespace {

Mention typed(const std::string& doc, const std::string& target, const std::string& relation, bool vii = false) {
  Mention m = testing::mention(doc, target, TargetKind::resolution);
  m.relation = relation;
  m.verb = relation;
  m.chapter_vii = vii;
  return m;
}

TEST(TypedEdges, EdgeCountsMentionsPerRelation) {
  std::vector<CorpusDocument> docs = {testing::document("d1", "d1.txt", 2021)};
  std::vector<Mention> ms = {typed("d1", "A/RES/70/1", "recalls"), typed("d1", "A/RES/70/1", "recalls"),
                             typed("d1", "A/RES/70/1", "welcomes", true), typed("d1", "A/RES/72/1", "urges")};
  CitationGraph g = build_graph(docs, ms);
  auto e = testing::edge_between(g, "d1", "A/RES/70/1");
  ASSERT_TRUE(e);
  const EdgeProps& p = g.storage()[*e];
  EXPECT_EQ(p.relations.at("recalls"), 2);
  EXPECT_EQ(p.relations.at("welcomes"), 1);
  EXPECT_EQ(p.chapter_vii, 1);
  EXPECT_EQ(relation_counts(p), "recalls:2;welcomes:1");
  EXPECT_EQ(main_relation(p), "recalls");

  std::ostringstream graphml, targets;
  write_graphml(g, graphml);
  EXPECT_NE(graphml.str().find("recalls:2;welcomes:1"), std::string::npos);
  EXPECT_NE(graphml.str().find("attr.name=\"relations\""), std::string::npos);
  write_targets_csv(g, targets);
  EXPECT_NE(targets.str().find("recalls:2;welcomes:1"), std::string::npos) << targets.str();
  EXPECT_NE(targets.str().find("urges:1"), std::string::npos);
}

TEST(TypedEdges, MentionExportsCarryVerbAndRelation) {
  Mention m = typed("d1", "A/RES/70/1", "takes-note");
  m.verb = "Takes note";
  m.series = true;
  std::ostringstream jsonl, csv;
  write_mention_jsonl(m, jsonl);
  EXPECT_NE(jsonl.str().find("\"verb\":\"Takes note\""), std::string::npos) << jsonl.str();
  EXPECT_NE(jsonl.str().find("\"relation\":\"takes-note\""), std::string::npos);
  EXPECT_NE(jsonl.str().find("\"series\":true"), std::string::npos);
  write_mentions_csv_header(csv);
  write_mention_csv(m, csv);
  EXPECT_NE(csv.str().find("verb,relation,chapter_vii,series"), std::string::npos) << csv.str();
  EXPECT_NE(csv.str().find("Takes note,takes-note,false,true"), std::string::npos) << csv.str();
}

}  // namespace
}  // namespace unxref
