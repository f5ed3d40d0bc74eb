// Long lists of resolutions as the six language versions of GA and SC texts
// write them: dates, footnote markers, titles and subjects between items,
// part letters in every script, Roman and special sessions, and organs that
// never leak from one citation to the one before it.
#include "resolution_support.hpp"

namespace {

using unxref::testing::resolution_targets;
using unxref::testing::TargetCase;

class ResolutionLists : public ::testing::TestWithParam<TargetCase> {};

TEST_P(ResolutionLists, ExactTargets) {
  EXPECT_EQ(resolution_targets(GetParam().text), GetParam().targets) << GetParam().text;
}

INSTANTIATE_TEST_SUITE_P(
    English, ResolutionLists,
    ::testing::Values(
        TargetCase{"The General Assembly,\nRecalling its resolutions 51/45 B of 10 December 1996, 52/38 N of 9 December "
                   "1997, 53/77 AA of 4 December 1998 and 74/48 of 12 December 2019,",
                   "A/RES/51/45B A/RES/52/38N A/RES/53/77AA A/RES/74/48"},
        // Footnote markers after each date, one glued to the year.
        TargetCase{"Human Rights Council resolutions 16/18 of 24 March 2011,1 19/25 of 23 March 2012,2 S-25/1 of 21 "
                   "October 2016,3 36/20 of 29 September 20174 and 39/15 of 28 September 2018,5",
                   "A/HRC/RES/16/18 A/HRC/RES/19/25 A/HRC/RES/S-25/1 A/HRC/RES/36/20 A/HRC/RES/39/15"},
        TargetCase{"Recalling its resolutions 74/306 of 11 September 2020, entitled “Comprehensive response”, 74/307 of 11 "
                   "September 2020, entitled “United response”, and 75/156",
                   "A/RES/74/306 A/RES/74/307 A/RES/75/156"},
        TargetCase{"its resolutions 71/205 on the situation of human rights and 72/190 on the same subject",
                   "A/RES/71/205 A/RES/72/190"},
        TargetCase{"resolutions 1874 (S-IV) of 27 June 1963, 3101 (XXVIII) of 11 December 1973 and 2252 (ES-V)",
                   "A/RES/1874(S-IV) A/RES/3101(XXVIII) A/RES/2252(ES-V)"},
        TargetCase{"resolution 161 A (1961)", "S/RES/161(1961)"} ,
        TargetCase{"its resolutions 36/87 A and B of 9 December 1981 and 51/211 A to E", "A/RES/36/87A A/RES/36/87B A/RES/51/211A A/RES/51/211E"},
        // An organ never leaks backwards to the citation before it.
        TargetCase{"as decided by its resolution 51/210 and Human Rights Council resolution 17/4",
                   "A/RES/51/210 A/HRC/RES/17/4"},
        TargetCase{"The General Assembly,\nRecalling its resolution 75/180 of 16 December 2020, Human Rights Council "
                   "resolution 47/9 of 12 July 2021",
                   "A/RES/75/180 A/HRC/RES/47/9"},
        // "its" is the organ acting in the sentence, when one is.
        TargetCase{"The General Assembly,\nthe recommendation made by the Human Rights Council in its resolution 14/7,",
                   "A/HRC/RES/14/7"},
        TargetCase{"The General Assembly,\nincluding most recently Council resolution 45/22 of 6 October 2020",
                   "A/HRC/RES/45/22"},
        // Sessions below the Assembly's 31st are the Human Rights Council's, once the text has named it.
        TargetCase{"The General Assembly,\nthe Human Rights Council on albinism,12 as well as resolutions 28/6 of 26 "
                   "March 201513 and 37/5 of 22 March 2018",
                   "A/HRC/RES/28/6 A/HRC/RES/37/5"},
        // A footnote marker glued to a number no Assembly session reaches.
        TargetCase{"submitted pursuant to resolutions 71/2058 and 72/190,9 and", "A/RES/71/205 A/RES/72/190"},
        // Semicolons between items that carry their own sections and paragraphs.
        TargetCase{"Resolutions 52/214, sect. C, para. 3; 55/222, sect. III, para. 12; 56/64 B, sect. X; 58/101 B, "
                   "sect. V, paras. 61–76; and 61/121 B",
                   "A/RES/52/214 A/RES/55/222 A/RES/56/64B A/RES/58/101B A/RES/61/121B"},
        // Lettered sections between items ("sect. B" is no roman numeral).
        TargetCase{"Resolutions 52/214, sect. B, 57/283 B, sect. III, and 58/250, sect. III",
                   "A/RES/52/214 A/RES/57/283B A/RES/58/250"},
        TargetCase{"résolutions 52/214, sect. B, et 58/250", "A/RES/52/214 A/RES/58/250"},
        TargetCase{"resoluciones 52/214, secc. B, y 58/250", "A/RES/52/214 A/RES/58/250"},
        TargetCase{"its resolution 60/251 of 15 March 2006, by which it established the Human Rights Council, and "
                   "65/281 of 17 June 2011",
                   "A/RES/60/251 A/RES/65/281"}), unxref::testing::target_case_name);

INSTANTIATE_TEST_SUITE_P(
    French, ResolutionLists,
    ::testing::Values(
        TargetCase{"Rappelant ses résolutions 51/45 B du 10 décembre 1996, 52/38 N du 9 décembre 1997 et 54/54 L du 1er "
                   "décembre 1999,",
                   "A/RES/51/45B A/RES/52/38N A/RES/54/54L"},
        TargetCase{"les résolutions du Conseil des droits de l’homme 35/17 du 22 juin 20171, 36/5 du 28 septembre 20172 et "
                   "41/7 du 11 juillet 2019",
                   "A/HRC/RES/35/17 A/HRC/RES/36/5 A/HRC/RES/41/7"},
        TargetCase{"ses résolutions 74/306 du 11 septembre 2020, intitulée « Riposte globale », 75/156 du 16 décembre 2020",
                   "A/RES/74/306 A/RES/75/156"},
        // "ses" after a clause ending on "Conseil," is the Assembly's own, not the Council's.
        TargetCase{"L’Assemblée générale,\nconsacrée à l’examen de la question du Conseil,\nRappelant également ses "
                   "résolutions 62/219 du 22 décembre 2007, 63/160 du 18 décembre 2008",
                   "A/RES/62/219 A/RES/63/160"},
        TargetCase{"mandatée par le Conseil des droits de l’homme dans sa résolution 45/25,", "A/HRC/RES/45/25"},
        // A no-break hyphen in a special session.
        TargetCase{"les résolutions du Conseil des droits de l’homme S‑19/1 du 1er juin 2012 et 20/22",
                   "A/HRC/RES/S-19/1 A/HRC/RES/20/22"},
        // "de l’" elided before the organ; the World Health Assembly is not the Assembly.
        TargetCase{"conformément à la résolution de l’Assemblée générale 68/186 et à la résolution de l'Assemblée 69/196",
                   "A/RES/68/186 A/RES/69/196"},
        TargetCase{"la résolution de l’Assemblée mondiale de la Santé 72/1", ""}), unxref::testing::target_case_name);

INSTANTIATE_TEST_SUITE_P(
    Spanish, ResolutionLists,
    ::testing::Values(
        TargetCase{"sus resoluciones 57/80, de 22 de noviembre de 2002, 58/57, de 8 de diciembre de 2003, y 59/81, de 3 "
                   "de diciembre de 2004,",
                   "A/RES/57/80 A/RES/58/57 A/RES/59/81"},
        TargetCase{"resoluciones 36/117 A, de 10 de diciembre de 1981, 51/211 A a E, de 18 de diciembre de 1996, 52/214",
                   "A/RES/36/117A A/RES/51/211A A/RES/51/211E A/RES/52/214"},
        TargetCase{"Resoluciones 52/214, secc. C, párr. 3; 58/101 B, secc. V, párrs. 61 a 76; y 61/121 B, secc. IV",
                   "A/RES/52/214 A/RES/58/101B A/RES/61/121B"},
        // Two organs before the numbers; the forms tell whose each is.
        TargetCase{"las resoluciones de la Asamblea General y del Consejo de Seguridad 60/180 y 1645 (2005), de 20 de "
                   "diciembre de 2005",
                   "A/RES/60/180 S/RES/1645(2005)"},
        TargetCase{"Recordamos las resoluciones del Consejo de Derechos Humanos 43/1, de 19 de junio de 20207, y 47/21",
                   "A/HRC/RES/43/1 A/HRC/RES/47/21"},
        // "la Asamblea" alone is the General Assembly; the World Health
        // Assembly is not.
        TargetCase{"por aplicar las resoluciones de la Asamblea 68/186, de 18 de diciembre de 2013, 69/196 y 73/130",
                   "A/RES/68/186 A/RES/69/196 A/RES/73/130"},
        TargetCase{"la resolución de la Asamblea Mundial de la Salud 72/1", ""}), unxref::testing::target_case_name);

INSTANTIATE_TEST_SUITE_P(
    Russian, ResolutionLists,
    ::testing::Values(
        TargetCase{"ссылаясь на свои резолюции 74/270 от 2 апреля 2020 года, 74/274 от 20 апреля 2020 года и 74/306 и "
                   "74/307 от 11 сентября 2020 года,",
                   "A/RES/74/270 A/RES/74/274 A/RES/74/306 A/RES/74/307"},
        TargetCase{"резолюциях Совета Безопасности 2199 (2015) от 12 февраля 2015 года и 2347 (2017) от 24 марта 2017 года",
                   "S/RES/2199(2015) S/RES/2347(2017)"},
        TargetCase{"ссылаясь на свои резолюции 2252 (ES-V) от 4 июля 1967 года и 2341 B (XXII) от 19 декабря 1967 года",
                   "A/RES/2252(ES-V) A/RES/2341(XXII)"},
        // Part letters in Cyrillic: "В" is B; the preposition "с" is no part.
        TargetCase{"резолюции 65/37 В от 4 апреля 2011 года", "A/RES/65/37B"},
        TargetCase{"резолюции 61/180 с удовлетворением", "A/RES/61/180"},
        // Bare Security Council numbers take their year from the Council's numbering.
        TargetCase{"ссылаясь на резолюции 1325 и 2250 Совета Безопасности", "S/RES/1325(2000) S/RES/2250(2015)"},
        // Footnote markers glued to "года", a comma dropped after a full date.
        TargetCase{"резолюции Совета по правам человека 35/17 от 22 июня 2017 года1, 36/5 от 28 сентября 2017 года2 и "
                   "41/7 от 11 июля 2019 года3",
                   "A/HRC/RES/35/17 A/HRC/RES/36/5 A/HRC/RES/41/7"},
        TargetCase{"свои резолюции 69/43 от 2 декабря 2014 года 70/56 от 7 декабря 2015 года", "A/RES/69/43 A/RES/70/56"},
        // A title in guillemets right after each number, with no "entitled".
        TargetCase{"ссылаясь на свои резолюции 74/270 «Глобальная солидарность в борьбе с COVID-19» от 2 апреля 2020 "
                   "года, 74/274 «Международное сотрудничество» от 20 апреля 2020 года и 74/306",
                   "A/RES/74/270 A/RES/74/274 A/RES/74/306"},
        // A range of parts written with a non-breaking hyphen ("A‑E", U+2011).
        TargetCase{"ссылаясь на свои резолюции 51/211 A\u2011E от 18 декабря 1996 года, 52/214 от 22 декабря 1997 года",
                   "A/RES/51/211A A/RES/51/211E A/RES/52/214"},
        // "относительно" (regarding) introduces a subject as "о" does.
        TargetCase{"ссылаясь на свои резолюции 63/71 от 2 декабря 2008 года относительно Конвенции по кассетным боеприпасам "
                   "и 70/54 от 7 декабря 2015 года, 71/45 от 5 декабря 2016 года",
                   "A/RES/63/71 A/RES/70/54 A/RES/71/45"},
        // "его" (its, of a masculine organ) is never the Assembly's own "свою".
        TargetCase{"Генеральная Ассамблея,\nприветствуя работу Совета по правам человека по праву на воду, в частности его "
                   "резолюцию 45/8 от 6 октября 2020 года",
                   "A/HRC/RES/45/8"}), unxref::testing::target_case_name);

INSTANTIATE_TEST_SUITE_P(
    Chinese, ResolutionLists,
    ::testing::Values(
        TargetCase{"回顾其1996年12月10日第51/45 B号、1997年12月9日第52/38 N号和1998年12月4日第53/77 Q号决议",
                   "A/RES/51/45B A/RES/52/38N A/RES/53/77Q"},
        TargetCase{"安全理事会2006年4月27日第1673(2006)号、2016年12月15日第2325(2016)号和2021年4月22日第2572(2021)号决议",
                   "S/RES/1673(2006) S/RES/2325(2016) S/RES/2572(2021)"},
        // A comma typed for 、 between two items is still the list.
        TargetCase{"重申其第1265(1999)、1296(2000)，2370(2017)和2544(2020)号决议",
                   "S/RES/1265(1999) S/RES/1296(2000) S/RES/2370(2017) S/RES/2544(2020)"},
        TargetCase{"回顾其关于也门的第2014(2011)、2051(2012)、2140(2014)和2216(2015)号决议",
                   "S/RES/2014(2011) S/RES/2051(2012) S/RES/2140(2014) S/RES/2216(2015)"},
        // Footnote markers between items, a special session without 第.
        TargetCase{"人权理事会2012年3月23日第19/22号、7 2012年6月1日S-19/1号、8 2012年7月6日第20/22号决议",
                   "A/HRC/RES/19/22 A/HRC/RES/S-19/1 A/HRC/RES/20/22"},
        TargetCase{"重申大会1963年6月27日第1874(S-IV)号、1973年12月11日第3101(XXVIII)号和2000年12月23日第55/235号决议",
                   "A/RES/1874(S-IV) A/RES/3101(XXVIII) A/RES/55/235"},
        // Parts, a range of parts, a marker after 号.
        TargetCase{"特别是1999年10月29日第54/16号、2002年12月20日第57/284 A和B号决议", "A/RES/54/16 A/RES/57/284A A/RES/57/284B"},
        TargetCase{"2001年12月24日第56/253号和2020年12月31日第75/254 A至C号决议", "A/RES/56/253 A/RES/75/254A A/RES/75/254C"},
        TargetCase{"人权理事会2019年7月11日第41/7号3 和2021年7月12日第47/12号决议", "A/HRC/RES/41/7 A/HRC/RES/47/12"},
        TargetCase{"包括最近理事会2020年10月6日第45/22号决议", "A/HRC/RES/45/22"},
        // One organ's resolutions in several lists, each opened by its subject.
        TargetCase{"大会，\n回顾人权理事会关于意见和表达自由的2012年9月27日第21/12号、7 2018年9月27日第39/6号决议，10 "
                   "关于记者安全的2020年10月6日第45/18号决议、11 关于数字时代的隐私权的2017年3月23日第34/7号14 "
                   "和2021年10月7日第48/4号决议、15 安全理事会2000年10月31日第1325 (2000)号决议，以及大会第70/1号决议，",
                   "A/HRC/RES/21/12 A/HRC/RES/39/6 A/HRC/RES/45/18 A/HRC/RES/34/7 A/HRC/RES/48/4 S/RES/1325(2000) "
                   "A/RES/70/1"},
        // A list after the Council's, with no subject of its own, stays the text's.
        TargetCase{"大会，\n回顾安全理事会第2331(2016)号决议，并回顾其第72/1号决议，", "S/RES/2331(2016) A/RES/72/1"},
        // "其" (its) repeated after a separator, and a subject or a title
        // ("关于…的", "题为“…”的") before the next item.
        TargetCase{"回顾其2005年12月16日第60/147号、其2006年12月19日第61/143号、2007年12月18日第62/133号决议",
                   "A/RES/60/147 A/RES/61/143 A/RES/62/133"},
        TargetCase{"回顾其关于《集束弹药公约》的2008年12月2日第63/71号和关于《公约》执行情况的2015年12月7日第70/54号、"
                   "2016年12月5日第71/45号决议",
                   "A/RES/63/71 A/RES/70/54 A/RES/71/45"},
        TargetCase{"回顾2011年12月22日第66/208号、题为“我们希望的未来”的2012年7月27日第66/288号以及关于文化与可持续发展的"
                   "2013年12月20日第68/223号决议",
                   "A/RES/66/208 A/RES/66/288 A/RES/68/223"},
        // The last item's 号 left out: "第2286(2016)决议".
        TargetCase{"回顾安全理事会关于保护人道主义人员的各项决议，包括2014年8月29日第2175(2014)号和2016年5月3日第2286(2016)决议",
                   "S/RES/2175(2014) S/RES/2286(2016)"}),
    unxref::testing::target_case_name);

INSTANTIATE_TEST_SUITE_P(
    Arabic, ResolutionLists,
    ::testing::Values(
        TargetCase{"وإذ تشير إلى قراراتها 51/45 باء المؤرخ 10 كانون الأول/ديسمبر 1996 و 52/38 نون المؤرخ 9 كانون "
                   "الأول/ديسمبر 1997 و 53/77 ألف ألف المؤرخ 4 كانون الأول/ديسمبر 1998",
                   "A/RES/51/45B A/RES/52/38N A/RES/53/77AA"},
        TargetCase{"وإذ تشير إلى قراريها 36/87 ألف وباء", "A/RES/36/87A A/RES/36/87B"},
        // Sessions: "د-15" is the fifteenth, "دإ-4" the fourth special, "دإط-5" the fifth emergency special.
        TargetCase{"وإذ تشير إلى قرارها 1514 (د-15) المؤرخ 14 كانون الأول/ديسمبر 1960", "A/RES/1514(XV)"},
        TargetCase{"قراراتها 1874 (دإ-4) المؤرخ 27 حزيران/يونيه 1963 و 2252 (دإط-5)", "A/RES/1874(S-IV) A/RES/2252(ES-V)"},
        TargetCase{"القرار دإ-27/2، المرفق", "A/RES/S-27/2"},
        // Footnote markers in parentheses after the dates, a spaced month.
        TargetCase{"قرارات مجلس حقوق الإنسان 28/20 المؤرخ 27 آذار/مارس 2015(18) و 29/16 المؤرخ 2 تموز/ يوليه 2015(19) و "
                   "30/10 المؤرخ 1 تشرين الأول/أكتوبر 2015(20)",
                   "A/HRC/RES/28/20 A/HRC/RES/29/16 A/HRC/RES/30/10"},
        // Elongation (tatweel) inside words.
        TargetCase{"وإذ تشـــير إلى قــراراتها 71/297 المـــؤرخ 30 حزيران/يونيه 2017 و 75/321", "A/RES/71/297 A/RES/75/321"},
        // "and" glued to a special session; a title in Arabic quotes between items.
        TargetCase{"قرارات مجلس حقوق الإنسان 33/23 المؤرخ 30 أيلول/سبتمبر 2016(23) ودإ-25/1 المؤرخ 21 تشرين "
                   "الأول/أكتوبر 2016(24) و 34/26",
                   "A/HRC/RES/33/23 A/HRC/RES/S-25/1 A/HRC/RES/34/26"},
        TargetCase{"وإذ تشير إلى قراريها 74/306 المؤرخ 11 أيلول/سبتمبر 2020، المعنون ”اتخاذ تدابير“، و 74/307",
                   "A/RES/74/306 A/RES/74/307"},
        // Sections between items, lettered ("الجزء باء") or numbered in words
        // ("الجزء الثالث"), paragraphs from one to another.
        TargetCase{"القرارات 52/214، الجزء باء، و 57/283 باء، الجزء الثالث، و 58/250، الجزء الثالث.",
                   "A/RES/52/214 A/RES/57/283B A/RES/58/250"},
        TargetCase{"القرارات 52/214، الجزء جيم، الفقرة 3؛ و 55/222، الجزء الثالث، الفقرة 12؛ و 56/64 باء، الجزء "
                   "العاشر؛ و 58/101 باء، الجزء الخامس، الفقرات من 61 إلى 76؛ و 59/126 باء",
                   "A/RES/52/214 A/RES/55/222 A/RES/56/64B A/RES/58/101B A/RES/59/126B"},
        // A relative clause between items ("by which it established the Council").
        TargetCase{"وإذ تشير إلى قرارها 60/251 المؤرخ 15 آذار/مارس 2006، الذي أنشأت بموجبه مجلس حقوق الإنسان، و 65/281 "
                   "المؤرخ 17 حزيران/يونيه 2011",
                   "A/RES/60/251 A/RES/65/281"},
        TargetCase{"وإذ تشير إلى قرارها 64/292 المؤرخ 28 تموز/يوليه 2010، التي اعترفت فيه بالحق في المياه، و 74/141 "
                   "المؤرخ 18 كانون الأول/ديسمبر 2019",
                   "A/RES/64/292 A/RES/74/141"},
        // A relative clause straight after the date, as long as an English one
        // in characters (twice as many bytes).
        TargetCase{"وإذ تشير إلى قراريها 64/292 المؤرخ 28 تموز/يوليه 2010 الذي سلّمت فيه بالحق في الحصول على مياه الشرب "
                   "المأمونة والنقية وخدمات الصرف الصحي باعتبار ذلك حقا إنسانيا ضروريا للتمتع الكامل بالحياة وبجميع حقوق "
                   "الإنسان، و 74/141 المؤرخ 18 كانون الأول/ديسمبر 2019",
                   "A/RES/64/292 A/RES/74/141"},
        // An Arabic comma before the date, as a Spanish text writes ", de".
        TargetCase{"وكذلك قراري الجمعية العامة 67/290، المؤرخ 9 تموز/يوليه 2013 و 70/299، المؤرخ 29 تموز/يوليه 2016؛",
                   "A/RES/67/290 A/RES/70/299"},
        // Two paragraphs in the dual ("الفقرتان 7 و 8") between items.
        TargetCase{"وإذ تشير إلى قراراتها 70/116، الفقرة 4، و 71/139، الفقرة 7، و 72/115 الفقرتان 7 و 8 و 73/201، الفقرة 7.",
                   "A/RES/70/116 A/RES/71/139 A/RES/72/115 A/RES/73/201"},
        // "and to the resolution": و + لل glued to the cue.
        TargetCase{"وفقا لبرنامج العمل المتعلق بالأسلحة الصغيرة وللقرار 2220 (2015)؛", "S/RES/2220(2015)"}),
    unxref::testing::target_case_name);

}  // namespace
