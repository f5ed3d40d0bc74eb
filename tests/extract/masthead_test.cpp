#include <gtest/gtest.h>

#include "extract/masthead_lines.hpp"
#include "unxref/extract/masthead.hpp"

namespace unxref {
namespace {

// The first page of a Security Council draft as a text extractor lays it out.
const std::vector<std::string> kDraft = {
    "               United Nations                                     S/2019/179",
    "               Security Council                   Distr.: General",
    "                                                  27 February 2019",
    "",
    "                                                  Original: English",
    "",
    "               Algeria, Angola, Bolivia (Plurinational State of), Bosnia and",
    "               Herzegovina, Côte d’Ivoire, Timor-Leste, Trinidad and Tobago,",
    "               United Arab Emirates and United Republic of Tanzania: draft resolution",
    "",
    "                    The Security Council,",
    "                     Reaffirming its primary responsibility under the Charter,",
    "19-03355 (E)     280219",
    "*1903355*",
};

TEST(Masthead, SecurityCouncilDraft) {
  const Masthead m = parse_masthead(kDraft);
  EXPECT_EQ(m.symbol, "S/2019/179");
  EXPECT_EQ(m.date, "27 February 2019");
  EXPECT_EQ(m.language, "English");
  EXPECT_EQ(m.sponsors, (std::vector<std::string>{"Algeria", "Angola", "Bolivia (Plurinational State of)",
                                                  "Bosnia and Herzegovina", "Côte d’Ivoire", "Timor-Leste",
                                                  "Trinidad and Tobago", "United Arab Emirates",
                                                  "United Republic of Tanzania"}));
  EXPECT_EQ(m.lines, (std::vector<std::size_t>{0, 1, 2, 4, 6, 7, 8, 12, 13}));
}

TEST(Masthead, FieldsMergedOnOneLine) {
  const Masthead m = parse_masthead({"United Nations S/RES/2331 (2016)", "Security Council Distr.: General 20 December 2016",
                                     "", "Resolution 2331 (2016)"});
  EXPECT_EQ(m.symbol, "S/RES/2331 (2016)");
  EXPECT_EQ(m.date, "20 December 2016");
  EXPECT_EQ(m.lines, (std::vector<std::size_t>{0, 1}));
  EXPECT_TRUE(m.sponsors.empty());
}

TEST(Masthead, SpacedColons) {
  const Masthead m = parse_masthead({"United Nations  S/2019/1", "Distr. : General", "Original : English", "Body."});
  EXPECT_EQ(m.symbol, "S/2019/1");
  EXPECT_EQ(m.language, "English");
  EXPECT_EQ(m.lines, (std::vector<std::size_t>{0, 1, 2}));
}

TEST(Masthead, GeneralAssemblyWithLimitedDistribution) {
  const Masthead m = parse_masthead({"United Nations  A/72/L.1", "General Assembly  Distr.: Limited",
                                     "12 September 2017", "Original: French", "Seventy-second session"});
  EXPECT_EQ(m.symbol, "A/72/L.1");
  EXPECT_EQ(m.language, "French");
  EXPECT_EQ(m.lines, (std::vector<std::size_t>{0, 1, 2, 3, 4}));  // the session line too
}

TEST(Masthead, RevisedDraftSponsors) {
  const Masthead m = parse_masthead({"S/2020/1", "Distr.: General", "United States of America and France:",
                                     "revised draft resolution", "The Security Council,"});
  EXPECT_EQ(m.sponsors, (std::vector<std::string>{"United States of America", "France"}));
  EXPECT_EQ(m.lines, (std::vector<std::size_t>{0, 1, 2, 3}));
}

TEST(Masthead, OrdinaryTextIsNotAMasthead) {
  const std::vector<std::vector<std::string>> texts = {
      {"198 (1964). Resolution of 18 December 1964", "[S/6121]", "", "The Security Council,"},
      {"S/2019/179"},  // a symbol alone
      {"United Nations", "Security Council"},  // no symbol, distribution or language
      // Deep in the text, a quoted masthead is not the document's own.
      {"I congratulate you, Mr. President.", "It is an honour.", "We thank you.", "And the Secretary-General.",
       "United Nations  S/2019/179", "Distr.: General"},
      {},
      {"", "   ", ""},
  };
  for (const auto& t : texts) {
    const Masthead m = parse_masthead(t);
    EXPECT_TRUE(m.lines.empty()) << (t.empty() ? "" : t[0]);
    EXPECT_TRUE(m.symbol.empty());
  }
}

TEST(MastheadLines, JobNumbers) {
  struct Case {
    std::string line;
    bool job;
  } cases[] = {
      {"19-03355 (E)     280219", true}, {"*1903355*", true},      {"2/6        19-03355", true},
      {"19-03355", true},                {"18-01971 (F)", true},   {"2/6", false},
      {"(E) 280219", false},             {"1990-2000", false},     {"19-03355 people", false},
      {"", false},
      // Geneva job numbers, with the page number printed beside them.
      {"GE.13-12484 (E)     050413 080413", true}, {"GE.13-12484     3", true}, {"2     GE.13-12484", true},
      {"GE.08-13630", true},                       {"GE.13-12484 2013 report", false}, {"XX.13-12484", false},
  };
  for (const Case& c : cases) EXPECT_EQ(masthead::is_job_number_line(c.line), c.job) << c.line;
}

TEST(MastheadLines, Dates) {
  EXPECT_TRUE(masthead::is_masthead_date("8 December 2023"));
  EXPECT_TRUE(masthead::is_masthead_date("27 february 2019"));
  EXPECT_FALSE(masthead::is_masthead_date("December 2023"));
  EXPECT_FALSE(masthead::is_masthead_date("8 Decembre 2023"));
  EXPECT_FALSE(masthead::is_masthead_date("8 December 23"));
}

TEST(MastheadLines, SponsorLists) {
  EXPECT_EQ(masthead::split_sponsors("Malaysia, New Zealand, Senegal and Bolivarian Republic of Venezuela"),
            (std::vector<std::string>{"Malaysia", "New Zealand", "Senegal", "Bolivarian Republic of Venezuela"}));
  EXPECT_EQ(masthead::split_sponsors("United Kingdom of Great Britain and Northern Ireland"),
            (std::vector<std::string>{"United Kingdom of Great Britain and Northern Ireland"}));
  EXPECT_EQ(masthead::split_sponsors("Saint Vincent and the Grenadines and Antigua and Barbuda"),
            (std::vector<std::string>{"Saint Vincent and the Grenadines", "Antigua and Barbuda"}));
  EXPECT_EQ(masthead::split_sponsors("Morocco, , Namibia"), (std::vector<std::string>{"Morocco", "Namibia"}));
  EXPECT_TRUE(masthead::split_sponsors("").empty());
}

TEST(Masthead, SponsorTitle) {
  const masthead::Parsed p = masthead::parse({"United Nations  S/2018/95", "Security Council  Distr.: General",
                                              "United States of America: draft resolution"});
  EXPECT_EQ(p.sponsor_title, "United States of America: draft resolution");
}

}  // namespace
}  // namespace unxref

