// SDG goals, targets and indicators in six languages, and the numbers that
// only look like them. Each case asserts the exact targets found, in order.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "detector_run.hpp"
#include "unxref/detect/registry.hpp"

namespace unxref {
namespace {


using testing::run_detector;

struct Case {
  const char* text;
  std::vector<std::string> targets;  // in text order
};

std::vector<std::string> found_targets(const char* text) {
  static const Detector finders;
  std::vector<std::string> out;
  for (const auto& f : run_detector(finders, text)) out.push_back(f.target);
  return out;
}

class SdgCodes : public ::testing::TestWithParam<Case> {};

TEST_P(SdgCodes, FindsExactlyTheseTargets) {
  const Case& c = GetParam();
  EXPECT_EQ(found_targets(c.text), c.targets) << c.text;
}

const Case kEnglish[] = {
    {"progress on Goal 5 remains slow", {"sdg:5"}},
    {"SDG 5 on gender equality", {"sdg:5"}},
    {"Sustainable Development Goal 16 calls for", {"sdg:16"}},
    {"under target 8.7 States", {"sdg:8.7"}},
    {"SDG target 8.7", {"sdg:8.7"}},
    {"SDG 8.7 and the Alliance", {"sdg:8.7"}},
    {"targets 5.2, 8.7 and 16.2 of the Agenda", {"sdg:5.2", "sdg:8.7", "sdg:16.2"}},
    {"target 1.a on resources", {"sdg:1.a"}},
    {"indicator 16.2.2 (victims per 100,000)", {"sdg:16.2.2"}},
    {"SDG indicator 16.2.2", {"sdg:16.2.2"}},
    {"SDGs 5, 8 and 16.", {"sdg:5", "sdg:8", "sdg:16"}},
    {"Goals 5 and 16", {"sdg:5", "sdg:16"}},
    {"SDG8 and SDG-16", {"sdg:8", "sdg:16"}},
    {"achieving target 8.7.", {"sdg:8.7"}},
    {"indicators 16.2.2 and 5.2.1", {"sdg:16.2.2", "sdg:5.2.1"}},
};

const Case kOtherLanguages[] = {
    {"la cible 8.7 des objectifs", {"sdg:8.7"}},
    {"l'objectif 5 relatif à l'égalité", {"sdg:5"}},
    {"les cibles 5.2 et 8.7", {"sdg:5.2", "sdg:8.7"}},
    {"l'indicateur 16.2.2", {"sdg:16.2.2"}},
    {"ODD 16", {"sdg:16"}},
    {"la meta 16.2 de la Agenda", {"sdg:16.2"}},
    {"Objetivo 5", {"sdg:5"}},
    {"las metas 5.2, 8.7 y 16.2", {"sdg:5.2", "sdg:8.7", "sdg:16.2"}},
    {"ODS 8", {"sdg:8"}},
    {"задача 8.7 повестки дня", {"sdg:8.7"}},
    {"Цель 5", {"sdg:5"}},
    {"задачи 5.2 и 8.7", {"sdg:5.2", "sdg:8.7"}},
    {"показатель 16.2.2", {"sdg:16.2.2"}},
    {"落实具体目标8.7", {"sdg:8.7"}},
    {"目标5", {"sdg:5"}},
    {"指标16.2.2", {"sdg:16.2.2"}},
    {"可持续发展目标16", {"sdg:16"}},
    {"الغاية 8.7", {"sdg:8.7"}},
    {"الهدف 5", {"sdg:5"}},
    {"والغاية ٨٫٧ من", {"sdg:8.7"}},
    {"المؤشر 16.2.2", {"sdg:16.2.2"}},
};

const Case kLookAlikes[] = {
    {"target 8.11 of the framework", {}},
    {"Goal 18", {}},
    {"an increase of 8.7 per cent", {}},
    {"see Table 5.2 and section 16.2", {}},
    {"paragraph 16.2 and 8.7", {}},
    {"a target of 8.7 per cent", {}},
    {"a target 8.7 per cent higher", {}},
    {"Millennium Development Goal 5 on maternal health", {}},
    {"indicator 16.2 is not an indicator code", {}},
    {"indicator 16.2.9", {}},
    {"the 2030 target", {}},
    {"a target 2030", {}},
    {"goalkeeper 5", {}},
    {"targeted 5 States", {}},
    {"target 8.7.1.2 in a version number", {}},
};

INSTANTIATE_TEST_SUITE_P(English, SdgCodes, ::testing::ValuesIn(kEnglish));
INSTANTIATE_TEST_SUITE_P(OtherLanguages, SdgCodes, ::testing::ValuesIn(kOtherLanguages));
INSTANTIATE_TEST_SUITE_P(LookAlikes, SdgCodes, ::testing::ValuesIn(kLookAlikes));

TEST(SdgCodes, KindsFollowTheDepthOfTheCode) {
  static const Detector finders;
  const auto found = run_detector(finders, "SDG 5, target 8.7 and indicator 16.2.2");
  ASSERT_EQ(found.size(), 3u);
  EXPECT_EQ(found[0].kind, TargetKind::sdg_goal);
  EXPECT_EQ(found[1].kind, TargetKind::sdg_target);
  EXPECT_EQ(found[2].kind, TargetKind::sdg_indicator);
  EXPECT_EQ(found[1].surface, "target 8.7");
}

TEST(SdgCodes, OfficialFrameworkIsComplete) {
  EXPECT_TRUE(sdg_code_exists("sdg:17"));
  EXPECT_FALSE(sdg_code_exists("sdg:18"));
  EXPECT_TRUE(sdg_code_exists("sdg:8.7"));
  EXPECT_TRUE(sdg_code_exists("sdg:17.19"));
  EXPECT_FALSE(sdg_code_exists("sdg:8.11"));
  EXPECT_TRUE(sdg_code_exists("sdg:1.a.1"));
  EXPECT_FALSE(sdg_code_exists("8.7"));
  EXPECT_EQ(sdg_label("sdg:8.7"), "forced labour, trafficking, child labour");
}

}  // namespace
}  // namespace unxref
