#include "unxref/graph/manifest.hpp"

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
  Manifest m = Manifest::load(tsv);
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

TEST(Manifest, RejectsMalformedInputNamingTheFile) {
  auto dir = testing::scratch_dir("manifest_bad");
  auto no_file = write(dir / "nofile.tsv", "title\tyear\nx\t2017\n");
  auto bad_year = write(dir / "year.tsv", "file\tyear\na.md\ttwenty\n");
  auto empty = write(dir / "empty.tsv", "");
  for (const auto& p : {no_file, bad_year, empty}) {
    try {
      Manifest::load(p);
      ADD_FAILURE() << "accepted " << p;
    } catch (const FileError& e) {
      EXPECT_EQ(e.file(), p);
    }
  }
  EXPECT_THROW(Manifest::load(dir / "missing.tsv"), FileError);
}

}  // namespace
}  // namespace unxref
