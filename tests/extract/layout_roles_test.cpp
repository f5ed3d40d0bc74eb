#include <gtest/gtest.h>

#include "extract/layout/lines.hpp"
#include "extract/layout/roles.hpp"
#include "extract/layout_test_support.hpp"

namespace unxref::layout {
namespace {

using unxref::testing::Pen;
using unxref::testing::type;

Line line_of(const std::string& first, double gap, const std::string& rest) {
  PageGlyphs g = unxref::testing::letter_page(1);
  const double x = type(g, first + " ", 72, 100);
  type(g, rest, x + gap, 100);
  return build_lines(g).at(0);
}

TEST(Roles, ListLabels) {
  struct Case {
    std::string first;
    double gap;
    bool label;
  } cases[] = {
      {"\xE2\x80\xA2", 3, true},  // bullet
      {"-", 3, true},
      {"(a)", 3, true},     // followed by a capital
      {"(iv)", 3, true},
      {"1.", 20, true},     // tab stop
      {"12)", 20, true},
      {"1.", 3, false},     // "... paragraph\n1. Decides": only with a tab
      {"(2016),", 3, false},
      {"(2016)", 3, false},
      {"Decides", 20, false},
  };
  for (const Case& c : cases) {
    EXPECT_EQ(starts_with_list_label(line_of(c.first, c.gap, "Decides to act")), c.label) << c.first;
  }
}

TEST(Roles, HeadingsGetLevelsBySize) {
  auto block = [](const std::string& text, double size, bool bold) {
    PageGlyphs g = unxref::testing::letter_page(1);
    Pen pen;
    pen.size = size;
    pen.bold = bold;
    type(g, text, 72, 100, pen);
    TextBlock b;
    b.lines = build_lines(g);
    b.size = size;
    return b;
  };
  TextBlock h1 = block("Report of the Secretary-General", 16, true);
  TextBlock h2 = block("Introduction", 12, true);
  TextBlock h3 = block("Background", 10, true);
  TextBlock body = block("Ordinary text of the report, set in the body size.", 10, false);
  TextBlock clause = block("The Security Council,", 10, true);  // ends like a clause
  TextBlock item = block("(a) An item", 10, false);
  TextBlock numbered = block("II.    Background", 12, true);
  std::vector<TextBlock*> all = {&h1, &body, &h2, &h3, &clause, &item, &numbered};
  assign_roles(all, 10);
  EXPECT_EQ(h1.role, Role::heading);
  EXPECT_EQ(h1.level, 1);
  EXPECT_EQ(h2.role, Role::heading);
  EXPECT_EQ(h2.level, 2);
  EXPECT_EQ(h3.level, 3);
  EXPECT_EQ(body.role, Role::body);
  EXPECT_EQ(clause.role, Role::body);
  EXPECT_EQ(item.role, Role::list_item);
  EXPECT_EQ(numbered.role, Role::heading);
  EXPECT_EQ(numbered.level, 2);
}

}  // namespace
}  // namespace unxref::layout
