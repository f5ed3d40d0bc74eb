// Source units as real documents write them: UPR lists numbered "115.2" or
// "1." under a numbered lead-in, lettered sub-items, items cut by page breaks
// or joined by extraction, headings in six languages, resolutions as sources.
#include <gtest/gtest.h>

#include "support/paths.hpp"
#include "test_util.hpp"
#include "unxref/extract/extract.hpp"
#include "unxref/uptake/uptake.hpp"

namespace unxref::uptake {
namespace {

using testing::block;
using testing::document;

std::vector<std::string> labelled(const std::vector<Recommendation>& recs) {
  std::vector<std::string> out;
  for (const auto& r : recs) out.push_back(r.label + "|" + r.text);
  return out;
}

struct Case {
  const char* name;
  std::vector<Block> blocks;
  std::vector<std::string> want;  // label|text
};

class SegmentSource : public ::testing::TestWithParam<Case> {};

TEST_P(SegmentSource, Table) { EXPECT_EQ(labelled(segment_recommendations(document(GetParam().blocks), "s")), GetParam().want); }

INSTANTIATE_TEST_SUITE_P(
    Cases, SegmentSource,
    ::testing::Values(
        Case{"UprMultiLevelListJoinedInOneBlock",
             {block(Role::body, "Italy congratulated the State and recommended that it ratify the Convention."),
              block(Role::heading, "II. Conclusions and/or recommendations"),
              block(Role::body, "120. The following recommendations will be examined by the State: 120.1 Ratify the "
                                "Convention (Chile); 120.2 Adopt a national action plan (Peru);"),
              block(Role::body, "120.3 Strengthen the independence of the national"),
              block(Role::body, "human rights institution (Ghana)."),
              block(Role::body, "121. All conclusions and/or recommendations contained in the present report reflect "
                                "the position of the submitting State(s).")},
             {"120.1|Ratify the Convention (Chile);", "120.2|Adopt a national action plan (Peru);",
              "120.3|Strengthen the independence of the national human rights institution (Ghana)."}},
        Case{"OlderUprListRestartsAtOneWithLetteredItems",
             {block(Role::heading, "II. CONCLUSIONS AND/OR RECOMMENDATIONS"),
              block(Role::list_item, "52. In the course of the discussion, the following recommendations were made:"),
              block(Role::list_item, "1. To continue protecting vulnerable groups (Philippines);"),
              block(Role::heading, "2. To consider applying the Yogyakarta Principles on the Application of"),
              block(Role::body, "International Human Rights Law (Slovenia);"),
              block(Role::list_item, "3. (a) To investigate all reports of torture (Denmark);"),
              block(Role::list_item, "(b) To cooperate with the Committee against Torture (Denmark);"),
              block(Role::list_item, "53. The response of the State will be included in the outcome report.")},
             {"1|To continue protecting vulnerable groups (Philippines);",
              "2|To consider applying the Yogyakarta Principles on the Application of International Human Rights Law "
              "(Slovenia);",
              "3 (a)|To investigate all reports of torture (Denmark);",
              "3 (b)|To cooperate with the Committee against Torture (Denmark);"}},
        Case{"ContentsLineIsNoSectionHeading",
             {block(Role::body, "Recommendations ........................ 40"),
              block(Role::heading, "Introduction", 1),
              block(Role::body, "The study covers six years. Future research should map the arrests.")},
             {"|Future research should map the arrests."}},
        Case{"SpanishHeadingAndNumberedParagraphs",
             {block(Role::heading, "Recomendaciones", 1), block(Role::body, "1. Ratificar el Protocolo sin demora."),
              block(Role::body, "2. Financiar refugios para las víctimas.")},
             {"1|Ratificar el Protocolo sin demora.", "2|Financiar refugios para las víctimas."}},
        Case{"RussianHeading",
             {block(Role::heading, "Выводы и/или рекомендации", 1),
              block(Role::list_item, "Ратифицировать Протокол без промедления.")},
             {"|Ратифицировать Протокол без промедления."}},
        Case{"ResolutionAsSourceGivesItsOperativeParagraphs",
             {block(Role::body, "The Security Council,"), block(Role::body, "Recalling its resolution 2561 (2021),"),
              block(Role::body, "1. Requests the Secretary-General to report by July;"),
              block(Role::body, "2. Calls upon the parties to: (a) engage the Technical Committees;"),
              block(Role::body, "3. Decides to remain seized of the matter.")},
             {"1|Requests the Secretary-General to report by July;", "2|Calls upon the parties to:",
              "2 (a)|engage the Technical Committees;", "3|Decides to remain seized of the matter."}}),
    [](const ::testing::TestParamInfo<Case>& info) { return std::string(info.param.name); });

// The real extraction path on a real UPR report: every recommendation of
// "Conclusions and/or recommendations" found whole, item by item, numbered as
// the report numbers it, and nothing from the interactive dialogue.
TEST(SegmentSourceUpr, France2013ItemByItem) {
  UNXREF_REQUIRE_SHARED();
  const auto file = unxref::testing::shared_dir() / "pdfs" / "upr" / "france2013.pdf";
  if (!std::filesystem::exists(file)) GTEST_SKIP() << file << " absent";
  const auto recs = segment_recommendations(extract_file(file), "france2013.pdf");
  ASSERT_EQ(recs.size(), 165u);
  for (std::size_t i = 0; i < recs.size(); ++i) {
    EXPECT_EQ(recs[i].label, "120." + std::to_string(i + 1));
    // Each item ends with the State that made it: "(Chile);", "(Ghana)."
    const std::string& t = recs[i].text;
    EXPECT_TRUE(t.ends_with(")") || t.ends_with(");") || t.ends_with(").")) << recs[i].label << ": " << t;
    EXPECT_EQ(t.find("congratulated"), std::string::npos) << recs[i].label;
  }
}

}  // namespace
}  // namespace unxref::uptake
