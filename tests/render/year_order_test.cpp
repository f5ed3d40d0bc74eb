// The year columns of a dot drawing must read as a timeline: left to right,
// oldest first. Citations point from newer documents to older ones, so a
// heading chain that points the other way makes dot reverse edges and
// scramble the columns.
#include <gtest/gtest.h>

#include <map>
#include <regex>

#include "fixtures.hpp"
#include "support/paths.hpp"
#include "tools.hpp"
#include "unxref/pipeline/scan.hpp"
#include "unxref/render/render.hpp"

namespace unxref {
namespace {

// x of every year heading in a laid-out .dot file ("year2016 [... pos="x,y" ...").
std::map<int, double> heading_x(const std::string& dot) {
  std::map<int, double> out;
  static const std::regex node(R"re(\byear(\d{4})\s*\[[^\]]*?\bpos="([-0-9.]+),)re");
  for (auto it = std::sregex_iterator(dot.begin(), dot.end(), node); it != std::sregex_iterator(); ++it)
    out[std::stoi((*it)[1])] = std::stod((*it)[2]);
  return out;
}

void expect_oldest_first(const CitationGraph& graph, const std::string& name) {
  const auto dir = testing::scratch_dir("render_year_order_" + name);
  RenderOptions options;
  options.layout = "dot";
  render(graph, dir / "g.dot", options);
  const std::map<int, double> x = heading_x(testing::read_file(dir / "g.dot"));
  ASSERT_GE(x.size(), 5u);
  double previous = -1e9;
  for (const auto& [year, pos] : x) {
    EXPECT_GT(pos, previous) << "year " << year << " is left of an older year";
    previous = pos;
  }
}

TEST(YearOrder, HandMadeGraph) { expect_oldest_first(testing::realistic_graph(), "fixture"); }

// The shipped corpus: papers of 2012-2022 citing each other and older instruments.
TEST(YearOrder, ShippedCorpus) {
  expect_oldest_first(scan({testing::source_dir() / "corpus"}).graph, "corpus");
}

// The .dot file lists the year columns in one order, run after run (named
// subgraphs came out in the order of their names' addresses in memory).
TEST(YearOrder, ColumnsAreWrittenNewestFirstEveryRun) {
  const auto dir = testing::scratch_dir("render_year_columns");
  RenderOptions options;
  options.layout = "dot";
  render(scan({testing::source_dir() / "corpus"}).graph, dir / "g.dot", options);
  const std::string dot = testing::read_file(dir / "g.dot");
  static const std::regex column(R"(rank=same[^}]*?\byear(\d{4})\s*\[)");
  std::vector<int> years;
  for (auto it = std::sregex_iterator(dot.begin(), dot.end(), column); it != std::sregex_iterator(); ++it)
    years.push_back(std::stoi((*it)[1]));
  ASSERT_GE(years.size(), 5u) << dot;
  for (std::size_t i = 1; i < years.size(); ++i) EXPECT_GT(years[i - 1], years[i]) << dot;
}

}  // namespace
}  // namespace unxref
