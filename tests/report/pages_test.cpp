// What the pages hold: the document page links each citation in its text
// to the target's page, the target page names its citers and pinpoints, and
// the overview's data lists every document and target.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "report_fixture.hpp"
#include "support/paths.hpp"

namespace unxref {
namespace {

using testing::slurp;

testing::ReportCorpus two_documents() {
  testing::ReportCorpus c;
  CorpusDocument a{.id = "doc:a.txt", .path = "a.txt", .title = "Brief on trafficking", .kind = "issue-brief",
                   .symbol = "", .date = "2019-05-01", .year = 2019, .pages = 2, .notes = {}};
  testing::add_document(c, a, "First page.\fSecond page cites",
                        {{"resolution 72/1", "A/RES/72/1"}, {"the Protocol", "treaty:tip-protocol"}});
  c.mentions[0][0].pinpoint = "para. 11";
  CorpusDocument b{.id = "doc:b.txt", .path = "b.txt", .title = "Later paper", .kind = "policy-paper",
                   .symbol = "", .date = "", .year = 2021, .pages = 1, .notes = {}};
  testing::add_document(c, b, "Also cites", {{"A/RES/72/1", "A/RES/72/1"}});
  return c;
}

TEST(ReportPages, DocumentTextLinksEveryCitationAndMarksPages) {
  const auto folder = testing::scratch_dir("pages");
  testing::write_report(two_documents(), folder);
  const std::string page = slurp(folder / "report" / report::page_name("doc:a.txt", true));
  const std::string target = report::page_name("A/RES/72/1", false);
  EXPECT_NE(page.find("<a class=\"cite\" id=\"m0\" href=\"" + target + "\" title=\"A/RES/72/1, para. 11\">resolution "
                      "72/1</a>"),
            std::string::npos);
  EXPECT_NE(page.find("href=\"" + report::page_name("treaty:tip-protocol", false) + "\""), std::string::npos);
  EXPECT_NE(page.find("Page 2"), std::string::npos) << "the form feed starts page 2";
  EXPECT_NE(page.find("<h1>Brief on trafficking</h1>"), std::string::npos);
  EXPECT_NE(page.find("href=\"#m0\""), std::string::npos) << "the cites table jumps into the text";
}

// Issue 14: the report shows how a document cites each target (the
// relations of its mentions) in the cites table and in the text's tooltips.
TEST(ReportPages, DocumentPageShowsHowEachTargetIsCited) {
  testing::ReportCorpus c = two_documents();
  c.mentions[0][0].verb = "Recalling";
  c.mentions[0][0].relation = "recalls";
  c.mentions[0][0].chapter_vii = true;
  c.mentions[0][1].verb = "Welcomes";
  c.mentions[0][1].relation = "welcomes";
  const auto folder = testing::scratch_dir("pages-relations");
  testing::write_report(c, folder);
  const std::string page = slurp(folder / "report" / report::page_name("doc:a.txt", true));
  EXPECT_NE(page.find("<th>How</th>"), std::string::npos);
  EXPECT_NE(page.find("<td>recalls; under Chapter VII</td>"), std::string::npos);
  EXPECT_NE(page.find("<td>welcomes</td>"), std::string::npos);
  EXPECT_NE(page.find("title=\"A/RES/72/1, para. 11 (Recalling: recalls)\""), std::string::npos);
}

TEST(ReportPages, TargetPageListsCitersByYearAndPinpoints) {
  const auto folder = testing::scratch_dir("pages");
  testing::write_report(two_documents(), folder);
  const std::string page = slurp(folder / "report" / report::page_name("A/RES/72/1", false));
  const auto first = page.find("Brief on trafficking"), second = page.find("Later paper");
  ASSERT_NE(first, std::string::npos);
  ASSERT_NE(second, std::string::npos);
  EXPECT_LT(first, second) << "oldest citer first";
  EXPECT_NE(page.find("Who cites it (2)"), std::string::npos);
  EXPECT_NE(page.find("<td>para. 11</td>"), std::string::npos);
}

TEST(ReportPages, OverviewDataHoldsEveryDocumentAndTarget) {
  const auto folder = testing::scratch_dir("pages");
  testing::write_report(two_documents(), folder);
  const std::string html = slurp(folder / "report.html");
  const std::string open = "<script type=\"application/json\" id=\"report-data\">";
  const auto start = html.find(open) + open.size();
  const auto data = nlohmann::json::parse(html.substr(start, html.find("</script>", start) - start));
  EXPECT_EQ(data["documents"].size(), 2u);
  EXPECT_EQ(data["counts"]["mentions"], 3);
  ASSERT_FALSE(data["targets"].empty());
  EXPECT_EQ(data["targets"][0]["cited"].is_number(), true);
  for (const auto& row : data["targets"])
    EXPECT_TRUE(std::filesystem::exists(folder / row["page"].get<std::string>())) << row["page"];
  for (const auto& row : data["documents"])
    EXPECT_TRUE(std::filesystem::exists(folder / row["page"].get<std::string>())) << row["page"];
  EXPECT_NE(html.find("d3js.org"), std::string::npos) << "d3 is inlined";
  EXPECT_EQ(html.find("src=\"http"), std::string::npos) << "nothing is loaded from the network";
}

TEST(ReportPages, GraphKeepsTheMostCitedTargetsWithinTheBudget) {
  const auto folder = testing::scratch_dir("pages");
  report::ReportOptions options;
  options.graph_vertices = 3;  // A/RES/72/1 and its two citers
  testing::write_report(two_documents(), folder, options);
  const std::string html = slurp(folder / "report.html");
  const std::string open = "<script type=\"application/json\" id=\"report-data\">";
  const auto start = html.find(open) + open.size();
  const auto data = nlohmann::json::parse(html.substr(start, html.find("</script>", start) - start));
  ASSERT_EQ(data["graph"]["nodes"].size(), 3u);
  EXPECT_EQ(data["graph"]["total_vertices"], 5) << "2 documents, 2 cited targets, the convention of the Protocol";
}

struct NameCase {
  const char* id;
  bool in_corpus;
  const char* expected;
};

class PageNames : public ::testing::TestWithParam<NameCase> {};

TEST_P(PageNames, ReadableAndSafe) {
  const std::string name = report::page_name(GetParam().id, GetParam().in_corpus);
  EXPECT_EQ(name.rfind(GetParam().expected, 0), 0u) << name;
  EXPECT_EQ(name.find_first_not_of("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_-."), std::string::npos);
}

INSTANTIATE_TEST_SUITE_P(Ids, PageNames,
                         ::testing::Values(NameCase{"A/RES/72/1", false, "target-A_RES_72_1-"},
                                           NameCase{"S/RES/2331(2016)", false, "target-S_RES_2331_2016-"},
                                           NameCase{"doc:corpus/a b.txt", true, "doc-doc_corpus_a_b_txt-"},
                                           NameCase{"<script>", false, "target-script-"},
                                           NameCase{"../../etc", true, "doc-etc-"}));

TEST(PageNames, DistinctForIdsDifferingInPunctuation) {
  EXPECT_NE(report::page_name("A/RES/72/1", false), report::page_name("A/RES/721", false));
}

}  // namespace
}  // namespace unxref
