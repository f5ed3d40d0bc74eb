#include <gtest/gtest.h>

#include "unxref/core/un_symbol.hpp"

namespace {

struct Case {
  const char* written;
  const char* canonical;  // nullptr: not a symbol
};

class UnSymbol : public ::testing::TestWithParam<Case> {};

TEST_P(UnSymbol, Canonical) {
  const Case& c = GetParam();
  auto got = unxref::canonical_un_symbol(c.written);
  if (c.canonical == nullptr) {
    EXPECT_FALSE(got.has_value()) << c.written << " -> " << got.value_or("");
  } else {
    ASSERT_TRUE(got.has_value()) << c.written;
    EXPECT_EQ(*got, c.canonical);
  }
}

INSTANTIATE_TEST_SUITE_P(
    Table, UnSymbol,
    ::testing::Values(Case{"A/RES/72/1", "A/RES/72/1"}, Case{"A/Res/72/1", "A/RES/72/1"},
                      Case{"S/RES/2331 (2016)", "S/RES/2331(2016)"},
                      Case{"S/RES/2331(2016)", "S/RES/2331(2016)"},
                      Case{"E/RES/2006/27", "E/RES/2006/27"},
                      Case{"A/HRC/RES/35/5", "A/HRC/RES/35/5"}, Case{"A/72/L.1", "A/72/L.1"},
                      Case{"S/PRST/2015/25", "S/PRST/2015/25"},
                      Case{"A/53/500/Add.1", "A/53/500/ADD.1"},
                      Case{"E/CN.15/2017/L.5", "E/CN.15/2017/L.5"},
                      Case{"CTOC/COP/2016/L.5", "CTOC/COP/2016/L.5"},
                      Case{"A/RES/57/270 B", "A/RES/57/270B"},
                      Case{"A/RES/2200(XXI)", "A/RES/2200(XXI)"},
                      Case{"A/RES/2200 A (XXI)", "A/RES/2200(XXI)"},
                      Case{"A/RES/ES-11/1", "A/RES/ES-11/1"}, Case{"S/2019/179", "S/2019/179"},
                      Case{"A/C.3/72/L.1/Rev.1", "A/C.3/72/L.1/REV.1"},
                      Case{"HIV/AIDS", nullptr}, Case{"24/7", nullptr}, Case{"and/or", nullptr},
                      Case{"A/RES/", nullptr}, Case{"A/B/C", nullptr}, Case{"S/", nullptr},
                      Case{"", nullptr}, Case{"a/res/72/1", nullptr}));

TEST(UnSymbolMatch, StopsAtSentenceEnd) {
  EXPECT_EQ(unxref::match_un_symbol("A/RES/72/1. The"), 10u);
  EXPECT_EQ(unxref::match_un_symbol("S/RES/2331 (2016), and"), 17u);
  EXPECT_EQ(unxref::match_un_symbol("A/53/500/Add.1 and"), 14u);
  EXPECT_EQ(unxref::match_un_symbol("A/RES/57/270 B and"), 14u);
  EXPECT_EQ(unxref::match_un_symbol("A/RES/72/1 A new"), 10u);  // the article, not part A
  EXPECT_EQ(unxref::match_un_symbol("A/RES/60/147 A and B"), 14u);
  EXPECT_EQ(unxref::match_un_symbol("S/2019/179 (2019)"), 17u);
}

}  // namespace
