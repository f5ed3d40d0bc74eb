// render_series(): a resolution series as a timeline, through lineage() on a
// graph built by the graph stage.
#include <gtest/gtest.h>

#include "graph/graph_fixtures.hpp"
#include "support/paths.hpp"
#include "tools.hpp"
#include "unxref/core/error.hpp"
#include "unxref/graph/builder.hpp"
#include "unxref/render/render.hpp"

namespace unxref {
namespace {

Mention recall(const std::string& doc, const std::string& target, const std::string& date) {
  Mention m = testing::mention(doc, target, TargetKind::resolution);
  m.relation = "recalls";
  m.series = true;
  m.date = date;
  return m;
}

CitationGraph series_graph() {
  // 76/10 recalls 72/3 and 74/5 on the subject; 78/2 recalls 76/10.
  std::vector<CorpusDocument> docs = {testing::document("A/RES/76/10", "a.txt", 2021, "A/RES/76/10"),
                                      testing::document("A/RES/78/2", "b.txt", 2023, "A/RES/78/2")};
  std::vector<Mention> ms = {recall("A/RES/76/10", "A/RES/74/5", "13 December 2019"),
                             recall("A/RES/76/10", "A/RES/72/3", "4 December 2017"),
                             recall("A/RES/78/2", "A/RES/76/10", "9 December 2021")};
  return build_graph(docs, ms);
}

// Years to scale: a column for each year 2017-2023 (2018, 2020 and 2022 have
// no member and keep their space), each member in its year's column, the
// subject outlined, one arrow per recall.
TEST(SeriesTimeline, ColumnsForEveryYearAndOneArrowPerRecall) {
  const CitationGraph g = series_graph();
  const auto members = lineage(g, "A/RES/76/10");
  ASSERT_EQ(members.size(), 4u);
  const auto out = testing::scratch_dir("series") / "series.dot";
  const RenderStats stats = render_series(g, members, "A/RES/76/10", out);
  EXPECT_EQ(stats.vertices, 4u);
  const std::string dot = testing::read_file(out);
  for (int y = 2017; y <= 2023; ++y) EXPECT_NE(dot.find("year" + std::to_string(y)), std::string::npos) << y;
  EXPECT_EQ(dot.find("year2016"), std::string::npos);
  EXPECT_EQ(dot.find("year2024"), std::string::npos);
  for (const char* id : {"A/RES/72/3", "A/RES/74/5", "A/RES/76/10", "A/RES/78/2"})
    EXPECT_NE(dot.find(id), std::string::npos) << id;
  EXPECT_NE(dot.find("4 December 2017"), std::string::npos);
  EXPECT_NE(dot.find("penwidth=3"), std::string::npos);
  // Columns left to right in time: the laid-out x of 2017 is left of 2023's.
  const auto x_of = [&](const std::string& node) {
    const std::size_t at = dot.find("\t" + node + "\t[");
    EXPECT_NE(at, std::string::npos) << node;
    const std::size_t pos = dot.find("pos=\"", at);
    return std::stod(dot.substr(pos + 5));
  };
  EXPECT_LT(x_of("year2017"), x_of("year2020"));
  EXPECT_LT(x_of("year2020"), x_of("year2023"));
  std::size_t arrows = 0;
  for (std::size_t at = dot.find("n"); (at = dot.find(" -> n", at)) != std::string::npos; ++at) ++arrows;
  EXPECT_EQ(arrows, 3u);
}

TEST(SeriesTimeline, SvgAndBadFormat) {
  const CitationGraph g = series_graph();
  const auto members = lineage(g, "A/RES/72/3");
  const auto dir = testing::scratch_dir("series-svg");
  render_series(g, members, "A/RES/72/3", dir / "s.svg");
  EXPECT_NE(testing::read_file(dir / "s.svg").find("<svg"), std::string::npos);
  EXPECT_THROW(render_series(g, members, "A/RES/72/3", dir / "s.bmp"), FileError);
}

}  // namespace
}  // namespace unxref
