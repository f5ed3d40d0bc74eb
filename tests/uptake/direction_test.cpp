// A target issued before its source cannot have taken it up: the report
// says so (and `--strict` refuses, see cli_test.cpp).
#include <gtest/gtest.h>

#include <algorithm>

#include "test_util.hpp"
#include "unxref/uptake/uptake.hpp"

namespace unxref::uptake {
namespace {

using testing::block;
using testing::document;

struct Case {
  const char* name;
  const char* source_date;
  const char* source_path;
  const char* target_date;
  const char* target_path;
  bool warned;
};

class Direction : public ::testing::TestWithParam<Case> {};

TEST_P(Direction, Table) {
  const Case& c = GetParam();
  Document source = document({block(Role::heading, "Recommendations", 1),
                              block(Role::list_item, "States should fund shelters for victims.")},
                             c.source_path);
  source.meta.date = c.source_date;
  Document target = document({block(Role::body, "1. Decides to fund shelters for victims.")}, c.target_path);
  target.meta.date = c.target_date;
  const UptakeReport r = trace_uptake({source}, target);
  EXPECT_EQ(!r.direction.empty(), c.warned);
  if (c.warned) {
    EXPECT_NE(r.warnings.end(), std::find(r.warnings.begin(), r.warnings.end(), r.direction.front()));
  }
}

INSTANTIATE_TEST_SUITE_P(
    Cases, Direction,
    ::testing::Values(Case{"TargetYearsEarlier", "2 May 2018", "a.md", "27 February 2017", "b.md", true},
                      Case{"TargetMonthsEarlierInFrench", "12 mars 2019", "a.md", "27 février 2019", "b.md", true},
                      Case{"TargetLater", "2 May 2018", "a.md", "27 February 2019", "b.md", false},
                      Case{"SameYearNoMonthsIsNoEvidence", "", "SC_2587_2021.txt", "", "SC_2561_2021.txt", false},
                      Case{"YearsFromFileNames", "", "report-2019.pdf", "", "resolution-2016.txt", true},
                      Case{"NoDatesAtAll", "", "a.md", "", "b.md", false}),
    [](const ::testing::TestParamInfo<Case>& info) { return std::string(info.param.name); });

}  // namespace
}  // namespace unxref::uptake
