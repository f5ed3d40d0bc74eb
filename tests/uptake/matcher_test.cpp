#include <gtest/gtest.h>


#include "test_util.hpp"
#include "unxref/uptake/uptake.hpp"

namespace unxref::uptake {
namespace {

using testing::block;
using testing::document;

Recommendation rec(std::string text) {
  Recommendation r;
  r.source = "s";
  r.id = "R1";
  r.text = std::move(text);
  return r;
}

Paragraph para(std::string number, std::string text) {
  Paragraph p;
  p.number = std::move(number);
  p.kind = ParagraphKind::operative;
  p.text = std::move(text);
  return p;
}

// A target with unrelated paragraphs around the one that matters, so IDF has something to work with.
std::vector<Paragraph> target_with(Paragraph p) {
  std::vector<Paragraph> out = {
      para("1", "Reaffirms its commitment to the Global Plan of Action to Combat Trafficking in Persons;"),
      para("2", "Welcomes the work of regional organizations in sharing information on criminal networks;"),
      para("3", "Notes the importance of public awareness campaigns and the role of the media;"),
  };
  out.push_back(std::move(p));
  out.push_back(para("5", "Decides to convene a high-level meeting in 2021 to appraise progress;"));
  return out;
}

struct VerdictCase {
  std::string name, recommendation, paragraph;
  Verdict expected;
};

TEST(MatchUnits, VerdictTable) {
  const std::vector<VerdictCase> cases = {
      {"verbatim", "Extend labour inspection to domestic work, agriculture and fishing, sectors where inspectors are rarely present.",
       "Urges Governments to extend labour inspection to domestic work, agriculture and fishing, sectors where inspectors "
       "are rarely present, and to allocate resources;",
       Verdict::verbatim},
      {"adapted", "Provide residence permits to victims irrespective of whether they agree to testify against their traffickers.",
       "Encourages States to grant residence permits to victims, irrespective of their willingness to testify against the "
       "traffickers;",
       Verdict::adapted},
      {"thematic", "Study the role of gambling debts and loan sharks in debt bondage of seafarers.",
       "Expresses concern about debt bondage among seafarers, who often owe large sums to recruiters before boarding;",
       Verdict::thematic},
      {"absent", "Offer tax incentives to companies that hire survivors.",
       "Encourages the private sector to adopt codes of conduct against trafficking in persons;", Verdict::absent},
      {"boilerplate only", "Member States should prevent and combat trafficking in persons, especially women and children.",
       "Calls upon Member States to prevent and combat trafficking in persons, especially women and children;",
       Verdict::absent},
  };
  for (const VerdictCase& c : cases) {
    const UptakeReport r = match_units({rec(c.recommendation)}, target_with(para("4", c.paragraph)));
    ASSERT_EQ(r.results.size(), 1u);
    EXPECT_EQ(r.results[0].verdict, c.expected) << c.name;
    if (c.expected != Verdict::absent) {
      ASSERT_FALSE(r.results[0].matches.empty()) << c.name;
      EXPECT_EQ(r.paragraphs[r.results[0].matches[0].paragraph].number, "4") << c.name;
    }
  }
}

// A later resolution on one country repeats its names in every paragraph:
// sharing them (and "Requests the Secretary-General") is not uptake. Seen on
// real Security Council pairs (tools/audits/uptake-pairs), where such units
// were reported thematic until thematic_share weighed shared words by IDF.
struct CountryCase {
  std::string name, recommendation;
  Verdict expected;
};

TEST(MatchUnits, NamesEveryParagraphHoldsAreNotASubject) {
  const std::vector<Paragraph> target = {
      para("1", "Welcomes the progress of the Federal Government of Somalia and the African Union Mission in Somalia "
                "against Al-Shabaab;"),
      para("2", "Urges the Federal Government of Somalia and the Federal Member States of Somalia to agree on an "
                "electoral model;"),
      para("3", "Calls upon the African Union Mission in Somalia to protect civilians in accordance with international "
                "humanitarian law;"),
      para("4", "Requests the Secretary-General to support the African Union Mission in Somalia with fuel, rations and "
                "medical evacuation;"),
      para("5", "Condemns the recruitment of children by armed groups in Somalia;"),
      para("6", "Decides to remain seized of the matter."),
  };
  const std::vector<CountryCase> cases = {
      {"only names and boilerplate shared",
       "Requests the Secretary-General to assess whether the Federal Government of Somalia can take over "
       "from the African Union Mission in Somalia the security of the ports of Kismayo and Berbera by 2023.",
       Verdict::absent},
      {"the unit's own subject shared",
       "Calls on the Federal Government of Somalia to end the use of children by armed groups and to reintegrate "
       "former child recruits.",
       Verdict::thematic},
  };
  for (const CountryCase& c : cases) {
    const UptakeReport r = match_units({rec(c.recommendation)}, target);
    ASSERT_EQ(r.results.size(), 1u);
    EXPECT_EQ(r.results[0].verdict, c.expected) << c.name;
  }
  // Without the IDF share the first unit passes every other thematic test.
  UptakeOptions lax;
  lax.thresholds.thematic_share = 0;
  EXPECT_TRUE(taken_up(match_units({rec(cases[0].recommendation)}, target, lax).results[0].verdict));
}

// Edits between a unit and the paragraph that repeats it (the verbatim /
// adapted line of the real Security Council pairs in
// tools/audits/uptake-pairs: "reduction" -> "easing" plus a changed ending is
// an adapted text although 81% of it is in one identical run).
struct ChangesCase {
  std::string name, recommendation, paragraph;
  int changes;
};

TEST(MatchUnits, ChangesCountEditsNotDatesOrTheOpeningVerb) {
  const std::string base =
      "underlines that disputes should be resolved peacefully in accordance with applicable international law, and "
      "further calls upon the leaders of the two communities and all involved parties to refrain from any actions "
      "and rhetoric that might damage chances of success";
  const std::vector<ChangesCase> cases = {
      {"identical", "Underlines " + base.substr(11) + ";", "Underlines " + base.substr(11) + ";", 0},
      {"dates and numbers", "Decides to extend until 15 November 2021 the mandate of the Mission as set out in annex III;",
       "Decides to extend until 15 May 2022 the mandate of the Mission as set out in annex IV;", 0},
      {"clause verb rewritten", "Address how armed conflict heightens the vulnerability of women and children to "
                                "trafficking by armed groups.",
       "Deeply concerned that armed conflict heightens the vulnerability of women and children to trafficking by armed "
       "groups,", 0},
      {"inside a longer paragraph", "Notes " + base + ";",
       "Welcomes the talks held in Geneva, notes " + base + ", and decides to remain seized of the matter;", 0},
      // Letters of Roman numerals that spell no numeral ("CIVIL") are a word.
      {"capitalised word dropped", "Notes " + base + " and CIVIL;", "Notes " + base + ";", 1},
      {"roman numeral changed", "Notes " + base + " as set out in annex IV;",
       "Notes " + base + " as set out in annex XIV;", 0},
      {"one phrase changed", "Notes " + base + ";",
       "Notes " + base.substr(0, base.size() - 18) + "the settlement process;", 1},
      {"two phrases changed", "Reiterates its call for a reduction of tensions in the region, and " + base + ";",
       "Notes the easing of tensions in the region, and " + base.substr(0, base.size() - 18) + "the settlement process;",
       2},
  };
  for (const ChangesCase& c : cases) {
    UptakeOptions opt;
    opt.all_candidates = true;
    const UptakeReport r = match_units({rec(c.recommendation)}, target_with(para("4", c.paragraph)), opt);
    ASSERT_FALSE(r.results[0].matches.empty()) << c.name;
    const ParagraphMatch& m = r.results[0].matches[0];
    EXPECT_EQ(r.paragraphs[m.paragraph].number, "4") << c.name;
    EXPECT_EQ(m.changes, c.changes) << c.name;
  }
  // A limit of one edit makes the two-phrase case adapted, however long its identical runs.
  const ChangesCase& two = cases.back();
  UptakeOptions lax;
  lax.thresholds.verbatim_exact = 0.6;
  EXPECT_EQ(match_units({rec(two.recommendation)}, target_with(para("4", two.paragraph)), lax).results[0].verdict,
            Verdict::verbatim);
  lax.thresholds.verbatim_changes = 1;
  EXPECT_EQ(match_units({rec(two.recommendation)}, target_with(para("4", two.paragraph)), lax).results[0].verdict,
            Verdict::adapted);
}

TEST(MatchUnits, PassagesPointIntoBothTexts) {
  const std::string p = "Urges Governments to extend labour inspection to domestic work and fishing;";
  const UptakeReport r = match_units({rec("Extend labour inspection to domestic work and fishing.")}, target_with(para("4", p)));
  ASSERT_FALSE(r.results[0].matches.empty());
  const ParagraphMatch& m = r.results[0].matches[0];
  ASSERT_FALSE(m.passages.empty());
  EXPECT_EQ(p.substr(m.passages[0].para.start, m.passages[0].para.end - m.passages[0].para.start),
            "extend labour inspection to domestic work and fishing");
  EXPECT_EQ(r.recommendations[0].text.substr(m.passages[0].rec.start, m.passages[0].rec.end - m.passages[0].rec.start),
            "Extend labour inspection to domestic work and fishing");
}

TEST(MatchUnits, SharedCitationsAreEvidence) {
  UptakeOptions opt;
  // A stand-in citation finder: the stage only needs ids per text.
  opt.citations = [](std::string_view text) {
    return text.find("72/1") != std::string_view::npos ? std::vector<std::string>{"A/RES/72/1"}
                                                         : std::vector<std::string>{};
  };
  const UptakeReport r = match_units({rec("Report on the follow-up to resolution 72/1 every two years.")},
                                     target_with(para("4", "Requests a report every two years on resolution 72/1;")), opt);
  ASSERT_FALSE(r.results[0].matches.empty());
  EXPECT_EQ(r.results[0].matches[0].shared_citations, (std::vector<std::string>{"A/RES/72/1"}));
}

TEST(MatchUnits, ReverseViewListsOrigins) {
  const UptakeReport r =
      match_units({rec("Extend labour inspection to domestic work, agriculture and fishing, sectors where inspectors are rarely present.")},
                  target_with(para("4", "Urges States to extend labour inspection to domestic work, agriculture and fishing, "
                                        "sectors where inspectors are rarely present;")));
  ASSERT_EQ(r.origins.size(), r.paragraphs.size());
  ASSERT_EQ(r.origins[3].size(), 1u);
  EXPECT_EQ(r.origins[3][0].recommendation, 0u);
  EXPECT_EQ(r.origins[3][0].verdict, Verdict::verbatim);
  EXPECT_TRUE(r.origins[0].empty());
}

// Degenerate input: a sensible result or a clear message, never a crash.

TEST(TraceUptake, EmptySourceWarns) {
  const UptakeReport r = trace_uptake({document({}, "empty.md")}, document({block(Role::body, "1. Decides to act;")}, "t.md"));
  EXPECT_TRUE(r.recommendations.empty());
  ASSERT_FALSE(r.warnings.empty());
  EXPECT_NE(r.warnings[0].find("empty.md: no recommendations found"), std::string::npos);
}

TEST(TraceUptake, EmptyTargetWarnsAndEverythingIsAbsent) {
  const UptakeReport r = trace_uptake({document({block(Role::list_item, "States should ratify the Protocol.")}, "s.md")},
                                      document({}, "t.md"));
  ASSERT_EQ(r.results.size(), 1u);
  EXPECT_EQ(r.results[0].verdict, Verdict::absent);
  EXPECT_TRUE(r.results[0].matches.empty());
  bool warned = false;
  for (const auto& w : r.warnings) warned |= w.find("t.md: no paragraphs") != std::string::npos;
  EXPECT_TRUE(warned);
}

TEST(TraceUptake, IdenticalDocumentsAreVerbatimToThemselves) {
  const Document d = document({
      block(Role::heading, "Recommendations", 1),
      block(Role::list_item, "Ratify or accede to the Protocol without delay and review national legislation on exploitation."),
      block(Role::list_item, "Train labour inspectors, border officials and prosecutors on victim-centred investigation."),
      block(Role::list_item, "Fund shelters for male victims, who are often excluded from existing services."),
  });
  const UptakeReport r = trace_uptake({d}, d);
  ASSERT_EQ(r.results.size(), 3u);
  for (std::size_t i = 0; i < 3; ++i) {
    EXPECT_EQ(r.results[i].verdict, Verdict::verbatim) << i;
    EXPECT_EQ(r.results[i].matches[0].paragraph, i);
  }
}

TEST(TraceUptake, VeryLongParagraphsStayFast) {
  // One 120,000-word paragraph on each side: alignment works on windows.
  std::string filler;
  for (int i = 0; i < 20000; ++i) filler += "alpha beta gamma delta epsilon zeta ";
  const std::string passage = "extend labour inspection to domestic work agriculture and fishing where inspectors are rare";
  const Document source = document({block(Role::heading, "Recommendations", 1), block(Role::list_item, filler + passage)});
  const Document target = document({block(Role::body, "1. " + filler + passage + " " + filler)});
  const UptakeReport r = trace_uptake({source}, target);
  ASSERT_EQ(r.results.size(), 1u);
  EXPECT_TRUE(taken_up(r.results[0].verdict));
}

TEST(TraceUptake, InvalidUtf8IsHandled) {
  const Document source = document({block(Role::list_item, "States should \xff\xfe ratify \xc3 the Protocol now.")});
  const Document target = document({block(Role::body, "1. Urges States to \xff ratify the Protocol now;")});
  const UptakeReport r = trace_uptake({source}, target);
  EXPECT_EQ(r.results.size(), 1u);
}

}  // namespace
}  // namespace unxref::uptake
