// A document's own title is no citation of itself, and must not hide the
// citations printed inside that title (the longest-span rule would let it).
#include <gtest/gtest.h>

#include <algorithm>

#include "unxref/detect/detect.hpp"

namespace unxref {
namespace {

Detector detector_knowing(const std::string& id, const std::string& title) {
  DetectorOptions options;
  options.known_documents.push_back({id, {title}, 2018});
  return Detector(options);
}

bool has_target(const std::vector<Mention>& ms, const std::string& target) {
  return std::any_of(ms.begin(), ms.end(), [&](const Mention& m) { return m.target == target; });
}

const char* const kTitle =
    "Implementing Security Council Resolutions 2331 (2016) and 2388 (2017) in Practice";

TEST(SelfReference, OwnTitleIsNotACitationAndKeepsTheResolutionsInside) {
  const Detector d = detector_knowing("doc:paper.md", kTitle);
  const auto ms = d.detect(std::string(kTitle) + "\n\nThe paper reviews practice.", "doc:paper.md");
  EXPECT_FALSE(has_target(ms, "doc:paper.md"));
  EXPECT_TRUE(has_target(ms, "S/RES/2331(2016)"));
  EXPECT_TRUE(has_target(ms, "S/RES/2388(2017)"));
}

TEST(SelfReference, AnotherDocumentCitingTheTitleStillLinks) {
  const Detector d = detector_knowing("doc:paper.md", kTitle);
  const auto ms = d.detect(std::string("See ") + kTitle + ".", "doc:other.md");
  EXPECT_TRUE(has_target(ms, "doc:paper.md"));
}

// A resolution's heading and running headers name the resolution itself.
TEST(SelfReference, ResolutionHeadingAndRunningHeadersAreNotCitations) {
  const Detector d;
  const std::string text =
      "Resolution 343 (1973) of 14 December 1973\n\nThe Security Council,\n\nRecalling resolution 338 (1973),\n"
      "Door Seals S/RES/343 (1973) (3) 3.3: Orbital ...";
  const auto ms = d.detect(unxref::FlatText{text, {{0, text.size(), 1, Role::body, 0}}}, "S/RES/343(1973)");
  ASSERT_EQ(ms.size(), 1u);
  EXPECT_EQ(ms[0].target, "S/RES/338(1973)");
}

// Text files keep the UN's page footer inline: symbol next to the job number.
TEST(SelfReference, PageFooterWithJobNumberIsNotACitation) {
  const Detector d;
  EXPECT_TRUE(d.detect("has not been fully met, 6/55 15-29658  01/10/2015 A/70/PV.22 although").empty());
  EXPECT_TRUE(d.detect("A/72/PV.3 17-29341 (E) 2/30 of the world").empty());
  const auto ms = d.detect("as recorded in A/70/PV.22, in 2015-2030 the plan");
  ASSERT_EQ(ms.size(), 1u);
  EXPECT_EQ(ms[0].target, "A/70/PV.22");
  // A citation beside a footer, with words or brackets in between, stays.
  EXPECT_EQ(d.detect("(see A/69/PV.6) 15-29437 29/09/2015").size(), 1u);
  EXPECT_EQ(d.detect("15-29437 the report A/70/1 says").size(), 1u);
}

// The document's own symbol, passed in or shown by the text as its own, is
// never a citation, in `detect` as in `scan`.
TEST(SelfReference, OwnSymbolsAreNeverCitations) {
  const Detector d;
  const auto targets = [&](const std::string& text, CitingDocument doc = {}) {
    std::vector<std::string> out;
    for (const Mention& m : d.detect(FlatText{text, {{0, text.size(), 1, Role::body, 0}}}, doc)) out.push_back(m.target);
    return out;
  };
  // Passed in: the masthead's symbol.
  EXPECT_EQ(targets("as set out in A/72/L.1 and A/72/L.2", {"doc.pdf", "", {"A/72/L.1"}}),
            std::vector<std::string>{"A/72/L.2"});
  // A resolution's heading prints the draft's symbol in brackets under it.
  EXPECT_EQ(targets("198 (1964). Resolution of 18 December 1964\n[S/6121]\n\nThe Security Council,\nRecalling S/6102,"),
            std::vector<std::string>{"S/6102"});
  // A verbatim record's running header: the symbol with a date beside it.
  EXPECT_EQ(targets("our gratitude (see A/69/PV.6).\n29/09/2015 A/70/PV.17\nAs I stand here"),
            std::vector<std::string>{"A/69/PV.6"});
  // A footnote that is a symbol alone on its line is a citation.
  EXPECT_EQ(targets("Takes note of the report;3\nA/76/268.\nA/76/160.\n"),
            (std::vector<std::string>{"A/76/268", "A/76/160"}));
  // ... and so is a joint symbol there: its second half is no date or page.
  EXPECT_EQ(targets("Taking note of the reports,1\nA/76/74-E/2021/54.\nA/76/320.\n"),
            (std::vector<std::string>{"A/76/74", "E/2021/54", "A/76/320"}));
  EXPECT_EQ(targets("See the letter.2\n[2] A/51/889-S/1997/357.\n"),
            (std::vector<std::string>{"A/51/889", "S/1997/357"}));
  // A running header beside a joint symbol is still the document's own.
  EXPECT_EQ(targets("the plan.\n29/09/2015 A/70/PV.17\nAs I stand here, A/51/889-S/1997/357 says"),
            (std::vector<std::string>{"A/51/889", "S/1997/357"}));
  // "Previously issued under": the document's former symbol.
  EXPECT_EQ(targets("* Previously issued under document symbol A/HRC/WG.6/3/L.2. See A/HRC/8/1."),
            std::vector<std::string>{"A/HRC/8/1"});
  EXPECT_EQ(targets("* Précédemment publié sous la cote A/HRC/WG.6/3/L.2."), std::vector<std::string>{});
  EXPECT_EQ(targets("* Previously issued as document A/HRC/WG.6/9/L.6. See A/HRC/8/1."),
            std::vector<std::string>{"A/HRC/8/1"});
  EXPECT_EQ(targets("* Publicado anteriormente como documento A/HRC/WG.6/9/L.6."), std::vector<std::string>{});
}

// A title two corpus documents share, a generic one, or a "title" that is the
// first words of a speech names no one document; and no document cites a
// later one.
TEST(CrossReferences, OnlyDistinctiveTitlesOfEarlierDocuments) {
  DetectorOptions options;
  options.include_builtin_publications = false;
  options.known_documents = {
      {"doc:upr-a", {"Report of the Working Group on the Universal Periodic Review"}, 2010},
      {"doc:upr-b", {"Report of the Working Group on the Universal Periodic Review"}, 2011},
      {"doc:brief-1", {"Trafficking in Persons and Refugee Status"}, 2017},
      {"doc:brief-2", {"Trafficking in Persons and Refugee Status"}, 2017},
      {"doc:speech", {"Allow me at the"}, 2015},
      {"doc:paper", {"Preventing Trafficking in Persons by Addressing Demand"}, 2014},
      {"doc:later", {"Leveraging Innovation to Fight Trafficking in Human Beings"}, 2019}};
  const Detector d(options);
  const std::string text =
      "The Report of the Working Group on the Universal Periodic Review and Trafficking in Persons and Refugee "
      "Status; allow me at the outset; Preventing Trafficking in Persons by Addressing Demand; Leveraging "
      "Innovation to Fight Trafficking in Human Beings.";
  std::vector<std::string> found;
  for (const Mention& m : d.detect(FlatText{text, {{0, text.size(), 1, Role::body, 0}}}, {"doc:x", "2016", {}}))
    found.push_back(m.target);
  EXPECT_EQ(found, std::vector<std::string>{"doc:paper"});
}

}  // namespace
}  // namespace unxref
