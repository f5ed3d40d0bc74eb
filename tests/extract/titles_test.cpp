// The extracted title of every PDF in ../shared/ and corpus/ against the
// table of expected titles in tests/extract/data/titles.tsv, written by
// reading the documents. Researchers see these titles as graph labels.
#include <gtest/gtest.h>

#include <fstream>
#include <set>
#include <string>
#include <vector>

#include "support/paths.hpp"
#include "unxref/core/error.hpp"
#include "unxref/extract/extract.hpp"

namespace unxref {
namespace {

struct Expected {
  std::string where, title;
};

std::vector<Expected> table() {
  std::ifstream in(testing::source_dir() / "tests" / "extract" / "data" / "titles.tsv");
  std::vector<Expected> out;
  std::string line;
  while (std::getline(in, line)) {
    if (line.empty() || line[0] == '#') continue;
    const std::size_t tab = line.find('\t');
    out.push_back({line.substr(0, tab), tab == std::string::npos ? "" : line.substr(tab + 1)});
  }
  return out;
}

TEST(Titles, MatchTheTableForNineInTenPdfs) {
  const std::vector<Expected> rows = table();
  ASSERT_GT(rows.size(), 70u) << "tests/extract/data/titles.tsv is missing or short";
  if (!testing::have_shared()) GTEST_SKIP() << "../shared not found; the table is mostly its PDFs";
  int checked = 0, matched = 0;
  for (const Expected& e : rows) {
    std::filesystem::path file;
    if (e.where.starts_with("shared:")) file = testing::shared_dir() / e.where.substr(7);
    else if (e.where.starts_with("project:")) file = testing::source_dir() / e.where.substr(8);
    ASSERT_FALSE(file.empty()) << "bad row " << e.where;
    ASSERT_TRUE(std::filesystem::exists(file)) << file << " is listed but absent";
    std::string title;
    try {
      title = extract_file(file).meta.title;
    } catch (const FileError&) {
      // Unreadable files have no title; the table says "".
    }
    ++checked;
    if (title == e.title) {
      ++matched;
    } else {
      std::printf("title miss: %s\n  expected: %s\n  got:      %s\n", e.where.c_str(), e.title.c_str(), title.c_str());
    }
  }
  std::printf("titles: %d of %d match\n", matched, checked);
  EXPECT_GE(matched * 10, checked * 9) << matched << " of " << checked;
}

// Every PDF under the folders the table covers is in it.
TEST(Titles, TableListsEveryPdf) {
  if (!testing::have_shared()) GTEST_SKIP() << "../shared not found";
  std::set<std::string> listed;
  for (const Expected& e : table()) listed.insert(e.where);
  auto check = [&](const std::filesystem::path& dir, const std::string& prefix, const std::filesystem::path& base) {
    if (!std::filesystem::is_directory(dir)) return;
    for (const auto& entry : std::filesystem::recursive_directory_iterator(dir)) {
      if (entry.path().extension() != ".pdf") continue;
      const std::string rel = prefix + std::filesystem::relative(entry.path(), base).string();
      EXPECT_TRUE(listed.count(rel)) << rel << " has no expected title in tests/extract/data/titles.tsv";
    }
  };
  check(testing::shared_dir() / "pdfs", "shared:", testing::shared_dir());
  check(testing::shared_dir() / "corpus" / "un-drafts", "shared:", testing::shared_dir());
  check(testing::source_dir() / "corpus", "project:", testing::source_dir());
}

}  // namespace
}  // namespace unxref
