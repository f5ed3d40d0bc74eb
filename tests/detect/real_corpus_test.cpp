// The detector against real UN texts in ../shared/corpus/. An independent,
// deliberately simple scan (std::regex) lists every "resolution(s) N (YYYY)"
// and "resolution(s) N/N" with the numbers that follow in a list; each must
// come out of the detector with the right target.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <regex>
#include <set>
#include <sstream>

#include "support/paths.hpp"
#include "unxref/detect/detect.hpp"

namespace {

namespace fs = std::filesystem;

std::string read(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

struct Expected {
  std::size_t offset;  // where the number starts in the text
  std::string number;  // "2331 (2016)" or "64/293", as the regex saw it
  std::string target;  // what the spec says it must resolve to
};

// The regex's own idea of the target: N (YYYY) -> S/RES, YYYY/N -> E/RES,
// NN/N -> A/RES (these corpora cite no Human Rights Council resolutions).
std::vector<Expected> expected_citations(const std::string& text) {
  static const std::regex cue(R"(\b[Rr]esolutions?\s+)");
  static const std::regex sc(R"(^(\d{1,4})\s*\((\d{4})\))");
  static const std::regex slash(R"(^(\d{1,4})/(\d{1,4})\b(?![/.]\d))");
  static const std::regex sep(R"(^(?:\s+of\s+\d{1,2}\s+[A-Z][a-z]+\s+\d{4})?(?:,\s*and\s+|,\s*|\s+and\s+))");
  std::vector<Expected> out;
  for (auto it = std::sregex_iterator(text.begin(), text.end(), cue); it != std::sregex_iterator(); ++it) {
    std::size_t pos = static_cast<std::size_t>(it->position(0) + it->length(0));
    for (;;) {
      std::smatch m;
      const std::string rest = text.substr(pos, 40);
      if (std::regex_search(rest, m, sc)) {
        int year = std::stoi(m[2]);
        if (year < 1946) break;
        out.push_back({pos, m[0], "S/RES/" + std::string(m[1]) + "(" + std::string(m[2]) + ")"});
      } else if (std::regex_search(rest, m, slash)) {
        int first = std::stoi(m[1]);
        if (first >= 1946) {
          out.push_back({pos, m[0], "E/RES/" + std::string(m[1]) + "/" + std::string(m[2])});
        } else if (first >= 31 && first < 200) {
          out.push_back({pos, m[0], "A/RES/" + std::string(m[1]) + "/" + std::string(m[2])});
        } else {
          break;
        }
      } else {
        break;
      }
      pos += static_cast<std::size_t>(m.length(0));
      std::smatch s;
      const std::string after = text.substr(pos, 60);
      if (!std::regex_search(after, s, sep)) break;
      pos += static_cast<std::size_t>(s.length(0));
    }
  }
  return out;
}

struct Tally {
  std::size_t expected = 0, found = 0;
};

void check_document(const unxref::Detector& detector, const std::string& name, const std::string& text, Tally& tally) {
  const auto mentions = detector.detect(std::string_view(text), name);
  for (const Expected& e : expected_citations(text)) {
    ++tally.expected;
    bool hit = false;
    for (const auto& m : mentions)
      hit |= m.start <= e.offset && e.offset < m.end && m.target == e.target;
    if (hit) ++tally.found;
    EXPECT_TRUE(hit) << name << " @" << e.offset << ": \"" << e.number << "\" should give " << e.target;
  }
  // Spot-check of look-alikes: nothing detected may come from these words.
  for (const auto& m : mentions) {
    EXPECT_EQ(m.surface.find("HIV/AIDS"), std::string::npos) << name << ": " << m.surface;
    EXPECT_EQ(m.surface.find("COVID"), std::string::npos) << name << ": " << m.surface;
    EXPECT_TRUE(!m.target.empty() || m.unresolved) << name << ": " << m.surface;
  }
}

std::vector<fs::path> files_in(const fs::path& dir, const std::string& ext) {
  std::vector<fs::path> out;
  for (const auto& e : fs::directory_iterator(dir))
    if (e.path().extension() == ext) out.push_back(e.path());
  std::sort(out.begin(), out.end());
  return out;
}

TEST(RealCorpus, SecurityCouncilResolutions) {
  UNXREF_REQUIRE_SHARED();
  const unxref::Detector detector;
  Tally tally;
  for (const auto& p : files_in(unxref::testing::shared_dir() / "corpus/sc-resolutions", ".txt"))
    check_document(detector, p.filename().string(), read(p), tally);
  EXPECT_GT(tally.expected, 50u);
  RecordProperty("expected", static_cast<int>(tally.expected));
  RecordProperty("found", static_cast<int>(tally.found));
}

TEST(RealCorpus, GeneralDebateSpeeches) {
  UNXREF_REQUIRE_SHARED();
  const unxref::Detector detector;
  Tally tally;
  for (const auto& p : files_in(unxref::testing::shared_dir() / "corpus/general-debate", ".txt"))
    check_document(detector, p.filename().string(), read(p), tally);
  EXPECT_GT(tally.expected, 20u);
  RecordProperty("expected", static_cast<int>(tally.expected));
  RecordProperty("found", static_cast<int>(tally.found));
}

TEST(RealCorpus, SecurityCouncilDrafts) {
  UNXREF_REQUIRE_SHARED();
  const unxref::Detector detector;
  Tally tally;
  for (const auto& p : files_in(unxref::testing::shared_dir() / "corpus/un-drafts", ".json")) {
    const auto j = nlohmann::json::parse(read(p));
    check_document(detector, p.filename().string(), j.at("Content").get<std::string>(), tally);
  }
  EXPECT_GT(tally.expected, 100u);
  RecordProperty("expected", static_cast<int>(tally.expected));
  RecordProperty("found", static_cast<int>(tally.found));
}

// "The Security Council," opens every draft: its "its resolution N (YYYY)"
// and its symbols (S/PRST/...) are Security Council documents.
TEST(RealCorpus, DraftsCiteStatementsBySymbol) {
  UNXREF_REQUIRE_SHARED();
  const unxref::Detector detector;
  const auto j = nlohmann::json::parse(read(unxref::testing::shared_dir() / "corpus/un-drafts/S_2017_142-EN.json"));
  const auto ms = detector.detect(std::string_view(j.at("Content").get<std::string>()), "S/2017/142");
  std::set<std::string> targets;
  for (const auto& m : ms) targets.insert(m.target);
  for (const char* t : {"S/PRST/2013/3", "S/PRST/2014/18", "S/PRST/2015/8", "S/PRST/2016/5", "S/RES/2216(2015)"})
    EXPECT_TRUE(targets.count(t)) << t;
}

TEST(RealCorpus, SeedDocumentCitations) {
  UNXREF_REQUIRE_SHARED();
  const unxref::Detector detector;
  const auto ms = detector.detect(std::string_view(read(unxref::testing::shared_dir() / "corpus/seed/icat-overview-2018.md")), "seed");
  std::set<std::string> targets;
  for (const auto& m : ms) targets.insert(m.target);
  for (const char* t : {"A/RES/61/180", "A/RES/64/293", "A/RES/72/1", "E/RES/2006/27"})
    EXPECT_TRUE(targets.count(t)) << t;
}

}  // namespace
