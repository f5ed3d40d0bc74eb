// Everything a resolution mention carries besides its target: span,
// surface, pinpoint, date, page, section and context.
#include <algorithm>

#include "resolution_support.hpp"

namespace {

using unxref::Mention;
using unxref::testing::resolution_mentions;

struct FieldCase {
  const char* text;
  const char* target;
  const char* surface;
  const char* pinpoint;
  const char* date;
};

void PrintTo(const FieldCase& c, std::ostream* os) { *os << '"' << c.text << '"'; }

class ResolutionFields : public ::testing::TestWithParam<FieldCase> {};

TEST_P(ResolutionFields, FirstMention) {
  const FieldCase& c = GetParam();
  const std::string text = c.text;
  auto ms = resolution_mentions(text);
  ASSERT_FALSE(ms.empty()) << c.text;
  const Mention& m = ms.front();
  EXPECT_EQ(m.target, c.target);
  EXPECT_EQ(m.surface, c.surface);
  EXPECT_EQ(text.substr(m.start, m.end - m.start), m.surface);
  EXPECT_EQ(m.pinpoint, c.pinpoint);
  EXPECT_EQ(m.date, c.date);
}

INSTANTIATE_TEST_SUITE_P(
    Table, ResolutionFields,
    ::testing::Values(
        FieldCase{"ECOSOC Resolution 2006/27, op. 16", "E/RES/2006/27", "ECOSOC Resolution 2006/27", "op. 16", ""},
        FieldCase{"General Assembly resolution 52/214, sect. B,", "A/RES/52/214", "General Assembly resolution 52/214",
                  "section B", ""},
        FieldCase{"ECOSOC resolution 2006/27, operative paragraph 16,", "E/RES/2006/27",
                  "ECOSOC resolution 2006/27", "op. 16", ""},
        FieldCase{"operative paragraph 16 of ECOSOC resolution 2006/27", "E/RES/2006/27",
                  "ECOSOC resolution 2006/27", "op. 16", ""},
        FieldCase{"Recalling its resolution 64/293 of 30 July 2010,", "A/RES/64/293", "resolution 64/293", "",
                  "30 July 2010"},
        FieldCase{"resolution 61/180 of 20 December 2006, para. 11 (j)", "A/RES/61/180", "resolution 61/180",
                  "para. 11 (j)", "20 December 2006"},
        FieldCase{"resolution 55/25, annex II", "A/RES/55/25", "resolution 55/25", "annex II", ""},
        FieldCase{"General Assembly resolution 60/1, section 4,", "A/RES/60/1", "General Assembly resolution 60/1",
                  "section 4", ""},
        FieldCase{"resolution 217 A (III), art. 4", "A/RES/217(III)", "resolution 217 A (III)", "art. 4", ""},
        FieldCase{"Security Council resolution 661\n(1990)", "S/RES/661(1990)",
                  "Security Council resolution 661\n(1990)", "", ""},
        FieldCase{"sa résolution 64/293 du 30 juillet 2010", "A/RES/64/293", "résolution 64/293", "",
                  "30 juillet 2010"},
        FieldCase{"резолюцией 64/293 от 30 июля 2010 года", "A/RES/64/293", "резолюцией 64/293", "",
                  "30 июля 2010"},
        FieldCase{"大会第61/180号决议", "A/RES/61/180", "大会第61/180号决议", "", ""},
        FieldCase{"قرار الجمعية العامة ٦١/١٨٠", "A/RES/61/180", "قرار الجمعية العامة ٦١/١٨٠", "", ""}));

// A pinpoint that leads into the next citation belongs to that one.
TEST(ResolutionMentions, PinpointLeadingIntoTheNextCitationIsItsOwn) {
  const auto ms = resolution_mentions(
      "(f), (g) of paragraph 3 of resolution 1591 (2005), paragraph 9 of resolution 1556 (2004)");
  ASSERT_EQ(ms.size(), 2u);
  EXPECT_EQ(ms[0].target, "S/RES/1591(2005)");
  EXPECT_EQ(ms[0].pinpoint, "para. 3");
  EXPECT_EQ(ms[1].target, "S/RES/1556(2004)");
  EXPECT_EQ(ms[1].pinpoint, "para. 9");
}

// Dates and pinpoints as Chinese, Arabic and Russian write them.
INSTANTIATE_TEST_SUITE_P(
    Languages, ResolutionFields,
    ::testing::Values(
        FieldCase{"大会2005年12月16日第60/147号决议", "A/RES/60/147", "大会2005年12月16日第60/147号决议", "",
                  "2005年12月16日"},
        FieldCase{"人权理事会2017年6月22日第35/5号决议", "A/HRC/RES/35/5", "人权理事会2017年6月22日第35/5号决议", "",
                  "2017年6月22日"},
        FieldCase{"第2331(2016)号决议第16段", "S/RES/2331(2016)", "第2331(2016)号决议", "para. 16", ""},
        FieldCase{"经社理事会第2006/27号决议执行部分第16段", "E/RES/2006/27", "经社理事会第2006/27号决议", "op. 16", ""},
        FieldCase{"第55/25号决议附件II", "A/RES/55/25", "第55/25号决议", "annex II", ""},
        FieldCase{"القرار 61/180 المؤرخ 18 كانون الأول/ديسمبر 2006", "A/RES/61/180", "القرار 61/180", "",
                  "18 كانون الأول/ديسمبر 2006"},
        FieldCase{"القرار ٦٤/٢٩٣ المؤرخ ٣٠ تموز/يوليه ٢٠١٠", "A/RES/64/293", "القرار ٦٤/٢٩٣", "",
                  "٣٠ تموز/يوليه ٢٠١٠"},
        FieldCase{"الفقرة 16 من القرار 2006/27", "E/RES/2006/27", "القرار 2006/27", "para. 16", ""},
        FieldCase{"القرار 55/25، المرفق الثاني", "A/RES/55/25", "القرار 55/25", "annex", ""},
        FieldCase{"пункт 16 резолюции 2006/27 Экономического и Социального Совета", "E/RES/2006/27",
                  "резолюции 2006/27", "para. 16", ""}));

TEST(ResolutionMentions, PageSectionAndContextComeFromTheFlatText) {
  unxref::FlatText flat;
  flat.text = "Body text without citations.\n\n\f\nRecalling resolution 2331 (2016)\non trafficking.\n";
  const std::size_t foot = flat.text.find("Recalling");
  flat.segments.push_back({0, foot - 3, 1, unxref::Role::body, 0});
  flat.segments.push_back({foot, flat.text.size() - 1, 2, unxref::Role::footnote, 1});
  auto ms = unxref::testing::shared_detector().detect(flat, "doc-1", "2019");
  ASSERT_EQ(ms.size(), 1u);
  EXPECT_EQ(ms[0].doc, "doc-1");
  EXPECT_EQ(ms[0].page, 2);
  EXPECT_EQ(ms[0].section, "footnote");
  EXPECT_EQ(ms[0].context.find('\n'), std::string::npos);
  EXPECT_NE(ms[0].context.find("resolution 2331 (2016) on trafficking"), std::string::npos) << ms[0].context;
}

TEST(ResolutionMentions, ContextIsCutAtCharacterBoundaries) {
  std::string text;
  for (int i = 0; i < 40; ++i) text += "é";
  text += " resolution 61/180 ";
  for (int i = 0; i < 40; ++i) text += "ж";
  auto ms = resolution_mentions(text);
  ASSERT_EQ(ms.size(), 1u);
  const std::string& ctx = ms[0].context;
  EXPECT_LE(ctx.size(), 140u);
  // Every byte sequence must be whole: no leading continuation byte, no cut tail.
  ASSERT_FALSE(ctx.empty());
  EXPECT_NE(static_cast<unsigned char>(ctx.front()) & 0xC0, 0x80);
  EXPECT_TRUE(ctx.ends_with("ж")) << ctx;
}

// A snippet a reader sees in the report and the tables: whole words at both
// ends ("2. From 2010", not "ll. 2. From 2010"); a text without spaces
// (Chinese) is cut where the bytes fall.
TEST(ResolutionMentions, ContextIsCutAtWordBoundaries) {
  const std::string text =
      "See the overall stocktaking. 2. From 2010 to 2021 the General Assembly adopted the Global Plan of Action "
      "in 2010 by resolution 64/293, building on the coordination of the Inter-Agency Coordination Group against "
      "Trafficking in Persons.";
  const auto ms = resolution_mentions(text);
  const auto m = std::find_if(ms.begin(), ms.end(), [](const Mention& x) { return x.target == "A/RES/64/293"; });
  ASSERT_NE(m, ms.end());
  const std::string& ctx = m->context;
  const std::size_t at = text.find(ctx);
  ASSERT_NE(at, std::string::npos) << ctx;
  EXPECT_TRUE(at == 0 || text[at - 1] == ' ') << "'" << ctx << "' starts inside a word";
  const std::size_t after = at + ctx.size();
  EXPECT_TRUE(after == text.size() || text[after] == ' ') << "'" << ctx << "' ends inside a word";
  EXPECT_NE(ctx.find("resolution 64/293"), std::string::npos);
}

TEST(ResolutionMentions, SortedByStartAcrossFinders) {
  auto ms = resolution_mentions("A/RES/70/1, then resolution 2331 (2016) and S/PRST/2015/25.");
  ASSERT_EQ(ms.size(), 3u);
  EXPECT_LT(ms[0].start, ms[1].start);
  EXPECT_LT(ms[1].start, ms[2].start);
}

}  // namespace

