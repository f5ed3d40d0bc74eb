#include "unxref/pipeline/manifest.hpp"

#include <gtest/gtest.h>

#include <fstream>

#include "support/paths.hpp"
#include "unxref/core/error.hpp"

namespace unxref {
namespace {

std::filesystem::path write(const std::filesystem::path& p, const std::string& text) {
  std::ofstream(p, std::ios::binary) << text;
  return p;
}

TEST(Manifest, ReadsColumnsByHeaderName) {
  auto dir = testing::scratch_dir("manifest_columns");
  auto tsv = write(dir / "manifest.tsv",
                   "# comment\n"
                   "symbol\tfile\tyear\ttitle\tkind\textra\n"
                   "A/Res/72/1\tpapers/a.pdf\t2017\tPolitical declaration\tresolution\tx\n"
                   "\n"
                   "\tb.md\t\tICAT paper\tpolicy-paper\n");
  std::vector<std::string> warnings;
  Manifest m = Manifest::load(tsv, warnings);
  EXPECT_TRUE(warnings.empty());
  ASSERT_EQ(m.entries().size(), 2u);
  const ManifestEntry* a = m.find(dir / "papers" / "a.pdf");
  ASSERT_NE(a, nullptr);
  EXPECT_EQ(a->symbol, "A/RES/72/1");
  EXPECT_EQ(a->year, 2017);
  EXPECT_EQ(a->title, "Political declaration");
  const ManifestEntry* b = m.find(dir / "papers" / ".." / "b.md");
  ASSERT_NE(b, nullptr);
  EXPECT_EQ(b->kind, "policy-paper");
  EXPECT_EQ(b->year, 0);
  EXPECT_EQ(m.find(dir / "c.md"), nullptr);
}

TEST(Manifest, RejectsAManifestWithoutHeaderNamingTheFile) {
  auto dir = testing::scratch_dir("manifest_bad");
  auto no_file = write(dir / "nofile.tsv", "title\tyear\nx\t2017\n");
  auto empty = write(dir / "empty.tsv", "");
  for (const auto& p : {no_file, empty}) {
    std::vector<std::string> warnings;
    try {
      Manifest::load(p, warnings);
      ADD_FAILURE() << "accepted " << p;
    } catch (const FileError& e) {
      EXPECT_EQ(e.file(), p);
    }
  }
  std::vector<std::string> warnings;
  EXPECT_THROW(Manifest::load(dir / "missing.tsv", warnings), FileError);
}

// Issue 11: one bad line used to drop the whole manifest; it costs that line.
struct BadLine {
  const char* name;
  const char* line;
  const char* cause;
};

class ManifestBadLine : public ::testing::TestWithParam<BadLine> {};

TEST_P(ManifestBadLine, CostsThatLineWithAWarningNamingFileAndLine) {
  auto dir = testing::scratch_dir("manifest_bad_line");
  auto tsv = write(dir / "manifest.tsv", std::string("file\tyear\ttitle\n") + "a.md\t2017\tFirst\n" +
                                             GetParam().line + "\n" + "c.md\t2019\tThird\n");
  std::vector<std::string> warnings;
  Manifest m = Manifest::load(tsv, warnings);
  ASSERT_EQ(m.entries().size(), 2u);
  ASSERT_NE(m.find(dir / "a.md"), nullptr);
  ASSERT_NE(m.find(dir / "c.md"), nullptr);
  EXPECT_EQ(m.find(dir / "c.md")->title, "Third");
  ASSERT_EQ(warnings.size(), 1u);
  EXPECT_EQ(warnings[0].rfind(tsv.string() + ": line 3: ", 0), 0u) << warnings[0];
  EXPECT_NE(warnings[0].find(GetParam().cause), std::string::npos) << warnings[0];
}

INSTANTIATE_TEST_SUITE_P(Lines, ManifestBadLine,
                         ::testing::Values(BadLine{"year_not_a_number", "b.md\ttwenty\tSecond", "twenty"},
                                           BadLine{"empty_file", "\t2018\tSecond", "empty 'file'"}),
                         [](const auto& info) { return std::string(info.param.name); });

}  // namespace
}  // namespace unxref
