// UN document symbols in running text, validated on the original case.
#include "resolution_support.hpp"

namespace {

using unxref::testing::resolution_mentions;
using unxref::testing::resolution_targets;
using unxref::testing::TargetCase;

class Symbols : public ::testing::TestWithParam<TargetCase> {};

TEST_P(Symbols, ExactTargets) {
  EXPECT_EQ(resolution_targets(GetParam().text), GetParam().targets) << GetParam().text;
}

INSTANTIATE_TEST_SUITE_P(
    Spellings, Symbols,
    ::testing::Values(
        TargetCase{"see A/RES/72/1.", "A/RES/72/1"}, TargetCase{"see A/Res/72/1 here", "A/RES/72/1"},
        TargetCase{"S/RES/2331 (2016), adopted", "S/RES/2331(2016)"},
        TargetCase{"S/RES/2331\n(2016)", "S/RES/2331(2016)"},
        TargetCase{"E/RES/2006/27", "E/RES/2006/27"}, TargetCase{"(A/HRC/RES/35/5)", "A/HRC/RES/35/5"},
        TargetCase{"draft A/72/L.1 was", "A/72/L.1"}, TargetCase{"S/PRST/2015/25;", "S/PRST/2015/25"},
        TargetCase{"report A/53/500/Add.1 and", "A/53/500/ADD.1"},
        TargetCase{"E/CN.15/2017/L.5", "E/CN.15/2017/L.5"},
        TargetCase{"CTOC/COP/2016/L.5", "CTOC/COP/2016/L.5"},
        TargetCase{"A/RES/57/270 B", "A/RES/57/270B"},
        TargetCase{"A/RES/2200 A (XXI)", "A/RES/2200(XXI)"},
        TargetCase{"A/RES/ES-11/1", "A/RES/ES-11/1"},
        TargetCase{"report (S/2019/179 (2019))", "S/2019/179"},
        TargetCase{"https://undocs.org/en/A/RES/70/1", "A/RES/70/1"},
        TargetCase{"statements (S/PRST/2013/3), 29 August 2014 (S/PRST/2014/18)",
                   "S/PRST/2013/3 S/PRST/2014/18"},
        TargetCase{"resolution A/RES/64/293", "A/RES/64/293"}), unxref::testing::target_case_name);

// Further parts of a document named by their suffix alone.
INSTANTIATE_TEST_SUITE_P(
    Suffixes, Symbols,
    ::testing::Values(TargetCase{"documents S/7611 and Add.1", "S/7611 S/7611/ADD.1"},
                      TargetCase{"documents S/26872 and Add.1.", "S/26872 S/26872/ADD.1"},
                      TargetCase{"A/53/500/Add.1 and Add.2", "A/53/500/ADD.1 A/53/500/ADD.2"},
                      TargetCase{"A/53/500, Add.1 and Corr.1", "A/53/500 A/53/500/ADD.1 A/53/500/CORR.1"},
                      TargetCase{"S/7611 and added that", "S/7611"}, TargetCase{"S/7611 and Add.1x", "S/7611"}), unxref::testing::target_case_name);

// After quotes, brackets and words of scripts written without spaces, and in
// full-width forms.
INSTANTIATE_TEST_SUITE_P(
    Scripts, Symbols,
    ::testing::Values(TargetCase{"“A/RES/72/1”", "A/RES/72/1"}, TargetCase{"«A/RES/72/1»", "A/RES/72/1"},
                      TargetCase{"见A/RES/72/1号文件", "A/RES/72/1"}, TargetCase{"（A/RES/72/1）", "A/RES/72/1"},
                      TargetCase{"الوثيقةA/RES/72/1", "A/RES/72/1"},
                      TargetCase{"Ａ／ＲＥＳ／７２／１", "A/RES/72/1"},
                      TargetCase{"见S／RES／2331（2016）号决议", "S/RES/2331(2016)"},
                      TargetCase{"Ａ/RES/72/1 “x”", "A/RES/72/1"},
                      TargetCase{"éA/RES/72/1", ""}, TargetCase{"ЖA/RES/72/1", ""}, TargetCase{"ａ／ｒｅｓ／７２／１", "A/RES/72/1"},
                      // Rooms, flats and paper sizes, in any script.
                      TargetCase{"编号S/2号楼", ""}, TargetCase{"E/1单元", ""}, TargetCase{"A/4纸", ""},
                      TargetCase{"room A/12", ""}, TargetCase{"document S/6121", "S/6121"}), unxref::testing::target_case_name);

TEST(SymbolFinder, FullWidthSpanIsTheOriginalBytes) {
  const std::string text = "见Ａ／ＲＥＳ／７２／１号";
  auto ms = resolution_mentions(text);
  ASSERT_EQ(ms.size(), 1u);
  EXPECT_EQ(ms[0].surface, "Ａ／ＲＥＳ／７２／１");
}

INSTANTIATE_TEST_SUITE_P(
    LookAlikes, Symbols,
    ::testing::Values(TargetCase{"HIV/AIDS", ""}, TargetCase{"and/or", ""}, TargetCase{"24/7", ""},
                      TargetCase{"A/RES/", ""},
                      TargetCase{"http://example.org/A/B", ""}, TargetCase{"PDA/S/12", ""},
                      TargetCase{"km/h", ""}, TargetCase{"A/B testing", ""},
                      TargetCase{"XA/RES/72/1", ""}, TargetCase{"S/ 2019", ""}), unxref::testing::target_case_name);

TEST(SymbolFinder, KindAndOriginalSpan) {
  const std::string text = "Recalling  S/RES/2331 (2016) and A/72/L.1.";
  auto ms = resolution_mentions(text);
  ASSERT_EQ(ms.size(), 2u);
  EXPECT_EQ(ms[0].kind, unxref::TargetKind::resolution);
  EXPECT_EQ(ms[0].surface, "S/RES/2331 (2016)");
  EXPECT_EQ(text.substr(ms[0].start, ms[0].end - ms[0].start), ms[0].surface);
  EXPECT_EQ(ms[1].kind, unxref::TargetKind::symbol);
  EXPECT_EQ(ms[1].surface, "A/72/L.1");
}

}  // namespace
