// The sample pair in corpus/: every recommendation's verdict and best
// paragraph must match tests/uptake/data/sample-labels.tsv.
#include <gtest/gtest.h>

#include "test_util.hpp"
#include "unxref/extract/extract.hpp"
#include "unxref/uptake/uptake.hpp"

namespace unxref::uptake {
namespace {

TEST(SamplePair, VerdictsAndParagraphsMatchLabels) {
  const auto root = unxref::testing::source_dir() / "corpus";
  const Document source = extract_file(root / "submissions" / "icat-gpa-appraisal-submission-2017.md");
  const Document target = extract_file(root / "declarations" / "political-declaration-gpa-2017.md");
  const UptakeReport r = trace_uptake({source}, target);
  const auto labels = testing::read_tsv(testing::data_dir() / "sample-labels.tsv");
  ASSERT_EQ(r.recommendations.size(), labels.size());
  for (std::size_t i = 0; i < labels.size(); ++i) {
    const auto& row = labels[i];
    ASSERT_EQ(r.recommendations[i].id, row.at("id"));
    EXPECT_EQ(to_string(r.results[i].verdict), row.at("verdict")) << row.at("id") << ": " << r.recommendations[i].text;
    if (row.at("paragraphs") != "-") {
      ASSERT_FALSE(r.results[i].matches.empty()) << row.at("id");
      EXPECT_EQ(r.paragraphs[r.results[i].matches[0].paragraph].number, row.at("paragraphs")) << row.at("id");
    }
  }
}

TEST(SamplePair, TargetKeepsResolutionStructure) {
  const Document target =
      extract_file(unxref::testing::source_dir() / "corpus" / "declarations" / "political-declaration-gpa-2017.md");
  std::vector<std::string> warnings;
  const auto paras = segment_paragraphs(target, &warnings);
  int preambular = 0, operative = 0;
  for (const auto& p : paras) {
    preambular += p.kind == ParagraphKind::preambular;
    operative += p.kind == ParagraphKind::operative;
  }
  EXPECT_EQ(preambular, 7);
  EXPECT_EQ(operative, 30);
  EXPECT_TRUE(warnings.empty());
}

}  // namespace
}  // namespace unxref::uptake
