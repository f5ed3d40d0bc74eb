// Choosing the layout engine and its speed limits by graph size.
#include "render/layout.hpp"

#include <gtest/gtest.h>

#include <stdexcept>

#include "unxref/render/render.hpp"

namespace unxref::rendering {
namespace {

bool has_attr(const LayoutPlan& plan, const std::string& name, const std::string& value) {
  for (const auto& [n, v] : plan.graph_attrs) {
    if (n == name && v == value) return true;
  }
  return false;
}

struct SizeCase {
  std::size_t vertices;
  std::size_t edges;
  const char* engine;
  bool speed_limits;
};

class ChooseLayout : public ::testing::TestWithParam<SizeCase> {};

TEST_P(ChooseLayout, PicksTheEngineForTheSize) {
  const SizeCase& c = GetParam();
  EXPECT_EQ(choose_layout(c.vertices, c.edges), c.engine);
  const LayoutPlan plan = plan_layout(c.vertices, c.edges, "");
  EXPECT_EQ(plan.engine, c.engine);
  EXPECT_EQ(has_attr(plan, "nslimit", "1") && has_attr(plan, "splines", "line"), c.speed_limits);
  EXPECT_EQ(plan.ranks_by_year, std::string(c.engine) == "dot");
}

INSTANTIATE_TEST_SUITE_P(
    Sizes, ChooseLayout,
    ::testing::Values(SizeCase{0, 0, "dot", false}, SizeCase{40, 60, "dot", false},
                      SizeCase{200, 600, "dot", false}, SizeCase{201, 400, "dot", true},
                      SizeCase{150, 601, "dot", true}, SizeCase{600, 1800, "dot", true},
                      SizeCase{601, 1000, "sfdp", false}, SizeCase{500, 1801, "sfdp", false},
                      SizeCase{2000, 6000, "sfdp", false}, SizeCase{10000, 30000, "sfdp", false}));

TEST(PlanLayout, RequestedEngineOverridesTheSize) {
  EXPECT_EQ(plan_layout(10, 10, "sfdp").engine, "sfdp");
  EXPECT_EQ(plan_layout(100000, 300000, "dot").engine, "dot");
}

TEST(PlanLayout, ForcedDotOnABigGraphStillGetsSpeedLimits) {
  EXPECT_TRUE(has_attr(plan_layout(5000, 15000, "dot"), "nslimit", "1"));
}

TEST(PlanLayout, SfdpRemovesOverlapsOnlyWhenAffordable) {
  EXPECT_TRUE(has_attr(plan_layout(2000, 6000, "sfdp"), "overlap", "prism"));
  EXPECT_TRUE(has_attr(plan_layout(10000, 30000, "sfdp"), "overlap", "prism0"));
}

TEST(PlanLayout, RejectsUnknownEngines) {
  EXPECT_THROW(plan_layout(10, 10, "nosuch"), std::invalid_argument);
  EXPECT_THROW(plan_layout(10, 10, "dot -Tpng"), std::invalid_argument);
}

}  // namespace
}  // namespace unxref::rendering
