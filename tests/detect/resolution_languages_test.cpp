// The same targets from the other five UN official languages.
#include "resolution_support.hpp"

namespace {

using unxref::testing::resolution_targets;
using unxref::testing::TargetCase;

class OtherLanguages : public ::testing::TestWithParam<TargetCase> {};

TEST_P(OtherLanguages, ExactTargets) {
  EXPECT_EQ(resolution_targets(GetParam().text), GetParam().targets) << GetParam().text;
}

INSTANTIATE_TEST_SUITE_P(
    French, OtherLanguages,
    ::testing::Values(
        TargetCase{"la résolution 61/180 de l'Assemblée générale", "A/RES/61/180"},
        TargetCase{"Rappelant sa résolution 64/293 du 30 juillet 2010,", "A/RES/64/293"},
        TargetCase{"L’Assemblée générale,\n\nRappelant sa résolution 60/251 du 15 mars 2006, portant création du "
                   "Conseil des droits de l’homme, et sa résolution 65/281 du 17 juin 2011,",
                   "A/RES/60/251 A/RES/65/281"},
        TargetCase{"la résolution 2331 (2016) du Conseil de sécurité", "S/RES/2331(2016)"},
        TargetCase{"les résolutions 2331 (2016) et 2388 (2017)", "S/RES/2331(2016) S/RES/2388(2017)"},
        TargetCase{"la résolution 35/5 du Conseil des droits de l’homme", "A/HRC/RES/35/5"},
        TargetCase{"RÉSOLUTION 72/1", "A/RES/72/1"},
        TargetCase{"la re\xCC\x81solution 72/1", "A/RES/72/1"},  // decomposed é
        TargetCase{"la résolution du conflit", ""},
        TargetCase{"une résolution 5 fois", ""}), unxref::testing::target_case_name);

INSTANTIATE_TEST_SUITE_P(
    Spanish, OtherLanguages,
    ::testing::Values(
        TargetCase{"La Asamblea General,\n\nRecordando su resolución 60/251, de 15 de marzo de 2006, por la que "
                   "estableció el Consejo de Derechos Humanos, y su resolución 65/281, de 17 de junio de 2011,",
                   "A/RES/60/251 A/RES/65/281"},
        TargetCase{"la resolución 64/293 de la Asamblea General", "A/RES/64/293"},
        TargetCase{"las resoluciones 58/137, 59/156 y 61/144", "A/RES/58/137 A/RES/59/156 A/RES/61/144"},
        TargetCase{"resolución 2331 (2016) del Consejo de Seguridad", "S/RES/2331(2016)"},
        TargetCase{"la resolución 2006/27 del Consejo Económico y Social", "E/RES/2006/27"},
        TargetCase{"resolución 64/293, de 30 de julio de 2010", "A/RES/64/293"},
        TargetCase{"la resolución del conflicto", ""}), unxref::testing::target_case_name);

INSTANTIATE_TEST_SUITE_P(
    Russian, OtherLanguages,
    ::testing::Values(
        TargetCase{"резолюции Экономического и Социального Совета 2021/2 A от 14 сентября 2020 года и 2021/2 B от 21 июля "
                   "2021 года",
                   "E/RES/2021/2A E/RES/2021/2B"},
        TargetCase{"Генеральная Ассамблея,\n\nссылаясь на свою резолюцию 60/251 от 15 марта 2006 года, которой она "
                   "учредила Совет по правам человека, и свою резолюцию 65/281 от 17 июня 2011 года,",
                   "A/RES/60/251 A/RES/65/281"},
        TargetCase{"резолюция 2331 (2016)", "S/RES/2331(2016)"},
        TargetCase{"в резолюции 61/180 Генеральной Ассамблеи", "A/RES/61/180"},
        TargetCase{"своей резолюцией 64/293 от 30 июля 2010 года", "A/RES/64/293"},
        TargetCase{"резолюциях 2331 (2016) и 2388 (2017) Совета Безопасности",
                   "S/RES/2331(2016) S/RES/2388(2017)"},
        TargetCase{"резолюцию 35/5 Совета по правам человека", "A/HRC/RES/35/5"},
        TargetCase{"Резолюция 2006/27 Экономического и Социального Совета", "E/RES/2006/27"},
        TargetCase{"резолюция конфликта", ""}), unxref::testing::target_case_name);

INSTANTIATE_TEST_SUITE_P(
    Chinese, OtherLanguages,
    ::testing::Values(
        TargetCase{"大会第61/180号决议", "A/RES/61/180"},
        TargetCase{"安全理事会第2331(2016)号决议", "S/RES/2331(2016)"},
        TargetCase{"安全理事会第2331（2016）号决议", "S/RES/2331(2016)"},
        TargetCase{"回顾安理会第2331(2016)号和第2388(2017)号决议", "S/RES/2331(2016) S/RES/2388(2017)"},
        TargetCase{"大会第58/137、59/156和61/144号决议", "A/RES/58/137 A/RES/59/156 A/RES/61/144"},
        TargetCase{"人权理事会第35/5号决议", "A/HRC/RES/35/5"},
        TargetCase{"经济及社会理事会第2006/27号决议", "E/RES/2006/27"},
        TargetCase{"大会２００６年１２月２０日第６１／１８０号决议", "A/RES/61/180"},
        TargetCase{"这项决议很重要", ""}, TargetCase{"第5号决议草案", ""},
        // An organ inside "关于 … 的" is the resolution's subject, not its author.
        TargetCase{"大会，回顾其2006年3月15日关于设立人权理事会的第60/251号决议和2011年6月17日关于审查人权理事会的第65/281号决议",
                   "A/RES/60/251 A/RES/65/281"},
        TargetCase{"回顾人权理事会关于贩运人口问题的第44/4号决议", "A/HRC/RES/44/4"},
        TargetCase{"安全理事会关于儿童与武装冲突的第1612(2005)号决议", "S/RES/1612(2005)"}),
    unxref::testing::target_case_name);

INSTANTIATE_TEST_SUITE_P(
    Arabic, OtherLanguages,
    ::testing::Values(
        TargetCase{"القرار 61/180", "A/RES/61/180"},
        // "the Council", "the Assembly" after the cue: the short names.
        TargetCase{"الجمعية العامة،\nوإذ تحيط علما بالتقرير المقدم وفقا لقرار المجلس 47/22 المؤرخ 13 تموز/يوليه 2021،",
                   "A/HRC/RES/47/22"},
        TargetCase{"مجلس الأمن،\nوإذ يشير إلى قرار الجمعية 70/1 وإلى قرار المجلس 2331 (2016)،",
                   "A/RES/70/1 S/RES/2331(2016)"},
        TargetCase{"قرار المجلس الاقتصادي والاجتماعي 2006/27", "E/RES/2006/27"},
        // "قراره" (its, masculine): the Council named before, not the Assembly ("قرارها").
        TargetCase{"الجمعية العامة،\nوإذ تؤكد من جديد كل القرارات التي اتخذها مجلس حقوق الإنسان بشأن حق الإنسان في الحصول "
                   "على مياه الشرب المأمونة وفي خدمات الصرف الصحي، ومنها قراره 45/8 المؤرخ 6 تشرين الأول/أكتوبر 2020، وإلى "
                   "قرارها 64/292",
                   "A/HRC/RES/45/8 A/RES/64/292"},
        TargetCase{"قرار الجمعية العامة ٦١/١٨٠", "A/RES/61/180"},
        TargetCase{"قرار مجلس الأمن 2331 (2016)", "S/RES/2331(2016)"},
        TargetCase{"وقرار مجلس حقوق الإنسان ٣٥/٥", "A/HRC/RES/35/5"},
        TargetCase{"القرارات 58/137 و 59/156", "A/RES/58/137 A/RES/59/156"},
        TargetCase{"قرار المجلس الاقتصادي والاجتماعي 2006/27", "E/RES/2006/27"},
        // Lists: vowel marks written or not ("الأوّل"), a month pair without
        // its slash, a title led by "والمعنون", items after the Arabic semicolon.
        TargetCase{"بالقرارين 47/193 المؤرخ 22 كانون الأوّل/ديسمبر 1992 و 67/291 المؤرخ 24 تموز/يوليه 2013",
                   "A/RES/47/193 A/RES/67/291"},
        TargetCase{"وإذ تُشير إلى قرارها 60/45", "A/RES/60/45"},
        TargetCase{"قراراتها 56/19 المؤرخ 29 تشرين الثاني نوفمبر 2001 و 57/53 المؤرخ 22 تشرين الثاني/نوفمبر 2002",
                   "A/RES/56/19 A/RES/57/53"},
        TargetCase{"قراراتها 74/274 المؤرخ 20 نيسان/أبريل 2020 والمعنون ”التضامن العالمي“، و 74/306 المؤرخ 11 "
                   "أيلول/سبتمبر 2020", "A/RES/74/274 A/RES/74/306"},
        TargetCase{"القرارات 52/214؛ و 55/222", "A/RES/52/214 A/RES/55/222"},
        TargetCase{"اتخذ قرارا بشأن النزاع", ""}), unxref::testing::target_case_name);

}  // namespace
