#include <gtest/gtest.h>

#include "unxref/core/dates.hpp"

namespace unxref {
namespace {

struct DateCase {
  const char* text;
  const char* iso;
};

class IsoDate : public ::testing::TestWithParam<DateCase> {};

TEST_P(IsoDate, AsPrinted) { EXPECT_EQ(iso_date(GetParam().text), GetParam().iso) << GetParam().text; }

INSTANTIATE_TEST_SUITE_P(Dates, IsoDate,
                         ::testing::Values(DateCase{"27 February 2019", "2019-02-27"},
                                           DateCase{"February 27, 2019", "2019-02-27"},
                                           DateCase{"2019-02-27", "2019-02-27"},
                                           DateCase{"27/02/2019", "2019-02-27"},
                                           DateCase{"1 Sept 2020", "2020-09-01"},
                                           DateCase{"3 Dec. 2021", "2021-12-03"},
                                           DateCase{"December 2006", "2006-12"},
                                           DateCase{"Distr.: General 20 December 2006", "2006-12-20"},
                                           DateCase{"2016", "2016"},
                                           DateCase{"", ""},
                                           DateCase{"no date here", ""},
                                           DateCase{"32 May 2019", "2019-05"}));

}  // namespace
}  // namespace unxref
