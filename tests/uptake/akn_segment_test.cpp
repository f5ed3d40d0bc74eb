// The UN's own structure of a real resolution (../shared/corpus/akn): the
// Cyprus resolution 2561 (2021), one AKN paragraph per line, in three scripts.
// tools/akn_segments.py measures the whole corpus; this keeps one file right.
#include <gtest/gtest.h>

#include <fstream>
#include <sstream>

#include "support/paths.hpp"
#include "test_util.hpp"
#include "unxref/uptake/uptake.hpp"

namespace unxref::uptake {
namespace {

// One block per line, as `unxref uptake --line-paragraphs` reads the file.
Document lines_of(const std::filesystem::path& file) {
  std::ifstream in(file);
  std::vector<Block> blocks;
  for (std::string line; std::getline(in, line);)
    if (!line.empty() && line.find_first_not_of(' ') != std::string::npos)
      blocks.push_back(testing::block(Role::body, line.substr(line.find_first_not_of(' '))));
  return testing::document(std::move(blocks), file.string());
}

struct Want {
  const char* file;
  const char* second_verb;  // of the second preambular clause
};

TEST(AknSegment, Resolution2561InThreeScripts) {
  UNXREF_REQUIRE_SHARED();
  const auto dir = unxref::testing::shared_dir() / "corpus" / "akn" / "sc-2021";
  for (const Want& w : {Want{"English/SC_2561_2021-E.txt", "Underscoring"},
                        Want{"Arabic/SC_2561_2021-A.txt", "\u0648\u0625\u0630 \u064a\u0624\u0643\u062f"},
                        Want{"Chinese/SC_2561_2021-C.txt", "\u7279\u522b\u6307\u51fa"}}) {
    if (!std::filesystem::exists(dir / w.file)) GTEST_SKIP() << dir / w.file << " absent";
    int preambular = 0, operative = 0;
    std::string second;
    for (const Paragraph& p : segment_paragraphs(lines_of(dir / w.file))) {
      if (p.kind == ParagraphKind::preambular && ++preambular == 2) second = p.verb;
      if (p.kind == ParagraphKind::operative) {
        EXPECT_EQ(p.number, std::to_string(++operative)) << w.file;
      }
    }
    EXPECT_EQ(preambular, 18) << w.file;
    EXPECT_EQ(operative, 18) << w.file;
    EXPECT_EQ(second, w.second_verb) << w.file;
  }
}

}  // namespace
}  // namespace unxref::uptake
