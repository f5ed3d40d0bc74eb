// The Hyperscan cue scanner finds exactly what a plain search finds: every
// occurrence of every cue of every finder, overlapping ones included, on
// texts made of the detector's own cues and their fragments.
#include <gtest/gtest.h>

#include <algorithm>
#include <random>
#include <set>
#include <tuple>

#include "detect/default_finders.hpp"
#include "detect/finder.hpp"
#include "detect/normalize.hpp"
#include "detect/scanner.hpp"

namespace {

using unxref::detect::CueHit;

std::set<std::tuple<std::size_t, std::size_t, std::size_t, std::size_t>> as_set(const std::vector<CueHit>& hits) {
  std::set<std::tuple<std::size_t, std::size_t, std::size_t, std::size_t>> out;
  for (const CueHit& h : hits) out.emplace(h.start, h.end, h.owner, h.cue);
  return out;
}

std::vector<CueHit> plain_search(const std::vector<std::vector<std::string>>& cues, std::string_view text) {
  std::vector<CueHit> out;
  for (std::size_t f = 0; f < cues.size(); ++f)
    for (std::size_t c = 0; c < cues[f].size(); ++c) {
      const std::string& cue = cues[f][c];
      if (cue.empty()) continue;
      for (std::size_t p = text.find(cue); p != std::string_view::npos; p = text.find(cue, p + 1))
        out.push_back({p, p + cue.size(), f, c});
    }
  return out;
}

TEST(CueScanner, FindsWhatAPlainSearchFindsWithTheDetectorsCues) {
  const auto finders = unxref::detect::make_default_finders({});
  std::vector<std::vector<std::string>> cues;
  std::vector<std::string> pieces;
  for (const auto& f : finders) {
    cues.push_back(f->cues());
    for (const std::string& c : cues.back()) {
      pieces.push_back(c);
      if (c.size() > 3) pieces.push_back(c.substr(0, c.size() / 2));  // a cue cut short
    }
  }
  pieces.insert(pieces.end(), {" ", ", ", "2331 (2016)", "61/180", "a", "é", "号", "\xD9\x88", "  "});
  const unxref::detect::CueScanner scanner(cues);
  std::mt19937 rng(11);
  for (int round = 0; round < 40; ++round) {
    std::string text;
    const std::size_t parts = 50 + rng() % 400;
    for (std::size_t i = 0; i < parts; ++i) text += pieces[rng() % pieces.size()];
    const auto got = scanner.scan(text);
    EXPECT_TRUE(std::is_sorted(got.begin(), got.end(), [](const CueHit& a, const CueHit& b) { return a.start < b.start; }));
    EXPECT_EQ(as_set(got), as_set(plain_search(cues, text))) << "round " << round;
    EXPECT_EQ(got.size(), as_set(got).size()) << "no hit twice";
  }
}

TEST(CueScanner, OverlappingAndRepeatedCues) {
  const std::vector<std::vector<std::string>> cues = {{"resolution", "res", "solution"}, {"res", "ion"}, {}};
  const unxref::detect::CueScanner scanner(cues);
  const std::string text = "resolutions resolution-res";
  EXPECT_EQ(as_set(scanner.scan(text)), as_set(plain_search(cues, text)));
  EXPECT_TRUE(scanner.scan("").empty());
}

}  // namespace