namespace {

INSTANTIATE_TEST_SUITE_P(
    AfterTitles, ResolutionFields,
    ::testing::Values(
        FieldCase{"ECOSOC Resolution 2006/27. *Strengthening international cooperation*, op. 16; and",
                  "E/RES/2006/27", "ECOSOC Resolution 2006/27", "op. 16", ""},
        FieldCase{"Resolution 61/180. *Improving the coordination of efforts* (A/RES/61/180), op. 15.",
                  "A/RES/61/180", "Resolution 61/180", "op. 15", ""},
        FieldCase{"resolution 64/293, entitled “United Nations Global Plan”, para. 3", "A/RES/64/293",
                  "resolution 64/293", "para. 3", ""},
        FieldCase{"resolution 64/293. The report, paragraph 3, says", "A/RES/64/293", "resolution 64/293", "", ""}));

}  // namespace

namespace {

INSTANTIATE_TEST_SUITE_P(
    AfterPlainTitles, ResolutionFields,
    ::testing::Values(
        FieldCase{"ECOSOC Resolution 2006/27. Strengthening international cooperation, op. 16; and",
                  "E/RES/2006/27", "ECOSOC Resolution 2006/27", "op. 16", ""},
        FieldCase{"Resolution 61/180. Improving the coordination (A/RES/61/180), op. 15.", "A/RES/61/180",
                  "Resolution 61/180", "op. 15", ""},
        FieldCase{"resolution 64/293. the plan, para. 3.", "A/RES/64/293", "resolution 64/293", "", ""}));

}  // namespace
