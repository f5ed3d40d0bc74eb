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

// The dates resolutions print in the six languages (mentions.csv date_iso),
// with a month name between other words, genitive and paired forms.
INSTANTIATE_TEST_SUITE_P(SixLanguages, IsoDate,
                         ::testing::Values(DateCase{"20 décembre 2006", "2006-12-20"},
                                           DateCase{"1er mars 2010", "2010-03-01"},
                                           DateCase{"Distr. générale 5 Août 2021", "2021-08-05"},
                                           DateCase{"20 de diciembre de 2006", "2006-12-20"},
                                           DateCase{"30 июля 2010 года", "2010-07-30"},
                                           DateCase{"от 16 декабря 2020", "2020-12-16"},
                                           DateCase{"20 كانون الأول/ديسمبر 2006", "2006-12-20"},
                                           DateCase{"6 تشرين الأول/أكتوبر 2020", "2020-10-06"},
                                           DateCase{"27 نيسان/ أبريل 2007", "2007-04-27"},
                                           DateCase{"2006年12月20日", "2006-12-20"},
                                           DateCase{"2021年4月22日", "2021-04-22"},
                                           DateCase{"15\u00a0December 2020", "2020-12-15"},
                                           DateCase{"16\u00a0декабря 2020", "2020-12-16"},
                                           DateCase{"20 تمــوز/يوليــه 2004", "2004-07-20"},
                                           DateCase{"6 كانون الأول/ ديسمبر\u00a02010", "2010-12-06"},
                                           DateCase{"19 كانون الأوّل/ديسمبر 2017", "2017-12-19"}));

}  // namespace
}  // namespace unxref