namespace unxref {
namespace {

TEST(Masthead, GeneralAssemblyDraftWithAgendaAndReissueMark) {
  const masthead::Parsed p = masthead::parse({
      "United Nations  A/73/L.5*", "General Assembly  Distr.: Limited", "10 October 2018", "",
      "Original: English", "", "Seventy-third session", "Agenda item 74 (b)",
      "Promotion and protection of human rights: human rights", "questions", "",
      "Albania, Andorra and Trinidad and Tobago: draft resolution", "",
      "Protection of migrants", "", "The General Assembly,", "Please recycle"});
  EXPECT_EQ(p.masthead.symbol, "A/73/L.5");
  EXPECT_EQ(p.masthead.date, "10 October 2018");
  EXPECT_EQ(p.masthead.sponsors, (std::vector<std::string>{"Albania", "Andorra", "Trinidad and Tobago"}));
  // The agenda title and the resolution's title stay in the text.
  EXPECT_EQ(p.masthead.lines, (std::vector<std::size_t>{0, 1, 2, 4, 6, 7, 11, 16}));
}

// Mastheads of subsidiary bodies: the organ's name is wrapped over several
// lines on the left while the right-hand fields share its baselines.
TEST(Masthead, WrappedOrganBesideTheFields) {
  const Masthead m = parse_masthead({
      "United Nations                                  CTOC/COP/WG.4/2020/CRP.1",
      "                                                Distr.: General",
      "Conference of the Parties to the United         14 September 2020",
      "Nations Convention against Transnational",
      "Organized Crime                                 Original: English",
      "",
      "Working Group on Trafficking in Persons",
      "Item 3 of the provisional agenda",
      "",
      "Non-Punishment of Victims of Trafficking"});
  EXPECT_EQ(m.symbol, "CTOC/COP/WG.4/2020/CRP.1");
  EXPECT_EQ(m.date, "14 September 2020");
  EXPECT_EQ(m.language, "English");
  EXPECT_EQ(m.lines, (std::vector<std::size_t>{0, 1, 2, 3, 4}));
}

TEST(Masthead, TextBesideAFieldIsNotAMastheadWithoutOne) {
  // Body text with a date set apart is no masthead, nor is a left-hand
  // line that no field follows.
  EXPECT_TRUE(parse_masthead({"Report of the meeting          14 September 2020", "Opening remarks."}).lines.empty());
  const Masthead m = parse_masthead({"United Nations      S/2019/1", "Distr.: General",
                                     "Some unrelated heading", "More text of the body"});
  EXPECT_EQ(m.lines, (std::vector<std::size_t>{0, 1}));
}

}  // namespace
}  // namespace unxref

namespace unxref {
namespace {

// The 2008-2009 layout: "UNITED / NATIONS" logo lines, the distribution class
// on a line of its own under "Distr.", capitals throughout.
TEST(Masthead, LayoutOf2008) {
  const Masthead m = parse_masthead({"UNITED", "NATIONS                                     A",
                                     "                                 Distr.",
                                     "      General Assembly           GENERAL", "",
                                     "                                 A/HRC/8/22",
                                     "                                 22 May 2008", "",
                                     "                                 Original: ENGLISH", "",
                                     "HUMAN RIGHTS COUNCIL", "Eighth session", "Agenda item 6", "",
                                     "UNIVERSAL PERIODIC REVIEW"});
  EXPECT_EQ(m.symbol, "A/HRC/8/22");
  EXPECT_EQ(m.date, "22 May 2008");
  EXPECT_EQ(m.language, "ENGLISH");
}

TEST(Masthead, DateWithTheSpaceBeforeTheYearLost) {
  const Masthead m = parse_masthead({"United Nations  A/HRC/24/15", "General Assembly  Distr.: General",
                                     "5 July2013", "Original: English", "", "Human Rights Council"});
  EXPECT_EQ(m.symbol, "A/HRC/24/15");
  EXPECT_EQ(m.date, "5 July 2013");
  EXPECT_EQ(parse_masthead({"United Nations  A/HRC/24/15", "5 Julyy2013"}).date, "");
}

}  // namespace
}  // namespace unxref
