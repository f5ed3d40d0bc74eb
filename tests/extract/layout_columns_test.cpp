#include <gtest/gtest.h>

#include "extract/layout/columns.hpp"
#include "extract/layout/lines.hpp"
#include "extract/layout_test_support.hpp"

namespace unxref::layout {
namespace {

using unxref::testing::Pen;
using unxref::testing::type;

std::vector<std::string> flow_texts(const std::vector<std::vector<Line>>& flows) {
  std::vector<std::string> out;
  for (const auto& f : flows) {
    std::string s;
    for (const Line& l : f) s += (s.empty() ? "" : " | ") + l.text();
    out.push_back(s);
  }
  return out;
}

// Two columns, 40 characters (200 pt) wide each, 30 pt apart, same baselines.
void two_columns(PageGlyphs& p, double top, int rows, const std::string& left, const std::string& right) {
  for (int r = 0; r < rows; ++r) {
    const double y = top + 12 * r;
    type(p, left + " column line " + std::to_string(r) + " filler text here", 72, y);
    type(p, right + " column line " + std::to_string(r) + " filler text here", 302, y);
  }
}

TEST(Columns, TwoColumnsAreReadOneAfterTheOther) {
  PageGlyphs p = unxref::testing::letter_page(1);
  two_columns(p, 100, 6, "left", "right");
  const std::vector<Line> lines = build_lines(p);
  ASSERT_EQ(lines.size(), 6u);  // same baselines: one line each across the page
  const std::vector<Gutter> gutters = find_gutters(lines, 10);
  ASSERT_EQ(gutters.size(), 1u);
  EXPECT_GT(gutters[0].x, 72 + 5 * 33);
  EXPECT_LT(gutters[0].x, 302);
  const auto flows = flow_texts(column_flows(lines, 10));
  ASSERT_EQ(flows.size(), 2u);
  EXPECT_EQ(flows[0].substr(0, 26), "left column line 0 filler ");
  EXPECT_EQ(flows[0].find("right"), std::string::npos);
  EXPECT_EQ(flows[1].find("left"), std::string::npos);
}

TEST(Columns, FullWidthHeadingAndFooterFrameTheColumns) {
  PageGlyphs p = unxref::testing::letter_page(1);
  type(p, "A heading that runs across both of the columns below it", 72, 80);
  two_columns(p, 100, 5, "upper-left", "upper-right");
  type(p, "A full-width paragraph between the two column sections of the page", 72, 170);
  two_columns(p, 190, 4, "lower-left", "lower-right");
  const auto flows = flow_texts(column_flows(build_lines(p), 10));
  ASSERT_EQ(flows.size(), 6u);
  EXPECT_TRUE(flows[0].starts_with("A heading"));
  EXPECT_TRUE(flows[1].starts_with("upper-left"));
  EXPECT_TRUE(flows[2].starts_with("upper-right"));
  EXPECT_TRUE(flows[3].starts_with("A full-width"));
  EXPECT_TRUE(flows[4].starts_with("lower-left"));
  EXPECT_TRUE(flows[5].starts_with("lower-right"));
}

TEST(Columns, ColumnsWithDifferentBaselinesDoNotInterleave) {
  PageGlyphs p = unxref::testing::letter_page(1);
  for (int r = 0; r < 6; ++r) type(p, "left text of line " + std::to_string(r) + " goes on and on", 72, 100 + 12 * r);
  for (int r = 0; r < 5; ++r) type(p, "right text of line " + std::to_string(r) + " goes on and on", 302, 106 + 14 * r);
  const auto flows = flow_texts(column_flows(build_lines(p), 10));
  ASSERT_EQ(flows.size(), 2u);
  EXPECT_EQ(flows[0].find("right"), std::string::npos);
  EXPECT_EQ(flows[1].find("left"), std::string::npos);
}

TEST(Columns, ListLabelsWithTabsAreNotAColumn) {
  PageGlyphs p = unxref::testing::letter_page(1);
  const char* items[] = {"(a)", "(b)", "(c)", "(d)", "(e)"};
  for (int r = 0; r < 5; ++r) {
    type(p, items[r], 100, 100 + 24 * r);
    type(p, "Item text that is long enough to be a column", 130, 100 + 24 * r);
    type(p, "and its continuation line under the text", 130, 112 + 24 * r);
  }
  const std::vector<Line> lines = build_lines(p);
  EXPECT_TRUE(find_gutters(lines, 10).empty());
  EXPECT_EQ(column_flows(lines, 10).size(), 1u);
}

TEST(Columns, SingleColumnProseHasNoGutter) {
  PageGlyphs p = unxref::testing::letter_page(1);
  const char* text[] = {"Recalling its previous resolutions and statements on the",
                        "situation in the region, and expressing its deep concern",
                        "at the continued violence against civilians in the area,",
                        "     1.     Decides to renew the measures imposed by the",
                        "resolution until 31 May 2020 and to review them after it,",
                        "     2.     Requests the Secretary-General to report back"};
  for (int r = 0; r < 6; ++r) type(p, text[r], 72, 100 + 12 * r);
  EXPECT_TRUE(find_gutters(build_lines(p), 10).empty());
}

TEST(Columns, EmptyInput) {
  EXPECT_TRUE(column_flows({}, 10).empty());
  EXPECT_TRUE(find_gutters({}, 10).empty());
}

}  // namespace
}  // namespace unxref::layout
