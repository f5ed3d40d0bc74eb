// The project's own sample corpus (corpus/) read by the text readers: titles
// match corpus/manifest.tsv and footnotes, headings and pages come out as
// the sources were written.
#include <gtest/gtest.h>

#include <fstream>
#include <map>
#include <sstream>
#include <string>

#include "extract/text/text_reader.hpp"
#include "support/paths.hpp"

namespace unxref::text {
namespace {

std::string slurp(const std::filesystem::path& file) {
  std::ifstream in(file, std::ios::binary);
  std::ostringstream bytes;
  bytes << in.rdbuf();
  return bytes.str();
}

// file -> title, from the manifest the graph stage reads.
std::map<std::string, std::string> manifest_titles() {
  std::map<std::string, std::string> out;
  std::istringstream in(slurp(unxref::testing::source_dir() / "corpus/manifest.tsv"));
  std::string line;
  std::getline(in, line);  // header
  while (std::getline(in, line)) {
    const std::size_t tab1 = line.find('\t');
    const std::size_t tab2 = line.find('\t', tab1 + 1);
    if (tab1 == std::string::npos || tab2 == std::string::npos) continue;
    out[line.substr(0, tab1)] = line.substr(tab1 + 1, tab2 - tab1 - 1);
  }
  return out;
}

struct CorpusCase {
  const char* file;
  int pages;
  std::size_t footnotes;
  std::size_t headings;
};

class SampleCorpus : public ::testing::TestWithParam<CorpusCase> {};

TEST_P(SampleCorpus, ReadsAsWritten) {
  const CorpusCase& c = GetParam();
  const auto path = unxref::testing::source_dir() / "corpus" / c.file;
  ASSERT_TRUE(std::filesystem::exists(path)) << path;
  const bool markdown = path.extension() == ".md";
  const Document doc = markdown ? read_markdown(slurp(path), path) : read_plain_text(slurp(path), path);
  EXPECT_TRUE(doc.warnings.empty());
  EXPECT_EQ(doc.meta.page_count, c.pages);

  std::size_t footnotes = 0, headings = 0;
  int last_page = 1;
  bool seen_footnote_on_page = false;
  for (const Block& b : doc.blocks) {
    if (b.page != last_page) seen_footnote_on_page = false;
    last_page = b.page;
    if (b.role == Role::footnote) {
      ++footnotes;
      seen_footnote_on_page = true;
      EXPECT_TRUE(b.text.starts_with(std::to_string(footnotes) + " ")) << b.text;
    } else {
      EXPECT_FALSE(seen_footnote_on_page) << "body after footnotes: " << b.text;
    }
    if (b.role == Role::heading) ++headings;
    for (const char* markup : {"**", "](", "<sup>", "[^"}) EXPECT_EQ(b.text.find(markup), std::string::npos) << b.text;
  }
  EXPECT_EQ(footnotes, c.footnotes);
  EXPECT_EQ(headings, c.headings);
  if (markdown) {
    const auto titles = manifest_titles();
    ASSERT_TRUE(titles.count(c.file)) << c.file << " missing from corpus/manifest.tsv";
    EXPECT_EQ(doc.meta.title, titles.at(c.file));
  }
}

INSTANTIATE_TEST_SUITE_P(Files, SampleCorpus,
                         ::testing::Values(CorpusCase{"legal-framework-mapping-2012.md", 1, 3, 8},
                                           CorpusCase{"forced-labour-protocol-2014.txt", 2, 0, 0},
                                           CorpusCase{"sdg-targets-issue-brief-2016.md", 1, 3, 6},
                                           CorpusCase{"gcm-objective-10-issue-brief-2019.md", 1, 3, 6},
                                           CorpusCase{"child-trafficking-policy-paper-2021.md", 1, 2, 5},
                                           CorpusCase{"political-declaration-stocktaking-2022.txt", 1, 0, 0}));

// Every file the manifest lists exists, so scans and the graph agree on the corpus.
TEST(SampleCorpusManifest, ListsExistingFiles) {
  const auto titles = manifest_titles();
  EXPECT_GE(titles.size(), 10u);
  for (const auto& [file, title] : titles) {
    EXPECT_TRUE(std::filesystem::exists(unxref::testing::source_dir() / "corpus" / file)) << file;
    EXPECT_FALSE(title.empty()) << file;
  }
}

}  // namespace
}  // namespace unxref::text
