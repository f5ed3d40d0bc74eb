// The seed document: everything ../shared/corpus/seed/expected-citations.md
// lists for icat-overview-2018.md must come out of the real pipeline
// (Markdown reader, flatten, Detector with every finder).
#include <gtest/gtest.h>

#include <algorithm>
#include <cctype>
#include <fstream>
#include <map>
#include <regex>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include "detect/registry.hpp"
#include "support/paths.hpp"
#include "unxref/detect/detect.hpp"
#include "unxref/extract/extract.hpp"

namespace unxref {
namespace {

struct Expected {
  std::string target;
  std::vector<std::string> pinpoints;  // lower case: "op. 15", "objective 10"
};

std::string read_text(const std::filesystem::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

std::string lower(std::string s) {
  std::transform(s.begin(), s.end(), s.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return s;
}

// Rows of the table: | `TARGET` | how it is written | pinpoints |
std::vector<Expected> expected_targets(const std::string& md) {
  std::vector<Expected> out;
  static const std::regex row(R"(^\|\s*`([^`]+)`\s*\|.*\|\s*([^|]*?)\s*\|\s*$)");
  std::istringstream lines(md);
  for (std::string line; std::getline(lines, line);) {
    std::smatch m;
    if (!std::regex_match(line, m, row)) continue;
    Expected e{m[1].str(), {}};
    std::string pins = m[2].str();
    std::istringstream parts(pins);
    for (std::string p; std::getline(parts, p, ',');) {
      p.erase(0, p.find_first_not_of(' '));
      p.erase(p.find_last_not_of(' ') + 1);
      if (!p.empty()) e.pinpoints.push_back(lower(p));
    }
    out.push_back(std::move(e));
  }
  return out;
}

class Seed : public ::testing::Test {
 protected:
  void SetUp() override {
    UNXREF_REQUIRE_SHARED();
    const auto dir = testing::shared_dir() / "corpus" / "seed";
    expected_md_ = read_text(dir / "expected-citations.md");
    Document doc = extract_file(dir / "icat-overview-2018.md");
    // The citing date: the masthead's if the reader found one, else the one
    // the expectations give for the document ("(ICAT overview, 2 May 2018)").
    std::string date = doc.meta.date;
    std::smatch m;
    if (date.empty() && std::regex_search(expected_md_, m, std::regex(R"(\(ICAT overview, ([^)]*\d{4})\))")))
      date = m[1].str();
    mentions_ = Detector().detect(flatten(doc), "icat-overview-2018", date);
  }

  std::string expected_md_;
  std::vector<Mention> mentions_;
};

TEST_F(Seed, EveryListedTargetIsFoundWithItsPinpoints) {
  const auto expected = expected_targets(expected_md_);
  ASSERT_GE(expected.size(), 8u) << "expected-citations.md table not parsed";
  for (const Expected& e : expected) {
    std::set<std::string> pins;
    bool found = false;
    for (const Mention& m : mentions_) {
      if (m.target != e.target) continue;
      found = true;
      if (!m.pinpoint.empty()) pins.insert(lower(m.pinpoint));
    }
    EXPECT_TRUE(found) << e.target;
    for (const std::string& p : e.pinpoints) EXPECT_TRUE(pins.count(p)) << e.target << " pinpoint " << p;
  }
}

TEST_F(Seed, ShortFormsResolveToTheirAntecedents) {
  std::map<std::string, std::set<std::string>> resolved;  // target -> surfaces of short forms
  for (const Mention& m : mentions_) {
    EXPECT_FALSE(m.unresolved) << "unresolved short form '" << m.surface << "': " << m.context;
    if (!m.resolved_from.empty()) resolved[m.target].insert(lower(m.resolved_from));
  }
  EXPECT_TRUE(resolved["A/RES/72/1"].count("the political declaration"));
  EXPECT_TRUE(resolved["A/RES/64/293"].count("the gpa"));
  EXPECT_TRUE(resolved["A/RES/64/293"].count("the plan of action"));
  EXPECT_TRUE(resolved["icat:policy-paper-2016-12"].count("supra")) << "footnote 5: See supra - Policy Paper ...";
}

TEST_F(Seed, EveryIcatPublicationCitedByTitle) {
  std::set<std::string> docs;
  for (const Mention& m : mentions_)
    if (m.kind == TargetKind::document) docs.insert(m.target);
  // Four policy papers, the Analytical Review, five issue briefs and the Toolkit.
  for (const auto& p : detect::builtin_publications()) EXPECT_TRUE(docs.count(p.id)) << p.id;
  EXPECT_EQ(docs.size(), 11u);
}

TEST_F(Seed, NestedNamesAreOneMention) {
  int full_names = 0;
  for (const Mention& m : mentions_) {
    if (m.surface.find("Protocol to Prevent, Suppress and Punish") == std::string::npos) continue;
    ++full_names;
    EXPECT_EQ(m.target, "treaty:tip-protocol");
    // The Convention it supplements is part of its name, not a second mention.
    for (const Mention& other : mentions_)
      EXPECT_FALSE(other.start >= m.start && other.end <= m.end && &other != &m) << other.surface;
  }
  EXPECT_EQ(full_names, 1);
}

}  // namespace
}  // namespace unxref
