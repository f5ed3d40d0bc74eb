#include <gtest/gtest.h>

#include <nlohmann/json.hpp>
#include <sstream>

#include "unxref/uptake/report.hpp"

namespace unxref::uptake {
namespace {

// A report whose document text tries every trick on every format.
UptakeReport hostile_report() {
  Recommendation r;
  r.source = "a\"b,c.md";
  r.id = "R1";
  r.text = "Ban <script>alert('x')</script> & \"quotes\", commas\nand =HYPERLINK(1) recruitment fees for workers.";
  Paragraph p;
  p.number = "4";
  p.kind = ParagraphKind::operative;
  p.text = "Urges States to ban <script>alert('x')</script> & \"quotes\", commas and =HYPERLINK(1) recruitment fees;";
  return match_units({r}, {p});
}

std::string render(const UptakeReport& r, Format f) {
  std::ostringstream os;
  write_report(os, r, f);
  return os.str();
}

TEST(Report, ParseFormat) {
  EXPECT_EQ(parse_format("html"), Format::html);
  EXPECT_EQ(parse_format("csv"), Format::csv);
  EXPECT_FALSE(parse_format("xml").has_value());
}

TEST(Report, HtmlEscapesDocumentText) {
  const UptakeReport r = hostile_report();
  ASSERT_TRUE(taken_up(r.results[0].verdict));
  const std::string html = render(r, Format::html);
  EXPECT_EQ(html.find("<script>"), std::string::npos);
  EXPECT_NE(html.find("&lt;script&gt;"), std::string::npos);
  EXPECT_NE(html.find("&#39;x&#39;"), std::string::npos);
  EXPECT_NE(html.find("<mark>"), std::string::npos);  // shared passage highlighted
  // Each verdict and number is defined, with the thresholds the report used.
  for (const char* term : {"verbatim</dt>", "adapted</dt>", "thematic</dt>", "absent</dt>", "score</dt>",
                           "coverage</dt>", "similarity</dt>"})
    EXPECT_NE(html.find(term), std::string::npos) << term;
  EXPECT_NE(html.find("exact coverage at least 0.80"), std::string::npos);
  EXPECT_NE(html.find("distinct share at least 0.18"), std::string::npos);
  EXPECT_EQ(html.rfind("</html>\n"), html.size() - 8);
}

TEST(Report, CsvQuotesEveryFieldAndDefusesFormulas) {
  const std::string csv = render(hostile_report(), Format::csv);
  EXPECT_EQ(csv.substr(0, csv.find("\r\n")).substr(0, 12), "source,id,la");
  EXPECT_NE(csv.find("\"a\"\"b,c.md\""), std::string::npos);
  EXPECT_NE(csv.find("\"\"quotes\"\""), std::string::npos);
  std::ostringstream os;
  Recommendation r;
  r.id = "R1";
  r.text = "=cmd() should never run";
  write_csv(os, match_units({r}, {}));
  EXPECT_NE(os.str().find("\"'=cmd()"), std::string::npos);
}

TEST(Report, JsonIsValidAndComplete) {
  const auto j = nlohmann::json::parse(render(hostile_report(), Format::json));
  EXPECT_EQ(j["summary"]["recommendations"], 1);
  const auto& m = j["recommendations"][0]["matches"][0];
  EXPECT_EQ(m["paragraph"], "4");
  ASSERT_FALSE(m["passages"].empty());
  const auto& span = m["passages"][0]["paragraph"];
  const std::string para = j["paragraphs"][0]["text"];
  EXPECT_EQ(para.substr(span["start"], span["end"].get<std::size_t>() - span["start"].get<std::size_t>()), span["text"]);
  EXPECT_EQ(j["paragraphs"][0]["origins"][0]["id"], "R1");
}

TEST(Report, JsonSurvivesInvalidUtf8) {
  Recommendation r;
  r.id = "R1";
  r.text = "bad \xff bytes in a recommendation";
  EXPECT_TRUE(nlohmann::json::accept(render(match_units({r}, {}), Format::json)));
}

// The uptake page escapes as the report does (one escaper): invalid UTF-8
// becomes U+FFFD and control characters spaces, so the page stays valid text.
TEST(Report, HtmlReplacesInvalidUtf8AndControls) {
  Recommendation r;
  r.id = "R1";
  r.text = "bad \xff bytes and a \x01 control in a recommendation";
  const std::string html = render(match_units({r}, {}), Format::html);
  EXPECT_EQ(html.find('\xff'), std::string::npos);
  EXPECT_EQ(html.find('\x01'), std::string::npos);
  EXPECT_NE(html.find("bad \xEF\xBF\xBD bytes and a   control"), std::string::npos);
}

TEST(Report, TextTableHasSummaryAndReverseView) {
  const std::string text = render(hostile_report(), Format::text);
  EXPECT_NE(text.find("Uptake of 1 recommendation from"), std::string::npos);
  EXPECT_NE(text.find("Paragraph  most likely from"), std::string::npos);
  EXPECT_NE(text.find("R1 ("), std::string::npos);
}

}  // namespace
}  // namespace unxref::uptake
