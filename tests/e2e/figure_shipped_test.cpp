// `--figure paper` on the corpus the project ships (issue 12): ten papers
// over eleven years, each with its full title, on a 6.3 x 8.5 in page with
// no text under the preset's 6 pt, and the key on the page too.
#include <gtest/gtest.h>
#include <sys/wait.h>

#include <cstdlib>
#include <fstream>
#include <regex>
#include <sstream>

#include "support/paths.hpp"

namespace {

namespace fs = std::filesystem;

std::string slurp(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::stringstream buf;
  buf << in.rdbuf();
  return buf.str();
}

TEST(FigureShipped, PaperFigureOfTheShippedCorpusIsLegibleAtSixPoints) {
  const fs::path dir = unxref::testing::scratch_dir("paper");
  const std::string cmd = std::string(UNXREF_EXE) + " scan " + (unxref::testing::source_dir() / "corpus").string() +
                          " --out " + dir.string() + " --figure paper --formats svg -q 2>" +
                          (dir / "stderr.txt").string();
  const int status = std::system(cmd.c_str());
  ASSERT_TRUE(WIFEXITED(status) && WEXITSTATUS(status) == 0) << slurp(dir / "stderr.txt");
  const std::string svg = slurp(dir / "citations.svg");
  std::smatch m;
  ASSERT_TRUE(std::regex_search(svg, m, std::regex(R"re(<svg width="([0-9.]+)pt" height="([0-9.]+)pt")re")));
  EXPECT_LE(std::stod(m[1]), 6.3 * 72 + 1);
  EXPECT_LE(std::stod(m[2]), 8.5 * 72 + 1);
  ASSERT_TRUE(std::regex_search(svg, m, std::regex(R"re(class="graph" transform="scale\(([0-9.]+))re")));
  const double scale = std::stod(m[1]);
  const std::regex text(R"re(<text[^>]*font-size="([0-9.]+)"[^>]*>([^<]*)</text>)re");
  std::string all;
  std::size_t texts = 0;
  for (auto it = std::sregex_iterator(svg.begin(), svg.end(), text); it != std::sregex_iterator(); ++it, ++texts) {
    EXPECT_GE(std::stod((*it)[1]) * scale, 6 - 0.05) << "'" << (*it)[2] << "' is too small";
    all += (*it)[2].str() + " ";
  }
  EXPECT_GT(texts, 30u);
  EXPECT_EQ(all.find("…"), std::string::npos) << "no label is cut";
  EXPECT_EQ(all.find("under the 6 pt asked"), std::string::npos) << all.substr(0, 400);
  for (const char* words : {"Key", "corpus document", "treaty / instrument", "Taking Stock of", "2022"})
    EXPECT_NE(all.find(words), std::string::npos) << words;
}

}  // namespace
