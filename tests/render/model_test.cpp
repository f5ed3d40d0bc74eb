// What the drawing says: shapes and colours by kind, size by citers, width by
// mentions, structure dashed, documents in year columns, the colour key.
#include "render/model.hpp"

#include <gtest/gtest.h>

#include <map>

#include "fixtures.hpp"
#include "render/style.hpp"

namespace unxref::rendering {
namespace {

std::string attr(const Attrs& attrs, const std::string& name) {
  for (const Attr& a : attrs) {
    if (a.name == name) return a.value;
  }
  return {};
}

struct Drawn {
  CitationGraph graph;
  DrawModel model;
  std::map<std::string, const DrawNode*> by_id;  // vertex id -> its node

  explicit Drawn(CitationGraph g, const std::string& engine = "dot") : graph(std::move(g)) {
    const Selection s = select(graph, {});
    model = build_model(graph, s, plan_layout(s.vertices.size(), s.edges.size(), engine), true);
    for (const DrawNode& n : model.nodes) {
      if (n.name[0] != 'n') continue;
      by_id[graph.storage()[std::stoul(n.name.substr(1))].id] = &n;
    }
  }
  std::string node_attr(const std::string& id, const std::string& name) const {
    return attr(by_id.at(id)->attrs, name);
  }
  const DrawEdge& edge(const std::string& from, const std::string& to) const {
    const std::string tail = by_id.at(from)->name, head = by_id.at(to)->name;
    for (const DrawEdge& e : model.edges) {
      if (e.tail == tail && e.head == head) return e;
    }
    throw std::out_of_range(from + " -> " + to);
  }
};

TEST(Model, ShapeAndColourFollowTheKind) {
  const Drawn d(testing::realistic_graph());
  struct Expect {
    const char* id;
    const char* shape;
    const char* kind;
  };
  const Expect cases[] = {
      {"doc:icat-overview-2018", "box", "document"},
      {"S/RES/2388(2017)", "box", "resolution"},  // in the corpus: a box in the resolution colour
      {"A/RES/64/293", "ellipse", "resolution"},
      {"S/PRST/2015/25", "ellipse", "symbol"},
      {"treaty:tip-protocol", "hexagon", "treaty"},
      {"sdg:8", "doubleoctagon", "sdg-goal"},
      {"sdg:8.7", "octagon", "sdg-target"},
      {"sdg:16.2.2", "octagon", "sdg-indicator"},
  };
  for (const Expect& c : cases) {
    SCOPED_TRACE(c.id);
    EXPECT_EQ(d.node_attr(c.id, "shape"), c.shape);
    EXPECT_EQ(d.node_attr(c.id, "fillcolor"), style_for(c.kind).fill);
  }
  EXPECT_NE(style_for("resolution").fill, style_for("treaty").fill);
  EXPECT_EQ(style_for("no-such-kind").legend, "other");
}

TEST(Model, MoreCitersMeansLargerText) {
  const Drawn d(testing::realistic_graph());
  // TIP Protocol: 7 citing documents; A/RES/72/1: one.
  const double tip = std::stod(d.node_attr("treaty:tip-protocol", "fontsize"));
  const double ga72 = std::stod(d.node_attr("A/RES/72/1", "fontsize"));
  EXPECT_GT(tip, ga72);
  EXPECT_LE(font_size_for(100000), 22.0);
}

TEST(Model, MoreMentionsMeansWiderEdges) {
  const Drawn d(testing::realistic_graph());
  const double seven =
      std::stod(attr(d.edge("doc:icat-brief-2021", "treaty:tip-protocol").attrs, "penwidth"));
  const double one = std::stod(attr(d.edge("doc:icat-brief-2021", "A/RES/76/7").attrs, "penwidth"));
  EXPECT_GT(seven, one);
  EXPECT_LE(pen_width_for(1 << 30), 6.0);
  const DrawEdge& part = d.edge("sdg:8.7", "sdg:8");
  EXPECT_EQ(attr(part.attrs, "style"), "dashed");
  EXPECT_EQ(attr(part.attrs, "color"), "#999999");
}

TEST(Model, TooltipsCarryTitleYearAndEvidence) {
  const Drawn d(testing::realistic_graph());
  const std::string tip = d.node_attr("A/RES/64/293", "tooltip");
  EXPECT_NE(tip.find("Global Plan of Action"), std::string::npos);
  EXPECT_NE(tip.find("2010"), std::string::npos);
  EXPECT_NE(tip.find("cited by 3"), std::string::npos);
  const std::string edge = attr(d.edge("doc:icat-overview-2018", "E/RES/2006/27").attrs, "tooltip");
  EXPECT_NE(edge.find("1 mention"), std::string::npos);
  EXPECT_NE(edge.find("op. 16"), std::string::npos);
}

TEST(Model, DotPutsDocumentsInYearColumns) {
  const Drawn d(testing::realistic_graph());
  std::map<std::string, std::vector<std::string>> ranks;
  for (const SameRank& r : d.model.ranks) ranks[r.name] = r.nodes;
  ASSERT_EQ(ranks.size(), 8u);  // 2016 ... 2023
  const auto& y2017 = ranks.at("year_2017");
  EXPECT_EQ(y2017.front(), "year2017");
  EXPECT_EQ(y2017.size(), 3u);  // heading, ICAT brief 3, S/RES/2388(2017)
  EXPECT_EQ(attr(d.model.graph, "rankdir"), "RL");  // oldest year left: see year_order_test
}

TEST(Model, SfdpHasNoYearColumns) {
  const Drawn d(testing::realistic_graph(), "sfdp");
  EXPECT_TRUE(d.model.ranks.empty());
  EXPECT_EQ(attr(d.model.graph, "layout"), "sfdp");
}

TEST(Model, KeyListsOnlyTheKindsDrawn) {
  testing::GraphBuilder b;
  b.cite(b.doc("doc:a", "A", 2020), b.target("treaty:crc", "treaty", "CRC"));
  const Drawn d(std::move(b.graph()));
  const DrawNode* legend = nullptr;
  for (const DrawNode& n : d.model.nodes) {
    if (n.name == "legend") legend = &n;
  }
  ASSERT_NE(legend, nullptr);
  const std::string html = attr(legend->attrs, "label");
  EXPECT_NE(html.find("treaty / instrument"), std::string::npos);
  EXPECT_NE(html.find("corpus document"), std::string::npos);
  EXPECT_EQ(html.find("SDG goal"), std::string::npos);
  EXPECT_EQ(html.find("part of"), std::string::npos);
}

TEST(Model, LabelsAreShortIdsWithTheIdAsFallback) {
  testing::GraphBuilder b;
  const Vertex doc = b.doc("doc:a", "A", 2020);
  b.cite(doc, b.target("A/RES/70/1", "resolution", ""));
  b.cite(doc, b.target("treaty:untoc", "treaty", "UNTOC"));
  const Drawn d(std::move(b.graph()));
  EXPECT_EQ(d.node_attr("A/RES/70/1", "label"), "A/RES/70/1");
  EXPECT_EQ(d.node_attr("treaty:untoc", "label"), "UNTOC");
}

}  // namespace
}  // namespace unxref::rendering
