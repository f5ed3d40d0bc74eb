// Security Council lists date each item without a year, the year being in the
// number: "resolutions 186 (1964) of 4 March, 187 (1964) of 13 March and ...".
#include <gtest/gtest.h>

#include <set>

#include "unxref/detect/detect.hpp"

namespace unxref {
namespace {

std::set<std::string> targets_of(const std::string& text) {
  std::set<std::string> out;
  for (const Mention& m : Detector().detect(text)) out.insert(m.target);
  return out;
}

TEST(ResolutionListDates, ItemsDatedWithoutAYearAllExpand) {
  EXPECT_EQ(targets_of("Recalling its resolutions 186 (1964) of 4 March, 187 (1964) of 13 March and "
                       "192 (1964) of 20 June,"),
            (std::set<std::string>{"S/RES/186(1964)", "S/RES/187(1964)", "S/RES/192(1964)"}));
}

TEST(ResolutionListDates, DateWithoutYearIsKeptAsWritten) {
  const auto ms = Detector().detect(std::string("resolution 186 (1964) of 4 March, and"));
  ASSERT_EQ(ms.size(), 1u);
  EXPECT_EQ(ms[0].date, "4 March");
}

TEST(ResolutionListDates, FullDatesStillTakeTheYear) {
  const auto ms = Detector().detect(std::string("its resolution 64/293 of 30 July 2010 on"));
  ASSERT_EQ(ms.size(), 1u);
  EXPECT_EQ(ms[0].date, "30 July 2010");
}

}  // namespace
}  // namespace unxref
