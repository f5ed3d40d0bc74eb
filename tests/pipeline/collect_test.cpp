#include "unxref/pipeline/collect.hpp"

#include <gtest/gtest.h>

#include <fstream>

#include "support/paths.hpp"

namespace unxref {
namespace {

namespace fs = std::filesystem;

void touch(const fs::path& p, const std::string& text = "text\n") {
  fs::create_directories(p.parent_path());
  std::ofstream(p, std::ios::binary) << text;
}

std::vector<std::string> displays(const Collected& c) {
  std::vector<std::string> out;
  for (const InputFile& f : c.files) out.push_back(f.display);
  return out;
}

TEST(Collect, SortedSupportedFilesWithManifestsAndSkippedApart) {
  const fs::path dir = testing::scratch_dir("walk") / "docs";
  touch(dir / "b.txt");
  touch(dir / "a.md");
  touch(dir / "sub" / "c.pdf", "%PDF-1.4\n");
  touch(dir / "README.md");
  touch(dir / "manifest.tsv", "file\n");
  touch(dir / "report.docx");
  touch(dir / "page.html");
  const Collected c = collect_inputs({dir});
  EXPECT_EQ(displays(c), (std::vector<std::string>{"docs/a.md", "docs/b.txt", "docs/sub/c.pdf"}));
  ASSERT_EQ(c.manifests.size(), 1u);
  EXPECT_EQ(c.manifests[0].filename(), "manifest.tsv");
  ASSERT_EQ(c.skipped.size(), 2u);
  EXPECT_EQ(c.skipped[0].filename(), "page.html");
  EXPECT_EQ(c.skipped[1].filename(), "report.docx");
  EXPECT_TRUE(c.failures.empty());
}

TEST(Collect, ExcludedFolderIsNotWalked) {
  const fs::path dir = testing::scratch_dir("exclude") / "docs";
  touch(dir / "a.txt");
  touch(dir / "out" / "mentions.csv");
  touch(dir / "out" / "citations.pdf", "%PDF-1.4\n");
  CollectOptions options;
  options.exclude = {dir / "sub" / ".." / "out"};
  const Collected c = collect_inputs({dir}, options);
  EXPECT_EQ(displays(c), (std::vector<std::string>{"docs/a.txt"}));
  EXPECT_TRUE(c.skipped.empty());
}

TEST(Collect, ReadmeKeptWhenAsked) {
  const fs::path dir = testing::scratch_dir("readme") / "docs";
  touch(dir / "README.md");
  CollectOptions options;
  options.skip_readme = false;
  EXPECT_EQ(collect_inputs({dir}, options).files.size(), 1u);
  EXPECT_TRUE(collect_inputs({dir}).files.empty());
}

TEST(Collect, MissingRootIsAFailureAndAFileRootIsTakenAsIs) {
  const fs::path dir = testing::scratch_dir("roots");
  touch(dir / "notes.rtf");
  const Collected c = collect_inputs({dir / "nothing", dir / "notes.rtf", dir / "notes.rtf"});
  ASSERT_EQ(c.failures.size(), 1u);
  EXPECT_NE(c.failures[0].find("no such file"), std::string::npos);
  ASSERT_EQ(c.files.size(), 1u);
}

}  // namespace
}  // namespace unxref

namespace unxref {
namespace {

// Issue 11: x/docs/a.txt and y/docs/a.txt were both "docs/a.txt", one document.
TEST(Collect, FoldersOfTheSameNameStayApart) {
  const fs::path dir = testing::scratch_dir("same_name");
  touch(dir / "x" / "docs" / "a.txt", "first\n");
  touch(dir / "y" / "docs" / "a.txt", "second\n");
  touch(dir / "y" / "docs" / "b.txt", "third\n");
  const Collected c = collect_inputs({dir / "x" / "docs", dir / "y" / "docs"});
  EXPECT_EQ(displays(c), (std::vector<std::string>{"x/docs/a.txt", "y/docs/a.txt", "docs/b.txt"}));
}

}  // namespace
}  // namespace unxref
