// English prose citations of resolutions: organs, number forms, lists,
// and the look-alikes that must stay silent.
#include "resolution_support.hpp"

namespace {

using unxref::testing::resolution_targets;
using unxref::testing::TargetCase;

class EnglishResolutions : public ::testing::TestWithParam<TargetCase> {};

TEST_P(EnglishResolutions, ExactTargets) {
  EXPECT_EQ(resolution_targets(GetParam().text), GetParam().targets) << GetParam().text;
}

INSTANTIATE_TEST_SUITE_P(
    Organs, EnglishResolutions,
    ::testing::Values(
        TargetCase{"General Assembly resolution 61/180 on trafficking.", "A/RES/61/180"},
        TargetCase{"Recalling its resolution 64/293 of 30 July 2010,", "A/RES/64/293"},
        TargetCase{"ECOSOC Resolution 2006/27, op. 16", "E/RES/2006/27"},
        TargetCase{"Economic and Social Council resolution 2006/27", "E/RES/2006/27"},
        TargetCase{"in resolution 2006/27 the Council", "E/RES/2006/27"},
        TargetCase{"Security Council resolution 2331 (2016) on trafficking", "S/RES/2331(2016)"},
        TargetCase{"Human Rights Council resolution 35/5 on trafficking", "A/HRC/RES/35/5"},
        TargetCase{"the Human Rights Council, in its resolution 32/3, decided", "A/HRC/RES/32/3"},
        // "and its": the text's own organ again, not the Council just named.
        TargetCase{"The General Assembly,\n\nRecalling its resolution 60/251 of 15 March 2006 establishing the Human "
                   "Rights Council, and its resolution 65/281 of 17 June 2011,",
                   "A/RES/60/251 A/RES/65/281"},
        TargetCase{"resolution 35/5 of the Human Rights Council", "A/HRC/RES/35/5"},
        TargetCase{"resolution 61/180 of the General Assembly", "A/RES/61/180"},
        TargetCase{"the Security Council's resolution 1325 (2000)", "S/RES/1325(2000)"},
        TargetCase{"Commission on Human Rights resolution 2004/110", "E/CN.4/RES/2004/110"},
        TargetCase{"The Security Council,\n\nRecalling its resolution 2388 (2017),", "S/RES/2388(2017)"},
        TargetCase{"The Human Rights Council,\n\nRecalling its resolution 26/8,", "A/HRC/RES/26/8"},
        TargetCase{"The Human Rights Council,\n\nRecalling General Assembly resolution 70/1,", "A/RES/70/1"},
        TargetCase{"resolution 72/1 was adopted", "A/RES/72/1"},
        TargetCase{"RESOLUTION 72/1", "A/RES/72/1"},
        TargetCase{"Conference of the Parties resolution 5/1 on the review", ""},
        TargetCase{"in its resolution 8/1, the Conference of the Parties decided", ""},
        TargetCase{"World Health Assembly resolution 65/1", ""}), unxref::testing::target_case_name);

INSTANTIATE_TEST_SUITE_P(
    Forms, EnglishResolutions,
    ::testing::Values(
        TargetCase{"resolution 57/270 B on integrated follow-up", "A/RES/57/270B"},
        TargetCase{"resolutions 60/147 A and B", "A/RES/60/147A A/RES/60/147B"},
        TargetCase{"resolutions 57/270 A and B of 20 December 2002", "A/RES/57/270A A/RES/57/270B"},
        TargetCase{"resolutions 57/270 A, B and C", "A/RES/57/270A A/RES/57/270B A/RES/57/270C"},
        TargetCase{"resolution 57/270 B and a new plan", "A/RES/57/270B"},
        TargetCase{"resolution 2200 A (XXI) of 16 December 1966", "A/RES/2200(XXI)"},
        TargetCase{"resolution 217 A (III)", "A/RES/217(III)"},
        TargetCase{"General Assembly resolution 3314 (XXIX)", "A/RES/3314(XXIX)"},
        TargetCase{"resolution ES-11/1 on aggression", "A/RES/ES-11/1"},
        TargetCase{"resolution ES-10/19", "A/RES/ES-10/19"},
        TargetCase{"Security Council resolution 661\n(1990)", "S/RES/661(1990)"},
        TargetCase{"resolution 2331(2016)", "S/RES/2331(2016)"},
        TargetCase{"resolution 61/180 a new beginning", "A/RES/61/180"},
        TargetCase{"res. 61/180", "A/RES/61/180"},
        TargetCase{"resolution No. 2331 (2016)", "S/RES/2331(2016)"},
        TargetCase{"(resolution 70/1).", "A/RES/70/1"},
        TargetCase{"“resolution 70/1”", "A/RES/70/1"},
        TargetCase{"resolution 1 (1946)", "S/RES/1(1946)"}), unxref::testing::target_case_name);

INSTANTIATE_TEST_SUITE_P(
    Lists, EnglishResolutions,
    ::testing::Values(
        TargetCase{"resolutions 2331 (2016) and 2388 (2017)", "S/RES/2331(2016) S/RES/2388(2017)"},
        TargetCase{"General Assembly resolutions 58/137, 59/156 and 61/144",
                   "A/RES/58/137 A/RES/59/156 A/RES/61/144"},
        TargetCase{"resolutions 186 (1964) of 4 March 1964, 187 (1964) of 13 March 1964 and 194 (1964)",
                   "S/RES/186(1964) S/RES/187(1964) S/RES/194(1964)"},
        TargetCase{"resolutions 242 (1967), 338 (1973), and 1850 (2008),",
                   "S/RES/242(1967) S/RES/338(1973) S/RES/1850(2008)"},
        TargetCase{"resolutions 63/156 and 2331 (2016)", "A/RES/63/156 S/RES/2331(2016)"},
        TargetCase{"Human Rights Council resolutions 11/3 and 14/2", "A/HRC/RES/11/3 A/HRC/RES/14/2"},
        TargetCase{"ECOSOC resolutions 2004/45 and 2008/33", "E/RES/2004/45 E/RES/2008/33"},
        TargetCase{"resolutions 2254 (2015) and 2 other texts", "S/RES/2254(2015)"},
        TargetCase{"resolutions 1267 (1999) or 1989 (2011)", "S/RES/1267(1999) S/RES/1989(2011)"},
        TargetCase{"resolution 64/293 and 30 members", "A/RES/64/293"},
        // The Council letters the parts of a year-numbered resolution too.
        TargetCase{"Economic and Social Council resolutions 2021/2 A of 14 September 2020 and 2021/2 B of 21 July 2021",
                   "E/RES/2021/2A E/RES/2021/2B"}), unxref::testing::target_case_name);

INSTANTIATE_TEST_SUITE_P(
    LookAlikes, EnglishResolutions,
    ::testing::Values(
        TargetCase{"the HIV/AIDS epidemic", ""}, TargetCase{"open 24/7 for victims", ""},
        TargetCase{"in the 2006/2007 biennium", ""}, TargetCase{"resolution 2006/2007 biennium", ""},
        TargetCase{"see paragraph 5 above", ""}, TargetCase{"rose by 8.7 per cent", ""},
        TargetCase{"Table 5.2 shows", ""}, TargetCase{"the COVID-19 pandemic", ""},
        TargetCase{"the resolution of the conflict", ""}, TargetCase{"a resolution 5 times longer", ""},
        TargetCase{"irresolution 61/180", ""}, TargetCase{"resolution 24/7", ""},
        TargetCase{"resolution 61/180/Add.1 draft", ""}, TargetCase{"resolution 2331 (1812)", ""},
        TargetCase{"resolution 12345/1", ""}, TargetCase{"resolution 8.7", ""},
        TargetCase{"resolutions adopted in 2016 (see annex)", ""},
        TargetCase{"conflict resolution 101 (basics)", ""}, TargetCase{"and/or", ""},
        TargetCase{"resolution 0/0", ""}), unxref::testing::target_case_name);

// A number with neither session nor year has no id of its own: it takes the
// full mention of the same number in the document, is reported unresolved
// ("?") when an organ makes it a citation, and is nothing otherwise.
INSTANTIATE_TEST_SUITE_P(
    BareNumbers, EnglishResolutions,
    ::testing::Values(
        TargetCase{"Recalling its resolutions 1325 (2000) and 2331 (2016), and stressing that resolution 1325 remains",
                   "S/RES/1325(2000) S/RES/2331(2016) S/RES/1325(2000)"},
        TargetCase{"Security Council resolution 1325 (2000). The Council's resolution 1325 is", "S/RES/1325(2000) S/RES/1325(2000)"},
        // The Council numbers its resolutions in one sequence: the number fixes the year.
        TargetCase{"Security Council resolution 1325 on women, peace and security", "S/RES/1325(2000)"},
        TargetCase{"The Security Council,\n\nRecalling its resolution 1325,", "S/RES/1325(2000)"},
        TargetCase{"Security Council resolution 1325 (2000) and General Assembly resolution 1325", "S/RES/1325(2000) ?"},
        TargetCase{"General Assembly resolution 1514 (XV). Resolution 1514 affirmed", "A/RES/1514(XV) A/RES/1514(XV)"},
        TargetCase{"resolution 1325 (2000), and also resolution 1820 on sexual violence", "S/RES/1325(2000)"},
        TargetCase{"a screen resolution 300 and the resolution 5 above", ""},
        TargetCase{"resolution 8.7 per cent", ""}, TargetCase{"resolution 1,000 times", ""},
        // After a comma, a paragraph or footnote number, unless the list goes on.
        TargetCase{"The Security Council,\n\nReaffirms its resolution 435 (1978), 1. Condemns", "S/RES/435(1978)"},
        TargetCase{"The Security Council,\n\nRecalling resolution 699 (1991), 92 expressed the view", "S/RES/699(1991)"},
        // 2728 is past the last number data/sc-resolution-years.tsv can date.
        TargetCase{"The Security Council,\n\nincluding resolutions 2712, 2720 (2023), 2728 and 2735 (2024),",
                   "S/RES/2712(2023) S/RES/2720(2023) ? S/RES/2735(2024)"},
        TargetCase{"安全理事会第1325号决议", "S/RES/1325(2000)"},
        // A date written with the number must agree with the Council's numbering.
        TargetCase{"Security Council resolution 1325 of 31 October 2000", "S/RES/1325(2000)"},
        TargetCase{"Security Council resolution 1325 of 31 October 2001", "?"},
        TargetCase{"安全理事会第1325(2000)号决议。第1325号决议", "S/RES/1325(2000) S/RES/1325(2000)"}), unxref::testing::target_case_name);

// List shapes seen in real Security Council texts.
INSTANTIATE_TEST_SUITE_P(
    RealListShapes, EnglishResolutions,
    ::testing::Values(
        TargetCase{"Security Council resolutions on Iraq, in particular 1500 (2003), 1546 (2004) and 2576 (2021),",
                   "S/RES/1500(2003) S/RES/1546(2004) S/RES/2576(2021)"},
        TargetCase{"resolutions 1409 (2002) of 14 May 2002, and in particular, 1447 (2002) of 4 December 2002",
                   "S/RES/1409(2002) S/RES/1447(2002)"},
        TargetCase{"Security Council resolutions including 1325 (2000) and resolution 2242 (2015)",
                   "S/RES/1325(2000) S/RES/2242(2015)"},
        TargetCase{"resolutions 207 (1965) of 10 Au-\ngust and 219 (1965) of 17 December 1965, 220 (1966)",
                   "S/RES/207(1965) S/RES/219(1965) S/RES/220(1966)"},
        TargetCase{"resolutions 2204 (2015) 2216 (2015), and 2266 (2016)",
                   "S/RES/2204(2015) S/RES/2216(2015) S/RES/2266(2016)"},
        // Commas read as full stops by OCR, in S/RES/601 (1987).
        TargetCase{"its resolutions 432 (1978). 435 (1978), 439 (1978), 532 (1983). 539 (1983). and 566 (1985),",
                   "S/RES/432(1978) S/RES/435(1978) S/RES/439(1978) S/RES/532(1983) S/RES/539(1983) S/RES/566(1985)"},
        TargetCase{"in resolution 2331 (2016). 15 (2019) members said", "S/RES/2331(2016)"},
        TargetCase{"in resolution 2331 (2016). And 40 (2019) members said", "S/RES/2331(2016)"},
        TargetCase{"through Resolution 2699 (October 2023), just", "S/RES/2699(2023)"},
        TargetCase{"as well as resolution S-14/1 of 20 September 1986", "A/RES/S-14/1"},
        TargetCase{"the resolution on trafficking adopted in 2016 by 190 votes", ""},
        TargetCase{"resolutions on Iraq, of which 12 were adopted in 2003 (2003)", ""},
        TargetCase{"resolution 2331 (2016) including its paragraph 5", "S/RES/2331(2016)"},
        TargetCase{"through **Resolution 2699** (October 2023), just", "S/RES/2699(2023)"},
        TargetCase{"resolutions 1325 (2000), particularly 1820 (2008)", "S/RES/1325(2000) S/RES/1820(2008)"}), unxref::testing::target_case_name);

// A number with its year is a list item only when a list is really there.
INSTANTIATE_TEST_SUITE_P(
    NotLists, EnglishResolutions,
    ::testing::Values(
        TargetCase{"relevant resolutions and the statement of 12 (2020) members", ""},
        TargetCase{"Number of resolutions adopted: 61 (2017) and 54 (2018)", ""},
        TargetCase{"General Assembly resolutions and Agenda 21 (1992)", ""},
        TargetCase{"resolutions and ILO Convention 189 (2011)", ""},
        TargetCase{"resolutions, the Council notes that 193 (2015) Member States", ""},
        TargetCase{"resolutions and the report of the Panel, annex 4 (2019)", ""},
        TargetCase{"resolutions and, in particular, paragraph 12 (2016)", ""},
        TargetCase{"paragraph 14 of resolution 2216 (2015) 15 (2019) members", "S/RES/2216(2015)"},
        TargetCase{"resolutions 60/147 A and B.", "A/RES/60/147A A/RES/60/147B"},
        // Bare numbers of bodies the lexicon does not know are not UN resolutions.
        TargetCase{"resolution 598 (1987). The OAS resolution 598 asked", "S/RES/598(1987)"},
        TargetCase{"resolution 598 (1987). Resolution 598 of the Parliamentary Assembly", "S/RES/598(1987)"},
        TargetCase{"resolution 598 (1987). The UNSC resolution 598 asked", "S/RES/598(1987) S/RES/598(1987)"},
        TargetCase{"GA resolution 61/180 and UNGA resolution 64/293", "A/RES/61/180 A/RES/64/293"}), unxref::testing::target_case_name);

// Words between the cue and the list never swallow a later cue: the mention
// starts at the cue that reads the number.
TEST(EnglishResolutionSpans, ALaterCueReadsItsOwnList) {
  for (const char* text : {"Reaffirming its relevant resolutions, including resolutions 242 (1967), 338 (1973)",
                           "in the present resolution, the measures provided for in resolutions 217 (1965)"}) {
    const auto ms = unxref::testing::resolution_mentions(text);
    ASSERT_FALSE(ms.empty()) << text;
    EXPECT_TRUE(ms[0].surface.starts_with("resolutions 2")) << ms[0].surface;
  }
}

// "Ibid." in resolution footnotes points into the Official Records, not at
// the last citation; elsewhere it takes the source cited just before it.
INSTANTIATE_TEST_SUITE_P(
    BackReferences, EnglishResolutions,
    ::testing::Values(
        TargetCase{"resolution 2331 (2016). 5 Ibid., document S/12903.", "S/RES/2331(2016) S/12903"},
        TargetCase{"resolution 2331 (2016). 7 Ibid., Thirty-third Year, 2092nd meeting.", "S/RES/2331(2016)"},
        TargetCase{"resolution 2331 (2016). 8 Ibid. Supplement for October, November and December 1964.",
                   "S/RES/2331(2016)"},
        TargetCase{"resolution 2331 (2016), op. 3. Ibid., op. 5.", "S/RES/2331(2016) S/RES/2331(2016)"}), unxref::testing::target_case_name);

TEST(EnglishBackReferences, IbidFarFromAnyCitationStaysUnresolved) {
  const std::string text = "resolution 2331 (2016). " + std::string(2000, 'x') + " (ibid., p. 5)";
  EXPECT_EQ(resolution_targets(text), "S/RES/2331(2016)");
  const auto all = unxref::testing::shared_detector().detect(text, "t");
  ASSERT_EQ(all.size(), 2u);
  EXPECT_TRUE(all[1].unresolved);
}

}  // namespace
