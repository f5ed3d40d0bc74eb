#include <gtest/gtest.h>

#include "extract/layout/lines.hpp"
#include "extract/layout/running_headers.hpp"
#include "extract/layout_test_support.hpp"

namespace unxref::layout {
namespace {

using unxref::testing::type;

TEST(PageNumbers, Recognised) {
  struct Case {
    std::string text;
    bool page_number;
  } cases[] = {
      {"2", true},           {"- 3 -", true},         {"\xE2\x80\x93 12 \xE2\x80\x93", true},
      {"3/12", true},        {"3 / 12", true},        {"Page 3 of 12", true},
      {"page 7", true},      {"iv", true},            {"[5]", true},
      {"2019", true},        {"12345", false},        {"S/2019/179", false},
      {"3 of the", false},   {"Annex", false},        {"", false},
      {"resolution 2331", false}, {"1/2/3", false},
  };
  for (const Case& c : cases) EXPECT_EQ(is_page_number(c.text), c.page_number) << c.text;
}

TEST(RunningKey, DigitsAndCaseDoNotMatter) {
  EXPECT_EQ(running_key("S/2019/179   3/6"), "s/#/# #/#");
  EXPECT_EQ(running_key("Page 4"), running_key("page 12"));
  EXPECT_NE(running_key("Annex I"), running_key("Annex II"));
}

PageLines page_with(int number, const std::vector<std::pair<std::string, double>>& texts) {
  PageGlyphs g = unxref::testing::letter_page(number);
  for (const auto& [t, y] : texts) type(g, t, 72, y);
  return PageLines{number, g.width, g.height, build_lines(g)};
}

TEST(RunningLines, RepeatedMarginLinesAndPageNumbersAreMarked) {
  std::vector<PageLines> pages;
  for (int n = 1; n <= 3; ++n) {
    pages.push_back(page_with(n, {{"Report of the Committee (" + std::to_string(2000 + n) + ")", 40},
                                  {"Body text " + std::to_string(n) + " that differs", 300},
                                  {"Body text that repeats", 400},
                                  {std::to_string(n), 760}}));
  }
  mark_running_lines(pages);
  for (const PageLines& p : pages) {
    ASSERT_EQ(p.lines.size(), 4u);
    EXPECT_EQ(p.lines[0].role, Role::header_footer) << p.lines[0].text();
    EXPECT_EQ(p.lines[1].role, Role::body);
    // Repeats on every page, but in the middle of it: not running text.
    EXPECT_EQ(p.lines[2].role, Role::body);
    EXPECT_EQ(p.lines[3].role, Role::header_footer);
  }
}

TEST(RunningLines, AMarginLineOnOnePageOnlyStays) {
  std::vector<PageLines> pages;
  pages.push_back(page_with(1, {{"Chapter one", 40}, {"text", 300}}));
  pages.push_back(page_with(2, {{"Chapter two begins", 40}, {"text", 300}}));
  mark_running_lines(pages);
  EXPECT_EQ(pages[0].lines[0].role, Role::body);
  EXPECT_EQ(pages[1].lines[0].role, Role::body);
}

}  // namespace
}  // namespace unxref::layout
