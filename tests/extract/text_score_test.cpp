// End to end: extract the UN drafts in ../shared/ and score the text against
// the gold texts with ../shared/tools/text_score.py, the project's yardstick.
#include <gtest/gtest.h>

#include <cstdio>
#include <fstream>
#include <regex>

#include "support/paths.hpp"
#include "unxref/extract/extract.hpp"

namespace unxref {
namespace {

namespace fs = std::filesystem;

std::string run(const std::string& command) {
  std::string out;
  FILE* pipe = ::popen(command.c_str(), "r");
  if (!pipe) return out;
  char buf[4096];
  std::size_t n;
  while ((n = std::fread(buf, 1, sizeof buf, pipe)) > 0) out.append(buf, n);
  ::pclose(pipe);
  return out;
}

TEST(TextScore, UnDraftsMatchTheGoldText) {
  UNXREF_REQUIRE_SHARED();
  const fs::path corpus = unxref::testing::shared_dir() / "corpus" / "un-drafts";
  const fs::path scorer = unxref::testing::shared_dir() / "tools" / "text_score.py";
  if (!fs::exists(scorer)) GTEST_SKIP() << "no " << scorer;
  if (std::system("python3 -c '' >/dev/null 2>&1") != 0) GTEST_SKIP() << "python3 not available";

  const fs::path out = unxref::testing::scratch_dir("text_score");
  int pdfs = 0;
  for (const auto& entry : fs::directory_iterator(corpus)) {
    if (entry.path().extension() != ".pdf") continue;
    const Document doc = extract_file(entry.path());
    EXPECT_FALSE(doc.meta.symbol.empty()) << entry.path();
    std::ofstream(out / (entry.path().stem().string() + ".txt"), std::ios::binary) << flatten(doc).text;
    ++pdfs;
  }
  ASSERT_GT(pdfs, 0);

  const std::string report =
      run("python3 '" + scorer.string() + "' --pairs '" + corpus.string() + "' '" + out.string() + "'");
  std::smatch m;
  const std::regex mean(R"(mean\s+P=([0-9.]+)\s+R=([0-9.]+)\s+F1=[0-9.]+\s+order=([0-9.]+))");
  ASSERT_TRUE(std::regex_search(report, m, mean)) << report;
  const double precision = std::stod(m[1]), recall = std::stod(m[2]), order = std::stod(m[3]);
  EXPECT_GE(recall, 0.995) << report;
  EXPECT_GE(order, 0.99) << report;
  EXPECT_GE(precision, 0.97) << report;
  EXPECT_EQ(report.find("MISSING"), std::string::npos) << report;
}

}  // namespace
}  // namespace unxref
