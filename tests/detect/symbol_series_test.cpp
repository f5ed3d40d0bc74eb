// Symbols of every series UN texts cite (data/symbol-series.tsv), parts,
// sections and volumes of a document, joint symbols, lower case and breaks,
// as the six language versions of the same resolutions write them.
#include "resolution_support.hpp"

namespace {

using unxref::testing::resolution_targets;
using unxref::testing::TargetCase;

class SymbolSeries : public ::testing::TestWithParam<TargetCase> {};

TEST_P(SymbolSeries, ExactTargets) {
  EXPECT_EQ(resolution_targets(GetParam().text), GetParam().targets) << GetParam().text;
}

INSTANTIATE_TEST_SUITE_P(
    BodiesOutsideTheMainOrgans, SymbolSeries,
    ::testing::Values(
        TargetCase{"See FCCC/CP/2015/10/Add.1, decision 1/CP.21, annex.", "FCCC/CP/2015/10/ADD.1"},
        TargetCase{"UNEP/EA.5/Res.14.", "UNEP/EA.5/RES.14"}, TargetCase{"UNEP/EA.3/HLS.1.", "UNEP/EA.3/HLS.1"},
        TargetCase{"document CBD/COP/15/17, decision 15/4", "CBD/COP/15/17"},
        TargetCase{"ICCD/COP(13)/21/Add.1", "ICCD/COP(13)/21/ADD.1"}, TargetCase{"see JIU/REP/2022/1.", "JIU/REP/2022/1"},
        TargetCase{"TD/B/EFD/6/3", "TD/B/EFD/6/3"}, TargetCase{"See ISBA/26/A/19.", "ISBA/26/A/19"},
        TargetCase{"See CD/1999 and CD/2067.", "CD/1999 CD/2067"}, TargetCase{"CLCS/11/Add.1", "CLCS/11/ADD.1"},
        TargetCase{"BWC/CONF.VIII/4 and BWC/CONF.VIII/4/Corr.1.", "BWC/CONF.VIII/4 BWC/CONF.VIII/4/CORR.1"},
        TargetCase{"ST/SGB/2013/4/Amend.1", "ST/SGB/2013/4/AMEND.1"}, TargetCase{"See GC.18/INF/4.", "GC.18/INF/4"},
        TargetCase{"UNEP(DTIE)/Hg/CONF/4, annex II", "UNEP(DTIE)/HG/CONF/4"},
        TargetCase{"A/CONF.192/2018/RC/3.", "A/CONF.192/2018/RC/3"},
        TargetCase{"CED/C/7", "CED/C/7"}, TargetCase{"A/HRC/WGEID/98/2", "A/HRC/WGEID/98/2"},
        // Country codes in UPR symbols are part of the symbol.
        TargetCase{"the report A/HRC/WG.6/17/MEX/2 and", "A/HRC/WG.6/17/MEX/2"},
        // A space the PDF put inside the symbol before the country code.
        TargetCase{"(A/HRC/WG.6/4/ MYS/2)", "A/HRC/WG.6/4/MYS/2"},
        // A resolution written with its session's document symbol.
        TargetCase{"General Assembly resolution A/62/149 on a moratorium", "A/RES/62/149"},
        TargetCase{"Human Rights Council resolution A/HRC/7/8", "A/HRC/RES/7/8"},
        TargetCase{"the report A/62/149 of the Secretary-General", "A/62/149"}), unxref::testing::target_case_name);

INSTANTIATE_TEST_SUITE_P(
    PartsSectionsVolumes, SymbolSeries,
    ::testing::Values(
        TargetCase{"A/CONF.157/24 (Part I), chap. III.", "A/CONF.157/24(PARTI)"},
        TargetCase{"A/79/6 (Sect. 8), A/79/6 (Sect. 29A)/Corr.1", "A/79/6(SECT.8) A/79/6(SECT.29A)/CORR.1"},
        TargetCase{"Final Document, vol. I (NPT/CONF.2010/50 (Vol. I)), part I", "NPT/CONF.2010/50(VOL.I)"},
        TargetCase{"NPT/CONF.2000/28 (Parts I and II)/Corr.1", "NPT/CONF.2000/28(PARTSIANDII)/CORR.1"},
        // The same part written in Spanish, Chinese and with a no-break space.
        TargetCase{"NPT/CONF.2000/28 (Parts I-II)", "NPT/CONF.2000/28(PARTSIANDII)"},
        TargetCase{"NPT/CONF.2000/28 (Parts I y II)", "NPT/CONF.2000/28(PARTSIANDII)"},
        TargetCase{"《最后文件》(NPT/CONF.2000/28 (Parts I和II))", "NPT/CONF.2000/28(PARTSIANDII)"},
        TargetCase{"NPT/CONF.2000/28 (Parts\u00a0I and II)", "NPT/CONF.2000/28(PARTSIANDII)"},
        TargetCase{"المجلد الأول (A/76/5 (Vol. I))", "A/76/5(VOL.I)"},
        TargetCase{"т. I [NPT/CONF.2010/50 (Vol. I)], часть I", "NPT/CONF.2010/50(VOL.I)"},
        // Only the Council's resolutions carry a year; a year after another symbol is none of it.
        TargetCase{"report (S/2019/179 (2019))", "S/2019/179"}), unxref::testing::target_case_name);

INSTANTIATE_TEST_SUITE_P(
    JointSymbols, SymbolSeries,
    ::testing::Values(TargetCase{"A/51/889-S/1997/357, annex.", "A/51/889 S/1997/357"},
                      TargetCase{"Voir A/70/95‑S/2015/446.", "A/70/95 S/2015/446"},  // no-break hyphen
                      TargetCase{"A/76/75/Add.1-E/2021/57/Add.1", "A/76/75/ADD.1 E/2021/57/ADD.1"},
                      TargetCase{"见A/76/668-S/2022/66和A/76/668-S/2022/66/Corr.1。",
                                 "A/76/668 S/2022/66 A/76/668 S/2022/66/CORR.1"}), unxref::testing::target_case_name);

INSTANTIATE_TEST_SUITE_P(
    CaseAndDamage, SymbolSeries,
    ::testing::Values(TargetCase{"see s/1994/565 and a/64/l.72.", "S/1994/565 A/64/L.72"},
                      TargetCase{"a/2 and e/3/4 are not symbols", ""},
                      TargetCase{"A/RES/72/\n1 was adopted", "A/RES/72/1"},
                      // A Council resolution written as a symbol without its year.
                      TargetCase{"S/RES/1441 and S/RES/2331 (2016)", "S/RES/1441(2002) S/RES/2331(2016)"},
                      TargetCase{"S/RES/2790", "S/RES/2790"},  // beyond data/sc-resolution-years.tsv
                      TargetCase{"UNDP/UNICEF/WHO", ""}, TargetCase{"CD/DVD", ""}), unxref::testing::target_case_name);

}  // namespace
