#include <gtest/gtest.h>

#include "unxref/core/years.hpp"

namespace {

struct Case {
  const char* text;
  int year;
};

class FirstYear : public ::testing::TestWithParam<Case> {};

TEST_P(FirstYear, IsTheFirstStandaloneYearInRange) { EXPECT_EQ(unxref::first_year(GetParam().text), GetParam().year) << GetParam().text; }

INSTANTIATE_TEST_SUITE_P(Table, FirstYear,
                         ::testing::Values(Case{"27 February 2019", 2019}, Case{"ARM_70_2015", 2015},
                                           Case{"(2016)", 2016}, Case{"20161 and 12016", 0}, Case{"1899 or 2100", 0},
                                           Case{"no year", 0}, Case{"", 0}, Case{"vol. 1577, 1989", 1989},
                                           Case{"2024-05-01", 2024}));

TEST(YearAt, NotGluedToOtherDigits) {
  EXPECT_TRUE(unxref::year_at("in 2016.", 3));
  EXPECT_FALSE(unxref::year_at("in 20161.", 3));
  EXPECT_FALSE(unxref::year_at("in 2016", 4));
}

}  // namespace
