// Hostile titles, ids and texts must come out of every report page as text:
// no element, attribute or script of theirs, and the overview's data must
// still parse and hold them unchanged.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "report_fixture.hpp"
#include "support/paths.hpp"

namespace unxref {
namespace {

using testing::slurp;

struct Hostile {
  const char* name;
  const char* text;
};

const Hostile kHostile[] = {
    {"script_tag", "<script>alert(1)</script>"},
    {"closing_script", "</script><img src=x onerror=alert(2)>"},
    {"attribute_break", "\"><svg onload=alert(3)>"},
    {"single_quote", "' onmouseover='alert(4)"},
    {"comment_open", "<!-- <script>"},
    {"entity", "&lt;b&gt;bold&amp;"},
    {"line_separator", "a\xE2\x80\xA8" "b</SCRIPT>"},
    {"bad_utf8", "\xC3(\xFF<script>"},
};

class ReportEscaping : public ::testing::TestWithParam<Hostile> {};

constexpr const char* kDataOpen = "<script type=\"application/json\" id=\"report-data\">";

// The overview without its data element's body (checked on its own: JSON,
// where quotes and "onload=" are inert, but "<" is not).
std::string markup_of_overview(const std::string& html) {
  const auto start = html.find(kDataOpen) + std::string(kDataOpen).size();
  return html.substr(0, start) + html.substr(html.find("</script>", start));
}

// Every page of the report, by file name.
std::vector<std::pair<std::string, std::string>> pages(const std::filesystem::path& folder) {
  std::vector<std::pair<std::string, std::string>> out{
      {"report.html", markup_of_overview(slurp(folder / "report.html"))}};
  for (const auto& e : std::filesystem::directory_iterator(folder / "report"))
    out.emplace_back(e.path().filename().string(), slurp(e.path()));
  return out;
}

TEST_P(ReportEscaping, NoMarkupFromTitlesIdsOrText) {
  const std::string evil = GetParam().text;
  testing::ReportCorpus c;
  CorpusDocument d;
  d.id = "doc:" + evil;
  d.path = evil + ".txt";
  d.title = evil;
  d.kind = evil;
  d.year = 2020;
  testing::add_document(c, d, "Text " + evil + " before", {{"resolution 72/1 " + evil, "A/RES/72/1"}, {evil, "treaty:" + evil}});
  const auto folder = testing::scratch_dir("escaping");
  testing::write_report(c, folder);

  // Each page holds exactly the markup the writer puts there: as many <script
  // elements as the overview's three, none on the static pages.
  for (const auto& [file, html] : pages(folder)) {
    SCOPED_TRACE(file);
    std::size_t scripts = 0;
    for (std::size_t p = 0; (p = html.find("<script", p)) != std::string::npos; ++p) ++scripts;
    EXPECT_EQ(scripts, file == "report.html" ? 3u : 0u);
    EXPECT_EQ(html.find("<img"), std::string::npos);
    EXPECT_EQ(html.find("<svg onload"), std::string::npos);
    EXPECT_EQ(html.find("onmouseover='"), std::string::npos);
    EXPECT_EQ(html.find("<!-- <script>"), std::string::npos);
    EXPECT_EQ(html.find("<b>bold"), std::string::npos);
  }
  // The data element holds the strings unchanged (as JSON escapes).
  const std::string overview = slurp(folder / "report.html");
  const std::string open = kDataOpen;
  const auto start = overview.find(open) + open.size();
  const auto end = overview.find("</script>", start);
  ASSERT_NE(end, std::string::npos);
  const std::string body = overview.substr(start, end - start);
  EXPECT_EQ(body.find('<'), std::string::npos);
  const auto data = nlohmann::json::parse(body);
  bool found = false;
  for (const auto& row : data["documents"]) found = found || row["id"] == nlohmann::json(d.id).get<std::string>();
  if (std::string(GetParam().name) != "bad_utf8") {
    EXPECT_TRUE(found) << "document id lost in the data";
  }
}

INSTANTIATE_TEST_SUITE_P(Hostile, ReportEscaping, ::testing::ValuesIn(kHostile),
                         [](const auto& info) { return std::string(info.param.name); });

}  // namespace
}  // namespace unxref
