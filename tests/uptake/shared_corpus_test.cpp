// Real documents from ../shared/: 21 General Debate speeches (2015-2024) as
// sources against each of 40 Security Council resolutions (1946-2002). No
// resolution can have taken up a later speech, so nothing may be verbatim or
// adapted; shared subjects (the same conflict) may give a few thematic hits.
#include <gtest/gtest.h>

#include <algorithm>

#include "support/paths.hpp"
#include "unxref/extract/extract.hpp"
#include "unxref/uptake/uptake.hpp"

namespace unxref::uptake {
namespace {

std::vector<std::filesystem::path> files_in(const std::filesystem::path& dir) {
  std::vector<std::filesystem::path> out;
  for (const auto& e : std::filesystem::directory_iterator(dir))
    if (e.path().extension() == ".txt") out.push_back(e.path());
  std::sort(out.begin(), out.end());
  return out;
}

TEST(SharedCorpus, NoUptakeOfLaterSpeechesByOlderResolutions) {
  UNXREF_REQUIRE_SHARED();
  const auto corpus = unxref::testing::shared_dir() / "corpus";
  std::vector<Document> speeches;
  for (const auto& f : files_in(corpus / "general-debate")) speeches.push_back(extract_file(f));
  ASSERT_FALSE(speeches.empty());
  const auto resolutions = files_in(corpus / "sc-resolutions");
  ASSERT_FALSE(resolutions.empty());
  for (const auto& res : resolutions) {
    const UptakeReport r = trace_uptake(speeches, extract_file(res));
    ASSERT_GT(r.recommendations.size(), 100u);
    std::size_t thematic = 0;
    for (const RecommendationResult& x : r.results) {
      EXPECT_TRUE(x.verdict == Verdict::absent || x.verdict == Verdict::thematic)
          << res.filename() << ": " << to_string(x.verdict);
      thematic += x.verdict == Verdict::thematic;
    }
    EXPECT_LE(thematic, r.recommendations.size() / 10) << res.filename();
  }
}

}  // namespace
}  // namespace unxref::uptake
