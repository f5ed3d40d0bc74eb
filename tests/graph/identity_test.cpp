#include "unxref/core/years.hpp"
#include "unxref/graph/identity.hpp"

#include <gtest/gtest.h>

namespace unxref {
namespace {

struct YearCase {
  const char* symbol;
  int year;
};

class YearFromSymbol : public ::testing::TestWithParam<YearCase> {};

TEST_P(YearFromSymbol, DerivesTheYear) {
  EXPECT_EQ(year_from_symbol(GetParam().symbol), GetParam().year) << GetParam().symbol;
}

INSTANTIATE_TEST_SUITE_P(Table, YearFromSymbol,
                         ::testing::Values(YearCase{"S/RES/2331(2016)", 2016},
                                           YearCase{"A/RES/72/1", 2017},
                                           YearCase{"A/RES/1/1", 1946},
                                           YearCase{"A/RES/2200(XXI)", 1966},
                                           YearCase{"A/RES/57/270B", 2002},
                                           YearCase{"E/RES/2006/27", 2006},
                                           YearCase{"S/2019/179", 2019},
                                           YearCase{"S/PRST/2015/25", 2015},
                                           YearCase{"A/72/L.1", 2017},
                                           YearCase{"A/53/500/ADD.1", 1998},
                                           YearCase{"E/CN.15/2017/L.5", 2017},
                                           YearCase{"A/HRC/RES/35/5", 0},
                                           YearCase{"A/RES/ES-11/1", 0},
                                           YearCase{"treaty:crc", 0},
                                           YearCase{"", 0}));

struct LineCase {
  const char* line;
  const char* symbol;  // nullptr = none
};

class LeadingLine : public ::testing::TestWithParam<LineCase> {};

TEST_P(LeadingLine, FindsSecurityCouncilResolution) {
  auto got = symbol_from_leading_line(GetParam().line);
  if (GetParam().symbol == nullptr) {
    EXPECT_FALSE(got) << GetParam().line << " -> " << got.value_or("");
  } else {
    ASSERT_TRUE(got) << GetParam().line;
    EXPECT_EQ(*got, GetParam().symbol);
  }
}

INSTANTIATE_TEST_SUITE_P(Table, LeadingLine,
                         ::testing::Values(LineCase{"Resolution 687 (1991)", "S/RES/687(1991)"},
                                           LineCase{"RESOLUTION 761 (1992) of 29 June", "S/RES/761(1992)"},
                                           LineCase{"  Resolution 0206 (1965)", "S/RES/206(1965)"},
                                           LineCase{"Resolution 687(1991)", "S/RES/687(1991)"},
                                           LineCase{"198 (1964). Resolution of 18 December 1964", nullptr},
                                           LineCase{"Resolutions 687 (1991)", nullptr},
                                           LineCase{"Resolution 687 (19xx)", nullptr},
                                           LineCase{"Resolution 687 (1066)", nullptr},
                                           LineCase{"Resolution", nullptr},
                                           LineCase{"", nullptr}));

class FileName : public ::testing::TestWithParam<LineCase> {};

TEST_P(FileName, ReadsSymbolSpelledWithUnderscores) {
  auto got = symbol_from_file_name(GetParam().line);
  if (GetParam().symbol == nullptr) {
    EXPECT_FALSE(got) << GetParam().line << " -> " << got.value_or("");
  } else {
    ASSERT_TRUE(got) << GetParam().line;
    EXPECT_EQ(*got, GetParam().symbol);
  }
}

INSTANTIATE_TEST_SUITE_P(Table, FileName,
                         ::testing::Values(LineCase{"S_RES_0687_1991_EN_GOLD", "S/RES/687(1991)"},
                                           LineCase{"S_RES_1445_2002", "S/RES/1445(2002)"},
                                           LineCase{"A_RES_72_1", "A/RES/72/1"},
                                           LineCase{"S_2019_179-EN", "S/2019/179"},
                                           LineCase{"icat-overview-2018", nullptr},
                                           LineCase{"ARM_70_2015", nullptr},
                                           LineCase{"", nullptr}));

TEST(YearFromDate, FindsFourDigitYear) {
  EXPECT_EQ(first_year("27 February 2019"), 2019);
  EXPECT_EQ(first_year("2018-05-02"), 2018);
  EXPECT_EQ(first_year("no date"), 0);
  EXPECT_EQ(first_year("12345"), 0);
}

}  // namespace
}  // namespace unxref
